package org.bearing.engine.earnedvalue;

/**
 * How a task earns its budget. The earned fraction f (0..1) is multiplied by the task's budget; with
 * {@link #PERCENT_COMPLETE} and {@link #PHYSICAL_PERCENT} cost accrued at start is earned when the task has started and
 * cost accrued at finish when it is finished, exactly as it is planned; the other methods earn the whole budget at
 * their own pace.
 */
public enum EvMethod {
    /** f = duration % complete (actual duration / (actual + remaining duration)). */
    PERCENT_COMPLETE,
    /** f = 0 until finished, then 1. */
    ZERO_HUNDRED,
    /** f = 0 before start, 0.5 once started, 1 when finished. */
    FIFTY_FIFTY,
    /** f = sum of the weights of the milestones achieved / sum of all milestone weights. */
    WEIGHTED_MILESTONES,
    /** f = physical % complete, as assessed by whoever owns the task. */
    PHYSICAL_PERCENT;

    /**
     * Earned fraction of the budget (0..1) for this method.
     *
     * @param started whether the task has an actual start
     * @param percentComplete duration % complete as a fraction 0..1
     * @param physicalPercent physical % complete as a fraction 0..1
     * @param milestoneFraction achieved milestone weight / total milestone weight, 0..1
     */
    public double earnedFraction(boolean started, double percentComplete, double physicalPercent, double milestoneFraction) {
        boolean finished = percentComplete >= 1.0;
        return switch (this) {
            case PERCENT_COMPLETE -> clamp(percentComplete);
            case ZERO_HUNDRED -> finished ? 1.0 : 0.0;
            case FIFTY_FIFTY -> finished ? 1.0 : (started || percentComplete > 0 ? 0.5 : 0.0);
            case WEIGHTED_MILESTONES -> clamp(milestoneFraction);
            case PHYSICAL_PERCENT -> clamp(physicalPercent);
        };
    }

    /** Whether cost accrued at start and at finish follows the task's start and finish (true) or the fraction. */
    boolean followsAccrual() {
        return this == PERCENT_COMPLETE || this == PHYSICAL_PERCENT;
    }

    static double clamp(double f) {
        return f <= 0 || Double.isNaN(f) ? 0.0 : Math.min(f, 1.0);
    }
}
