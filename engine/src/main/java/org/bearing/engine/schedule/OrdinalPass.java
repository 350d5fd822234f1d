package org.bearing.engine.schedule;

import org.bearing.engine.calendar.CalendarTable;

/**
 * The common case of a {@link CpmRun} leaf computed in working-minute ordinals of the task's calendar, for
 * repeated runs of one network ({@link CriticalPathRerun}): same results, less calendar arithmetic.
 *
 * <p>Definitions: the ordinal of an instant t on a calendar is the number of working minutes before t
 * ({@link CalendarTable#ordinal(long)}), non-decreasing in t, so the ordinal of the latest (earliest) of some
 * bounds is the largest (smallest) of their ordinals. A <em>same-calendar link</em> joins two leaf tasks on the
 * same calendar, with no lag or a working or percent lag counted on that calendar, from a predecessor that is not
 * as-late-as-possible. Its forward bound has ordinal {@code ordinal(pred date) + lag}: adding m working minutes
 * to any instant adds exactly m to its ordinal. Its backward bound, from a successor whose late dates are
 * working-minute starts (set by {@link #backward(int)}), has ordinal {@code ordinal(succ late date) - lag}. Any
 * other link or bound is computed as an instant by the run and converted with one ordinal lookup.
 *
 * <p>{@link #forward(int)} handles an unstarted leaf with a positive duration, no constraint, leveling delay,
 * assignments or milestone flag: its early start ordinal is then the latest bound's ordinal, or the latest finish
 * bound's ordinal minus the duration, exactly what the run's own fast path derives from instants.
 * {@link #backward(int)} handles the same kind of leaf (a finish-no-later-than constraint and a deadline allowed)
 * when the network does not put late finishes at the next working start.
 */
final class OrdinalPass {

    private static final long NONE = CpmRun.NONE;
    private static final long INF = CpmRun.INF;

    private final CpmRun run;
    private final ScheduleNetwork net;
    private final Topology topo;
    /** Per link: whether it is a same-calendar link; its lag in working minutes if not a percent lag. */
    private final boolean[] same;
    private final boolean[] percent;
    private final long[] lagMinutes;
    private final boolean[] fromStart;
    private final boolean[] toFinish;
    /** Per task: whether {@link #forward(int)} / {@link #backward(int)} may handle it (duration aside). */
    private final boolean[] forwardCandidate;
    private final boolean[] backwardCandidate;
    /** Ordinals (task calendar) of es, ef; of calcLs, calcLf where {@link #lateDone} is set. */
    final long[] esOrd;
    final long[] efOrd;
    final long[] lsOrd;
    final long[] lfOrd;
    /** Whether the last backward pass set the task's late dates here (so they are working-minute starts). */
    final boolean[] lateDone;
    /** Whether the task's early (late) instants in the run's arrays are stale: see {@link #materializeEarly}. */
    private final boolean[] earlyLazy;
    private final boolean[] lateLazy;
    /** Per calendar: the finish target's ordinal in this run, and scratch space of the roll-ups. */
    private final long[] targetOrdinal;
    private final long[] scratchMin;
    private final long[] scratchMax;
    private final long[] scratchMinLf;
    private final int[] scratchPos;

    OrdinalPass(CpmRun run) {
        this.run = run;
        this.net = run.net;
        this.topo = run.topo;
        int n = net.n;
        int m = net.m;
        same = new boolean[m];
        percent = new boolean[m];
        lagMinutes = new long[m];
        fromStart = new boolean[m];
        toFinish = new boolean[m];
        for (int l = 0; l < m; l++) {
            LinkType type = run.linkType(l);
            fromStart[l] = type.fromStart();
            toFinish[l] = type.toFinish();
            same[l] = isSame(l);
            double amount = net.lagAmount[l];
            percent[l] = amount != 0 && net.lagUnit[l] == LagUnit.PERCENT_OF_PREDECESSOR.ordinal();
            lagMinutes[l] = percent[l] ? 0 : Math.round(amount);
        }
        forwardCandidate = new boolean[n];
        backwardCandidate = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean plain = !topo.isSummary(i) && !net.isStarted(i) && !net.milestone[i] && !net.startMilestone[i]
                    && net.assignmentStart[i + 1] == net.assignmentStart[i];
            forwardCandidate[i] = plain && net.constraint[i] == 0 && net.levelingDelay[i] <= 0 && !net.finishAtLinkBound;
            int c = net.constraint[i];
            backwardCandidate[i] = plain && !net.lateFinishAtNextStart
                    && (c == 0 || c == ConstraintType.FINISH_NO_LATER_THAN.ordinal());
        }
        esOrd = new long[n];
        efOrd = new long[n];
        lsOrd = new long[n];
        lfOrd = new long[n];
        lateDone = new boolean[n];
        earlyLazy = new boolean[n];
        lateLazy = new boolean[n];
        int cals = net.calendars.length;
        targetOrdinal = new long[cals];
        scratchMin = new long[cals];
        scratchMax = new long[cals];
        scratchMinLf = new long[cals];
        scratchPos = new int[cals];
    }

    private boolean isSame(int l) {
        int p = net.linkPred[l];
        int s = net.linkSucc[l];
        if (topo.isSummary(p) || topo.isSummary(s) || net.calendarOf[p] != net.calendarOf[s]
                || net.constraint[p] == ConstraintType.AS_LATE_AS_POSSIBLE.ordinal()) {
            return false;
        }
        if (net.lagAmount[l] == 0) {
            return true;
        }
        if (net.lagUnit[l] == LagUnit.ELAPSED_MINUTES.ordinal()) {
            return false;
        }
        int code = net.linkLagCalendar[l];
        LagCalendar which = code < 0 ? net.lagCalendar : LagCalendar.values()[code];
        return switch (which) {
            case SUCCESSOR, PREDECESSOR -> true;
            case PROJECT -> net.calendars[net.calendarOf[s]] == net.projectCalendar;
            case TWENTY_FOUR_HOUR -> false;
        };
    }

    /** The link's lag in working minutes of its calendar in this run (as {@link TaskTime#lagged}). */
    private long lag(int l) {
        if (percent[l]) {
            return Math.round(run.duration[net.linkPred[l]] * net.lagAmount[l] / 100.0);
        }
        return lagMinutes[l];
    }

    /**
     * Schedules leaf i forwards if it is of the handled kind (returns true), else returns false and the run
     * schedules it, after which {@link #afterForward(int)} records its ordinals.
     */
    boolean forward(int i) {
        long d = run.duration[i];
        if (!forwardCandidate[i] || d <= 0) {
            return false;
        }
        CalendarTable c = run.tab(i);
        int p = net.parent[i];
        long sk = c.ordinal(p >= 0 ? run.entryStart[run.sx(p)] : net.projectStart);
        long fb = p >= 0 ? run.entryFinish[run.sx(p)] : NONE;
        long fk = fb != NONE ? c.ordinal(fb) : Long.MIN_VALUE;
        for (int k = topo.predStart[i]; k < topo.predStart[i + 1]; k++) {
            int l = topo.predLinks[k];
            long o;
            if (same[l]) {
                int q = net.linkPred[l];
                o = (fromStart[l] ? esOrd[q] : efOrd[q]) + lag(l);
            } else {
                o = c.ordinal(run.forwardBound(l));
            }
            if (toFinish[l]) {
                fk = Math.max(fk, o);
            } else {
                sk = Math.max(sk, o);
            }
        }
        if (net.statusDate != NONE) {
            sk = Math.max(sk, c.ordinal(net.statusDate));
        }
        long k = fk != Long.MIN_VALUE ? Math.max(sk, fk - d) : sk;
        // the instants es = minuteOf(k), ef = minuteOf(k + d - 1) + 1 are computed when read (materializeEarly)
        earlyLazy[i] = true;
        run.earlyStartOrdinal[i] = k;
        run.fastEs[i] = true;
        esOrd[i] = k;
        efOrd[i] = k + d;
        return true;
    }

    /** Records the early ordinals of a leaf the run scheduled itself. */
    void afterForward(int i) {
        earlyLazy[i] = false;
        CalendarTable c = run.tab(i);
        esOrd[i] = c.ordinal(run.es[i]);
        efOrd[i] = c.ordinal(run.ef[i]);
    }

    /**
     * Computes leaf i's late dates if it is of the handled kind (returns true); else returns false and the run
     * computes them.
     */
    boolean backward(int i) {
        long d = run.duration[i];
        lateDone[i] = false;
        lateLazy[i] = false;
        if (!backwardCandidate[i] || d <= 0) {
            return false;
        }
        CalendarTable c = run.tab(i);
        long k = targetOrdinal[net.calendarOf[i]];
        int p = net.parent[i];
        if (p >= 0) {
            long xf = run.exitFinish[run.sx(p)];
            if (xf != INF) {
                k = Math.min(k, c.ordinal(xf));
            }
            for (int a = p; a >= 0; a = net.parent[a]) {
                long xs = run.exitStart[run.sx(a)];
                if (run.earliestLeaf[run.sx(a)] == i && xs != INF) {
                    k = Math.min(k, TaskTime.lastOrdinalStartingBy(c, xs) + d);
                }
            }
        }
        for (int j = topo.succStart[i]; j < topo.succStart[i + 1]; j++) {
            int l = topo.succLinks[j];
            int s = net.linkSucc[l];
            if (net.isComplete(s)) {
                continue;
            }
            long o;
            if (same[l] && lateDone[s]) {
                o = (toFinish[l] ? lfOrd[s] : lsOrd[s]) - lag(l);
                if (fromStart[l]) {
                    o += d;
                }
            } else {
                long b = run.backwardBound(l);
                o = fromStart[l] ? TaskTime.lastOrdinalStartingBy(c, b) + d : c.ordinal(b);
            }
            k = Math.min(k, o);
        }
        if (net.constraint[i] != 0) {
            k = Math.min(k, c.ordinal(net.constraintDate[i]));
        }
        if (net.deadline[i] != NONE) {
            k = Math.min(k, c.ordinal(net.deadline[i]));
        }
        run.lateFinishOrdinal[i] = k;
        lfOrd[i] = k;
        lsOrd[i] = k - d;
        lateDone[i] = true;
        // the instants lf = minuteOf(k - 1) + 1, calcLf = minuteOf(k), ls = calcLs = minuteOf(k - d) are
        // computed when read (materializeLate); float needs them now if the early dates are not ordinals
        lateLazy[i] = true;
        if (!run.fastEs[i]) {
            materializeLate(i);
        }
        return true;
    }

    /** Sets the early instants of a leaf scheduled here, if they are not set yet (before the run reads them). */
    void materializeEarly(int i) {
        if (earlyLazy[i]) {
            earlyLazy[i] = false;
            CalendarTable c = run.tab(i);
            run.es[i] = c.minuteOf(esOrd[i]);
            run.ef[i] = c.minuteOf(efOrd[i] - 1) + 1;
        }
    }

    /** Sets the late instants of a leaf computed here, if they are not set yet. */
    void materializeLate(int i) {
        if (lateLazy[i]) {
            lateLazy[i] = false;
            CalendarTable c = run.tab(i);
            run.lf[i] = c.minuteOf(lfOrd[i] - 1) + 1;
            run.calcLf[i] = c.minuteOf(lfOrd[i]);
            long ls = c.minuteOf(lsOrd[i]);
            run.calcLs[i] = ls;
            run.ls[i] = ls;
        }
    }

    /** Before a backward pass: the ordinal of the finish target on each calendar. */
    void beforeBackward() {
        for (int c = 0; c < targetOrdinal.length; c++) {
            targetOrdinal[c] = run.tables()[c].ordinal(run.finishTarget);
        }
    }

    /**
     * The latest early finish of the non-summary tasks (the project finish), from ordinals where the instants
     * are not set: the instant of the largest finish ordinal on each calendar, as minuteOf is increasing.
     */
    long latestLeafFinish(long atLeast) {
        long max = atLeast;
        java.util.Arrays.fill(scratchMax, Long.MIN_VALUE);
        for (int i = 0; i < net.n; i++) {
            if (topo.isSummary(i)) {
                continue;
            }
            if (earlyLazy[i]) {
                int cal = net.calendarOf[i];
                scratchMax[cal] = Math.max(scratchMax[cal], efOrd[i]);
            } else {
                max = Math.max(max, run.ef[i]);
            }
        }
        for (int cal = 0; cal < scratchMax.length; cal++) {
            if (scratchMax[cal] != Long.MIN_VALUE) {
                max = Math.max(max, run.tables()[cal].minuteOf(scratchMax[cal] - 1) + 1);
            }
        }
        return max;
    }

    /**
     * Early roll-up of summary s (as the run's): earliest start and earliest leaf (first child on ties), latest
     * finish; per calendar over children whose instants are not set.
     */
    void rollupEarly(int s) {
        int cals = scratchMin.length;
        java.util.Arrays.fill(scratchMin, Long.MAX_VALUE);
        java.util.Arrays.fill(scratchMax, Long.MIN_VALUE);
        long start = INF;
        long finish = Long.MIN_VALUE;
        int earliest = -1;
        int earliestPos = Integer.MAX_VALUE;
        for (int k = topo.childStart[s]; k < topo.childStart[s + 1]; k++) {
            int c = topo.children[k];
            if (earlyLazy[c]) {
                int cal = net.calendarOf[c];
                if (esOrd[c] < scratchMin[cal]) {
                    scratchMin[cal] = esOrd[c];
                    scratchPos[cal] = k;
                }
                scratchMax[cal] = Math.max(scratchMax[cal], efOrd[c]);
                continue;
            }
            if (run.es[c] < start) {
                start = run.es[c];
                earliest = topo.isSummary(c) ? run.earliestLeaf[run.sx(c)] : c;
                earliestPos = k;
            }
            finish = Math.max(finish, run.ef[c]);
        }
        for (int cal = 0; cal < cals; cal++) {
            if (scratchMax[cal] == Long.MIN_VALUE) {
                continue;
            }
            CalendarTable t = run.tables()[cal];
            long es = t.minuteOf(scratchMin[cal]);
            int pos = scratchPos[cal];
            if (es < start || (es == start && pos < earliestPos)) {
                start = es;
                earliest = topo.children[pos];
                earliestPos = pos;
            }
            finish = Math.max(finish, t.minuteOf(scratchMax[cal] - 1) + 1);
        }
        run.es[s] = start;
        run.ef[s] = finish;
        run.earliestLeaf[run.sx(s)] = earliest;
    }

    /** Late roll-up of summary s (as the run's), per calendar over children whose late instants are not set. */
    void rollupLate(int s) {
        int cals = scratchMin.length;
        java.util.Arrays.fill(scratchMin, Long.MAX_VALUE);
        java.util.Arrays.fill(scratchMax, Long.MIN_VALUE);
        java.util.Arrays.fill(scratchMinLf, Long.MAX_VALUE);
        long minLs = INF;
        long minLf = INF;
        long maxLf = Long.MIN_VALUE;
        long minCalcLs = INF;
        for (int k = topo.childStart[s]; k < topo.childStart[s + 1]; k++) {
            int c = topo.children[k];
            if (lateLazy[c]) {
                int cal = net.calendarOf[c];
                scratchMin[cal] = Math.min(scratchMin[cal], lsOrd[c]);
                scratchMinLf[cal] = Math.min(scratchMinLf[cal], lfOrd[c]);
                scratchMax[cal] = Math.max(scratchMax[cal], lfOrd[c]);
                continue;
            }
            boolean summary = topo.isSummary(c);
            minLs = Math.min(minLs, run.ls[c]);
            minCalcLs = Math.min(minCalcLs, summary ? run.entryLateStart[run.sx(c)] : run.calcLs[c]);
            minLf = Math.min(minLf, summary ? run.entryLateFinish[run.sx(c)] : run.calcLf[c]);
            maxLf = Math.max(maxLf, run.lf[c]);
        }
        for (int cal = 0; cal < cals; cal++) {
            if (scratchMax[cal] == Long.MIN_VALUE) {
                continue;
            }
            CalendarTable t = run.tables()[cal];
            long ls = t.minuteOf(scratchMin[cal]);
            minLs = Math.min(minLs, ls);
            minCalcLs = Math.min(minCalcLs, ls);
            minLf = Math.min(minLf, t.minuteOf(scratchMinLf[cal]));
            maxLf = Math.max(maxLf, t.minuteOf(scratchMax[cal] - 1) + 1);
        }
        run.ls[s] = minLs;
        run.calcLs[s] = minLs;
        run.lf[s] = maxLf;
        run.entryLateStart[run.sx(s)] = minCalcLs;
        run.entryLateFinish[run.sx(s)] = minLf;
    }
}
