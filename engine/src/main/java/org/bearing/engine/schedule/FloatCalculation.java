package org.bearing.engine.schedule;

import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.calendar.CalendarTable;

/**
 * Total float, free float, critical flags and float warnings of one {@link CpmRun}, after both passes. Total
 * float follows the network's {@link TotalFloatRule}; free float FF = the least working time between a link's
 * bound and the successor's early date, capped to [0, TF]; without successors, the time to the project finish.
 * A {@link CpmRun#quiet quiet} run gets total float and critical flags only.
 */
final class FloatCalculation {

    private static final long NONE = CpmRun.NONE;
    private static final long INF = CpmRun.INF;

    private final CpmRun run;

    FloatCalculation(CpmRun run) {
        this.run = run;
    }

    void run() {
        run.negativeFloatTasks = 0;
        floatPass();
        if (run.negativeFloatTasks > 0) {
            run.warn(ScheduleWarning.Kind.NEGATIVE_FLOAT, -1, run.negativeFloatTasks + " tasks have negative total float");
        }
    }

    private void floatPass() {
        // no order dependency between tasks here, so sweep the arrays sequentially
        for (int task = 0; task < run.n; task++) {
            if (run.topo.isSummary(task)) {
                summaryFloat(task);
            } else {
                leafFloat(task);
            }
        }
    }

    /** Total float by the network's rule; the start float of a started task is not meaningful. */
    private long floatOf(CalendarTable c, int i, boolean startFloatApplies) {
        long finishFloat = c.workingBetween(run.ef[i], run.lf[i]);
        if (!startFloatApplies) {
            return finishFloat;
        }
        return byRule(run.net.totalFloatRule, c.workingBetween(run.es[i], run.ls[i]), finishFloat);
    }

    /** Total float under a rule, from the start float (LS - ES) and the finish float (LF - EF), in working minutes. */
    static long byRule(TotalFloatRule rule, long startFloat, long finishFloat) {
        return switch (rule) {
            case START -> startFloat;
            case FINISH -> finishFloat;
            case SMALLEST -> Math.min(startFloat, finishFloat);
        };
    }

    void leafFloat(int i) {
        if (run.net.isComplete(i)) {
            run.totalFloat[i] = 0;
            run.freeFloat[i] = 0;
            run.critical[i] = false;
            return;
        }
        CalendarTable c = run.tab(i);
        // a fast-path task is not started, has no assignments and LS = LF - d in its calendar, so its start and
        // finish float are both ordinal(LF) - ordinal(ES) - d
        long tf = run.fastEs[i] ? run.lateFinishOrdinal[i] - run.earlyStartOrdinal[i] - run.duration[i]
                : floatOf(c, i, run.net.actualStart[i] == NONE);
        run.totalFloat[i] = tf;
        run.critical[i] = tf <= run.net.criticalFloat;
        if (run.quiet) {
            return;
        }
        long ff = INF;
        boolean any = false;
        for (int k = run.topo.succStart[i]; k < run.topo.succStart[i + 1]; k++) {
            int l = run.topo.succLinks[k];
            int s = run.net.linkSucc[l];
            if (run.net.isComplete(s)) {
                continue;
            }
            any = true;
            long target = run.linkType(l).toFinish() ? run.ef[s] : run.es[s];
            ff = Math.min(ff, c.workingBetween(run.forwardBound(l), target));
        }
        if (!any) {
            ff = c.workingBetween(run.ef[i], Math.max(run.computedFinish, run.finishTarget));
        }
        run.freeFloat[i] = Math.max(0, Math.min(ff, tf));
        if (tf < 0) {
            run.negativeFloatTasks++;
            // reported where it originates (a late constraint or deadline), not on every task upstream
            if (run.net.deadline[i] != NONE || (run.net.constraint[i] != 0
                    && run.net.constraint[i] != ConstraintType.AS_LATE_AS_POSSIBLE.ordinal())) {
                run.warn(ScheduleWarning.Kind.NEGATIVE_FLOAT, i, "total float is " + tf + " working minutes");
            }
        }
        long dl = run.net.deadline[i];
        if (dl != NONE && ConstraintRules.laterInWork(c, run.ef[i], dl)) {
            run.warn(ScheduleWarning.Kind.DEADLINE_MISSED, i, "finishes "
                    + WallClock.dateTime(run.ef[i]) + " after its deadline "
                    + WallClock.dateTime(dl));
        }
    }

    private void summaryFloat(int s) {
        CalendarTable c = run.tab(s);
        long tf = floatOf(c, s, true);
        run.totalFloat[s] = tf;
        // MS Project: a summary is run.critical by its own total float, not because a child is
        run.critical[s] = tf <= run.net.criticalFloat;
        if (run.quiet) {
            return;
        }
        long ff = INF;
        for (int k = run.topo.succStart[s]; k < run.topo.succStart[s + 1]; k++) {
            int l = run.topo.succLinks[k];
            int succ = run.net.linkSucc[l];
            if (run.net.isComplete(succ)) {
                continue;
            }
            long target = run.linkType(l).toFinish() ? run.ef[succ] : run.es[succ];
            ff = Math.min(ff, c.workingBetween(run.forwardBound(l), target));
        }
        run.freeFloat[s] = Math.max(0, Math.min(ff, tf));
    }
}
