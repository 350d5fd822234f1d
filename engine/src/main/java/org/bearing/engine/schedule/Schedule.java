package org.bearing.engine.schedule;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.calendar.WorkCalendar;

/**
 * The result of scheduling a {@link ScheduleNetwork}: per task early/late/scheduled dates (minutes since
 * 1970-01-01T00:00 wall time), total and free float (working minutes of the task calendar), critical flags,
 * the longest path, warnings, and explanations of what drives each task. Immutable.
 */
public final class Schedule {

    private final CpmRun run;
    private final ScheduleNetwork net;
    private volatile boolean[] longestPath;

    Schedule(CpmRun run) {
        this.run = run;
        this.net = run.net;
    }

    public ScheduleNetwork network() {
        return net;
    }

    public int taskCount() {
        return net.n;
    }

    public String name(int task) {
        return net.names[task];
    }

    public long earlyStart(int task) {
        return run.es[task];
    }

    public long earlyFinish(int task) {
        return run.ef[task];
    }

    public long lateStart(int task) {
        return run.ls[task];
    }

    public long lateFinish(int task) {
        return run.lf[task];
    }

    /** Scheduled start: actual start if any, late start for as-late-as-possible tasks, else early start. */
    public long start(int task) {
        return run.start(task);
    }

    /** Scheduled finish: actual finish if any, late finish for as-late-as-possible tasks, else early finish. */
    public long finish(int task) {
        return run.finish(task);
    }

    /** TF = min(LS - ES, LF - EF) in working minutes of the task calendar (LF - EF once started); may be negative. */
    public long totalFloat(int task) {
        return run.totalFloat[task];
    }

    /** Working minutes the task can slip without delaying any successor's early date (0..max(TF, 0)). */
    public long freeFloat(int task) {
        return run.freeFloat[task];
    }

    /** Whether total float is at or below the network's critical threshold (completed tasks are not critical). */
    public boolean isCritical(int task) {
        return run.critical[task];
    }

    /** The project start as given. */
    public long projectStart() {
        return net.projectStart;
    }

    /** The latest early finish of all tasks. */
    public long projectFinish() {
        return run.computedFinish;
    }

    /** The finish used by the backward pass: the fixed project finish if given, else {@link #projectFinish()}. */
    public long backwardPassFinish() {
        return run.finishTarget;
    }

    public List<ScheduleWarning> warnings() {
        return Collections.unmodifiableList(run.warnings);
    }

    /** The results of one task as local date-times. */
    public TaskDates dates(int task) {
        return new TaskDates(net.names[task], WallClock.dateTime(start(task)), WallClock.dateTime(finish(task)),
                WallClock.dateTime(run.es[task]), WallClock.dateTime(run.ef[task]), WallClock.dateTime(run.ls[task]),
                WallClock.dateTime(run.lf[task]), run.totalFloat[task], run.freeFloat[task], run.critical[task]);
    }

    /** Indexes of critical tasks (summaries excluded), in task order. */
    public List<Integer> criticalTasks() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < net.n; i++) {
            if (run.critical[i] && !net.isSummary(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * What drives the task's early start: every candidate (predecessor links, including those on its summary
     * tasks; project start; status date; its constraint; its actual start) whose bound equals the early start
     * in working time. For a summary task, the drivers of its earliest-starting descendant.
     */
    public List<Driver> drivers(int task) {
        int i = net.isSummary(task) ? run.earliestLeaf(task) : task;
        List<Driver> out = new ArrayList<>();
        if (i < 0) {
            return out;
        }
        long es = run.es[i];
        if (net.isStarted(i)) {
            out.add(new Driver(Driver.Kind.ACTUAL_START, -1, -1, null, null, es));
            return out;
        }
        WorkCalendar c = run.cal(i);
        long d = net.duration[i];
        int ct = net.constraint[i];
        boolean mandatory = LongestPathTrace.isMandatory(net, ct);
        for (int t = i; t >= 0; t = net.parent[t]) {
            for (int k = net.topology.predStart[t]; k < net.topology.predStart[t + 1]; k++) {
                int l = net.topology.predLinks[k];
                long b = run.forwardBound(l);
                long implied = run.linkType(l).toFinish() ? run.startFromFinish(i, b, d) : b;
                if (same(c, run.startAt(i, implied), es)) {
                    int p = net.linkPred[l];
                    out.add(new Driver(Driver.Kind.LINK, l, p, net.names[p], run.linkType(l), b));
                }
            }
        }
        if (same(c, run.startAt(i, net.projectStart), es)) {
            out.add(new Driver(Driver.Kind.PROJECT_START, -1, -1, null, null, net.projectStart));
        }
        if (net.statusDate != CpmRun.NONE && same(c, run.startAt(i, net.statusDate), es)) {
            out.add(new Driver(Driver.Kind.STATUS_DATE, -1, -1, null, null, net.statusDate));
        }
        if (ConstraintType.values()[ct].hasDate()) {
            long cd = net.constraintDate[i];
            boolean finishType = ct == ConstraintType.FINISH_NO_EARLIER_THAN.ordinal()
                    || ct == ConstraintType.FINISH_NO_LATER_THAN.ordinal() || ct == ConstraintType.FINISH_ON.ordinal()
                    || ct == ConstraintType.MUST_FINISH_ON.ordinal() || ct == ConstraintType.MANDATORY_FINISH.ordinal();
            long implied = finishType ? run.startFromFinish(i, cd, d) : run.startAt(i, cd);
            if (same(c, implied, es) || (mandatory && out.isEmpty())) {
                if (mandatory) {
                    out.clear();
                }
                out.add(new Driver(Driver.Kind.CONSTRAINT, -1, -1, null, null, cd));
            }
        }
        return out;
    }

    private static boolean same(WorkCalendar c, long a, long b) {
        return a == b || c.workingBetween(Math.min(a, b), Math.max(a, b)) == 0;
    }

    /**
     * Why the task has its float: its total and free float and what sets its late finish (the limiting
     * successor link, possibly one on a summary above it, the project finish, its constraint or deadline).
     */
    public FloatExplanation explainFloat(int task) {
        long tf = run.totalFloat[task];
        long ff = run.freeFloat[task];
        boolean crit = run.critical[task];
        if (net.isComplete(task)) {
            return new FloatExplanation(task, tf, ff, crit, FloatExplanation.Limit.COMPLETE, -1, -1, null, run.lf[task]);
        }
        int i = task;
        if (net.isSummary(task)) {
            i = -1;
            for (int k : leavesUnder(task)) {
                if (i < 0 || run.lf[k] > run.lf[i]) {
                    i = k;
                }
            }
            if (i < 0) {
                return new FloatExplanation(task, tf, ff, crit, FloatExplanation.Limit.PROJECT_FINISH, -1, -1, null, run.lf[task]);
            }
        }
        WorkCalendar c = run.cal(i);
        long d = net.duration[i];
        FloatExplanation.Limit limit = FloatExplanation.Limit.PROJECT_FINISH;
        long best = run.finishTarget;
        int bestLink = -1;
        for (int t = i; t >= 0; t = net.parent[t]) {
            for (int k = net.topology.succStart[t]; k < net.topology.succStart[t + 1]; k++) {
                int l = net.topology.succLinks[k];
                if (net.isComplete(net.linkSucc[l])) {
                    continue;
                }
                boolean fromStart = run.linkType(l).fromStart();
                if (t != i && fromStart && run.earliestLeaf(t) != i) {
                    continue;
                }
                long b = run.backwardBound(l);
                long implied = fromStart ? TaskTime.finishFromStart(c, b, d) : b;
                if (implied < best || (implied == best && limit == FloatExplanation.Limit.PROJECT_FINISH)) {
                    best = implied;
                    bestLink = l;
                    limit = FloatExplanation.Limit.SUCCESSOR_LINK;
                }
            }
        }
        long byConstraint = run.constraints.late(i, CpmRun.INF, d);
        if (byConstraint < best) {
            best = byConstraint;
            limit = FloatExplanation.Limit.CONSTRAINT;
            bestLink = -1;
        }
        if (net.deadline[i] != CpmRun.NONE && net.deadline[i] < best) {
            limit = FloatExplanation.Limit.DEADLINE;
            bestLink = -1;
        }
        int succ = bestLink >= 0 ? net.linkSucc[bestLink] : -1;
        return new FloatExplanation(task, tf, ff, crit, limit, bestLink, succ, succ >= 0 ? net.names[succ] : null,
                run.lf[task]);
    }

    /** Non-summary descendants of a summary task. */
    private List<Integer> leavesUnder(int summary) {
        List<Integer> out = new ArrayList<>();
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        stack.push(summary);
        Topology t = net.topology;
        while (!stack.isEmpty()) {
            int s = stack.pop();
            for (int k = t.childStart[s]; k < t.childStart[s + 1]; k++) {
                int c = t.children[k];
                if (t.isSummary(c)) {
                    stack.push(c);
                } else {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Whether the task is on the longest path: the chain of driving links back from the project finish. */
    public boolean isOnLongestPath(int task) {
        return longestPathFlags()[task];
    }

    /** Tasks on the longest path (summaries excluded), in early-start order. */
    public List<Integer> longestPath() {
        boolean[] flags = longestPathFlags();
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < net.n; i++) {
            if (flags[i]) {
                out.add(i);
            }
        }
        out.sort((a, b) -> Long.compare(run.es[a], run.es[b]));
        return out;
    }

    private boolean[] longestPathFlags() {
        boolean[] flags = longestPath;
        if (flags == null) {
            flags = new LongestPathTrace(run, null).trace().clone();
            longestPath = flags;
        }
        return flags;
    }

}
