package org.bearing.plan;

import java.math.BigDecimal;

/**
 * One step of a task earned by {@link EarnedValueMethod#WEIGHTED_MILESTONES}: a named, objectively checkable event
 * inside the task ("design approved") with a weight (any positive number; only the ratios matter) and whether it has
 * been achieved. The task's earned fraction is Σ achieved weights / Σ weights.
 */
public record EvMilestone(String name, BigDecimal weight, boolean achieved) {
    /** Most steps a task may have, and the longest step name. */
    public static final int MAX_STEPS = 50;
    public static final int MAX_NAME = 200;

    /** Achieved weight / total weight of {@code steps} (0..1), 0 when there are none. */
    public static double achievedFraction(java.util.List<EvMilestone> steps) {
        double total = 0;
        double done = 0;
        for (EvMilestone s : steps) {
            total += s.weight().doubleValue();
            done += s.achieved() ? s.weight().doubleValue() : 0;
        }
        return total > 0 ? done / total : 0.0;
    }
}
