package org.bearing.engine.schedule;

import java.util.Arrays;

import org.bearing.engine.calendar.CalendarTable;

/**
 * The longest path of a {@link CpmRun}'s forward pass: the tasks whose early finish is the project finish (equal
 * in working time of their calendar), then, back from each task on it, every predecessor whose link drives it.
 * A link <em>drives</em> task i when the start it implies for i, placed on i's calendar, equals i's early start in
 * working time (the {@link Driver.Kind#LINK} drivers of {@link Schedule#drivers}); links on i's summary tasks
 * count, and a driving link from a summary task continues at the leaves under it that set the bound (the
 * earliest-starting leaf for links from its start, the leaves finishing with it for links from its finish). A
 * started task has no driving links (its actual start drives it), nor has a task whose mandatory date constraint
 * drives it. This is the longest path P6 shows and the "driving path" of schedule risk tools: unlike total float
 * &le; 0 it follows the chain that sets the finish across calendars (a predecessor on a five-day calendar driving
 * a successor on a 24-hour calendar may keep float) and is not lengthened by deadlines.
 *
 * <p>Needs only early dates, so Monte Carlo criticality needs no backward pass. Re-uses its arrays: one instance
 * per run, not thread-safe.
 */
final class LongestPathTrace {

    private final CpmRun run;
    private final ScheduleNetwork net;
    private final Topology topo;
    /** The run's ordinal kernel, whose fast tasks' dates are written on demand, or null (every date in the run). */
    private final OrdinalSchedule ordinal;
    private final boolean[] flags;
    private final int[] queue;
    /** Per summary (index sx): the leaves under it, listed the first time a driving link leaves it. */
    private final int[][] leaves;
    /** Per task: whether a summary task above it has predecessor links (which may drive it too). */
    private final boolean[] linkedAbove;
    /** Per calendar index, this trace: the project finish's ordinal (computed once per calendar and trace). */
    private final long[] finishOrdinal;
    private final int[] finishStamp;
    private int stamp;

    LongestPathTrace(CpmRun run, OrdinalSchedule ordinal) {
        this.run = run;
        this.net = run.net;
        this.topo = run.topo;
        this.ordinal = ordinal;
        flags = new boolean[net.n];
        queue = new int[net.n];
        leaves = new int[topo.order.length - net.n][];
        linkedAbove = new boolean[net.n];
        for (int i = 0; i < net.n; i++) {
            for (int t = net.parent[i]; t >= 0 && !linkedAbove[i]; t = net.parent[t]) {
                linkedAbove[i] = topo.predStart[t + 1] > topo.predStart[t];
            }
        }
        finishOrdinal = new long[net.calendars.length];
        finishStamp = new int[net.calendars.length];
    }

    /** Flags (by task; summaries false) of the tasks on the longest path of the run's last forward pass. */
    boolean[] trace() {
        Arrays.fill(flags, false);
        if (++stamp == 0) {
            Arrays.fill(finishStamp, 0);
            stamp = 1;
        }
        int tail = 0;
        long finish = run.computedFinish;
        for (int i = 0; i < net.n; i++) {
            if (!topo.isSummary(i) && finishesAt(i, finish)) {
                flags[i] = true;
                queue[tail++] = i;
            }
        }
        for (int head = 0; head < tail; head++) {
            tail = followDrivingLinks(queue[head], tail);
        }
        return flags;
    }

    private boolean finishesAt(int i, long finish) {
        if (ordinal != null && ordinal.scheduledFast(i)) {
            // the ordinal of a fast task's early finish date is its finish ordinal
            int c = net.calendarOf[i];
            if (finishStamp[c] != stamp) {
                finishStamp[c] = stamp;
                finishOrdinal[c] = run.tab(i).ordinal(finish);
            }
            return ordinal.earlyFinishOrdinal(i) == finishOrdinal[c];
        }
        return same(run.tab(i), run.ef[i], finish);
    }

    /** Flags and queues the not yet flagged tasks whose links drive task i; returns the new queue tail. */
    private int followDrivingLinks(int i, int tail) {
        if (net.isStarted(i)) {
            return tail;
        }
        int first = i;
        if (ordinal != null && ordinal.scheduledFast(i)) {
            // its own links compared in ordinals (no constraint on a fast task); its summaries' links below
            tail = ordinal.flagDrivingPredecessors(i, this, tail);
            first = net.parent[i];
            if (!linkedAbove[i]) {
                return tail;
            }
        }
        materialize(i);
        long es = run.es[i];
        CalendarTable c = run.tab(i);
        long d = run.duration[i];
        if (first == i && mandatoryConstraintDrives(i, c, es, d)) {
            return tail;
        }
        for (int t = first; t >= 0; t = net.parent[t]) {
            for (int k = topo.predStart[t]; k < topo.predStart[t + 1]; k++) {
                int l = topo.predLinks[k];
                int p = net.linkPred[l];
                materialize(p);
                long b = run.forwardBound(l);
                long implied = run.linkType(l).toFinish() ? run.startFromFinish(i, b, d) : b;
                if (same(c, run.startAt(i, implied), es)) {
                    tail = flagPredecessor(l, tail);
                }
            }
        }
        return tail;
    }

    /** Whether the task has a mandatory date constraint that sets its early start (its links then drive nothing). */
    private boolean mandatoryConstraintDrives(int i, CalendarTable c, long es, long d) {
        int ct = net.constraint[i];
        if (!isMandatory(net, ct)) {
            return false;
        }
        long cd = net.constraintDate[i];
        boolean finishType = ct == ConstraintType.FINISH_NO_LATER_THAN.ordinal()
                || ct == ConstraintType.MUST_FINISH_ON.ordinal() || ct == ConstraintType.MANDATORY_FINISH.ordinal();
        long implied = finishType ? run.startFromFinish(i, cd, d) : run.startAt(i, cd);
        return same(c, implied, es);
    }

    /**
     * Whether a constraint type (ordinal) overrides links: mandatory dates always, and the "must" and "no later
     * than" dates where the network honours constraint dates over links.
     */
    static boolean isMandatory(ScheduleNetwork net, int ct) {
        return ct == ConstraintType.MANDATORY_START.ordinal() || ct == ConstraintType.MANDATORY_FINISH.ordinal()
                || (net.honorConstraintDates && (ct == ConstraintType.MUST_START_ON.ordinal()
                        || ct == ConstraintType.MUST_FINISH_ON.ordinal()
                        || ct == ConstraintType.START_NO_LATER_THAN.ordinal()
                        || ct == ConstraintType.FINISH_NO_LATER_THAN.ordinal()));
    }

    /** Flags the predecessor of a driving link (for a summary, the leaves under it that set the bound). */
    int flagPredecessor(int link, int tail) {
        int p = net.linkPred[link];
        return topo.isSummary(p) ? flagLeaves(p, run.linkType(link).fromStart(), tail) : flag(p, tail);
    }

    /** Flags a leaf task and queues it, if not flagged yet; returns the new queue tail. */
    int flag(int task, int tail) {
        if (!flags[task]) {
            flags[task] = true;
            queue[tail++] = task;
        }
        return tail;
    }

    /** Flags the leaves under summary s that set the bound a driving link from its start or finish puts. */
    private int flagLeaves(int s, boolean fromStart, int tail) {
        int sx = run.sx(s);
        if (leaves[sx] == null) {
            leaves[sx] = leavesUnder(s);
        }
        for (int k : leaves[sx]) {
            if (flags[k]) {
                continue;
            }
            boolean driving;
            if (fromStart) {
                driving = run.earliestLeaf(s) == k;
            } else {
                materialize(k);
                driving = same(run.tab(k), run.ef[k], run.ef[s]);
            }
            if (driving) {
                tail = flag(k, tail);
            }
        }
        return tail;
    }

    private int[] leavesUnder(int summary) {
        int[] out = new int[net.n];
        int count = 0;
        int[] stack = new int[topo.order.length];
        int top = 0;
        stack[top++] = summary;
        while (top > 0) {
            int s = stack[--top];
            for (int k = topo.childStart[s + 1] - 1; k >= topo.childStart[s]; k--) {
                int c = topo.children[k];
                if (topo.isSummary(c)) {
                    stack[top++] = c;
                } else {
                    out[count++] = c;
                }
            }
        }
        return Arrays.copyOf(out, count);
    }

    private void materialize(int task) {
        if (ordinal != null) {
            ordinal.materialize(task);
        }
    }

    /** Whether two instants are the same in working time of the calendar (no working minute between them). */
    static boolean same(CalendarTable c, long a, long b) {
        return a == b || c.ordinal(a) == c.ordinal(b);
    }
}
