package org.bearing.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A change to the working week over the dates {@code from..to} inclusive: a holiday when {@code periods} is empty,
 * otherwise working time that replaces the week's (an extra working Saturday, a short day).
 */
public record CalendarException(String name, LocalDate from, LocalDate to, List<WorkingPeriod> periods) {
    public CalendarException {
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    public boolean working() {
        return !periods.isEmpty();
    }
}
