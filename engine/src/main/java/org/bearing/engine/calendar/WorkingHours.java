package org.bearing.engine.calendar;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The working periods of one day: sorted, disjoint, half-open minute-of-day intervals {@code [from, to)}
 * with {@code 0 <= from < to <= 1440}. Adjacent periods are merged. An empty set means a non-working day.
 */
public final class WorkingHours {

    /** A non-working day. */
    public static final WorkingHours NONE = new WorkingHours(new int[0]);
    /** A 24-hour working day, 00:00-24:00. */
    public static final WorkingHours ALL_DAY = of(0, 1440);
    /** The MS Project standard day, 08:00-12:00 and 13:00-17:00 (480 minutes). */
    public static final WorkingHours STANDARD = of(480, 720, 780, 1020);

    private final int[] bounds;
    private final int[] cumulative;
    private final int total;
    /** before[m] = working minutes in [00:00, m), m in 0..1440: O(1) lookups for calendar arithmetic. */
    private final short[] before;
    /** at[k] = minute of day of the k-th working minute. */
    private final short[] at;

    private WorkingHours(int[] bounds) {
        this.bounds = bounds;
        this.cumulative = new int[bounds.length / 2 + 1];
        int sum = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            sum += bounds[i + 1] - bounds[i];
            cumulative[i / 2 + 1] = sum;
        }
        this.total = sum;
        this.before = new short[1441];
        this.at = new short[sum];
        int k = 0;
        int p = 0;
        for (int m = 0; m < 1440; m++) {
            before[m] = (short) k;
            while (p < bounds.length && m >= bounds[p + 1]) {
                p += 2;
            }
            if (p < bounds.length && m >= bounds[p]) {
                at[k++] = (short) m;
            }
        }
        before[1440] = (short) k;
    }

    /** Table lookup of {@link #workingBefore(int)}. */
    int before(int minuteOfDay) {
        return before[minuteOfDay];
    }

    /** The table behind {@link #before(int)} (shared, never written). */
    short[] beforeTable() {
        return before;
    }

    /** The table behind {@link #at(int)} (shared, never written). */
    short[] atTable() {
        return at;
    }

    /** Table lookup of {@link #minuteOfWorking(int)}. */
    int at(int k) {
        return at[k];
    }

    /**
     * Working hours from minute-of-day pairs {@code from0, to0, from1, to1, ...}.
     *
     * @throws IllegalArgumentException if a period is empty, out of 0..1440 or overlaps another
     */
    public static WorkingHours of(int... fromToPairs) {
        if (fromToPairs.length % 2 != 0) {
            throw new IllegalArgumentException("working periods need from/to pairs, got " + fromToPairs.length + " values");
        }
        int n = fromToPairs.length / 2;
        long[] periods = new long[n];
        for (int i = 0; i < n; i++) {
            int from = fromToPairs[2 * i];
            int to = fromToPairs[2 * i + 1];
            if (from < 0 || to > 1440 || from >= to) {
                throw new IllegalArgumentException("invalid working period " + from + "-" + to + " (minutes of day, from < to, within 0..1440)");
            }
            periods[i] = ((long) from << 32) | to;
        }
        Arrays.sort(periods);
        List<Integer> merged = new ArrayList<>();
        for (long p : periods) {
            int from = (int) (p >>> 32);
            int to = (int) p;
            if (!merged.isEmpty()) {
                int lastTo = merged.get(merged.size() - 1);
                if (from < lastTo) {
                    throw new IllegalArgumentException("working periods overlap at minute " + from);
                }
                if (from == lastTo) {
                    merged.set(merged.size() - 1, to);
                    continue;
                }
            }
            merged.add(from);
            merged.add(to);
        }
        return new WorkingHours(merged.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Working hours from local-time pairs; use {@link LocalTime#MIDNIGHT} as a "to" value to mean 24:00. */
    public static WorkingHours of(LocalTime... fromToPairs) {
        int[] minutes = new int[fromToPairs.length];
        for (int i = 0; i < fromToPairs.length; i++) {
            int m = fromToPairs[i].getHour() * 60 + fromToPairs[i].getMinute();
            minutes[i] = (i % 2 == 1 && m == 0) ? 1440 : m;
        }
        return of(minutes);
    }

    /**
     * Parses periods such as {@code "08:00-12:00, 13:00-17:00"}; {@code "24:00"} is allowed as an end,
     * an empty or blank text means a non-working day.
     */
    public static WorkingHours parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String[] parts = text.split(",");
        int[] minutes = new int[parts.length * 2];
        for (int i = 0; i < parts.length; i++) {
            String[] fromTo = parts[i].trim().split("-");
            if (fromTo.length != 2) {
                throw new IllegalArgumentException("working period '" + parts[i].trim() + "' is not of the form HH:MM-HH:MM");
            }
            minutes[2 * i] = parseTime(fromTo[0].trim());
            minutes[2 * i + 1] = parseTime(fromTo[1].trim());
        }
        return of(minutes);
    }

    private static int parseTime(String hhmm) {
        String[] hm = hhmm.split(":");
        try {
            int h = Integer.parseInt(hm[0]);
            int m = hm.length > 1 ? Integer.parseInt(hm[1]) : 0;
            return h * 60 + m;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("time '" + hhmm + "' is not of the form HH:MM", e);
        }
    }

    /** Working minutes in the day. */
    public int total() {
        return total;
    }

    /** Whether the day has any working time. */
    public boolean isWorking() {
        return total > 0;
    }

    /** Number of working periods. */
    public int periodCount() {
        return bounds.length / 2;
    }

    /** Start (minute of day) of period {@code i}. */
    public int periodStart(int i) {
        return bounds[2 * i];
    }

    /** End (minute of day, exclusive, up to 1440) of period {@code i}. */
    public int periodEnd(int i) {
        return bounds[2 * i + 1];
    }

    /** Whether minute {@code [m, m+1)} of the day is working time. */
    public boolean isWorkingMinute(int minuteOfDay) {
        for (int i = 0; i < bounds.length; i += 2) {
            if (minuteOfDay < bounds[i]) {
                return false;
            }
            if (minuteOfDay < bounds[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Working minutes in {@code [00:00, minuteOfDay)}. */
    public int workingBefore(int minuteOfDay) {
        int sum = 0;
        for (int i = 0; i < bounds.length; i += 2) {
            if (minuteOfDay <= bounds[i]) {
                break;
            }
            sum += Math.min(minuteOfDay, bounds[i + 1]) - bounds[i];
        }
        return sum;
    }

    /** The minute of day of the {@code k}-th (0-based) working minute; {@code 0 <= k < total()}. */
    public int minuteOfWorking(int k) {
        for (int i = 0; i < bounds.length; i += 2) {
            int inPeriod = k - cumulative[i / 2];
            if (inPeriod < bounds[i + 1] - bounds[i]) {
                return bounds[i] + inPeriod;
            }
        }
        throw new IllegalArgumentException("working minute " + k + " beyond the " + total + " working minutes of the day");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingHours other && Arrays.equals(bounds, other.bounds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bounds);
    }

    @Override
    public String toString() {
        if (bounds.length == 0) {
            return "non-working";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bounds.length; i += 2) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(String.format("%02d:%02d-%02d:%02d", bounds[i] / 60, bounds[i] % 60, bounds[i + 1] / 60, bounds[i + 1] % 60));
        }
        return sb.toString();
    }
}
