package org.bearing.workspace;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bearing.engine.calendar.WorkCalendar;
import org.bearing.engine.calendar.WorkingHours;

/**
 * One month of a calendar as the scheduler sees it (inheritance and exceptions applied), Monday-first weeks, each day
 * with its working hours and the exception that sets them, if any.
 */
public record CalendarMonth(YearMonth month, List<List<Day>> weeks) {

    /**
     * A date: {@code workingMinutes} from the compiled calendar, {@code exception} the name of the exception covering
     * it (null when the working week applies).
     */
    public record Day(LocalDate date, boolean inMonth, int workingMinutes, String exception) {
        public boolean working() {
            return workingMinutes > 0;
        }

        /** "8h", "4.5h" or "" for a non-working day. */
        public String hours() {
            if (workingMinutes == 0) {
                return "";
            }
            return workingMinutes % 60 == 0 ? workingMinutes / 60 + "h" : String.format(Locale.ROOT, "%.1fh", workingMinutes / 60.0);
        }
    }

    /** An exception's name and dates, from the calendar or one of its base calendars. */
    public record Named(String name, LocalDate from, LocalDate to) {
    }

    public static CalendarMonth of(YearMonth month, WorkCalendar calendar, List<Named> exceptions) {
        LocalDate first = month.atDay(1);
        LocalDate start = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        List<List<Day>> weeks = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(month.atEndOfMonth()); ) {
            List<Day> week = new ArrayList<>(7);
            for (int i = 0; i < 7; i++, d = d.plusDays(1)) {
                WorkingHours h = calendar.hours(d);
                week.add(new Day(d, YearMonth.from(d).equals(month), h.total(), exceptionOn(d, exceptions)));
            }
            weeks.add(week);
        }
        return new CalendarMonth(month, weeks);
    }

    /** The first listed exception covering {@code d}: the calendar's own are listed before its bases', so they win. */
    private static String exceptionOn(LocalDate d, List<Named> exceptions) {
        for (Named e : exceptions) {
            if (!d.isBefore(e.from()) && !d.isAfter(e.to())) {
                return e.name() == null || e.name().isBlank() ? "Exception" : e.name();
            }
        }
        return null;
    }

    public String title() {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    public static List<String> weekdays() {
        List<String> names = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            names.add(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        return names;
    }
}
