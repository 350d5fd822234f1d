package org.bearing.engine.schedule;

import java.util.ArrayList;
import java.util.List;

import org.bearing.engine.calendar.CalendarTable;
import org.bearing.engine.calendar.WorkCalendar;

/**
 * One forward/backward pass over a network's primitive arrays. Package-private: {@link Schedule} exposes the
 * results and uses the bound functions here to explain drivers, so explanations never disagree with dates.
 */
final class CpmRun {

    static final long NONE = ScheduleNetwork.NONE;
    static final long INF = Long.MAX_VALUE;

    private static final ConstraintType[] CONSTRAINTS = ConstraintType.values();
    private static final LinkType[] LINK_TYPES = LinkType.values();

    final ScheduleNetwork net;
    final Topology topo;
    final TaskTime time;
    /** The date constraints of leaf tasks. */
    final ConstraintRules constraints;
    final int n;
    final long[] es;
    final long[] ef;
    final long[] ls;
    final long[] lf;
    /** Late start computed from the late finish (differs from {@link #ls} for started tasks, whose LS = actual start). */
    final long[] calcLs;
    /** Late finish as passed to predecessors: the latest instant equivalent to {@link #lf} in the task calendar. */
    final long[] calcLf;
    final long[] entryStart;
    final long[] entryFinish;
    final long[] exitFinish;
    final long[] exitStart;
    final long[] entryLateStart;
    final long[] entryLateFinish;
    final int[] earliestLeaf;
    final long[] totalFloat;
    final long[] freeFloat;
    final boolean[] critical;
    /**
     * Working-minute ordinals (task calendar) of the early start of tasks scheduled by the forward fast path
     * ({@code fastEs[i] >= 0} marks them) and of every leaf's late finish: total float is then
     * {@code lateFinishOrdinal - earlyStartOrdinal - duration} without searching the calendar again.
     */
    final long[] earlyStartOrdinal;
    final boolean[] fastEs;
    final long[] lateFinishOrdinal;
    /** Per link: whether it starts from the predecessor's start (SS, SF) and ends at the successor's finish (FF, SF). */
    private final boolean[] linkFromStart;
    private final boolean[] linkToFinish;
    final List<ScheduleWarning> warnings = new ArrayList<>();
    long computedFinish;
    long finishTarget;
    private boolean alapPass;
    private boolean anyAlap;
    int negativeFloatTasks;
    /**
     * Task durations in working minutes: the network's, or a sample set by {@link #rerun(long[])} (which sets
     * the same array in {@link #time}, whose arithmetic reads durations too).
     */
    long[] duration;
    /** If set, no warnings and no free float are computed (repeated runs that need dates and criticality only). */
    boolean quiet;
    /** Results of {@link #collectBounds(int)}. */
    private long startBound;
    private long finishBound;
    /** Task being scheduled, for error messages. */
    private int current = -1;

    CpmRun(ScheduleNetwork net) {
        this.net = net;
        this.duration = net.duration;
        this.topo = net.topology;
        this.time = new TaskTime(net);
        this.constraints = new ConstraintRules(this);
        this.n = net.n;
        int summaries = topo.order.length - n;
        es = new long[n];
        ef = new long[n];
        ls = new long[n];
        lf = new long[n];
        calcLs = new long[n];
        calcLf = new long[n];
        entryStart = new long[summaries];
        entryFinish = new long[summaries];
        exitFinish = new long[summaries];
        exitStart = new long[summaries];
        entryLateStart = new long[summaries];
        entryLateFinish = new long[summaries];
        earliestLeaf = new int[summaries];
        totalFloat = new long[n];
        freeFloat = new long[n];
        critical = new boolean[n];
        earlyStartOrdinal = new long[n];
        fastEs = new boolean[n];
        lateFinishOrdinal = new long[n];
        linkFromStart = new boolean[net.m];
        linkToFinish = new boolean[net.m];
        for (int l = 0; l < net.m; l++) {
            linkFromStart[l] = linkType(l).fromStart();
            linkToFinish[l] = linkType(l).toFinish();
        }
    }

    /**
     * Runs again with other durations on the same network and arrays (every array is fully rewritten by a
     * run). A started task's remaining duration scales with the ratio of the new to the planned duration.
     */
    void rerun(long[] durations) {
        rerun(durations, false);
    }

    /**
     * As {@link #rerun(long[])}; with {@code forwardOnly} the backward pass and floats are skipped unless the
     * network has as-late-as-possible tasks (their dates need it). Returns whether the backward pass ran.
     */
    boolean rerun(long[] durations, boolean forwardOnly) {
        prepare(durations);
        return execute(forwardOnly);
    }

    /** Sets the durations of the next run and clears the last run's state (also for {@link OrdinalSchedule}). */
    void prepare(long[] durations) {
        duration = durations;
        time.duration = durations;
        warnings.clear();
        alapPass = false;
        anyAlap = false;
    }

    /** Remaining duration of a task under {@link #duration}: the network's own if the durations are the planned ones. */
    long remainingDuration(int task) {
        long planned = net.duration[task];
        if (duration == net.duration || net.actualFinish[task] != NONE || planned == duration[task]) {
            return net.remainingDuration(task);
        }
        if (planned == 0) {
            return Math.round(duration[task] * (1 - net.percentComplete[task] / 100.0));
        }
        return Math.round(net.remainingDuration(task) * (double) duration[task] / planned);
    }

    void execute() {
        execute(false);
    }

    /** Runs the passes; an error names the task being scheduled. Returns whether the backward pass ran. */
    private boolean execute(boolean forwardOnly) {
        try {
            return passes(forwardOnly);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("cannot schedule task '" + (current >= 0 ? net.names[current] : "?") + "': "
                    + e.getMessage(), e);
        }
    }

    private boolean passes(boolean forwardOnly) {
        current = -1;
        forwardPass();
        long max = net.projectStart;
        for (int i = 0; i < n; i++) {
            if (!topo.isSummary(i) && ef[i] > max) {
                max = ef[i];
            }
        }
        computedFinish = max;
        if (forwardOnly && !anyAlap) {
            return false;
        }
        finishTarget = net.projectFinish != NONE ? net.projectFinish : max;
        backwardPass();
        if (anyAlap) {
            alapPass = true;
            forwardPass();
        }
        floats();
        return true;
    }

    /** Index of a summary task in the per-summary arrays. */
    int sx(int summary) {
        return topo.entryNode[summary] - n;
    }

    /** The leaf under a summary with the earliest early start. */
    int earliestLeaf(int summary) {
        return earliestLeaf[sx(summary)];
    }

    WorkCalendar cal(int task) {
        return time.cal(task);
    }

    CalendarTable tab(int task) {
        return time.tab(task);
    }

    boolean isMilestone(int task) {
        return time.isMilestone(task);
    }

    ConstraintType constraint(int task) {
        return CONSTRAINTS[net.constraint[task]];
    }

    LinkType linkType(int link) {
        return LINK_TYPES[net.linkType[link]];
    }

    boolean isAlap(int task) {
        return net.constraint[task] == ConstraintType.AS_LATE_AS_POSSIBLE.ordinal() && !net.isStarted(task)
                && !topo.isSummary(task);
    }

    // ---- link arithmetic ----

    /** The date a link imposes on its successor's start (SS, FS) or finish (FF, SF) in the forward pass. */
    long forwardBound(int link) {
        int p = net.linkPred[link];
        boolean fromStart = linkFromStart[link];
        long date;
        if (alapPass && isAlap(p)) {
            date = fromStart ? ls[p] : lf[p];
        } else {
            date = fromStart ? es[p] : ef[p];
        }
        return time.lagged(link, date, 1);
    }

    /** The date a link imposes on its predecessor's start (SS, SF) or finish (FS, FF) in the backward pass. */
    long backwardBound(int link) {
        int s = net.linkSucc[link];
        boolean toFinish = linkToFinish[link];
        long date;
        if (topo.isSummary(s)) {
            date = toFinish ? entryLateFinish[sx(s)] : entryLateStart[sx(s)];
        } else {
            date = toFinish ? calcLf[s] : calcLs[s];
        }
        return time.removeLag(link, date);
    }

    long startAt(int task, long t) {
        return time.startAt(task, t);
    }

    long startFromFinish(int task, long finish, long dur) {
        return time.startFromFinish(task, finish, dur);
    }

    // ---- forward ----

    private void forwardPass() {
        int[] order = topo.order;
        for (int v : order) {
            int task = topo.nodeTask[v];
            current = task;
            if (!topo.isSummary(task)) {
                forwardLeaf(task);
            } else if (v != task) {
                forwardEntry(task);
            } else {
                rollupEarly(task);
            }
        }
    }

    /**
     * Sets {@link #startBound} and {@link #finishBound} to the latest start and finish the task's links and
     * summary tasks impose (the project start at least).
     */
    private void collectBounds(int task) {
        int p = net.parent[task];
        long sb = p >= 0 ? entryStart[sx(p)] : net.projectStart;
        long fb = p >= 0 ? entryFinish[sx(p)] : NONE;
        for (int k = topo.predStart[task]; k < topo.predStart[task + 1]; k++) {
            int l = topo.predLinks[k];
            long b = forwardBound(l);
            if (linkToFinish[l]) {
                fb = Math.max(fb, b);
            } else {
                sb = Math.max(sb, b);
            }
        }
        startBound = sb;
        finishBound = fb;
    }

    void forwardEntry(int s) {
        collectBounds(s);
        long sb = startBound;
        long fb = finishBound;
        ConstraintType ct = constraint(s);
        if (ct == ConstraintType.START_NO_EARLIER_THAN || ct == ConstraintType.MUST_START_ON) {
            sb = Math.max(sb, net.constraintDate[s]);
        } else if (ct == ConstraintType.FINISH_NO_EARLIER_THAN || ct == ConstraintType.MUST_FINISH_ON) {
            fb = Math.max(fb, net.constraintDate[s]);
        }
        entryStart[sx(s)] = sb;
        entryFinish[sx(s)] = fb;
    }

    private void rollupEarly(int s) {
        long start = INF;
        long finish = Long.MIN_VALUE;
        int earliest = -1;
        for (int k = topo.childStart[s]; k < topo.childStart[s + 1]; k++) {
            int c = topo.children[k];
            if (es[c] < start) {
                start = es[c];
                earliest = topo.isSummary(c) ? earliestLeaf[sx(c)] : c;
            }
            finish = Math.max(finish, ef[c]);
        }
        es[s] = start;
        ef[s] = finish;
        earliestLeaf[sx(s)] = earliest;
    }

    void forwardLeaf(int i) {
        fastEs[i] = false;
        CalendarTable c = tab(i);
        long d = duration[i];
        long as = net.actualStart[i];
        long af = net.actualFinish[i];
        if (af != NONE) {
            es[i] = as != NONE ? as : startFromFinish(i, af, d);
            ef[i] = af;
            if (as != NONE && af < as && !alapPass && !quiet) {
                warn(ScheduleWarning.Kind.INVALID_DATA, i, "actual finish is before actual start");
            }
            return;
        }
        collectBounds(i);
        long sb = startBound;
        long fb = finishBound;
        if (as != NONE) {
            forwardStarted(i, c, d, as, sb, fb);
            return;
        }
        if (net.statusDate != NONE) {
            sb = Math.max(sb, net.statusDate);
        }
        long start = sb;
        if (fb != NONE) {
            start = Math.max(start, startFromFinish(i, fb, d));
        }
        if (d > 0 && !net.milestone[i] && net.constraint[i] == 0 && net.levelingDelay[i] <= 0 && !time.byAssignments(i)
                && !(net.finishAtLinkBound && fb != NONE)) {
            // the common case in one calendar lookup: the start is the working minute with the bound's
            // ordinal k, the finish the end of working minute k + d - 1 (startAt, then finishOf)
            long k = c.ordinal(start);
            es[i] = c.minuteOf(k);
            ef[i] = c.minuteOf(k + d - 1) + 1;
            earlyStartOrdinal[i] = k;
            fastEs[i] = true;
            return;
        }
        start = startAt(i, start);
        start = constraints.early(i, start, d);
        if (net.levelingDelay[i] > 0) {
            start = c.nextWorkingStart(c.addWorking(start, net.levelingDelay[i]));
        }
        es[i] = start;
        long finish = time.finishOf(i, start, d);
        if (net.finishAtLinkBound && d > 0 && fb != NONE && fb > finish && c.workingBetween(finish, fb) == 0) {
            finish = fb;
        }
        ef[i] = finish;
        if (!alapPass && net.constraint[i] == ConstraintType.AS_LATE_AS_POSSIBLE.ordinal()) {
            anyAlap = true;
        }
    }

    private void forwardStarted(int i, CalendarTable c, long d, long as, long sb, long fb) {
        es[i] = as;
        long rem = remainingDuration(i);
        if (net.statusDate == NONE) {
            long finish = time.finishOf(i, as, d);
            ConstraintType ct = constraint(i);
            if (ct == ConstraintType.FINISH_NO_EARLIER_THAN) {
                finish = Math.max(finish, net.constraintDate[i]);
            }
            ef[i] = finish;
            return;
        }
        long resume = Math.max(as, net.statusDate);
        if (net.progressPolicy == ProgressPolicy.RETAINED_LOGIC) {
            resume = Math.max(resume, sb);
            if (fb != NONE) {
                resume = Math.max(resume, startFromFinish(i, fb, rem));
            }
        }
        if (!alapPass && !quiet) {
            for (int k = topo.predStart[i]; k < topo.predStart[i + 1]; k++) {
                int l = topo.predLinks[k];
                int pred = net.linkPred[l];
                if (linkType(l) == LinkType.FINISH_TO_START && !net.isComplete(pred) && !topo.isSummary(pred)) {
                    warn(ScheduleWarning.Kind.OUT_OF_SEQUENCE, i, "started before predecessor '" + net.names[pred]
                            + "' finished (" + net.progressPolicy + ")");
                    break;
                }
            }
        }
        // all work done but no actual finish recorded: it finished when its duration ran out after its actual start
        // (as MS Project fills in the actual finish at 100 %), not at the status date
        ef[i] = rem > 0 ? time.finishOf(i, startAt(i, resume), rem) : time.finishOf(i, as, d);
    }

    /** Reports a constraint that holds task i before its logic start (unless quiet or in the ALAP pass). */
    void conflict(int i, long logicStart) {
        if (!alapPass && !quiet) {
            warn(ScheduleWarning.Kind.CONSTRAINT_CONFLICT, i, constraint(i) + " "
                    + org.bearing.engine.calendar.WallClock.dateTime(net.constraintDate[i])
                    + " holds the task before its logic start "
                    + org.bearing.engine.calendar.WallClock.dateTime(logicStart));
        }
    }

    void warn(ScheduleWarning.Kind kind, int task, String message) {
        if (quiet) {
            return;
        }
        warnings.add(new ScheduleWarning(kind, task, task >= 0 ? net.names[task] : null, message));
    }

    // ---- backward ----

    private void backwardPass() {
        int[] order = topo.order;
        for (int k = order.length - 1; k >= 0; k--) {
            int v = order[k];
            int task = topo.nodeTask[v];
            current = task;
            if (!topo.isSummary(task)) {
                backwardLeaf(task);
            } else if (v == task) {
                backwardExit(task);
            } else {
                rollupLate(task);
            }
        }
    }

    void backwardExit(int s) {
        int p = net.parent[s];
        long xf = p >= 0 ? exitFinish[sx(p)] : INF;
        long xs = INF;
        for (int k = topo.succStart[s]; k < topo.succStart[s + 1]; k++) {
            int l = topo.succLinks[k];
            if (net.isComplete(net.linkSucc[l])) {
                continue;
            }
            long b = backwardBound(l);
            if (linkFromStart[l]) {
                xs = Math.min(xs, b);
            } else {
                xf = Math.min(xf, b);
            }
        }
        ConstraintType ct = constraint(s);
        if (ct == ConstraintType.FINISH_NO_LATER_THAN || ct == ConstraintType.MUST_FINISH_ON) {
            xf = Math.min(xf, net.constraintDate[s]);
        }
        if (net.deadline[s] != NONE) {
            xf = Math.min(xf, net.deadline[s]);
        }
        exitFinish[sx(s)] = xf;
        exitStart[sx(s)] = xs;
    }

    private void rollupLate(int s) {
        long minLs = INF;
        long minLf = INF;
        long maxLf = Long.MIN_VALUE;
        long minCalcLs = INF;
        for (int k = topo.childStart[s]; k < topo.childStart[s + 1]; k++) {
            int c = topo.children[k];
            minLs = Math.min(minLs, ls[c]);
            minCalcLs = Math.min(minCalcLs, topo.isSummary(c) ? entryLateStart[sx(c)] : calcLs[c]);
            minLf = Math.min(minLf, topo.isSummary(c) ? entryLateFinish[sx(c)] : calcLf[c]);
            maxLf = Math.max(maxLf, lf[c]);
        }
        ls[s] = minLs;
        calcLs[s] = minLs;
        lf[s] = maxLf;
        entryLateStart[sx(s)] = minCalcLs;
        entryLateFinish[sx(s)] = minLf;
    }

    void backwardLeaf(int i) {
        if (net.isComplete(i)) {
            ls[i] = es[i];
            calcLs[i] = es[i];
            lf[i] = ef[i];
            calcLf[i] = ef[i];
            return;
        }
        CalendarTable c = tab(i);
        long d = duration[i];
        boolean started = net.actualStart[i] != NONE;
        long rem = started ? remainingDuration(i) : d;
        long finish = finishTarget;
        int p = net.parent[i];
        if (p >= 0) {
            finish = Math.min(finish, exitFinish[sx(p)]);
            for (int a = p; a >= 0; a = net.parent[a]) {
                if (earliestLeaf[sx(a)] == i && exitStart[sx(a)] != INF) {
                    finish = Math.min(finish, TaskTime.latestFinishFromStart(c, exitStart[sx(a)], d));
                }
            }
        }
        for (int k = topo.succStart[i]; k < topo.succStart[i + 1]; k++) {
            int l = topo.succLinks[k];
            if (net.isComplete(net.linkSucc[l])) {
                continue;
            }
            if (net.manual[i] && linkFromStart[l] && !started
                    && net.actualStart[net.linkSucc[l]] == NONE) {
                finish = Math.min(finish, manualStartStartBound(net.linkSucc[l]));
                continue;
            }
            long b = backwardBound(l);
            finish = Math.min(finish, linkFromStart[l] ? TaskTime.latestFinishFromStart(c, b, d) : b);
        }
        finish = constraints.late(i, finish, d);
        if (net.deadline[i] != NONE) {
            finish = Math.min(finish, net.deadline[i]);
        }
        if (time.byAssignments(i)) {
            // the latest of the assignments' previous working finishes, and starts from each assignment
            long snapped = Long.MIN_VALUE;
            for (int a = net.assignmentStart[i]; a < net.assignmentStart[i + 1]; a++) {
                snapped = Math.max(snapped, net.assignmentCalendar[a].previousWorkingFinish(finish));
            }
            long unsnapped = finish;
            finish = net.lateFinishAtNextStart ? unsnapped : snapped;
            lf[i] = finish;
            calcLf[i] = unsnapped;
            calcLs[i] = rem > 0 ? startFromFinish(i, finish, rem) : finish;
            ls[i] = started && net.lateStartAtActualStart ? net.actualStart[i] : calcLs[i];
            return;
        }
        // k = working minutes before the finish; the previous working finish, the next working start and
        // finish - remaining all follow from it without searching the calendar again
        long k = c.ordinal(finish);
        // every branch below leaves ordinal(lf) = k: minuteOf(k), minuteOf(k - 1) + 1 and finish itself
        lateFinishOrdinal[i] = k;
        long latestEquivalent = c.minuteOf(k);
        if (net.startMilestone[i] && rem == 0) {
            finish = latestEquivalent;
        } else if (!net.lateFinishAtNextStart && !net.manual[i] && !(rem == 0 && isMilestone(i) && finish == es[i])) {
            // a milestone whose late bound is exactly its own early date (e.g. held there by a start-no-earlier
            // constraint at a working start) keeps it, as MS Project stores; everything else snaps back
            finish = c.minuteOf(k - 1) + 1;
        }
        lf[i] = finish;
        // Predecessors get the latest instant equivalent in this task's calendar: Fri 17:00 and Mon 08:00 are
        // the same here but not necessarily on a predecessor's or lag's calendar.
        calcLf[i] = latestEquivalent;
        calcLs[i] = rem > 0 ? c.minuteOf(k - rem) : latestEquivalent;
        if (started && net.lateStartAtActualStart) {
            ls[i] = net.actualStart[i];
        } else {
            // a zero-remaining task reports LS = LF; predecessors still get the latest equivalent (calcLs)
            ls[i] = rem > 0 ? calcLs[i] : finish;
        }
    }

    /**
     * The late finish a start-to-start or start-to-finish successor gives a manually scheduled predecessor in MS
     * Project: not the date the link computes, but the successor's late finish when it has no successors of its own,
     * else nothing (the project finish).
     */
    private long manualStartStartBound(int successor) {
        boolean last = !topo.isSummary(successor) && topo.succStart[successor] == topo.succStart[successor + 1];
        return last ? calcLf[successor] : finishTarget;
    }

    // ---- float ----

    private void floats() {
        new FloatCalculation(this).run();
    }

    /** The scheduled start: actual start, late start for ALAP tasks, else early start. */
    long start(int i) {
        if (net.actualStart[i] != NONE) {
            return net.actualStart[i];
        }
        return isAlap(i) ? ls[i] : es[i];
    }

    long finish(int i) {
        if (net.actualFinish[i] != NONE) {
            return net.actualFinish[i];
        }
        return isAlap(i) ? lf[i] : ef[i];
    }
}
