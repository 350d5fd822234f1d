package org.bearing.engine.earnedvalue;

import java.time.LocalDateTime;
import java.util.Objects;

import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.calendar.WorkCalendar;

/**
 * The time axis of an earned-value analysis: maps a date-time to a number of time units since the project's origin
 * (unit 0 = the baseline start of the project). Either working time on a {@link WorkCalendar} (e.g. working hours:
 * minutesPerUnit = 60, or working days of 8 h: 480) or elapsed time (calendar days: 1440 minutes per unit).
 * Earned schedule (ES, AT, PD) is measured in these units.
 */
public final class TimeAxis {
    private final WorkCalendar calendar;
    private final long origin;
    private final long originOrdinal;
    private final double minutesPerUnit;

    private TimeAxis(WorkCalendar calendar, LocalDateTime origin, double minutesPerUnit) {
        if (!(minutesPerUnit > 0)) {
            throw new IllegalArgumentException("minutes per time unit must be positive, got " + minutesPerUnit);
        }
        this.calendar = calendar;
        this.origin = WallClock.minutes(Objects.requireNonNull(origin, "origin"));
        this.originOrdinal = calendar == null ? 0 : calendar.ordinal(this.origin);
        this.minutesPerUnit = minutesPerUnit;
    }

    /** Working time on {@code calendar} from {@code origin}, in units of {@code minutesPerUnit} working minutes. */
    public static TimeAxis working(WorkCalendar calendar, LocalDateTime origin, double minutesPerUnit) {
        return new TimeAxis(Objects.requireNonNull(calendar, "calendar"), origin, minutesPerUnit);
    }

    /** Elapsed calendar days from {@code origin} (linear over days, weekends included). */
    public static TimeAxis elapsedDays(LocalDateTime origin) {
        return new TimeAxis(null, origin, WallClock.MINUTES_PER_DAY);
    }

    /** Units from the origin to {@code dateTime}; negative before the origin. */
    public double at(LocalDateTime dateTime) {
        long t = WallClock.minutes(dateTime);
        long minutes = calendar == null ? t - origin : calendar.ordinal(t) - originOrdinal;
        return minutes / minutesPerUnit;
    }

    /** Minutes (working or elapsed) in one unit of this axis. */
    public double minutesPerUnit() {
        return minutesPerUnit;
    }
}
