package org.bearing.engine.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.bearing.engine.calendar.DurationUnits;
import org.bearing.engine.calendar.WorkCalendar;

/**
 * An immutable task network ready for scheduling: tasks 0..n-1 with durations (working minutes), calendars,
 * WBS parents, constraints and progress; links 0..m-1; and project settings. Built with {@link #builder()}.
 * The topological order (including summary-task relations) is computed once at build time and shared by
 * the {@code with...} copies, so re-scheduling after a task edit skips graph analysis.
 */
public final class ScheduleNetwork {

    static final long NONE = NetworkBuilder.NONE;

    final long projectStart;
    final long projectFinish;
    final long statusDate;
    final WorkCalendar projectCalendar;
    final LagCalendar lagCalendar;
    final boolean honorConstraintDates;
    final ProgressPolicy progressPolicy;
    final long criticalFloat;
    final DurationUnits durationUnits;
    final boolean lateFinishAtNextStart;
    final TotalFloatRule totalFloatRule;
    final boolean lateStartAtActualStart;
    final boolean finishAtLinkBound;

    final int n;
    final String[] names;
    final long[] duration;
    final WorkCalendar[] calendars;
    final int[] calendarOf;
    final boolean[] milestone;
    final boolean[] startMilestone;
    /** MS Project manually scheduled tasks ({@link NetworkBuilder#manual(int)}). */
    final boolean[] manual;
    final int[] parent;
    final byte[] constraint;
    final long[] constraintDate;
    final long[] deadline;
    final long[] actualStart;
    final long[] actualFinish;
    final double[] percentComplete;
    final long[] remaining;
    final long[] levelingDelay;

    final int m;
    final int[] linkPred;
    final int[] linkSucc;
    final byte[] linkType;
    final byte[] lagUnit;
    final double[] lagAmount;
    final byte[] linkLagCalendar;

    /** Assignments by task (CSR): calendar and duration in working minutes of that calendar. */
    final int[] assignmentStart;
    final WorkCalendar[] assignmentCalendar;
    final long[] assignmentDuration;

    final Topology topology;

    private ScheduleNetwork(NetworkBuilder b, WorkCalendar[] calendars, int[] calendarOf, Topology topology) {
        projectStart = b.projectStart;
        projectFinish = b.projectFinish;
        statusDate = b.statusDate;
        projectCalendar = b.projectCalendar;
        lagCalendar = b.lagCalendar;
        honorConstraintDates = b.honorConstraintDates;
        progressPolicy = b.progressPolicy;
        criticalFloat = b.criticalFloat;
        durationUnits = b.durationUnits;
        lateFinishAtNextStart = b.lateFinishAtNextStart;
        totalFloatRule = b.totalFloatRule;
        lateStartAtActualStart = b.lateStartAtActualStart;
        finishAtLinkBound = b.finishAtLinkBound;
        n = b.n;
        names = Arrays.copyOf(b.names, n);
        duration = Arrays.copyOf(b.duration, n);
        this.calendars = calendars;
        this.calendarOf = calendarOf;
        milestone = Arrays.copyOf(b.milestone, n);
        startMilestone = Arrays.copyOf(b.startMilestone, n);
        manual = Arrays.copyOf(b.manual, n);
        parent = Arrays.copyOf(b.parent, n);
        constraint = Arrays.copyOf(b.constraint, n);
        constraintDate = Arrays.copyOf(b.constraintDate, n);
        deadline = Arrays.copyOf(b.deadline, n);
        actualStart = Arrays.copyOf(b.actualStart, n);
        actualFinish = Arrays.copyOf(b.actualFinish, n);
        percentComplete = Arrays.copyOf(b.percentComplete, n);
        remaining = Arrays.copyOf(b.remaining, n);
        levelingDelay = Arrays.copyOf(b.levelingDelay, n);
        m = b.m;
        linkPred = Arrays.copyOf(b.linkPred, m);
        linkSucc = Arrays.copyOf(b.linkSucc, m);
        linkType = Arrays.copyOf(b.linkType, m);
        lagUnit = Arrays.copyOf(b.lagUnit, m);
        lagAmount = Arrays.copyOf(b.lagAmount, m);
        linkLagCalendar = Arrays.copyOf(b.linkLagCalendar, m);
        assignmentStart = new int[n + 1];
        for (int a = 0; a < b.assignments; a++) {
            assignmentStart[b.assignmentTask[a] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            assignmentStart[i + 1] += assignmentStart[i];
        }
        assignmentCalendar = new WorkCalendar[b.assignments];
        assignmentDuration = new long[b.assignments];
        int[] fill = assignmentStart.clone();
        for (int a = 0; a < b.assignments; a++) {
            int at = fill[b.assignmentTask[a]]++;
            assignmentCalendar[at] = b.assignmentCalendar[a];
            assignmentDuration[at] = b.assignmentDuration[a];
        }
        this.topology = topology == null ? Topology.of(this) : topology;
    }

    /** Copy constructor for single-field edits; arrays not being edited are shared. */
    private ScheduleNetwork(ScheduleNetwork o, long[] duration, byte[] constraint, long[] constraintDate,
            long[] actualStart, long[] actualFinish, long[] remaining, long projectStart, long statusDate) {
        this.projectStart = projectStart;
        projectFinish = o.projectFinish;
        this.statusDate = statusDate;
        projectCalendar = o.projectCalendar;
        lagCalendar = o.lagCalendar;
        honorConstraintDates = o.honorConstraintDates;
        progressPolicy = o.progressPolicy;
        criticalFloat = o.criticalFloat;
        durationUnits = o.durationUnits;
        lateFinishAtNextStart = o.lateFinishAtNextStart;
        totalFloatRule = o.totalFloatRule;
        lateStartAtActualStart = o.lateStartAtActualStart;
        finishAtLinkBound = o.finishAtLinkBound;
        n = o.n;
        names = o.names;
        this.duration = duration;
        calendars = o.calendars;
        calendarOf = o.calendarOf;
        milestone = o.milestone;
        startMilestone = o.startMilestone;
        manual = o.manual;
        parent = o.parent;
        this.constraint = constraint;
        this.constraintDate = constraintDate;
        deadline = o.deadline;
        this.actualStart = actualStart;
        this.actualFinish = actualFinish;
        percentComplete = o.percentComplete;
        this.remaining = remaining;
        levelingDelay = o.levelingDelay;
        m = o.m;
        linkPred = o.linkPred;
        linkSucc = o.linkSucc;
        linkType = o.linkType;
        lagUnit = o.lagUnit;
        lagAmount = o.lagAmount;
        linkLagCalendar = o.linkLagCalendar;
        assignmentStart = o.assignmentStart;
        assignmentCalendar = o.assignmentCalendar;
        assignmentDuration = o.assignmentDuration;
        topology = o.topology;
    }

    static ScheduleNetwork create(NetworkBuilder b, WorkCalendar[] distinct) {
        int[] calendarOf = new int[b.n];
        for (int i = 0; i < b.n; i++) {
            WorkCalendar c = b.taskCalendar[i];
            if (c != null && c != distinct[0]) {
                for (int k = 1; k < distinct.length; k++) {
                    if (distinct[k] == c) {
                        calendarOf[i] = k;
                        break;
                    }
                }
            }
        }
        return new ScheduleNetwork(b, distinct, calendarOf, null);
    }

    /** A new, empty builder. */
    public static NetworkBuilder builder() {
        return new NetworkBuilder();
    }

    // ---- edits (structure shared, topology reused) ----

    /** A copy with one task's duration changed (working minutes). */
    public ScheduleNetwork withDuration(int task, long minutes) {
        checkTask(task);
        if (minutes < 0) {
            throw new IllegalArgumentException("task '" + names[task] + "' has negative duration " + minutes);
        }
        long[] d = duration.clone();
        d[task] = minutes;
        return new ScheduleNetwork(this, d, constraint, constraintDate, actualStart, actualFinish, remaining,
                projectStart, statusDate);
    }

    /** A copy with one task's constraint changed. */
    public ScheduleNetwork withConstraint(int task, ConstraintType type, long date) {
        checkTask(task);
        if (type.hasDate() && date == NONE) {
            throw new IllegalArgumentException("constraint " + type + " on task '" + names[task] + "' needs a date");
        }
        byte[] c = constraint.clone();
        long[] cd = constraintDate.clone();
        c[task] = (byte) type.ordinal();
        cd[task] = type.hasDate() ? date : NONE;
        return new ScheduleNetwork(this, duration, c, cd, actualStart, actualFinish, remaining, projectStart,
                statusDate);
    }

    /** A copy with one task's progress changed ({@link NetworkBuilder#NONE} clears a date, -1 the remaining). */
    public ScheduleNetwork withProgress(int task, long actualStartDate, long actualFinishDate, long remainingMinutes) {
        checkTask(task);
        long[] as = actualStart.clone();
        long[] af = actualFinish.clone();
        long[] rd = remaining.clone();
        as[task] = actualStartDate;
        af[task] = actualFinishDate;
        rd[task] = remainingMinutes;
        return new ScheduleNetwork(this, duration, constraint, constraintDate, as, af, rd, projectStart, statusDate);
    }

    /** A copy with another project start. */
    public ScheduleNetwork withProjectStart(long start) {
        return new ScheduleNetwork(this, duration, constraint, constraintDate, actualStart, actualFinish, remaining,
                start, statusDate);
    }

    /** A copy with another status date ({@link NetworkBuilder#NONE} for none). */
    public ScheduleNetwork withStatusDate(long date) {
        return new ScheduleNetwork(this, duration, constraint, constraintDate, actualStart, actualFinish, remaining,
                projectStart, date);
    }

    // ---- read access ----

    public int taskCount() {
        return n;
    }

    public int linkCount() {
        return m;
    }

    public String name(int task) {
        return names[task];
    }

    /** Index of the first task with this name, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < n; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public long duration(int task) {
        return duration[task];
    }

    public WorkCalendar calendar(int task) {
        return calendars[calendarOf[task]];
    }

    public int parent(int task) {
        return parent[task];
    }

    /** Whether the task has children (its dates roll up from them). */
    public boolean isSummary(int task) {
        return topology.isSummary(task);
    }

    public boolean isMilestone(int task) {
        return milestone[task] || (duration[task] == 0 && !topology.isSummary(task));
    }

    public ConstraintType constraintType(int task) {
        return ConstraintType.values()[constraint[task]];
    }

    public long constraintDate(int task) {
        return constraintDate[task];
    }

    public int linkPredecessor(int link) {
        return linkPred[link];
    }

    public int linkSuccessor(int link) {
        return linkSucc[link];
    }

    public LinkType linkType(int link) {
        return LinkType.values()[linkType[link]];
    }

    public Lag lag(int link) {
        return new Lag(LagUnit.values()[lagUnit[link]], lagAmount[link]);
    }

    public long projectStart() {
        return projectStart;
    }

    public long statusDate() {
        return statusDate;
    }

    public WorkCalendar projectCalendar() {
        return projectCalendar;
    }

    public DurationUnits durationUnits() {
        return durationUnits;
    }

    /** Link indexes whose successor is {@code task}. */
    public List<Integer> predecessorLinks(int task) {
        return topology.linksInto(task);
    }

    /** Link indexes whose predecessor is {@code task}. */
    public List<Integer> successorLinks(int task) {
        return topology.linksOutOf(task);
    }

    /** Direct children of a task in the WBS. */
    public List<Integer> children(int task) {
        List<Integer> out = new ArrayList<>();
        for (int k = topology.childStart[task]; k < topology.childStart[task + 1]; k++) {
            out.add(topology.children[k]);
        }
        return Collections.unmodifiableList(out);
    }

    boolean isComplete(int task) {
        return actualFinish[task] != NONE;
    }

    boolean isStarted(int task) {
        return actualStart[task] != NONE || actualFinish[task] != NONE;
    }

    /** Remaining duration: the given one, else duration x (1 - percent complete / 100). */
    long remainingDuration(int task) {
        if (actualFinish[task] != NONE) {
            return 0;
        }
        if (remaining[task] >= 0) {
            return remaining[task];
        }
        return Math.round(duration[task] * (1 - percentComplete[task] / 100.0));
    }

    private void checkTask(int task) {
        if (task < 0 || task >= n) {
            throw new IllegalArgumentException("no task " + task + " (have " + n + ")");
        }
    }
}
