package org.bearing.engine.schedule;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

import org.bearing.engine.calendar.DurationUnits;
import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.calendar.WorkCalendar;

/**
 * Collects tasks, links and project settings and builds an immutable {@link ScheduleNetwork}. Tasks are
 * numbered 0..n-1 in the order they are added; links 0..m-1. Instants are minutes since 1970-01-01T00:00
 * wall time ({@link WallClock}), durations and working lags are working minutes. Every setter has a
 * {@link LocalDateTime} overload where it takes an instant.
 *
 * <pre>{@code
 * NetworkBuilder b = ScheduleNetwork.builder().projectStart(LocalDateTime.of(2026, 1, 5, 8, 0));
 * int a = b.addTask("A", 3 * 480);
 * int c = b.addTask("B", 2 * 480);
 * b.link(a, c, LinkType.FINISH_TO_START, Lag.NONE);
 * Schedule s = new CriticalPathScheduler().schedule(b.build());
 * }</pre>
 */
public final class NetworkBuilder {

    /** Marker for "no instant" in the long-valued fields. */
    public static final long NONE = Long.MIN_VALUE;

    long projectStart = NONE;
    long projectFinish = NONE;
    long statusDate = NONE;
    WorkCalendar projectCalendar = WorkCalendar.standard();
    LagCalendar lagCalendar = LagCalendar.SUCCESSOR;
    boolean honorConstraintDates = true;
    ProgressPolicy progressPolicy = ProgressPolicy.RETAINED_LOGIC;
    long criticalFloat = 0;
    DurationUnits durationUnits = DurationUnits.DEFAULT;
    boolean lateFinishAtNextStart = false;
    TotalFloatRule totalFloatRule = TotalFloatRule.SMALLEST;
    boolean lateStartAtActualStart = true;
    boolean finishAtLinkBound = false;

    int n;
    String[] names = new String[16];
    long[] duration = new long[16];
    WorkCalendar[] taskCalendar = new WorkCalendar[16];
    boolean[] milestone = new boolean[16];
    boolean[] startMilestone = new boolean[16];
    boolean[] manual = new boolean[16];
    int[] parent = new int[16];
    byte[] constraint = new byte[16];
    long[] constraintDate = new long[16];
    long[] deadline = new long[16];
    long[] actualStart = new long[16];
    long[] actualFinish = new long[16];
    double[] percentComplete = new double[16];
    long[] remaining = new long[16];
    long[] levelingDelay = new long[16];

    int assignments;
    int[] assignmentTask = new int[4];
    WorkCalendar[] assignmentCalendar = new WorkCalendar[4];
    long[] assignmentDuration = new long[4];

    int m;
    int[] linkPred = new int[16];
    int[] linkSucc = new int[16];
    byte[] linkType = new byte[16];
    byte[] lagUnit = new byte[16];
    double[] lagAmount = new double[16];
    byte[] linkLagCalendar = new byte[16];

    NetworkBuilder() {
    }

    // ---- project settings ----

    /** The project start: no task starts earlier (unless it has actuals or a mandatory constraint). */
    public NetworkBuilder projectStart(long minutes) {
        this.projectStart = minutes;
        return this;
    }

    public NetworkBuilder projectStart(LocalDateTime start) {
        return projectStart(WallClock.minutes(start));
    }

    /** A fixed project finish for the backward pass; without it, the latest early finish is used. */
    public NetworkBuilder projectFinish(long minutes) {
        this.projectFinish = minutes;
        return this;
    }

    public NetworkBuilder projectFinish(LocalDateTime finish) {
        return projectFinish(finish == null ? NONE : WallClock.minutes(finish));
    }

    /** The status (data) date: unfinished work is scheduled no earlier than it. */
    public NetworkBuilder statusDate(long minutes) {
        this.statusDate = minutes;
        return this;
    }

    public NetworkBuilder statusDate(LocalDateTime date) {
        return statusDate(date == null ? NONE : WallClock.minutes(date));
    }

    /** The project calendar: the default task calendar and the calendar of {@link LagCalendar#PROJECT}. */
    public NetworkBuilder projectCalendar(WorkCalendar calendar) {
        this.projectCalendar = Objects.requireNonNull(calendar, "calendar");
        return this;
    }

    /** The default calendar for working-time lags (MS Project: successor; P6 default: predecessor). */
    public NetworkBuilder lagCalendar(LagCalendar lagCalendar) {
        this.lagCalendar = Objects.requireNonNull(lagCalendar, "lagCalendar");
        return this;
    }

    /**
     * Whether constraint dates win over links (MS Project's default "tasks will always honor their constraint
     * dates"); if false, logic wins and a violated constraint shows as negative float (P6 behaviour).
     */
    public NetworkBuilder honorConstraintDates(boolean honor) {
        this.honorConstraintDates = honor;
        return this;
    }

    public NetworkBuilder progressPolicy(ProgressPolicy policy) {
        this.progressPolicy = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /** Tasks with total float at or below this many working minutes are critical (default 0). */
    public NetworkBuilder criticalFloat(long minutes) {
        this.criticalFloat = minutes;
        return this;
    }

    public NetworkBuilder durationUnits(DurationUnits units) {
        this.durationUnits = Objects.requireNonNull(units, "units");
        return this;
    }

    /**
     * If true, a late finish is kept where the successor logic puts it (e.g. at the next working start, Mon
     * 08:00) instead of being moved back to the end of the previous working period (Fri 17:00). MS Project
     * 2010+ files store the former, older versions the latter (default false).
     */
    public NetworkBuilder lateFinishAtNextStart(boolean atNextStart) {
        this.lateFinishAtNextStart = atNextStart;
        return this;
    }

    /** How total float is computed (MS Project: {@link TotalFloatRule#SMALLEST}, the default; P6 default: FINISH). */
    public NetworkBuilder totalFloatRule(TotalFloatRule rule) {
        this.totalFloatRule = Objects.requireNonNull(rule, "rule");
        return this;
    }

    /**
     * If true (MS Project, default), a started task's late start is its actual start; if false (P6), it is the
     * late finish minus the remaining duration.
     */
    public NetworkBuilder lateStartAtActualStart(boolean atActualStart) {
        this.lateStartAtActualStart = atActualStart;
        return this;
    }

    /**
     * If true (P6), an early finish set by an FF or SF link is the link's date as given, e.g. the successor of
     * an SF link finishes at its predecessor's start 08:00 rather than at 16:00 the working day before (the two
     * are the same in working time). Default false (MS Project).
     */
    public NetworkBuilder finishAtLinkBound(boolean atBound) {
        this.finishAtLinkBound = atBound;
        return this;
    }

    /**
     * MS Project's rules (the defaults): lags on the successor's calendar, constraint dates honored, total
     * float = min(start, finish) float, a started task's late start at its actual start, finishes snapped back.
     */
    public NetworkBuilder msProjectRules() {
        return lagCalendar(LagCalendar.SUCCESSOR).honorConstraintDates(true).totalFloatRule(TotalFloatRule.SMALLEST)
                .lateStartAtActualStart(true).finishAtLinkBound(false).lateFinishAtNextStart(false);
    }

    /**
     * P6's default rules: lags on the predecessor's calendar, logic wins over constraint dates (negative float
     * instead), total float = finish float, a started task's late start from its remaining duration, FF/SF
     * finishes at the link date, retained logic.
     */
    public NetworkBuilder primaveraRules() {
        return lagCalendar(LagCalendar.PREDECESSOR).honorConstraintDates(false).totalFloatRule(TotalFloatRule.FINISH)
                .lateStartAtActualStart(false).finishAtLinkBound(true).lateFinishAtNextStart(false)
                .progressPolicy(ProgressPolicy.RETAINED_LOGIC);
    }

    // ---- tasks ----

    /** Adds a task with a duration in working minutes; returns its index. */
    public int addTask(String name, long durationMinutes) {
        if (durationMinutes < 0) {
            throw new IllegalArgumentException("task '" + name + "' has negative duration " + durationMinutes);
        }
        if (n == names.length) {
            growTasks(n * 2);
        }
        int i = n++;
        names[i] = name == null ? "#" + i : name;
        duration[i] = durationMinutes;
        parent[i] = -1;
        constraintDate[i] = NONE;
        deadline[i] = NONE;
        actualStart[i] = NONE;
        actualFinish[i] = NONE;
        remaining[i] = -1;
        return i;
    }

    /** Adds a task under a parent (summary) task; returns its index. */
    public int addTask(String name, long durationMinutes, int parentTask) {
        int i = addTask(name, durationMinutes);
        parent(i, parentTask);
        return i;
    }

    /** Adds a milestone (zero duration); returns its index. */
    public int addMilestone(String name) {
        int i = addTask(name, 0);
        milestone[i] = true;
        return i;
    }

    public int taskCount() {
        return n;
    }

    public NetworkBuilder duration(int task, long minutes) {
        check(task);
        if (minutes < 0) {
            throw new IllegalArgumentException("task '" + names[task] + "' has negative duration " + minutes);
        }
        duration[task] = minutes;
        return this;
    }

    /** The task's calendar; tasks without one use the project calendar. */
    public NetworkBuilder calendar(int task, WorkCalendar calendar) {
        check(task);
        taskCalendar[task] = calendar;
        return this;
    }

    /**
     * Marks a zero-duration task as a P6 start milestone: it sits at the next working start (never at the end
     * of the previous working period) in both passes.
     */
    public NetworkBuilder startMilestone(int task) {
        check(task);
        milestone[task] = true;
        startMilestone[task] = true;
        return this;
    }

    /**
     * Marks an MS Project manually scheduled task. Its dates are the user's (give them as constraints); what changes
     * is its backward pass, as MS Project stores it: its late finish stays where its successors put it, at the next
     * working start, never moved back to the previous working finish; and a start-to-start or start-to-finish
     * successor does not carry its date back to it: the task's late finish is that successor's late finish when the
     * successor has no successors of its own, else the project finish.
     */
    public NetworkBuilder manual(int task) {
        check(task);
        manual[task] = true;
        return this;
    }

    public NetworkBuilder milestone(int task, boolean isMilestone) {
        check(task);
        milestone[task] = isMilestone;
        return this;
    }

    /**
     * Places {@code task} under the summary {@code parentTask} in the WBS. A task with children is a summary:
     * its dates roll up from its children and its own duration is ignored; links to it apply to all its
     * descendants, links from it use its rolled-up dates.
     */
    public NetworkBuilder parent(int task, int parentTask) {
        check(task);
        if (parentTask >= 0) {
            check(parentTask);
        }
        if (parentTask == task) {
            throw new IllegalArgumentException("task '" + names[task] + "' cannot be its own parent");
        }
        parent[task] = parentTask;
        return this;
    }

    public NetworkBuilder constraint(int task, ConstraintType type, long date) {
        check(task);
        Objects.requireNonNull(type, "type");
        if (type.hasDate() && date == NONE) {
            throw new IllegalArgumentException("constraint " + type + " on task '" + names[task] + "' needs a date");
        }
        constraint[task] = (byte) type.ordinal();
        constraintDate[task] = type.hasDate() ? date : NONE;
        return this;
    }

    public NetworkBuilder constraint(int task, ConstraintType type, LocalDateTime date) {
        return constraint(task, type, date == null ? NONE : WallClock.minutes(date));
    }

    /** A deadline: it limits the late finish (and so float) but not the early dates. */
    public NetworkBuilder deadline(int task, long date) {
        check(task);
        deadline[task] = date;
        return this;
    }

    public NetworkBuilder deadline(int task, LocalDateTime date) {
        return deadline(task, date == null ? NONE : WallClock.minutes(date));
    }

    public NetworkBuilder actualStart(int task, long date) {
        check(task);
        actualStart[task] = date;
        return this;
    }

    public NetworkBuilder actualStart(int task, LocalDateTime date) {
        return actualStart(task, date == null ? NONE : WallClock.minutes(date));
    }

    /** The actual finish marks the task complete; it keeps its actual dates. */
    public NetworkBuilder actualFinish(int task, long date) {
        check(task);
        actualFinish[task] = date;
        return this;
    }

    public NetworkBuilder actualFinish(int task, LocalDateTime date) {
        return actualFinish(task, date == null ? NONE : WallClock.minutes(date));
    }

    /**
     * A leveling delay in working minutes of the task's calendar, as resource leveling records it (MS Project's
     * Leveling Delay): the task starts that much later than logic and constraints alone would allow.
     */
    public NetworkBuilder levelingDelay(int task, long minutes) {
        check(task);
        if (minutes < 0) {
            throw new IllegalArgumentException("leveling delay of '" + names[task] + "' must be >= 0, got " + minutes);
        }
        levelingDelay[task] = minutes;
        return this;
    }

    /** Duration percent complete, 0..100; used to derive the remaining duration if none is given. */
    public NetworkBuilder percentComplete(int task, double percent) {
        check(task);
        if (percent < 0 || percent > 100 || Double.isNaN(percent)) {
            throw new IllegalArgumentException("percent complete of '" + names[task] + "' must be 0..100, got " + percent);
        }
        percentComplete[task] = percent;
        return this;
    }

    /** Remaining duration in working minutes of a started task. */
    public NetworkBuilder remainingDuration(int task, long minutes) {
        check(task);
        if (minutes < 0) {
            throw new IllegalArgumentException("remaining duration of '" + names[task] + "' must be >= 0, got " + minutes);
        }
        remaining[task] = minutes;
        return this;
    }

    /**
     * Adds a resource assignment that drives the task's dates (MS Project's non-fixed-duration tasks with
     * resources): the assignment works {@code workMinutes} at {@code unitsPercent} (100 = full time) on its own
     * calendar, i.e. for work x 100 / units working minutes of that calendar. A task with assignments starts at
     * the earliest working start of any assignment calendar and finishes when its last assignment finishes;
     * its own duration then only scales remaining work (remaining / duration).
     */
    public NetworkBuilder assignment(int task, WorkCalendar calendar, long workMinutes, double unitsPercent) {
        check(task);
        Objects.requireNonNull(calendar, "calendar");
        if (workMinutes < 0 || !(unitsPercent > 0)) {
            throw new IllegalArgumentException("assignment on '" + names[task] + "' needs work >= 0 and units > 0, got "
                    + workMinutes + " min at " + unitsPercent + " %");
        }
        if (assignments == assignmentTask.length) {
            assignmentTask = Arrays.copyOf(assignmentTask, assignments * 2);
            assignmentCalendar = Arrays.copyOf(assignmentCalendar, assignments * 2);
            assignmentDuration = Arrays.copyOf(assignmentDuration, assignments * 2);
        }
        assignmentTask[assignments] = task;
        assignmentCalendar[assignments] = calendar;
        assignmentDuration[assignments] = Math.round(workMinutes * 100.0 / unitsPercent);
        assignments++;
        return this;
    }

    // ---- links ----

    /** Adds a link from {@code predecessor} to {@code successor}; returns the link index. */
    public int link(int predecessor, int successor, LinkType type, Lag lag) {
        check(predecessor);
        check(successor);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(lag, "lag");
        if (predecessor == successor) {
            throw new IllegalArgumentException("task '" + names[predecessor] + "' cannot be linked to itself");
        }
        if (m == linkPred.length) {
            growLinks(m * 2);
        }
        int l = m++;
        linkPred[l] = predecessor;
        linkSucc[l] = successor;
        linkType[l] = (byte) type.ordinal();
        lagUnit[l] = (byte) lag.unit().ordinal();
        lagAmount[l] = lag.amount();
        linkLagCalendar[l] = -1;
        return l;
    }

    /** A finish-to-start link without lag. */
    public int link(int predecessor, int successor) {
        return link(predecessor, successor, LinkType.FINISH_TO_START, Lag.NONE);
    }

    /** Overrides the network's lag calendar for one link. */
    public NetworkBuilder lagCalendar(int link, LagCalendar calendar) {
        if (link < 0 || link >= m) {
            throw new IllegalArgumentException("no link " + link + " (have " + m + ")");
        }
        linkLagCalendar[link] = (byte) calendar.ordinal();
        return this;
    }

    /**
     * Builds the immutable network.
     *
     * @throws ScheduleCycleException if links and summary relations form a cycle
     * @throws IllegalStateException if no project start was given, or the WBS has a parent cycle
     */
    public ScheduleNetwork build() {
        if (projectStart == NONE) {
            throw new IllegalStateException("the project start is required");
        }
        WorkCalendar[] distinct = distinctCalendars();
        return ScheduleNetwork.create(this, distinct);
    }

    private WorkCalendar[] distinctCalendars() {
        Map<WorkCalendar, Integer> seen = new IdentityHashMap<>();
        seen.put(projectCalendar, 0);
        for (int i = 0; i < n; i++) {
            if (taskCalendar[i] != null) {
                seen.putIfAbsent(taskCalendar[i], seen.size());
            }
        }
        WorkCalendar[] out = new WorkCalendar[seen.size()];
        seen.forEach((c, idx) -> out[idx] = c);
        return out;
    }

    private void check(int task) {
        if (task < 0 || task >= n) {
            throw new IllegalArgumentException("no task " + task + " (have " + n + ")");
        }
    }

    private void growTasks(int cap) {
        names = Arrays.copyOf(names, cap);
        duration = Arrays.copyOf(duration, cap);
        taskCalendar = Arrays.copyOf(taskCalendar, cap);
        milestone = Arrays.copyOf(milestone, cap);
        startMilestone = Arrays.copyOf(startMilestone, cap);
        manual = Arrays.copyOf(manual, cap);
        parent = Arrays.copyOf(parent, cap);
        constraint = Arrays.copyOf(constraint, cap);
        constraintDate = Arrays.copyOf(constraintDate, cap);
        deadline = Arrays.copyOf(deadline, cap);
        actualStart = Arrays.copyOf(actualStart, cap);
        actualFinish = Arrays.copyOf(actualFinish, cap);
        percentComplete = Arrays.copyOf(percentComplete, cap);
        remaining = Arrays.copyOf(remaining, cap);
        levelingDelay = Arrays.copyOf(levelingDelay, cap);
    }

    private void growLinks(int cap) {
        linkPred = Arrays.copyOf(linkPred, cap);
        linkSucc = Arrays.copyOf(linkSucc, cap);
        linkType = Arrays.copyOf(linkType, cap);
        lagUnit = Arrays.copyOf(lagUnit, cap);
        lagAmount = Arrays.copyOf(lagAmount, cap);
        linkLagCalendar = Arrays.copyOf(linkLagCalendar, cap);
    }
}
