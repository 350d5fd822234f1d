package org.bearing.engine.schedule;

import org.bearing.engine.calendar.WorkCalendar;

/**
 * The links of a network's fast tasks (see {@link OrdinalSchedule}) compiled into flat arrays, so that the
 * common case is a tight loop of integer adds and maxima over one contiguous range per task.
 *
 * <p>Definitions. Each fast task i has, in the forward direction, three consecutive ranges of entries:
 * <em>start entries</em> {@code [forwardStart[i], forwardFinish[i])} and <em>finish entries</em>
 * {@code [forwardFinish[i], forwardOther[i])} are ordinal links with a fixed lag, whose bound on i's start
 * (finish) ordinal is {@code early[source] + lag}, where {@code early[2p]} is predecessor p's early start
 * ordinal and {@code early[2p + 1]} its early finish ordinal; <em>other entries</em>
 * {@code [forwardOther[i], forwardStart[i + 1])} hold link indexes that need the general link arithmetic
 * (dates on other calendars, elapsed or percent lags, summary predecessors). Backwards alike, with
 * {@code late[2s]} = successor s's late start ordinal (late finish - duration) and {@code late[2s + 1]} its late
 * finish ordinal: <em>finish entries</em> bound i's late finish ordinal by {@code late[source] - lag},
 * <em>start entries</em> (SS, SF: they bound i's start) by {@code late[source] - lag + duration(i)}; links to
 * complete successors are left out (the general code skips them too).
 *
 * <p>Immutable.
 */
final class OrdinalLinks {

    /** Link mode bits: the link reads the predecessor's start (SS, SF); it bounds the successor's finish (FF, SF). */
    static final int FROM_START = 1;
    static final int TO_FINISH = 2;
    /** The link is an ordinal link (see {@link OrdinalSchedule}); its lag is working minutes, or percent if PERCENT. */
    static final int ORDINAL = 4;
    static final int PERCENT = 8;
    /** The successor is complete: the backward pass skips the link. */
    static final int SKIP = 16;
    /**
     * The link's lag is none, or working minutes or percent counted on the successor's calendar (lagMinutes,
     * lagPercent set also when the link is not ORDINAL): it then moves an ordinal of the successor's calendar by
     * the lag, so a link across calendars needs only the one conversion between the two calendars.
     */
    static final int SUCCESSOR_LAG = 32;

    /** Per task: whether it is a fast task whenever its duration is positive. */
    final boolean[] fast;
    /** Per link: mode bits, and its lag in working minutes (ordinal links) or percent amount (PERCENT). */
    final byte[] mode;
    final long[] lagMinutes;
    final double[] lagPercent;

    final int[] forwardStart;
    final int[] forwardFinish;
    final int[] forwardOther;
    final int[] forwardSource;
    final long[] forwardLag;
    final int[] backwardFinish;
    final int[] backwardStart;
    final int[] backwardOther;
    final int[] backwardSource;
    final long[] backwardLag;

    /** Compiles the links of the run's network (its calendar tables already set). */
    OrdinalLinks(CpmRun run) {
        ScheduleNetwork net = run.net;
        Topology topo = run.topo;
        int n = net.n;
        fast = new boolean[n];
        for (int i = 0; i < n; i++) {
            fast[i] = !topo.isSummary(i) && fastEligible(run, i);
        }
        mode = new byte[net.m];
        lagMinutes = new long[net.m];
        lagPercent = new double[net.m];
        boolean[] plain = new boolean[net.m];
        for (int l = 0; l < net.m; l++) {
            classify(run, l);
            plain[l] = (mode[l] & (ORDINAL | PERCENT)) == ORDINAL;
        }
        long[] lag = lagMinutes;
        forwardStart = new int[n + 1];
        forwardFinish = new int[n];
        forwardOther = new int[n];
        backwardFinish = new int[n + 1];
        backwardStart = new int[n];
        backwardOther = new int[n];
        int fwd = 0;
        int bwd = 0;
        for (int i = 0; i < n; i++) {
            if (fast[i]) {
                fwd += topo.predStart[i + 1] - topo.predStart[i];
                bwd += topo.succStart[i + 1] - topo.succStart[i];
            }
        }
        forwardSource = new int[fwd];
        forwardLag = new long[fwd];
        backwardSource = new int[bwd];
        backwardLag = new long[bwd];
        LinkType[] types = LinkType.values();
        int f = 0;
        int b = 0;
        for (int i = 0; i < n; i++) {
            forwardStart[i] = f;
            backwardFinish[i] = b;
            if (!fast[i]) {
                forwardFinish[i] = f;
                forwardOther[i] = f;
                backwardStart[i] = b;
                backwardOther[i] = b;
                continue;
            }
            // three passes over the task's links, one per range
            for (int pass = 0; pass < 3; pass++) {
                if (pass == 1) {
                    forwardFinish[i] = f;
                } else if (pass == 2) {
                    forwardOther[i] = f;
                }
                for (int k = topo.predStart[i]; k < topo.predStart[i + 1]; k++) {
                    int l = topo.predLinks[k];
                    LinkType type = types[net.linkType[l]];
                    int range = !plain[l] ? 2 : type.toFinish() ? 1 : 0;
                    if (range != pass) {
                        continue;
                    }
                    int p = net.linkPred[l];
                    forwardSource[f] = range == 2 ? l : 2 * p + (type.fromStart() ? 0 : 1);
                    forwardLag[f++] = range == 2 ? 0 : lag[l];
                }
            }
            for (int pass = 0; pass < 3; pass++) {
                if (pass == 1) {
                    backwardStart[i] = b;
                } else if (pass == 2) {
                    backwardOther[i] = b;
                }
                for (int k = topo.succStart[i]; k < topo.succStart[i + 1]; k++) {
                    int l = topo.succLinks[k];
                    int s = net.linkSucc[l];
                    if (net.isComplete(s)) {
                        continue;
                    }
                    LinkType type = types[net.linkType[l]];
                    int range = !plain[l] || !fast[s] ? 2 : type.fromStart() ? 1 : 0;
                    if (range != pass) {
                        continue;
                    }
                    backwardSource[b] = range == 2 ? l : 2 * s + (type.toFinish() ? 1 : 0);
                    backwardLag[b++] = range == 2 ? 0 : lag[l];
                }
            }
        }
        forwardStart[n] = f;
        backwardFinish[n] = b;
    }

    /** Whether a leaf takes the fast path whenever its duration is positive (see {@link OrdinalSchedule}). */
    private static boolean fastEligible(CpmRun run, int i) {
        ScheduleNetwork net = run.net;
        Topology topo = run.topo;
        if (net.isStarted(i) || net.milestone[i] || net.startMilestone[i] || net.manual[i] || net.constraint[i] != 0
                || net.levelingDelay[i] > 0 || run.time.byAssignments(i) || net.lateFinishAtNextStart) {
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

    /**
     * Sets the link's mode bits and lag: an ordinal link joins two leaves on the same calendar with no lag, or a
     * working or percent lag counted on that same calendar.
     */
    private void classify(CpmRun run, int l) {
        ScheduleNetwork net = run.net;
        Topology topo = run.topo;
        int[] cal = net.calendarOf;
        LinkType type = run.linkType(l);
        int bits = (type.fromStart() ? FROM_START : 0) | (type.toFinish() ? TO_FINISH : 0);
        int p = net.linkPred[l];
        int s = net.linkSucc[l];
        if (net.isComplete(s)) {
            bits |= SKIP;
        }
        WorkCalendar c = net.calendars[cal[s]];
        boolean ordinal = !topo.isSummary(p) && !topo.isSummary(s) && net.calendars[cal[p]] == c;
        boolean successorLag = true;
        double amount = net.lagAmount[l];
        if (amount != 0) {
            LagUnit unit = LagUnit.values()[net.lagUnit[l]];
            successorLag = unit != LagUnit.ELAPSED_MINUTES && run.time.lagCalendar(l).calendar() == c;
            ordinal &= successorLag;
            if (unit == LagUnit.WORKING_MINUTES) {
                lagMinutes[l] = Math.round(amount);
            } else if (unit == LagUnit.PERCENT_OF_PREDECESSOR) {
                bits |= PERCENT;
                lagPercent[l] = amount;
            }
        }
        bits |= successorLag ? SUCCESSOR_LAG : 0;
        mode[l] = (byte) (bits | (ordinal ? ORDINAL : 0));
    }
}
