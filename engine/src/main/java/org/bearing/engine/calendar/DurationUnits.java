package org.bearing.engine.calendar;

/**
 * Conversion values between working minutes and the "day", "week" and "month" units that users type
 * (MS Project's Options &gt; Schedule "hours per day", "hours per week", "days per month").
 * One day = {@code minutesPerDay} working minutes, one week = {@code minutesPerWeek}, one month =
 * {@code daysPerMonth * minutesPerDay}. These are conversion factors only; dates come from the calendar.
 */
public record DurationUnits(int minutesPerDay, int minutesPerWeek, int daysPerMonth) {

    /** MS Project defaults: 8 h/day (480 min), 40 h/week (2400 min), 20 days/month. */
    public static final DurationUnits DEFAULT = new DurationUnits(480, 2400, 20);

    public DurationUnits {
        if (minutesPerDay <= 0 || minutesPerWeek <= 0 || daysPerMonth <= 0) {
            throw new IllegalArgumentException("duration units must be positive: " + minutesPerDay + " min/day, "
                    + minutesPerWeek + " min/week, " + daysPerMonth + " days/month");
        }
    }

    /** Working minutes of {@code hours} hours (60 per hour). */
    public long hours(double hours) {
        return Math.round(hours * 60);
    }

    /** Working minutes of {@code days} days. */
    public long days(double days) {
        return Math.round(days * minutesPerDay);
    }

    /** Working minutes of {@code weeks} weeks. */
    public long weeks(double weeks) {
        return Math.round(weeks * minutesPerWeek);
    }

    /** Working minutes of {@code months} months. */
    public long months(double months) {
        return Math.round(months * daysPerMonth * (double) minutesPerDay);
    }

    /** Days in a number of working minutes. */
    public double toDays(long minutes) {
        return minutes / (double) minutesPerDay;
    }
}
