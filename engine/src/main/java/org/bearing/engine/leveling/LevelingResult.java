package org.bearing.engine.leveling;

import java.util.Arrays;

/**
 * A leveled schedule: start of every task in time units from the project start, and what leveling did.
 * The leveling delay of a task is its start minus its early start without resources (CPM ES), in time units.
 */
public final class LevelingResult {
    private final LevelingProblem problem;
    private final int[] start;
    private final int[] earlyStart;
    private final boolean[] overallocated;
    private final int makespan;
    private final int criticalPathLength;
    private final long schedulesGenerated;

    LevelingResult(LevelingProblem problem, int[] start, int[] earlyStart, boolean[] overallocated,
                   int criticalPathLength, long schedulesGenerated) {
        this.problem = problem;
        this.start = start;
        this.earlyStart = earlyStart;
        this.overallocated = overallocated;
        int m = 0;
        for (int j = 0; j < start.length; j++) {
            m = Math.max(m, start[j] + problem.duration[j]);
        }
        this.makespan = m;
        this.criticalPathLength = criticalPathLength;
        this.schedulesGenerated = schedulesGenerated;
    }

    public int start(int task) {
        return start[task];
    }

    public int finish(int task) {
        return start[task] + problem.duration[task];
    }

    /** Start minus early start without resources, in time units (≥ 0). */
    public int levelingDelay(int task) {
        return start[task] - earlyStart[task];
    }

    /** The latest finish of any task, in time units from the project start. */
    public int makespan() {
        return makespan;
    }

    /** Length of the longest dependency path without resources: a lower bound on the makespan. */
    public int criticalPathLength() {
        return criticalPathLength;
    }

    /** True if the task could not be leveled within its float and still overloads a resource. */
    public boolean isOverallocated(int task) {
        return overallocated[task];
    }

    /** Number of tasks left overallocated (only with {@link LevelingLimit#WITHIN_FLOAT}). */
    public int overallocatedCount() {
        int c = 0;
        for (boolean b : overallocated) {
            if (b) {
                c++;
            }
        }
        return c;
    }

    /** Forward and backward passes of the schedule-generation scheme spent to find this schedule. */
    public long schedulesGenerated() {
        return schedulesGenerated;
    }

    /** A copy of all starts, indexed by task number. */
    public int[] starts() {
        return Arrays.copyOf(start, start.length);
    }
}
