package org.bearing.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bearing.platform.InvalidFieldException;

/**
 * Durations and lags as a scheduler's user types them: a number and a unit, {@code 3d}, {@code 4h}, {@code 2w},
 * {@code 1.5mo}, {@code 30m}; a bare number means days, as in MS Project. Working units (m, h, d, w, mo) count
 * working time by the calendar's {@link TimeUnits}; elapsed units ({@code em, eh, ed, ew, emo}) count clock time,
 * 24 hours a day and 7 days a week, with a month of 30 days.
 */
public final class DurationText {
    private static final Pattern QUANTITY = Pattern.compile("([+-]?)\\s*(\\d+(?:[.,]\\d+)?)\\s*([a-z]*)");
    private static final long ELAPSED_DAY = 24 * 60;

    private DurationText() {
    }

    /** An amount of time in minutes; {@code elapsed} when it runs around the clock rather than by the calendar. */
    public record Quantity(long minutes, boolean elapsed) {
    }

    /**
     * A task duration in working minutes.
     *
     * @throws InvalidFieldException on field {@code duration} when the text is not a duration, is negative, is elapsed
     *                               (tasks have working durations) or exceeds {@link TaskDraft#MAX_MINUTES}
     */
    public static long parseDuration(String text, TimeUnits units) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            throw new InvalidFieldException("duration", "Type a duration such as 3d, 4h or 2w");
        }
        Matcher m = QUANTITY.matcher(t);
        if (!m.matches()) {
            throw new InvalidFieldException("duration", "'" + text.strip() + "' is not a duration; type a number and a unit such as 3d, 4h or 2w");
        }
        if (m.group(1).equals("-")) {
            throw new InvalidFieldException("duration", "A duration cannot be negative: '" + text.strip() + "'");
        }
        Quantity q = quantity(m.group(2), m.group(3), units, "duration", text.strip());
        if (q.elapsed()) {
            throw new InvalidFieldException("duration", "'" + text.strip() + "' is elapsed time; a task's duration is working time (m, h, d, w, mo)");
        }
        if (q.minutes() > TaskDraft.MAX_MINUTES) {
            throw new InvalidFieldException("duration", "A duration of '" + text.strip() + "' is out of range: at most 100 years of working days");
        }
        return q.minutes();
    }

    /**
     * A signed quantity such as {@code +2d}, {@code -4h} or {@code 3ed} (the sign is optional).
     *
     * @param field the request field named in errors
     */
    public static Quantity parseSigned(String sign, String number, String unit, TimeUnits units, String field, String token) {
        Quantity q = quantity(number, unit, units, field, token);
        return "-".equals(sign) ? new Quantity(-q.minutes(), q.elapsed()) : q;
    }

    private static Quantity quantity(String number, String unit, TimeUnits units, String field, String token) {
        BigDecimal amount = new BigDecimal(number.replace(',', '.'));
        boolean elapsed = unit.startsWith("e");
        String u = elapsed ? unit.substring(1) : unit;
        long perUnit = switch (u) {
            case "m", "min", "mins", "minute", "minutes" -> 1;
            case "h", "hr", "hrs", "hour", "hours" -> 60;
            case "", "d", "dy", "day", "days" -> elapsed ? ELAPSED_DAY : units.minutesPerDay();
            case "w", "wk", "wks", "week", "weeks" -> elapsed ? 7 * ELAPSED_DAY : units.minutesPerWeek();
            case "mo", "mon", "mons", "month", "months" -> elapsed ? 30 * ELAPSED_DAY : units.minutesPerMonth();
            default -> throw new InvalidFieldException(field, "'" + token + "' has an unknown unit '" + unit
                    + "'; use m, h, d, w or mo (e for elapsed: ed, eh)");
        };
        if (elapsed && u.isEmpty()) {
            throw new InvalidFieldException(field, "'" + token + "' has an unknown unit 'e'; use ed, eh, ew, em or emo for elapsed time");
        }
        if (amount.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 100_000)) > 0) {
            throw new InvalidFieldException(field, "'" + token + "' is out of range");
        }
        long minutes = amount.multiply(BigDecimal.valueOf(perUnit)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return new Quantity(minutes, elapsed);
    }

    /**
     * The shortest exact way to write working minutes: whole days ({@code 3d}), else days to two decimals
     * ({@code 1.5d}), else hours ({@code 4h}, {@code 2.5h}), else minutes ({@code 45m}). Zero is {@code 0d}.
     */
    public static String format(long minutes, TimeUnits units) {
        return format(minutes, units.minutesPerDay(), "");
    }

    /** Elapsed minutes in elapsed units: {@code 2ed}, {@code 12eh}, {@code 30em}. */
    public static String formatElapsed(long minutes) {
        return format(minutes, ELAPSED_DAY, "e");
    }

    private static String format(long minutes, long perDay, String prefix) {
        String sign = minutes < 0 ? "-" : "";
        long m = Math.abs(minutes);
        if (m == 0) {
            return "0" + prefix + "d";
        }
        if (m % perDay == 0) {
            return sign + m / perDay + prefix + "d";
        }
        if (m >= perDay && (m * 100) % perDay == 0) {
            return sign + decimal(m, perDay) + prefix + "d";
        }
        if (m % 60 == 0 || (m >= 60 && (m * 100) % 60 == 0)) {
            return sign + decimal(m, 60) + prefix + "h";
        }
        return sign + m + prefix + "m";
    }

    private static String decimal(long value, long per) {
        return BigDecimal.valueOf(value).divide(BigDecimal.valueOf(per), 2, RoundingMode.UNNECESSARY).stripTrailingZeros().toPlainString();
    }
}
