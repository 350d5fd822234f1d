package org.bearing.plan;

import java.time.DayOfWeek;
import java.util.List;

/**
 * One day of a calendar's working week. {@code INHERIT} takes the base calendar's day; {@code WORKING} uses
 * {@code periods}; {@code NONWORKING} has none.
 */
public record CalendarDay(DayOfWeek dayOfWeek, Mode mode, List<WorkingPeriod> periods) {
    public enum Mode { INHERIT, WORKING, NONWORKING }

    public CalendarDay {
        periods = mode == Mode.WORKING ? List.copyOf(periods) : List.of();
    }
}
