package org.bearing.engine.schedule;

import org.bearing.engine.calendar.CalendarTable;
import org.bearing.engine.calendar.WorkCalendar;

/**
 * The critical path of a {@link CpmRun} computed, for the common task, in working-minute ordinals of the task's
 * calendar instead of dates: the kernel of repeated re-runs (Monte Carlo), where most tasks are plain leaves
 * linked to tasks on the same calendar, and date arithmetic (calendar lookups) was most of the cost.
 *
 * <p>Definitions. The <em>ordinal</em> of an instant t on a calendar is the number of working minutes before
 * t ({@link WorkCalendar#ordinal(long)}); it is monotone in t, so the ordinal of a latest (earliest) bound is the
 * largest (smallest) of the bounds' ordinals. A <em>fast task</em> is a leaf that is not started, has no
 * constraint (as soon as possible), no leveling delay, no assignments, is not a milestone nor manually
 * scheduled, and has a positive duration in the run; for it, with d its duration:
 * <ul>
 * <li>early start ordinal ES = the largest ordinal of its start bounds, and of its finish bounds minus d;
 * early finish ordinal EF = ES + d (so ES date = minuteOf(ES), EF date = minuteOf(EF - 1) + 1);</li>
 * <li>late finish ordinal LF = the smallest ordinal of its finish bounds, and of its start bounds plus d
 * (so the late finish passed to predecessors is minuteOf(LF), the late start minuteOf(LF - d));</li>
 * <li>total float = LF - ES - d.</li>
 * </ul>
 * An <em>ordinal link</em> joins two tasks on the same calendar with no lag or a working/percent lag counted on
 * that calendar: it moves an ordinal by the lag (shown equal to what {@link TaskTime#lagged} and
 * {@link TaskTime#removeLag} do to dates, because the predecessor's date in the forward pass, and the fast
 * successor's date in the backward pass, are working-minute boundaries). Every other link, and every other task,
 * goes through the general code of {@link CpmRun} with dates; the dates of fast tasks are then written
 * ("materialized") just before general code reads them, and a general task's dates are turned into ordinals for
 * the fast tasks that read it. So each task's results are exactly those of the general code.
 *
 * <p>Applies to networks without as-late-as-possible tasks (they need a second forward pass) and without start
 * links out of summary tasks (they make a summary's earliest leaf matter): {@link #of} returns null otherwise.
 * Not thread-safe: one per {@link CpmRun}.
 */
final class OrdinalSchedule {

    /** An ordinal standing for "no bound": far beyond any real ordinal, and safe to add durations to. */
    private static final long FAR = Long.MAX_VALUE / 4;
    private static final long NONE = CpmRun.NONE;
    private static final long INF = CpmRun.INF;

    private static final byte OP_FAST = 0;
    private static final byte OP_GENERAL = 1;
    private static final byte OP_ENTRY = 2;
    private static final byte OP_ROLLUP = 3;

    /** Link mode bits: the link reads the predecessor's start (SS, SF); it bounds the successor's finish (FF, SF). */
    private static final int FROM_START = 1;
    private static final int TO_FINISH = 2;
    /** The link is an ordinal link (see the class comment); its lag is working minutes or percent. */
    private static final int ORDINAL = 4;
    private static final int PERCENT = 8;
    /** The successor is complete: the backward pass skips the link. */
    private static final int SKIP = 16;

    private final CpmRun run;
    private final ScheduleNetwork net;
    private final Topology topo;
    private final int n;
    /** Table of each calendar index, and the calendar index of each task. */
    private final CalendarTable[] tables;
    private final int[] cal;
    /** Per scheduling node in topological order: its task and what to do with it (OP_*). */
    private final int[] nodeTask;
    private final byte[] op;
    /** Per link: mode bits, and its lag in working minutes (ordinal links) or percent amount. */
    private final byte[] mode;
    private final long[] lagMinutes;
    private final double[] lagPercent;
    /** Per task: deadline ordinal on its calendar (FAR if none). Per calendar: project start and status ordinals. */
    private final long[] deadlineOrd;
    private final long[] projectStartOrd;
    private final long[] statusOrd;

    /** Per task, this run: whether it was scheduled as a fast task, and its ES / EF / LF ordinals. */
    private final boolean[] fastNow;
    private final long[] esOrd;
    private final long[] efOrd;
    private final long[] lfOrd;
    /** Run stamps: dates of a fast task written (forward, backward); ordinals of a summary's bounds cached. */
    private final int[] forwardStamp;
    private final int[] backwardStamp;
    private final int[] entryStamp;
    private final long[] entryStartOrd;
    private final long[] entryFinishOrd;
    private final int[] exitStamp;
    private final long[] exitFinishOrd;
    private int stamp;
    private boolean backwardDone;
    /** Per calendar, this run: the latest early finish ordinal of fast tasks, the finish target's ordinal. */
    private final long[] latestFinishOrd;
    private final long[] finishTargetOrd;
    /** Per calendar: scratch for roll-ups. */
    private final long[] scratchA;
    private final long[] scratchB;
    private final long[] scratchC;

    private OrdinalSchedule(CpmRun run) {
        this.run = run;
        this.net = run.net;
        this.topo = run.topo;
        this.n = net.n;
        int calendars = net.calendars.length;
        tables = new CalendarTable[calendars];
        cal = net.calendarOf.clone();
        for (int i = 0; i < n; i++) {
            tables[cal[i]] = run.tab(i);
        }
        for (int c = 0; c < calendars; c++) {
            if (tables[c] == null) {
                tables[c] = CalendarTable.of(net.calendars[c]);
            }
        }
        int[] order = topo.order;
        nodeTask = new int[order.length];
        op = new byte[order.length];
        for (int k = 0; k < order.length; k++) {
            int v = order[k];
            int task = topo.nodeTask[v];
            nodeTask[k] = task;
            if (topo.isSummary(task)) {
                op[k] = v != task ? OP_ENTRY : OP_ROLLUP;
            } else {
                op[k] = fastEligible(task) ? OP_FAST : OP_GENERAL;
            }
        }
        mode = new byte[net.m];
        lagMinutes = new long[net.m];
        lagPercent = new double[net.m];
        for (int l = 0; l < net.m; l++) {
            classify(l);
        }
        deadlineOrd = new long[n];
        for (int i = 0; i < n; i++) {
            deadlineOrd[i] = net.deadline[i] == NONE ? FAR : tables[cal[i]].ordinal(net.deadline[i]);
        }
        projectStartOrd = new long[calendars];
        statusOrd = new long[calendars];
        for (int c = 0; c < calendars; c++) {
            projectStartOrd[c] = tables[c].ordinal(net.projectStart);
            statusOrd[c] = net.statusDate == NONE ? -FAR : tables[c].ordinal(net.statusDate);
        }
        fastNow = new boolean[n];
        esOrd = new long[n];
        efOrd = new long[n];
        lfOrd = new long[n];
        forwardStamp = new int[n];
        backwardStamp = new int[n];
        int summaries = topo.order.length - n;
        entryStamp = new int[summaries];
        entryStartOrd = new long[summaries * calendars];
        entryFinishOrd = new long[summaries * calendars];
        exitStamp = new int[summaries];
        exitFinishOrd = new long[summaries * calendars];
        latestFinishOrd = new long[calendars];
        finishTargetOrd = new long[calendars];
        scratchA = new long[calendars];
        scratchB = new long[calendars];
        scratchC = new long[calendars];
    }

    /** The ordinal schedule of the run's network, or null if the network has a feature it does not handle. */
    static OrdinalSchedule of(CpmRun run) {
        ScheduleNetwork net = run.net;
        if (net.calendars.length > 63) {
            return null;
        }
        for (int i = 0; i < net.n; i++) {
            if (run.isAlap(i)) {
                return null;
            }
            if (run.topo.isSummary(i)) {
                for (int k = run.topo.succStart[i]; k < run.topo.succStart[i + 1]; k++) {
                    if (run.linkType(run.topo.succLinks[k]).fromStart()) {
                        return null;
                    }
                }
            }
        }
        return new OrdinalSchedule(run);
    }

    /** Whether a leaf takes the fast path whenever its duration is positive (see the class comment). */
    private boolean fastEligible(int i) {
        if (net.actualStart[i] != NONE || net.actualFinish[i] != NONE || net.milestone[i] || net.startMilestone[i]
                || net.manual[i] || net.constraint[i] != 0 || net.levelingDelay[i] > 0 || run.time.byAssignments(i)
                || net.lateFinishAtNextStart) {
            return false;
        }
        if (net.finishAtLinkBound) {
            // the general code then moves the finish to a finish bound, which ordinals do not model
            for (int k = topo.predStart[i]; k < topo.predStart[i + 1]; k++) {
                if (run.linkType(topo.predLinks[k]).toFinish()) {
                    return false;
                }
            }
            for (int a = net.parent[i]; a >= 0; a = net.parent[a]) {
                ConstraintType ct = run.constraint(a);
                if (ct == ConstraintType.FINISH_NO_EARLIER_THAN || ct == ConstraintType.MUST_FINISH_ON) {
                    return false;
                }
            }
        }
        return true;
    }

    private void classify(int l) {
        LinkType type = run.linkType(l);
        int bits = (type.fromStart() ? FROM_START : 0) | (type.toFinish() ? TO_FINISH : 0);
        int p = net.linkPred[l];
        int s = net.linkSucc[l];
        if (net.isComplete(s)) {
            bits |= SKIP;
        }
        WorkCalendar c = net.calendars[cal[s]];
        boolean ordinal = !topo.isSummary(p) && !topo.isSummary(s) && net.calendars[cal[p]] == c;
        double amount = net.lagAmount[l];
        if (ordinal && amount != 0) {
            LagUnit unit = LagUnit.values()[net.lagUnit[l]];
            ordinal = unit != LagUnit.ELAPSED_MINUTES && run.time.lagCalendar(l).calendar() == c;
            if (unit == LagUnit.WORKING_MINUTES) {
                lagMinutes[l] = Math.round(amount);
            } else {
                bits |= PERCENT;
                lagPercent[l] = amount;
            }
        }
        mode[l] = (byte) (bits | (ordinal ? ORDINAL : 0));
    }

    /** The lag of an ordinal link in working minutes (as {@link TaskTime#lagged} rounds it). */
    private long lag(int l) {
        if ((mode[l] & PERCENT) == 0) {
            return lagMinutes[l];
        }
        return Math.round(run.duration[net.linkPred[l]] * lagPercent[l] / 100.0);
    }

    // ---- passes ----

    /**
     * Schedules the run's current durations (set by {@link CpmRun#prepare(long[])}); with {@code forwardOnly} only
     * the early dates and the project finish. Every array the general code would write is then valid for every
     * task read through {@link #materialize(int)}; total float and critical flags for every task.
     */
    void execute(boolean forwardOnly) {
        if (++stamp == 0) {
            java.util.Arrays.fill(forwardStamp, 0);
            java.util.Arrays.fill(backwardStamp, 0);
            java.util.Arrays.fill(entryStamp, 0);
            java.util.Arrays.fill(exitStamp, 0);
            stamp = 1;
        }
        backwardDone = false;
        forward();
        if (forwardOnly) {
            return;
        }
        run.finishTarget = net.projectFinish != NONE ? net.projectFinish : run.computedFinish;
        for (int c = 0; c < tables.length; c++) {
            finishTargetOrd[c] = tables[c].ordinal(run.finishTarget);
        }
        backward();
        backwardDone = true;
    }

    private void forward() {
        long[] maxEf = latestFinishOrd;
        java.util.Arrays.fill(maxEf, Long.MIN_VALUE);
        long finish = net.projectStart;
        long[] d = run.duration;
        for (int k = 0; k < op.length; k++) {
            int task = nodeTask[k];
            switch (op[k]) {
                case OP_FAST -> {
                    if (d[task] > 0) {
                        forwardFast(task, d[task]);
                        if (efOrd[task] > maxEf[cal[task]]) {
                            maxEf[cal[task]] = efOrd[task];
                        }
                        continue;
                    }
                    finish = Math.max(finish, forwardGeneral(task));
                }
                case OP_GENERAL -> finish = Math.max(finish, forwardGeneral(task));
                case OP_ENTRY -> {
                    materializePredecessors(task);
                    run.forwardEntry(task);
                }
                default -> rollupEarly(task);
            }
        }
        for (int c = 0; c < tables.length; c++) {
            if (maxEf[c] != Long.MIN_VALUE) {
                finish = Math.max(finish, tables[c].minuteOf(maxEf[c] - 1) + 1);
            }
        }
        run.computedFinish = finish;
    }

    private void forwardFast(int i, long d) {
        fastNow[i] = true;
        int c = cal[i];
        int p = net.parent[i];
        long start;
        long fin;
        if (p >= 0) {
            int sx = run.sx(p);
            if (entryStamp[sx] != stamp) {
                cacheEntry(sx);
            }
            start = entryStartOrd[sx * tables.length + c];
            fin = entryFinishOrd[sx * tables.length + c];
        } else {
            start = projectStartOrd[c];
            fin = -FAR;
        }
        for (int k = topo.predStart[i]; k < topo.predStart[i + 1]; k++) {
            int l = topo.predLinks[k];
            int m = mode[l];
            long b;
            if ((m & ORDINAL) != 0) {
                int pred = net.linkPred[l];
                b = ((m & FROM_START) != 0 ? esOrd[pred] : efOrd[pred]) + lag(l);
            } else {
                materializeForward(net.linkPred[l]);
                b = tables[c].ordinal(run.forwardBound(l));
            }
            if ((m & TO_FINISH) != 0) {
                fin = Math.max(fin, b);
            } else {
                start = Math.max(start, b);
            }
        }
        start = Math.max(start, statusOrd[c]);
        if (fin != -FAR) {
            start = Math.max(start, fin - d);
        }
        esOrd[i] = start;
        efOrd[i] = start + d;
    }

    /** The ordinals, on every calendar, of a summary's entry start and finish bounds (NONE: -FAR). */
    private void cacheEntry(int sx) {
        entryStamp[sx] = stamp;
        long s = run.entryStart[sx];
        long f = run.entryFinish[sx];
        for (int c = 0; c < tables.length; c++) {
            entryStartOrd[sx * tables.length + c] = tables[c].ordinal(s);
            entryFinishOrd[sx * tables.length + c] = f == NONE ? -FAR : tables[c].ordinal(f);
        }
    }

    /** Schedules a leaf with the general code; returns its early finish. */
    private long forwardGeneral(int i) {
        fastNow[i] = false;
        materializePredecessors(i);
        run.forwardLeaf(i);
        CalendarTable t = tables[cal[i]];
        esOrd[i] = t.ordinal(run.es[i]);
        efOrd[i] = t.ordinal(run.ef[i]);
        return run.ef[i];
    }

    private void materializePredecessors(int task) {
        for (int k = topo.predStart[task]; k < topo.predStart[task + 1]; k++) {
            materializeForward(net.linkPred[topo.predLinks[k]]);
        }
    }

    private void rollupEarly(int s) {
        long start = INF;
        long finish = Long.MIN_VALUE;
        long used = 0;
        long[] minEs = scratchA;
        long[] maxEf = scratchB;
        for (int k = topo.childStart[s]; k < topo.childStart[s + 1]; k++) {
            int c = topo.children[k];
            if (c < n && fastNow[c] && !topo.isSummary(c)) {
                int ci = cal[c];
                if ((used & (1L << ci)) == 0) {
                    used |= 1L << ci;
                    minEs[ci] = esOrd[c];
                    maxEf[ci] = efOrd[c];
                } else {
                    minEs[ci] = Math.min(minEs[ci], esOrd[c]);
                    maxEf[ci] = Math.max(maxEf[ci], efOrd[c]);
                }
            } else {
                start = Math.min(start, run.es[c]);
                finish = Math.max(finish, run.ef[c]);
            }
        }
        for (int ci = 0; used != 0; ci++, used >>>= 1) {
            if ((used & 1) != 0) {
                start = Math.min(start, tables[ci].minuteOf(minEs[ci]));
                finish = Math.max(finish, tables[ci].minuteOf(maxEf[ci] - 1) + 1);
            }
        }
        run.es[s] = start;
        run.ef[s] = finish;
    }

    private void backward() {
        long[] d = run.duration;
        long criticalFloat = net.criticalFloat;
        FloatCalculation floats = new FloatCalculation(run);
        for (int k = op.length - 1; k >= 0; k--) {
            int task = nodeTask[k];
            switch (op[k]) {
                case OP_FAST, OP_GENERAL -> {
                    if (fastNow[task]) {
                        long tf = backwardFast(task, d[task]) - esOrd[task] - d[task];
                        run.totalFloat[task] = tf;
                        run.critical[task] = tf <= criticalFloat;
                    } else {
                        materializeSuccessors(task);
                        run.backwardLeaf(task);
                        floats.leafFloat(task);
                    }
                }
                case OP_ROLLUP -> {
                    materializeSuccessors(task);
                    run.backwardExit(task);
                }
                default -> {
                    rollupLate(task);
                    floats.summaryFloat(task);
                }
            }
        }
    }

    /** Computes a fast task's late finish ordinal; returns it. */
    private long backwardFast(int i, long d) {
        int c = cal[i];
        long finish = finishTargetOrd[c];
        int p = net.parent[i];
        if (p >= 0) {
            int sx = run.sx(p);
            if (exitStamp[sx] != stamp) {
                cacheExit(sx);
            }
            finish = Math.min(finish, exitFinishOrd[sx * tables.length + c]);
        }
        for (int k = topo.succStart[i]; k < topo.succStart[i + 1]; k++) {
            int l = topo.succLinks[k];
            int m = mode[l];
            if ((m & SKIP) != 0) {
                continue;
            }
            int s = net.linkSucc[l];
            long b;
            if ((m & ORDINAL) != 0 && fastNow[s]) {
                // the successor's late finish (FF, SF) or late start (FS, SS) is a working-minute start
                b = ((m & TO_FINISH) != 0 ? lfOrd[s] : lfOrd[s] - run.duration[s]) - lag(l);
                if ((m & FROM_START) != 0) {
                    b += d;
                }
            } else {
                materializeBackward(s);
                long t = run.backwardBound(l);
                if ((m & FROM_START) != 0) {
                    t = TaskTime.latestFinishFromStart(tables[c], t, d);
                }
                b = tables[c].ordinal(t);
            }
            finish = Math.min(finish, b);
        }
        finish = Math.min(finish, deadlineOrd[i]);
        lfOrd[i] = finish;
        return finish;
    }

    /** The ordinals, on every calendar, of a summary's exit finish bound (INF: FAR). */
    private void cacheExit(int sx) {
        exitStamp[sx] = stamp;
        long f = run.exitFinish[sx];
        for (int c = 0; c < tables.length; c++) {
            exitFinishOrd[sx * tables.length + c] = f == INF ? FAR : tables[c].ordinal(f);
        }
    }

    private void materializeSuccessors(int task) {
        for (int k = topo.succStart[task]; k < topo.succStart[task + 1]; k++) {
            materializeBackward(net.linkSucc[topo.succLinks[k]]);
        }
    }

    private void rollupLate(int s) {
        long minLs = INF;
        long minLf = INF;
        long maxLf = Long.MIN_VALUE;
        long minCalcLs = INF;
        long used = 0;
        long[] minStartOrd = scratchA;
        long[] minFinishOrd = scratchB;
        long[] maxFinishOrd = scratchC;
        long[] d = run.duration;
        for (int k = topo.childStart[s]; k < topo.childStart[s + 1]; k++) {
            int c = topo.children[k];
            if (topo.isSummary(c)) {
                minLs = Math.min(minLs, run.ls[c]);
                minCalcLs = Math.min(minCalcLs, run.entryLateStart[run.sx(c)]);
                minLf = Math.min(minLf, run.entryLateFinish[run.sx(c)]);
                maxLf = Math.max(maxLf, run.lf[c]);
            } else if (fastNow[c]) {
                int ci = cal[c];
                long f = lfOrd[c];
                if ((used & (1L << ci)) == 0) {
                    used |= 1L << ci;
                    minStartOrd[ci] = f - d[c];
                    minFinishOrd[ci] = f;
                    maxFinishOrd[ci] = f;
                } else {
                    minStartOrd[ci] = Math.min(minStartOrd[ci], f - d[c]);
                    minFinishOrd[ci] = Math.min(minFinishOrd[ci], f);
                    maxFinishOrd[ci] = Math.max(maxFinishOrd[ci], f);
                }
            } else {
                minLs = Math.min(minLs, run.ls[c]);
                minCalcLs = Math.min(minCalcLs, run.calcLs[c]);
                minLf = Math.min(minLf, run.calcLf[c]);
                maxLf = Math.max(maxLf, run.lf[c]);
            }
        }
        for (int ci = 0; used != 0; ci++, used >>>= 1) {
            if ((used & 1) != 0) {
                // a fast leaf's LS = calcLS = minuteOf(LF - d), calcLF = minuteOf(LF), LF date = minuteOf(LF - 1) + 1
                long ls = tables[ci].minuteOf(minStartOrd[ci]);
                minLs = Math.min(minLs, ls);
                minCalcLs = Math.min(minCalcLs, ls);
                minLf = Math.min(minLf, tables[ci].minuteOf(minFinishOrd[ci]));
                maxLf = Math.max(maxLf, tables[ci].minuteOf(maxFinishOrd[ci] - 1) + 1);
            }
        }
        run.ls[s] = minLs;
        run.calcLs[s] = minLs;
        run.lf[s] = maxLf;
        run.entryLateStart[run.sx(s)] = minCalcLs;
        run.entryLateFinish[run.sx(s)] = minLf;
    }

    // ---- dates of fast tasks ----

    /** Writes the dates of a task that was scheduled in ordinals into the run's arrays (no-op for others). */
    void materialize(int task) {
        materializeForward(task);
        if (backwardDone) {
            materializeBackward(task);
        }
    }

    private void materializeForward(int task) {
        if (task >= n || !fastNow[task] || forwardStamp[task] == stamp) {
            return;
        }
        forwardStamp[task] = stamp;
        CalendarTable t = tables[cal[task]];
        run.es[task] = t.minuteOf(esOrd[task]);
        run.ef[task] = t.minuteOf(efOrd[task] - 1) + 1;
    }

    private void materializeBackward(int task) {
        if (task >= n || !fastNow[task] || backwardStamp[task] == stamp) {
            return;
        }
        backwardStamp[task] = stamp;
        CalendarTable t = tables[cal[task]];
        long k = lfOrd[task];
        long start = t.minuteOf(k - run.duration[task]);
        run.calcLs[task] = start;
        run.ls[task] = start;
        run.calcLf[task] = t.minuteOf(k);
        run.lf[task] = t.minuteOf(k - 1) + 1;
        run.lateFinishOrdinal[task] = k;
    }
}
