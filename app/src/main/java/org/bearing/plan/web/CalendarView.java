package org.bearing.plan.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.bearing.plan.CalendarDay;
import org.bearing.plan.ProjectCalendar;
import org.bearing.plan.WorkingPeriod;

/** A calendar as the API shows it, with working periods written as in requests ({@code "08:00-12:00,13:00-17:00"}). */
record CalendarView(long id, long version, Long projectId, String name, Long baseCalendarId, int minutesPerDay,
                    int minutesPerWeek, int daysPerMonth, List<Day> week, List<Exception> exceptions) {

    record Day(DayOfWeek day, CalendarDay.Mode mode, String periods) {
    }

    record Exception(String name, LocalDate from, LocalDate to, String periods, boolean working) {
    }

    static CalendarView of(ProjectCalendar c) {
        return new CalendarView(c.id(), c.version(), c.projectId(), c.name(), c.baseCalendarId(), c.minutesPerDay(),
                c.minutesPerWeek(), c.daysPerMonth(),
                c.week().stream().map(d -> new Day(d.dayOfWeek(), d.mode(), WorkingPeriod.format(d.periods()))).toList(),
                c.exceptions().stream().map(e -> new Exception(e.name(), e.from(), e.to(), WorkingPeriod.format(e.periods()), e.working())).toList());
    }
}
