package org.bearing.workspace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages write dates, durations, variances and money, so that every page writes them alike. */
public final class Formats {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ENGLISH);

    private Formats() {
    }

    public static String day(LocalDateTime t) {
        return t == null ? "—" : DAY.format(t);
    }

    public static String stamp(Instant t) {
        return t == null ? "—" : STAMP.format(t.atOffset(ZoneOffset.UTC));
    }

    /** Working minutes as days of {@code minutesPerDay}: "5d", "2.5d". */
    public static String days(Long minutes, int minutesPerDay) {
        if (minutes == null) {
            return "—";
        }
        double d = minutes / (double) Math.max(1, minutesPerDay);
        return (d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d)) + "d";
    }

    /** Working minutes as hours: "40h". */
    public static String hours(Long minutes) {
        if (minutes == null) {
            return "—";
        }
        double h = minutes / 60.0;
        return (h == Math.rint(h) ? String.format(Locale.ROOT, "%,d", (long) h) : String.format(Locale.ROOT, "%,.1f", h)) + "h";
    }

    /** A signed variance in days: "+2d", "−1.5d", "0d". */
    public static String variance(Double days) {
        if (days == null) {
            return "—";
        }
        String abs = Math.abs(days) == Math.rint(Math.abs(days)) ? String.valueOf((long) Math.abs(days))
                : String.format(Locale.ROOT, "%.1f", Math.abs(days));
        return (days > 0 ? "+" : days < 0 ? "−" : "") + abs + "d";
    }

    public static String money(BigDecimal amount) {
        return amount == null ? "—" : String.format(Locale.ROOT, "%,.0f", amount);
    }

    /** A signed amount: "+400", "−150", "0". */
    public static String moneyVariance(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        String abs = String.format(Locale.ROOT, "%,.0f", amount.abs());
        return (amount.signum() > 0 ? "+" : amount.signum() < 0 ? "−" : "") + abs;
    }
}
