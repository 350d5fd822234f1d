package org.bearing.workspace;

import java.util.List;
import org.bearing.plan.CalendarException;
import org.bearing.plan.ProjectCalendar;

/**
 * The calendar editor: the stored calendar, the form's values (what the user sent, when a save was refused), the
 * messages next to its fields, and the month view.
 *
 * @param scope   "Enterprise" for a base calendar shared by every project, else the owning project's code
 * @param bases   the calendars this one may inherit from
 * @param usedBy  the projects whose schedules use this calendar, directly or through inheritance
 */
public record CalendarEditor(ProjectCalendar calendar, String scope, List<ProjectCalendar> bases, Form form, FormErrors errors,
                             CalendarMonth month, String previousMonth, String nextMonth, List<String> usedBy, String saved) {

    /** The values in the form's fields, as text. */
    public record Form(String name, String baseCalendarId, String minutesPerDay, List<Day> week, NewException exception) {
    }

    /** One weekday's row: mode INHERIT, WORKING or NONWORKING, and its periods such as "08:00-12:00, 13:00-17:00". */
    public record Day(String day, String label, String mode, String periods) {
    }

    /** The "add an exception" fields. */
    public record NewException(String name, String from, String to, String periods) {
    }

    public List<CalendarException> exceptions() {
        return calendar.exceptions();
    }
}
