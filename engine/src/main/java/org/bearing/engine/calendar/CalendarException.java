package org.bearing.engine.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar exception: over the inclusive date range {@code from..to}, every day has the given working
 * hours instead of its week-day pattern. {@link WorkingHours#NONE} makes the range a holiday; other hours make
 * it extra or changed working time.
 */
public record CalendarException(LocalDate from, LocalDate to, WorkingHours hours) {

    public CalendarException {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(hours, "hours");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("calendar exception ends " + to + " before it starts " + from);
        }
    }

    /** A single-day holiday. */
    public static CalendarException holiday(LocalDate date) {
        return new CalendarException(date, date, WorkingHours.NONE);
    }

    boolean covers(long epochDay) {
        return from.toEpochDay() <= epochDay && epochDay <= to.toEpochDay();
    }
}
