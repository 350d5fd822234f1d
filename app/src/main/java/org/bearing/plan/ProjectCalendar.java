package org.bearing.plan;

import java.util.List;

/**
 * A working calendar. A base calendar ({@code projectId} null) is shared by every project; a project calendar
 * belongs to one. A calendar with a {@code baseCalendarId} inherits the base's days marked {@code INHERIT} and the
 * base's exceptions, which its own exceptions override.
 *
 * @param minutesPerDay  how many working minutes make a "day" when durations are entered in days (MS Project: 480)
 * @param minutesPerWeek how many make a "week" (2400)
 * @param daysPerMonth   how many days make a "month" (20)
 */
public record ProjectCalendar(long id, long version, Long projectId, String name, Long baseCalendarId,
                              int minutesPerDay, int minutesPerWeek, int daysPerMonth,
                              List<CalendarDay> week, List<CalendarException> exceptions) {
    public ProjectCalendar {
        week = List.copyOf(week);
        exceptions = List.copyOf(exceptions);
    }
}
