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
 * scheduled (nor, under the late-finish-at-next-start rule or, with P6's finish-at-link-bound rule, bound at its
 * finish) and has a positive duration in the run (a zero sample sends it to the general code for that run);
 * for it, with d its duration:
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
 * successor's date in the backward pass, are working-minute boundaries). A link across calendars whose lag is
 * none, or working minutes or percent on the successor's calendar, likewise moves the successor's ordinal by the lag
 * and converts the one date between the two calendars ({@link OrdinalLinks#SUCCESSOR_LAG}). Every other link, and
 * every other task, goes through the general code of {@link CpmRun} with dates; the dates of fast tasks are then written
 * ("materialized") just before general code reads them, and a general task's dates are turned into ordinals for
 * the fast tasks that read it. Summary roll-ups take the extreme ordinal per calendar among fast children and
 * convert it once per calendar. So each task's results are exactly those of the general code. The links are
 * compiled once per network ({@link OrdinalLinks}).
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

    private static final int FROM_START = OrdinalLinks.FROM_START;
    private static final int TO_FINISH = OrdinalLinks.TO_FINISH;
    private static final int ORDINAL = OrdinalLinks.ORDINAL;
    private static final int PERCENT = OrdinalLinks.PERCENT;
    private static final int SKIP = OrdinalLinks.SKIP;
    private static final int SUCCESSOR_LAG = OrdinalLinks.SUCCESSOR_LAG;

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

    /** The fast tasks' links in flat arrays. */
    private final OrdinalLinks links;
    /**
     * Per task, this run: whether it was scheduled as a fast task; early[2i], early[2i + 1] its early start and
     * finish ordinals; late[2i], late[2i + 1] its late start and finish ordinals (fast tasks only).
     */
    private final boolean[] fastNow;
    private final long[] early;
    private final long[] late;
    /** Fast tasks scheduled by the general code in this run (a zero sampled duration): no tight backward pass. */
    private int fallbacks;
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
    /** Float of the leaves the general code schedules. */
    private final FloatCalculation floats;
    /** Summary roll-ups of this schedule's arrays. */
    private final OrdinalRollup rollup;
    /** Per summary: the calendars (bit per index) of its fast children, the only readers of its cached ordinals. */
    private final long[] childCalendars;

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
        links = new OrdinalLinks(run);
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
                op[k] = links.fast[task] ? OP_FAST : OP_GENERAL;
            }
        }
        mode = links.mode;
        lagMinutes = links.lagMinutes;
        lagPercent = links.lagPercent;
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
        early = new long[2 * n];
        late = new long[2 * n];
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
        floats = new FloatCalculation(run);
        rollup = new OrdinalRollup(run, tables, links.fast, fastNow, early, late);
        childCalendars = new long[summaries];
        for (int i = 0; i < n; i++) {
            if (links.fast[i] && net.parent[i] >= 0) {
                childCalendars[run.sx(net.parent[i])] |= 1L << cal[i];
            }
        }
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
        fallbacks = 0;
        for (int k = 0; k < op.length; k++) {
            int task = nodeTask[k];
            switch (op[k]) {
                case OP_FAST -> {
                    if (d[task] > 0) {
                        long f = forwardFast(task, d[task]);
                        if (f > maxEf[cal[task]]) {
                            maxEf[cal[task]] = f;
                        }
                        continue;
                    }
                    fallbacks++;
                    finish = Math.max(finish, forwardGeneral(task));
                }
                case OP_GENERAL -> finish = Math.max(finish, forwardGeneral(task));
                case OP_ENTRY -> {
                    materializePredecessors(task);
                    run.forwardEntry(task);
                }
                default -> rollup.early(task);
            }
        }
        for (int c = 0; c < tables.length; c++) {
            if (maxEf[c] != Long.MIN_VALUE) {
                finish = Math.max(finish, tables[c].minuteOf(maxEf[c] - 1) + 1);
            }
        }
        run.computedFinish = finish;
    }

    /** Computes a fast task's early start and finish ordinals; returns the finish one. */
    private long forwardFast(int i, long d) {
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
        long[] e = early;
        int[] source = links.forwardSource;
        long[] lag = links.forwardLag;
        int a = links.forwardFinish[i];
        int b = links.forwardOther[i];
        for (int k = links.forwardStart[i]; k < a; k++) {
            start = Math.max(start, e[source[k]] + lag[k]);
        }
        for (int k = a; k < b; k++) {
            fin = Math.max(fin, e[source[k]] + lag[k]);
        }
        for (int k = b, end = links.forwardStart[i + 1]; k < end; k++) {
            int l = source[k];
            long bound = forwardBound(l, c);
            if ((mode[l] & TO_FINISH) != 0) {
                fin = Math.max(fin, bound);
            } else {
                start = Math.max(start, bound);
            }
        }
        start = Math.max(start, statusOrd[c]);
        if (fin != -FAR) {
            start = Math.max(start, fin - d);
        }
        e[2 * i] = start;
        e[2 * i + 1] = start + d;
        return start + d;
    }

    /** The ordinal, on calendar c, of the bound a link puts on its (fast) successor in the forward pass. */
    private long forwardBound(int l, int c) {
        int m = mode[l];
        int pred = net.linkPred[l];
        if ((m & ORDINAL) != 0) {
            return early[2 * pred + ((m & FROM_START) != 0 ? 0 : 1)] + lag(l);
        }
        // only the one date the link reads, not all of the predecessor's dates
        long date;
        if (fastNow[pred]) {
            CalendarTable t = tables[cal[pred]];
            date = (m & FROM_START) != 0 ? t.minuteOf(early[2 * pred]) : t.minuteOf(early[2 * pred + 1] - 1) + 1;
        } else {
            date = (m & FROM_START) != 0 ? run.es[pred] : run.ef[pred];
        }
        if ((m & SUCCESSOR_LAG) != 0) {
            // lagged adds the lag in working minutes of calendar c: ordinal(addWorking(t, k)) = ordinal(t) + k
            return tables[c].ordinal(date) + lag(l);
        }
        return tables[c].ordinal(run.time.lagged(l, date, 1));
    }

    /** The ordinals, on every calendar, of a summary's entry start and finish bounds (NONE: -FAR). */
    private void cacheEntry(int sx) {
        entryStamp[sx] = stamp;
        long s = run.entryStart[sx];
        long f = run.entryFinish[sx];
        for (long used = childCalendars[sx], c = 0; used != 0; c++, used >>>= 1) {
            if ((used & 1) != 0) {
                entryStartOrd[sx * tables.length + (int) c] = tables[(int) c].ordinal(s);
                entryFinishOrd[sx * tables.length + (int) c] = f == NONE ? -FAR : tables[(int) c].ordinal(f);
            }
        }
    }

    /** Schedules a leaf with the general code; returns its early finish. */
    private long forwardGeneral(int i) {
        fastNow[i] = false;
        materializePredecessors(i);
        run.forwardLeaf(i);
        CalendarTable t = tables[cal[i]];
        early[2 * i] = t.ordinal(run.es[i]);
        early[2 * i + 1] = t.ordinal(run.ef[i]);
        return run.ef[i];
    }

    private void materializePredecessors(int task) {
        for (int k = topo.predStart[task]; k < topo.predStart[task + 1]; k++) {
            materializeForward(net.linkPred[topo.predLinks[k]]);
        }
    }

    private void backward() {
        long[] d = run.duration;
        long criticalFloat = net.criticalFloat;
        for (int k = op.length - 1; k >= 0; k--) {
            int task = nodeTask[k];
            switch (op[k]) {
                case OP_FAST, OP_GENERAL -> {
                    if (fastNow[task]) {
                        long tf = backwardFast(task, d[task]) - early[2 * task] - d[task];
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
                    rollup.late(task);
                }
            }
        }
    }

    /** Computes a fast task's late start and finish ordinals; returns the finish one. */
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
        if (fallbacks == 0) {
            // every fast successor is fast in this run, so the compiled entries hold
            long[] lt = late;
            int[] source = links.backwardSource;
            long[] lag = links.backwardLag;
            int a = links.backwardStart[i];
            int b = links.backwardOther[i];
            for (int k = links.backwardFinish[i]; k < a; k++) {
                finish = Math.min(finish, lt[source[k]] - lag[k]);
            }
            for (int k = a; k < b; k++) {
                finish = Math.min(finish, lt[source[k]] - lag[k] + d);
            }
            for (int k = b, end = links.backwardFinish[i + 1]; k < end; k++) {
                finish = Math.min(finish, backwardBound(source[k], d, c));
            }
        } else {
            for (int k = topo.succStart[i]; k < topo.succStart[i + 1]; k++) {
                int l = topo.succLinks[k];
                if ((mode[l] & SKIP) == 0) {
                    finish = Math.min(finish, backwardBound(l, d, c));
                }
            }
        }
        finish = Math.min(finish, deadlineOrd[i]);
        late[2 * i] = finish - d;
        late[2 * i + 1] = finish;
        return finish;
    }

    /** The ordinal, on calendar c, of the bound a link puts on the finish of its fast predecessor of duration d. */
    private long backwardBound(int l, long d, int c) {
        int m = mode[l];
        int s = net.linkSucc[l];
        if ((m & ORDINAL) != 0 && fastNow[s]) {
            // the successor's late finish (FF, SF) or late start (FS, SS) is a working-minute start
            long b = late[2 * s + ((m & TO_FINISH) != 0 ? 1 : 0)] - lag(l);
            return (m & FROM_START) != 0 ? b + d : b;
        }
        // only the one date the link reads (as CpmRun.backwardBound), not all of the successor's dates
        long t;
        if (fastNow[s]) {
            long k = late[2 * s + ((m & TO_FINISH) != 0 ? 1 : 0)];
            if ((m & SUCCESSOR_LAG) != 0) {
                // removeLag(minuteOf(k)) = minuteOf(k - lag) on the successor's calendar, the lag's
                t = tables[cal[s]].minuteOf(k - lag(l));
            } else {
                t = run.time.removeLag(l, tables[cal[s]].minuteOf(k));
            }
        } else if (topo.isSummary(s)) {
            t = run.time.removeLag(l,
                    (m & TO_FINISH) != 0 ? run.entryLateFinish[run.sx(s)] : run.entryLateStart[run.sx(s)]);
        } else {
            t = run.time.removeLag(l, (m & TO_FINISH) != 0 ? run.calcLf[s] : run.calcLs[s]);
        }
        // ordinal(latestFinishFromStart(t, d)) without the round trip: ordinal(minuteOf(k)) = k, and d > 0
        return (m & FROM_START) != 0 ? TaskTime.lastOrdinalStartingBy(tables[c], t) + d : tables[c].ordinal(t);
    }

    /** The ordinals, on every calendar, of a summary's exit finish bound (INF: FAR). */
    private void cacheExit(int sx) {
        exitStamp[sx] = stamp;
        long f = run.exitFinish[sx];
        for (long used = childCalendars[sx], c = 0; used != 0; c++, used >>>= 1) {
            if ((used & 1) != 0) {
                exitFinishOrd[sx * tables.length + (int) c] = f == INF ? FAR : tables[(int) c].ordinal(f);
            }
        }
    }

    private void materializeSuccessors(int task) {
        for (int k = topo.succStart[task]; k < topo.succStart[task + 1]; k++) {
            materializeBackward(net.linkSucc[topo.succLinks[k]], false);
        }
    }

    // ---- dates of fast tasks ----

    /**
     * Flags, through {@code trace}, the predecessors whose own links drive fast task i's early start in the last
     * run (links on its summary tasks are the trace's): a link drives when the ordinal bound it puts on i's start
     * (a finish bound minus i's duration) is i's early start ordinal, the ordinal form of the trace's date test
     * (for a fast task, the ordinal of startAt(t) is the ordinal of t). Returns the new queue tail.
     */
    int flagDrivingPredecessors(int i, LongestPathTrace trace, int tail) {
        long es = early[2 * i];
        long d = run.duration[i];
        long[] e = early;
        int[] source = links.forwardSource;
        long[] lag = links.forwardLag;
        int a = links.forwardFinish[i];
        int b = links.forwardOther[i];
        for (int k = links.forwardStart[i]; k < a; k++) {
            if (e[source[k]] + lag[k] == es) {
                tail = trace.flag(source[k] >>> 1, tail);
            }
        }
        for (int k = a; k < b; k++) {
            if (e[source[k]] + lag[k] - d == es) {
                tail = trace.flag(source[k] >>> 1, tail);
            }
        }
        int c = cal[i];
        for (int k = b, end = links.forwardStart[i + 1]; k < end; k++) {
            int l = source[k];
            long bound = forwardBound(l, c);
            if (((mode[l] & TO_FINISH) != 0 ? bound - d : bound) == es) {
                tail = trace.flagPredecessor(l, tail);
            }
        }
        return tail;
    }

    /** Whether the task was scheduled in ordinals in the last run. */
    boolean scheduledFast(int task) {
        return fastNow[task];
    }

    /** A fast task's early finish ordinal on its calendar in the last run (the ordinal of its early finish date). */
    long earlyFinishOrdinal(int task) {
        return early[2 * task + 1];
    }

    /** Writes the dates of a task that was scheduled in ordinals into the run's arrays (no-op for others). */
    void materialize(int task) {
        materializeForward(task);
        if (backwardDone) {
            materializeBackward(task, true);
        }
    }

    private void materializeForward(int task) {
        if (task >= n || !fastNow[task] || forwardStamp[task] == stamp) {
            return;
        }
        forwardStamp[task] = stamp;
        CalendarTable t = tables[cal[task]];
        run.es[task] = t.minuteOf(early[2 * task]);
        run.ef[task] = t.minuteOf(early[2 * task + 1] - 1) + 1;
    }

    /**
     * Writes the late dates of a fast task that general code reads from a successor (calcLs, calcLf); with
     * {@code all}, also its reported late start and finish.
     */
    private void materializeBackward(int task, boolean all) {
        // stamp: calcLs and calcLf written in this run; -stamp: all four
        if (task >= n || !fastNow[task] || backwardStamp[task] == -stamp || !all && backwardStamp[task] == stamp) {
            return;
        }
        CalendarTable t = tables[cal[task]];
        long k = late[2 * task + 1];
        long start = t.minuteOf(late[2 * task]);
        run.calcLs[task] = start;
        run.calcLf[task] = t.minuteOf(k);
        run.lateFinishOrdinal[task] = k;
        backwardStamp[task] = stamp;
        if (all) {
            run.ls[task] = start;
            run.lf[task] = t.minuteOf(k - 1) + 1;
            backwardStamp[task] = -stamp;
        }
    }
}
