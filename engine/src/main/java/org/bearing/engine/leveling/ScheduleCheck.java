package org.bearing.engine.leveling;

import java.util.ArrayList;
import java.util.List;

/**
 * An independent check of a schedule against a problem, sharing no code with the schedulers: every dependency by
 * its definition ({@link DependencyType#isSatisfied}), release dates, and the units used of every resource in
 * every period, summed from scratch.
 */
public final class ScheduleCheck {
    private ScheduleCheck() {
    }

    /** True if {@code start} satisfies every dependency, release date and resource capacity. */
    public static boolean isFeasible(LevelingProblem problem, int[] start) {
        return violations(problem, start, 1).isEmpty();
    }

    /** Up to {@code max} violations in words, empty if the schedule is feasible. */
    public static List<String> violations(LevelingProblem problem, int[] start, int max) {
        List<String> out = new ArrayList<>();
        int n = problem.taskCount();
        if (start.length < n) {
            out.add("The schedule has " + start.length + " starts for " + n + " tasks");
            return out;
        }
        int horizon = 0;
        for (int j = 0; j < n && out.size() < max; j++) {
            if (start[j] < problem.releaseDate(j)) {
                out.add("Task '" + problem.taskName(j) + "' starts at " + start[j] + " before its release date " + problem.releaseDate(j));
            }
            horizon = Math.max(horizon, start[j] + problem.duration(j));
        }
        for (int k = 0; k < problem.dependencyCount() && out.size() < max; k++) {
            int p = problem.dependencyPredecessor(k);
            int s = problem.dependencySuccessor(k);
            if (!problem.dependencyType(k).isSatisfied(start[p], problem.duration(p), start[s], problem.duration(s), problem.dependencyLag(k))) {
                out.add(problem.dependencyType(k) + " dependency '" + problem.taskName(p) + "' -> '" + problem.taskName(s)
                        + "' (lag " + problem.dependencyLag(k) + ") is violated: starts " + start[p] + " and " + start[s]);
            }
        }
        for (int r = 0; r < problem.resourceCount() && out.size() < max; r++) {
            long[] change = new long[horizon + 1];
            for (int j = 0; j < n; j++) {
                int q = problem.demand(j, r);
                if (q > 0 && problem.duration(j) > 0 && start[j] >= 0) {
                    change[start[j]] += q;
                    change[start[j] + problem.duration(j)] -= q;
                }
            }
            long used = 0;
            for (int t = 0; t < horizon && out.size() < max; t++) {
                used += change[t];
                if (used > problem.capacity(r)) {
                    out.add("Resource '" + problem.resourceName(r) + "' is overallocated in period " + t + ": "
                            + used + " used of " + problem.capacity(r));
                }
            }
        }
        return out;
    }
}
