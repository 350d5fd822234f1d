package org.bearing.engine.schedule;

import java.util.ArrayList;
import java.util.List;

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
    private static final LagUnit[] LAG_UNITS = LagUnit.values();
    private static final LagCalendar[] LAG_CALENDARS = LagCalendar.values();

    final ScheduleNetwork net;
    final Topology topo;
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
    final List<ScheduleWarning> warnings = new ArrayList<>();
    long computedFinish;
    long finishTarget;
    private boolean alapPass;
    private boolean anyAlap;
    int negativeFloatTasks;
    /** Task durations in working minutes: the network's, or a sample set by {@link #rerun(long[])}. */
    long[] duration;
    /** If set, no warnings and no free float are computed (repeated runs that need dates and criticality only). */
    boolean quiet;

    CpmRun(ScheduleNetwork net) {
        this.net = net;
        this.duration = net.duration;
        this.topo = net.topology;
        this.n = net.n;
        es = new long[n];
        ef = new long[n];
        ls = new long[n];
        lf = new long[n];
        calcLs = new long[n];
        calcLf = new long[n];
        entryStart = new long[n];
        entryFinish = new long[n];
        exitFinish = new long[n];
        exitStart = new long[n];
        entryLateStart = new long[n];
        entryLateFinish = new long[n];
        earliestLeaf = new int[n];
        totalFloat = new long[n];
        freeFloat = new long[n];
        critical = new boolean[n];
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
        duration = durations;
        warnings.clear();
        alapPass = false;
        anyAlap = false;
        return execute(forwardOnly);
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

    private boolean execute(boolean forwardOnly) {
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

    WorkCalendar cal(int task) {
        return net.calendars[net.calendarOf[task]];
    }

    boolean isMilestone(int task) {
        return net.milestone[task] || duration[task] == 0;
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

    WorkCalendar lagCalendar(int link) {
        int code = net.linkLagCalendar[link];
        LagCalendar which = code < 0 ? net.lagCalendar : LAG_CALENDARS[code];
        return switch (which) {
            case SUCCESSOR -> cal(net.linkSucc[link]);
            case PREDECESSOR -> cal(net.linkPred[link]);
            case PROJECT -> net.projectCalendar;
            case TWENTY_FOUR_HOUR -> WorkCalendar.twentyFourHour();
        };
    }

    /** {@code date} moved by the link's lag, forwards ({@code sign = 1}) or backwards ({@code sign = -1}). */
    long lagged(int link, long date, int sign) {
        double amount = net.lagAmount[link];
        if (amount == 0) {
            return date;
        }
        return switch (LAG_UNITS[net.lagUnit[link]]) {
            case ELAPSED_MINUTES -> date + sign * Math.round(amount);
            case WORKING_MINUTES -> lagCalendar(link).addWorking(date, sign * Math.round(amount));
            case PERCENT_OF_PREDECESSOR -> lagCalendar(link).addWorking(date,
                    sign * Math.round(duration[net.linkPred[link]] * amount / 100.0));
        };
    }

    /**
     * The inverse of {@link #lagged(int, long, int) lagged(link, d, 1)} for the backward pass: the latest
     * {@code d} whose lagged date is not after {@code y}. Computed exactly in working-minute ordinals, because
     * instants that are equivalent on the lag calendar (Fri 17:00, Mon 08:00) need not be on the predecessor's.
     */
    long removeLag(int link, long y) {
        double amount = net.lagAmount[link];
        if (amount == 0) {
            return y;
        }
        LagUnit unit = LAG_UNITS[net.lagUnit[link]];
        if (unit == LagUnit.ELAPSED_MINUTES) {
            return y - Math.round(amount);
        }
        long minutes = unit == LagUnit.WORKING_MINUTES ? Math.round(amount)
                : Math.round(duration[net.linkPred[link]] * amount / 100.0);
        WorkCalendar c = lagCalendar(link);
        if (minutes > 0) {
            return c.addWorking(y, -minutes);
        }
        return c.minuteOf(lastOrdinalStartingBy(c, y) - minutes, y);
    }

    /** The largest working-minute ordinal whose minute starts at or before {@code y}. */
    static long lastOrdinalStartingBy(WorkCalendar c, long y) {
        long o = c.ordinal(y);
        return c.minuteOf(o, y) == y ? o : o - 1;
    }

    /** The latest finish of a task of duration {@code d} whose start is not after {@code start}. */
    static long latestFinishFromStart(WorkCalendar c, long start, long d) {
        return d > 0 ? c.minuteOf(lastOrdinalStartingBy(c, start) + d, start) : start;
    }

    /** The date a link imposes on its successor's start (SS, FS) or finish (FF, SF) in the forward pass. */
    long forwardBound(int link) {
        int p = net.linkPred[link];
        boolean fromStart = linkType(link).fromStart();
        long date;
        if (alapPass && isAlap(p)) {
            date = fromStart ? ls[p] : lf[p];
        } else {
            date = fromStart ? es[p] : ef[p];
        }
        return lagged(link, date, 1);
    }

    /** The date a link imposes on its predecessor's start (SS, SF) or finish (FS, FF) in the backward pass. */
    long backwardBound(int link) {
        int s = net.linkSucc[link];
        boolean toFinish = linkType(link).toFinish();
        long date;
        if (topo.isSummary(s)) {
            date = toFinish ? entryLateFinish[s] : entryLateStart[s];
        } else {
            date = toFinish ? calcLf[s] : calcLs[s];
        }
        return removeLag(link, date);
    }

    /** Where a task with the given calendar starts if it may start at {@code t}; milestones may sit at a period end. */
    long startAt(int task, long t) {
        WorkCalendar c = cal(task);
        if (isMilestone(task) && !net.startMilestone[task] && c.previousWorkingFinish(t) == t) {
            return t;
        }
        return c.nextWorkingStart(t);
    }

    /** The start that makes the task finish at {@code finish}. */
    long startFromFinish(int task, long finish, long dur) {
        return dur > 0 ? cal(task).addWorking(finish, -dur) : finish;
    }

    // ---- forward ----

    private void forwardPass() {
        int[] order = topo.order;
        for (int v : order) {
            int task = topo.nodeTask[v];
            if (!topo.isSummary(task)) {
                forwardLeaf(task);
            } else if (v != task) {
                forwardEntry(task);
            } else {
                rollupEarly(task);
            }
        }
    }

    private void forwardEntry(int s) {
        int p = net.parent[s];
        long sb = p >= 0 ? entryStart[p] : net.projectStart;
        long fb = p >= 0 ? entryFinish[p] : NONE;
        for (int k = topo.predStart[s]; k < topo.predStart[s + 1]; k++) {
            int l = topo.predLinks[k];
            long b = forwardBound(l);
            if (linkType(l).toFinish()) {
                fb = Math.max(fb, b);
            } else {
                sb = Math.max(sb, b);
            }
        }
        ConstraintType ct = constraint(s);
        if (ct == ConstraintType.START_NO_EARLIER_THAN || ct == ConstraintType.MUST_START_ON) {
            sb = Math.max(sb, net.constraintDate[s]);
        } else if (ct == ConstraintType.FINISH_NO_EARLIER_THAN || ct == ConstraintType.MUST_FINISH_ON) {
            fb = Math.max(fb, net.constraintDate[s]);
        }
        entryStart[s] = sb;
        entryFinish[s] = fb;
    }

    private void rollupEarly(int s) {
        long start = INF;
        long finish = Long.MIN_VALUE;
        int earliest = -1;
        for (int k = topo.childStart[s]; k < topo.childStart[s + 1]; k++) {
            int c = topo.children[k];
            if (es[c] < start) {
                start = es[c];
                earliest = topo.isSummary(c) ? earliestLeaf[c] : c;
            }
            finish = Math.max(finish, ef[c]);
        }
        es[s] = start;
        ef[s] = finish;
        earliestLeaf[s] = earliest;
    }

    private void forwardLeaf(int i) {
        WorkCalendar c = cal(i);
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
        int p = net.parent[i];
        long sb = p >= 0 ? entryStart[p] : net.projectStart;
        long fb = p >= 0 ? entryFinish[p] : NONE;
        for (int k = topo.predStart[i]; k < topo.predStart[i + 1]; k++) {
            int l = topo.predLinks[k];
            long b = forwardBound(l);
            if (linkType(l).toFinish()) {
                fb = Math.max(fb, b);
            } else {
                sb = Math.max(sb, b);
            }
        }
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
        start = startAt(i, start);
        start = applyEarlyConstraint(i, start, d);
        es[i] = start;
        ef[i] = d > 0 ? c.addWorking(start, d) : start;
        if (!alapPass && net.constraint[i] == ConstraintType.AS_LATE_AS_POSSIBLE.ordinal()) {
            anyAlap = true;
        }
    }

    private void forwardStarted(int i, WorkCalendar c, long d, long as, long sb, long fb) {
        es[i] = as;
        long rem = remainingDuration(i);
        if (net.statusDate == NONE) {
            long finish = d > 0 ? c.addWorking(as, d) : as;
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
        ef[i] = rem > 0 ? c.addWorking(c.nextWorkingStart(resume), rem) : resume;
    }

    /** Applies the task's constraint to a logic-driven early start; reports conflicts. */
    long applyEarlyConstraint(int i, long start, long d) {
        long cd = net.constraintDate[i];
        WorkCalendar c = cal(i);
        boolean honor = net.honorConstraintDates;
        switch (constraint(i)) {
            case START_NO_EARLIER_THAN, START_ON:
                return Math.max(start, startAt(i, cd));
            case FINISH_NO_EARLIER_THAN, FINISH_ON:
                return Math.max(start, startFromFinish(i, cd, d));
            case START_NO_LATER_THAN:
                if (honor && laterInWork(c, start, cd)) {
                    conflict(i, start);
                    return cd;
                }
                return start;
            case FINISH_NO_LATER_THAN: {
                long latest = startFromFinish(i, cd, d);
                if (honor && laterInWork(c, start, latest)) {
                    conflict(i, start);
                    return latest;
                }
                return start;
            }
            case MUST_START_ON:
                if (!honor) {
                    return Math.max(start, cd);
                }
                if (laterInWork(c, start, cd)) {
                    conflict(i, start);
                }
                return cd;
            case MANDATORY_START:
                if (laterInWork(c, start, cd)) {
                    conflict(i, start);
                }
                return cd;
            case MUST_FINISH_ON: {
                long fixed = startFromFinish(i, cd, d);
                if (!honor) {
                    return Math.max(start, fixed);
                }
                if (laterInWork(c, start, fixed)) {
                    conflict(i, start);
                }
                return fixed;
            }
            case MANDATORY_FINISH: {
                long fixed = startFromFinish(i, cd, d);
                if (laterInWork(c, start, fixed)) {
                    conflict(i, start);
                }
                return fixed;
            }
            default:
                return start;
        }
    }

    /** Whether {@code a} is later than {@code b} by some working time. */
    static boolean laterInWork(WorkCalendar c, long a, long b) {
        return a > b && c.workingBetween(b, a) > 0;
    }

    private void conflict(int i, long logicStart) {
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
            if (!topo.isSummary(task)) {
                backwardLeaf(task);
            } else if (v == task) {
                backwardExit(task);
            } else {
                rollupLate(task);
            }
        }
    }

    private void backwardExit(int s) {
        int p = net.parent[s];
        long xf = p >= 0 ? exitFinish[p] : INF;
        long xs = INF;
        for (int k = topo.succStart[s]; k < topo.succStart[s + 1]; k++) {
            int l = topo.succLinks[k];
            if (net.isComplete(net.linkSucc[l])) {
                continue;
            }
            long b = backwardBound(l);
            if (linkType(l).fromStart()) {
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
        exitFinish[s] = xf;
        exitStart[s] = xs;
    }

    private void rollupLate(int s) {
        long minLs = INF;
        long minLf = INF;
        long maxLf = Long.MIN_VALUE;
        long minCalcLs = INF;
        for (int k = topo.childStart[s]; k < topo.childStart[s + 1]; k++) {
            int c = topo.children[k];
            minLs = Math.min(minLs, ls[c]);
            minCalcLs = Math.min(minCalcLs, topo.isSummary(c) ? entryLateStart[c] : calcLs[c]);
            minLf = Math.min(minLf, topo.isSummary(c) ? entryLateFinish[c] : calcLf[c]);
            maxLf = Math.max(maxLf, lf[c]);
        }
        ls[s] = minLs;
        calcLs[s] = minLs;
        lf[s] = maxLf;
        entryLateStart[s] = minCalcLs;
        entryLateFinish[s] = minLf;
    }

    private void backwardLeaf(int i) {
        if (net.isComplete(i)) {
            ls[i] = es[i];
            calcLs[i] = es[i];
            lf[i] = ef[i];
            calcLf[i] = ef[i];
            return;
        }
        WorkCalendar c = cal(i);
        long d = duration[i];
        boolean started = net.actualStart[i] != NONE;
        long rem = started ? remainingDuration(i) : d;
        long finish = finishTarget;
        int p = net.parent[i];
        if (p >= 0) {
            finish = Math.min(finish, exitFinish[p]);
            for (int a = p; a >= 0; a = net.parent[a]) {
                if (earliestLeaf[a] == i && exitStart[a] != INF) {
                    finish = Math.min(finish, latestFinishFromStart(c, exitStart[a], d));
                }
            }
        }
        for (int k = topo.succStart[i]; k < topo.succStart[i + 1]; k++) {
            int l = topo.succLinks[k];
            if (net.isComplete(net.linkSucc[l])) {
                continue;
            }
            long b = backwardBound(l);
            finish = Math.min(finish, linkType(l).fromStart() ? latestFinishFromStart(c, b, d) : b);
        }
        finish = applyLateConstraint(i, finish, d);
        if (net.deadline[i] != NONE) {
            finish = Math.min(finish, net.deadline[i]);
        }
        if (net.startMilestone[i] && rem == 0) {
            finish = c.nextWorkingStart(finish);
        } else if (!(rem == 0 && isMilestone(i)) && !net.lateFinishAtNextStart) {
            // milestones keep the successor's start instant (MS Project stores LS = LF = successor LS)
            finish = c.previousWorkingFinish(finish);
        }
        lf[i] = finish;
        // Predecessors get the latest instant equivalent in this task's calendar: Fri 17:00 and Mon 08:00 are
        // the same here but not necessarily on a predecessor's or lag's calendar.
        long latestEquivalent = c.nextWorkingStart(finish);
        calcLf[i] = latestEquivalent;
        calcLs[i] = rem > 0 ? c.addWorking(finish, -rem) : latestEquivalent;
        ls[i] = started && net.lateStartAtActualStart ? net.actualStart[i] : calcLs[i];
    }

    static long finishFromStart(WorkCalendar c, long start, long d) {
        return d > 0 ? c.addWorking(c.nextWorkingStart(start), d) : start;
    }

    long applyLateConstraint(int i, long finish, long d) {
        long cd = net.constraintDate[i];
        WorkCalendar c = cal(i);
        boolean honor = net.honorConstraintDates;
        return switch (constraint(i)) {
            case FINISH_NO_LATER_THAN, FINISH_ON -> Math.min(finish, cd);
            case START_NO_LATER_THAN, START_ON -> Math.min(finish, finishFromStart(c, cd, d));
            case MUST_START_ON -> honor ? finishFromStart(c, cd, d) : Math.min(finish, finishFromStart(c, cd, d));
            case MANDATORY_START -> finishFromStart(c, cd, d);
            case MUST_FINISH_ON -> honor ? cd : Math.min(finish, cd);
            case MANDATORY_FINISH -> cd;
            default -> finish;
        };
    }

    // ---- float ----

    private void floats() {
        negativeFloatTasks = 0;
        floatPass();
        if (negativeFloatTasks > 0) {
            warn(ScheduleWarning.Kind.NEGATIVE_FLOAT, -1, negativeFloatTasks + " tasks have negative total float");
        }
    }

    private void floatPass() {
        int[] order = topo.order;
        for (int k = order.length - 1; k >= 0; k--) {
            int v = order[k];
            int task = topo.nodeTask[v];
            if (topo.isSummary(task)) {
                if (v != task) {
                    summaryFloat(task);
                }
            } else {
                leafFloat(task);
            }
        }
    }

    /** Total float by the network's rule; the start float of a started task is not meaningful. */
    private long floatOf(WorkCalendar c, int i, boolean startFloatApplies) {
        long finishFloat = c.workingBetween(ef[i], lf[i]);
        if (!startFloatApplies) {
            return finishFloat;
        }
        long startFloat = c.workingBetween(es[i], ls[i]);
        return switch (net.totalFloatRule) {
            case START -> startFloat;
            case FINISH -> finishFloat;
            case SMALLEST -> Math.min(startFloat, finishFloat);
        };
    }

    private void leafFloat(int i) {
        if (net.isComplete(i)) {
            totalFloat[i] = 0;
            freeFloat[i] = 0;
            critical[i] = false;
            return;
        }
        WorkCalendar c = cal(i);
        long tf = floatOf(c, i, net.actualStart[i] == NONE);
        totalFloat[i] = tf;
        critical[i] = tf <= net.criticalFloat;
        if (quiet) {
            return;
        }
        long ff = INF;
        boolean any = false;
        for (int k = topo.succStart[i]; k < topo.succStart[i + 1]; k++) {
            int l = topo.succLinks[k];
            int s = net.linkSucc[l];
            if (net.isComplete(s)) {
                continue;
            }
            any = true;
            long target = linkType(l).toFinish() ? ef[s] : es[s];
            ff = Math.min(ff, c.workingBetween(forwardBound(l), target));
        }
        if (!any) {
            ff = c.workingBetween(ef[i], Math.max(computedFinish, finishTarget));
        }
        freeFloat[i] = Math.max(0, Math.min(ff, tf));
        if (tf < 0) {
            negativeFloatTasks++;
            // reported where it originates (a late constraint or deadline), not on every task upstream
            if (net.deadline[i] != NONE || (net.constraint[i] != 0
                    && net.constraint[i] != ConstraintType.AS_LATE_AS_POSSIBLE.ordinal())) {
                warn(ScheduleWarning.Kind.NEGATIVE_FLOAT, i, "total float is " + tf + " working minutes");
            }
        }
        long dl = net.deadline[i];
        if (dl != NONE && laterInWork(c, ef[i], dl)) {
            warn(ScheduleWarning.Kind.DEADLINE_MISSED, i, "finishes "
                    + org.bearing.engine.calendar.WallClock.dateTime(ef[i]) + " after its deadline "
                    + org.bearing.engine.calendar.WallClock.dateTime(dl));
        }
    }

    private void summaryFloat(int s) {
        WorkCalendar c = cal(s);
        long tf = floatOf(c, s, true);
        totalFloat[s] = tf;
        boolean anyCritical = false;
        long ff = INF;
        for (int k = topo.childStart[s]; k < topo.childStart[s + 1]; k++) {
            int ch = topo.children[k];
            anyCritical |= critical[ch];
            ff = Math.min(ff, freeFloat[ch]);
        }
        critical[s] = anyCritical;
        freeFloat[s] = ff == INF ? 0 : ff;
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
