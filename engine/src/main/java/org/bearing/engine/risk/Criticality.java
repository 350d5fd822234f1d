package org.bearing.engine.risk;

/**
 * What makes a task critical in one Monte Carlo iteration, for its criticality index (the share of iterations
 * in which it is critical).
 */
public enum Criticality {
    /**
     * On the longest path: the chain of driving links back from the project finish
     * ({@link org.bearing.engine.schedule.Schedule#isOnLongestPath}), the textbook criticality index
     * ("the probability that the activity lies on a critical path"). Needs the forward pass only.
     */
    LONGEST_PATH,
    /**
     * Total float at or below the network's critical float (MS Project's "critical" flag). Deadlines and
     * finish-no-later-than constraints make whole chains critical in it, and a chain crossing into a 24-hour
     * calendar can keep float while it drives the finish. Needs the backward pass too (about twice the time).
     */
    TOTAL_FLOAT
}
