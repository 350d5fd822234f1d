package org.bearing.engine.calendar;

import java.util.Arrays;

/**
 * Seven day patterns (Monday..Sunday) repeated forever, with O(1) cumulative working time. The cumulative
 * count {@code cum(t)} is the number of working minutes from Monday 1969-12-29T00:00 up to minute {@code t}
 * (negative before it), so working time between two instants is a difference of two counts. Both directions
 * use per-week lookup tables (minute of week to count, count to minute of week), built on first use.
 */
final class WeekPattern {

    /** Epoch day 0 (1970-01-01) is a Thursday: index 3 when Monday is 0. */
    private static final int EPOCH_DAY_OFFSET = 3;
    private static final int MINUTES_PER_WEEK = 7 * WallClock.MINUTES_PER_DAY;
    private static final long ORIGIN = -(long) EPOCH_DAY_OFFSET * WallClock.MINUTES_PER_DAY;

    final WorkingHours[] days;
    final long weekMinutes;
    /** cumInWeek[m] = working minutes in [Monday 00:00, Monday 00:00 + m), m in 0..10080. */
    private volatile int[] cumInWeek;
    /** minuteAt[k] = minute of week of the k-th working minute of the week. */
    private volatile int[] minuteAt;

    WeekPattern(WorkingHours[] days) {
        this.days = days.clone();
        long sum = 0;
        for (WorkingHours d : days) {
            sum += d.total();
        }
        this.weekMinutes = sum;
    }

    static int dayOfWeekIndex(long epochDay) {
        return (int) Math.floorMod(epochDay + EPOCH_DAY_OFFSET, 7L);
    }

    private int[] cumTable() {
        int[] table = cumInWeek;
        if (table == null) {
            table = new int[MINUTES_PER_WEEK + 1];
            int[] at = new int[(int) weekMinutes];
            int sum = 0;
            for (int d = 0; d < 7; d++) {
                WorkingHours h = days[d];
                int base = d * WallClock.MINUTES_PER_DAY;
                for (int m = 0; m < WallClock.MINUTES_PER_DAY; m++) {
                    table[base + m] = sum;
                    if (h.isWorkingMinute(m)) {
                        at[sum++] = base + m;
                    }
                }
            }
            table[MINUTES_PER_WEEK] = sum;
            minuteAt = at;
            cumInWeek = table;
        }
        return table;
    }

    /** Working minutes from the pattern origin up to minute {@code t}. */
    long cum(long t) {
        if (weekMinutes == 0) {
            return 0;
        }
        long rel = t - ORIGIN;
        long week = Math.floorDiv(rel, MINUTES_PER_WEEK);
        int minuteOfWeek = (int) (rel - week * MINUTES_PER_WEEK);
        return week * weekMinutes + cumTable()[minuteOfWeek];
    }

    /** The minute {@code m} that is working and has {@code cum(m) == k}; requires {@code weekMinutes > 0}. */
    long locate(long k) {
        cumTable();
        long week = Math.floorDiv(k, weekMinutes);
        int r = (int) (k - week * weekMinutes);
        return ORIGIN + week * MINUTES_PER_WEEK + minuteAt[r];
    }

    boolean sameAs(WeekPattern other) {
        return Arrays.equals(days, other.days);
    }
}
