package org.bearing.interop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * A work calendar as a file defines it, before inheritance is resolved.
 *
 * @param week       the standard week; a day absent from the map is inherited from {@code parentId};
 *                   an empty list is a non-working day
 * @param workWeeks  alternative weeks that replace the standard week between two dates (MS Project "work weeks")
 * @param exceptions dated exceptions, recurring ones already expanded; an empty {@code working} list is a holiday
 */
public record ImportedCalendar(String id, String name, String parentId,
                               Map<DayOfWeek, List<WorkingTime>> week,
                               List<WorkWeek> workWeeks,
                               List<Exception> exceptions,
                               Integer minutesPerDay, Integer minutesPerWeek) {

    /** Working time from {@code from} to {@code to}; {@code to} of 00:00 means midnight at the end of the day. */
    public record WorkingTime(LocalTime from, LocalTime to) {
        /** Length in minutes. */
        public int minutes() {
            int end = to.equals(LocalTime.MIDNIGHT) ? 24 * 60 : to.getHour() * 60 + to.getMinute();
            return end - (from.getHour() * 60 + from.getMinute());
        }
    }

    /** A week pattern that applies from {@code from} to {@code to}, inclusive; absent days are inherited. */
    public record WorkWeek(LocalDate from, LocalDate to, Map<DayOfWeek, List<WorkingTime>> days) { }

    /** Working times on the dates from {@code from} to {@code to}, inclusive; empty means non-working. */
    public record Exception(LocalDate from, LocalDate to, List<WorkingTime> working) { }
}
