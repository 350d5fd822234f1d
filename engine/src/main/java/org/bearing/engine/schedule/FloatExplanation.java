package org.bearing.engine.schedule;

/**
 * Why a task has the float it has: total float TF = min(late start - early start, late finish - early
 * finish) and free float FF, both in working minutes of the task calendar, and what limits its late finish:
 * the successor link {@code link} to task {@code successor}, or (when {@code link == -1}) the {@code limit}.
 */
public record FloatExplanation(int task, long totalFloat, long freeFloat, boolean critical, Limit limit, int link,
        int successor, String successorName, long lateFinish) {

    public enum Limit {
        /** A successor link. */
        SUCCESSOR_LINK,
        /** The project finish (no successors). */
        PROJECT_FINISH,
        /** The task's own constraint. */
        CONSTRAINT,
        /** The task's deadline. */
        DEADLINE,
        /** The task is complete; float is not meaningful. */
        COMPLETE
    }
}
