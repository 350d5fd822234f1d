package org.bearing.engine.leveling.psplib;

import org.bearing.engine.leveling.LevelingProblem;

/**
 * One PSPLIB single-mode RCPSP instance. Jobs are numbered 1..n in the file (1 = supersource, n = supersink, both of
 * duration 0) and 0..n−1 here; every precedence is finish-to-start without lag.
 *
 * @param name              file name without {@code .sm}, e.g. {@code j301_1}
 * @param set               instance set, e.g. {@code j30}
 * @param parameter         ProGen parameter class (1..48 or 1..60)
 * @param instance          instance within its class (1..10)
 * @param duration          duration of each job in periods
 * @param successors        successors of each job (0-based)
 * @param demand            demand[job][resource] in units per period
 * @param capacity          units of each renewable resource per period
 * @param criticalPathBound the file's MPM-Time: critical-path length, a lower bound on the makespan
 */
public record PsplibInstance(String name, String set, int parameter, int instance, int[] duration, int[][] successors,
                             int[][] demand, int[] capacity, int criticalPathBound) {

    public int jobCount() {
        return duration.length;
    }

    /** The instance as a leveling problem: one task per job (named by its 1-based number), one resource per R. */
    public LevelingProblem toProblem() {
        LevelingProblem.Builder b = LevelingProblem.builder();
        for (int r = 0; r < capacity.length; r++) {
            b.resource("R" + (r + 1), capacity[r]);
        }
        for (int j = 0; j < duration.length; j++) {
            b.task(Integer.toString(j + 1), duration[j]);
        }
        for (int j = 0; j < duration.length; j++) {
            for (int r = 0; r < capacity.length; r++) {
                b.demand(j, r, demand[j][r]);
            }
            for (int s : successors[j]) {
                b.finishToStart(j, s);
            }
        }
        return b.build();
    }
}
