package org.bearing.interop;

/**
 * How a work item without a time estimate gets a duration: its story points times {@code minutesPerStoryPoint}
 * working minutes, or {@code defaultMinutes} when it has no story points either. The default, 1 point = 1 working day
 * of 8 hours and 1 working day for an unestimated item, is set by {@code bearing.import.story-point-minutes}.
 */
public record EstimateRule(long minutesPerStoryPoint, long defaultMinutes) {
    public static final EstimateRule DEFAULT = new EstimateRule(480, 480);

    public EstimateRule {
        if (minutesPerStoryPoint <= 0 || defaultMinutes <= 0) {
            throw new IllegalArgumentException("minutes per story point and the default duration must be positive");
        }
    }
}
