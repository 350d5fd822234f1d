package org.bearing.engine.calendar;

import java.util.Arrays;

/**
 * Seven day patterns (Monday..Sunday) repeated forever, with O(1) cumulative working time. The cumulative
 * count {@code cum(t)} is the number of working minutes from Monday 1969-12-29T00:00 up to minute {@code t}
 * (negative before it), so working time between two instants is a difference of two counts. Lookups use the
 * small per-day tables of {@link WorkingHours}, shared by all patterns, so they stay in cache.
 */
final class WeekPattern {

    /** Epoch day 0 (1970-01-01) is a Thursday: index 3 when Monday is 0. */
    private static final int EPOCH_DAY_OFFSET = 3;

    final WorkingHours[] days;
    private final long[] dayPrefix = new long[8];
    final long weekMinutes;

    WeekPattern(WorkingHours[] days) {
        this.days = days.clone();
        for (int d = 0; d < 7; d++) {
            dayPrefix[d + 1] = dayPrefix[d] + days[d].total();
        }
        this.weekMinutes = dayPrefix[7];
    }

    static int dayOfWeekIndex(long epochDay) {
        return (int) Math.floorMod(epochDay + EPOCH_DAY_OFFSET, 7L);
    }

    /** Working minutes from the pattern origin up to minute {@code t}. */
    long cum(long t) {
        long day = Math.floorDiv(t, WallClock.MINUTES_PER_DAY);
        int minuteOfDay = (int) (t - day * WallClock.MINUTES_PER_DAY);
        long idx = day + EPOCH_DAY_OFFSET;
        long week = Math.floorDiv(idx, 7L);
        int dow = (int) (idx - week * 7);
        return week * weekMinutes + dayPrefix[dow] + days[dow].before(minuteOfDay);
    }

    /** The minute {@code m} that is working and has {@code cum(m) == k}; requires {@code weekMinutes > 0}. */
    long locate(long k) {
        long week = Math.floorDiv(k, weekMinutes);
        long r = k - week * weekMinutes;
        int dow = 0;
        while (r >= dayPrefix[dow + 1]) {
            dow++;
        }
        long day = week * 7 + dow - EPOCH_DAY_OFFSET;
        return day * WallClock.MINUTES_PER_DAY + days[dow].at((int) (r - dayPrefix[dow]));
    }

    boolean sameAs(WeekPattern other) {
        return Arrays.equals(days, other.days);
    }
}
