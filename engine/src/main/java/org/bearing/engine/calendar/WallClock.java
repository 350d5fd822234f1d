package org.bearing.engine.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Wall-clock instants as used throughout the engine: an instant is a {@code long} count of minutes since
 * 1970-01-01T00:00 in local wall time (no time zone, no daylight saving). Minute {@code t} denotes the
 * minute interval {@code [t, t+1)}.
 */
public final class WallClock {

    /** Minutes in one calendar day (1440). */
    public static final int MINUTES_PER_DAY = 1440;

    private WallClock() {
    }

    /** Minutes since 1970-01-01T00:00 of a local date-time (seconds are truncated). */
    public static long minutes(LocalDateTime dateTime) {
        return dateTime.toLocalDate().toEpochDay() * MINUTES_PER_DAY + dateTime.getHour() * 60L + dateTime.getMinute();
    }

    /** Minutes since 1970-01-01T00:00 of the start (midnight) of a date. */
    public static long minutes(LocalDate date) {
        return date.toEpochDay() * MINUTES_PER_DAY;
    }

    /** The local date-time of an instant in minutes since 1970-01-01T00:00. */
    public static LocalDateTime dateTime(long minutes) {
        long day = Math.floorDiv(minutes, MINUTES_PER_DAY);
        int minuteOfDay = (int) (minutes - day * MINUTES_PER_DAY);
        return LocalDate.ofEpochDay(day).atTime(minuteOfDay / 60, minuteOfDay % 60);
    }

    /** The date an instant falls on. */
    public static LocalDate date(long minutes) {
        return LocalDate.ofEpochDay(Math.floorDiv(minutes, MINUTES_PER_DAY));
    }
}
