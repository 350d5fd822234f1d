package org.bearing.plan;

/**
 * How many working minutes make a day, a week and a month when a duration or lag is typed in those units, as a
 * calendar defines them (MS Project's "Hours per day", "Hours per week" and "Days per month").
 *
 * @param minutesPerDay  working minutes in a "day" (MS Project default 480 = 8 h)
 * @param minutesPerWeek working minutes in a "week" (2400 = 40 h)
 * @param daysPerMonth   "days" in a "month" (20)
 */
public record TimeUnits(int minutesPerDay, int minutesPerWeek, int daysPerMonth) {
    /** MS Project's defaults: 8 hours a day, 40 a week, 20 days a month. */
    public static final TimeUnits STANDARD = new TimeUnits(480, 2400, 20);

    public TimeUnits {
        if (minutesPerDay <= 0 || minutesPerWeek <= 0 || daysPerMonth <= 0) {
            throw new IllegalArgumentException("time units must be positive: " + minutesPerDay + "/" + minutesPerWeek + "/" + daysPerMonth);
        }
    }

    public static TimeUnits of(ProjectCalendar c) {
        return c == null ? STANDARD : new TimeUnits(c.minutesPerDay(), c.minutesPerWeek(), c.daysPerMonth());
    }

    public long minutesPerMonth() {
        return (long) minutesPerDay * daysPerMonth;
    }
}
