package org.bearing.schedule;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.engine.calendar.WorkCalendar;
import org.bearing.engine.leveling.DependencyType;
import org.bearing.engine.leveling.LevelingLimit;
import org.bearing.engine.leveling.LevelingOptions;
import org.bearing.engine.leveling.LevelingProblem;
import org.bearing.engine.leveling.LevelingResult;
import org.bearing.engine.leveling.PriorityRule;
import org.bearing.engine.leveling.ResourceLeveler;
import org.bearing.engine.schedule.Schedule;
import org.bearing.plan.Assignment;
import org.bearing.plan.Assignments;
import org.bearing.plan.Dependencies;
import org.bearing.plan.Dependency;
import org.bearing.plan.Resource;
import org.bearing.plan.ResourceType;
import org.bearing.plan.Resources;
import org.bearing.plan.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resource leveling of a project's current schedule: which tasks would move, by how much, and what happens to the
 * finish date. The plan is turned into the leveling engine's problem in hours of the project calendar: each leaf task
 * is released at its critical-path early start (so constraints, actuals and the status date stay honoured), links
 * on summary tasks are expanded to their subtasks, and units are counted in hundredths (50 % = 50).
 * Tasks that have started keep their dates, as in MS Project without splitting: leveling moves only work not yet
 * begun, and their successors still wait for them through the early starts.
 */
@Service
@Transactional(readOnly = true)
public class Leveling {
    static final int MINUTES_PER_UNIT = 60;
    /** The longest "level best" search a request may ask for: a request thread is not a batch job. */
    public static final long MAX_TIME_LIMIT_MILLIS = 120_000;

    public enum Mode { SINGLE_PASS, LEVEL_BEST }

    /**
     * What the planner asks for: a quick single pass or the "level best" search, within float or not.
     *
     * @param rule            the "standard order" among tasks of equal priority (default: latest finish first)
     * @param timeLimitMillis for "level best", stop the search after this many milliseconds (null = no time limit;
     *                        with a time limit and no schedule budget the search runs until the time is up)
     */
    public record Request(Mode mode, LevelingLimit limit, Long schedules, Long seed, PriorityRule rule, Long timeLimitMillis) {
        public Request {
            mode = mode == null ? Mode.SINGLE_PASS : mode;
            limit = limit == null ? LevelingLimit.FINISH_MAY_MOVE : limit;
            rule = rule == null ? PriorityRule.LATEST_FINISH : rule;
        }

        public Request(Mode mode, LevelingLimit limit, Long schedules, Long seed) {
            this(mode, limit, schedules, seed, null, null);
        }
    }

    /** One task that leveling delays; the delay is in working minutes of the project calendar. */
    public record Move(long taskId, String name, LocalDateTime start, LocalDateTime leveledStart, LocalDateTime leveledFinish,
                       long delayMinutes) {
    }

    /** The outcome of leveling, before anything is applied. */
    public record Preview(long projectId, Mode mode, LevelingLimit limit, LocalDateTime finish, LocalDateTime leveledFinish,
                          long finishSlipMinutes, List<Move> moves, int stillOverallocated, long schedulesGenerated, long millis) {
    }

    private final Scheduling scheduling;
    private final Dependencies dependencies;
    private final Assignments assignments;
    private final Resources resources;
    private final LevelingDelays delays;

    Leveling(Scheduling scheduling, Dependencies dependencies, Assignments assignments, Resources resources, LevelingDelays delays) {
        this.scheduling = scheduling;
        this.dependencies = dependencies;
        this.assignments = assignments;
        this.resources = resources;
        this.delays = delays;
    }

    /**
     * Levels and records each moved task's delay, then reschedules. Leveling starts from the unleveled schedule, so
     * applying twice gives the same result, not twice the delay.
     */
    @Transactional
    public Preview apply(long projectId, Request request) {
        delays.clear(projectId);
        Preview preview = preview(projectId, request);
        Map<Long, Long> recorded = new HashMap<>();
        preview.moves().forEach(m -> recorded.put(m.taskId(), m.delayMinutes()));
        delays.replace(projectId, recorded);
        scheduling.reschedule(projectId);
        return preview;
    }

    /** Removes every leveling delay of the project and reschedules; returns how many tasks had one. */
    @Transactional
    public int clear(long projectId) {
        scheduling.compute(projectId); // the project must exist
        int cleared = delays.clear(projectId);
        scheduling.reschedule(projectId);
        return cleared;
    }

    /** How many tasks of the project carry a leveling delay now (0 when it is not leveled). */
    public int leveledTasks(long projectId) {
        return delays.of(projectId).size();
    }

    public Preview preview(long projectId, Request request) {
        if (request.schedules() != null && request.schedules() < 1) {
            throw new org.bearing.platform.InvalidFieldException("schedules", "The schedule budget must be at least 1, was " + request.schedules());
        }
        if (request.timeLimitMillis() != null && (request.timeLimitMillis() < 1 || request.timeLimitMillis() > MAX_TIME_LIMIT_MILLIS)) {
            throw new org.bearing.platform.InvalidFieldException("timeLimitMillis", "The time limit must be between 1 and "
                    + MAX_TIME_LIMIT_MILLIS + " ms, was " + request.timeLimitMillis());
        }
        long began = System.nanoTime();
        Scheduling.Computed computed = scheduling.compute(projectId);
        Schedule s = computed.schedule();
        PlanNetwork plan = computed.plan();
        WorkCalendar calendar = plan.network.projectCalendar();
        long origin = s.projectStart();

        LevelingProblem.Builder b = LevelingProblem.builder();
        Map<Long, Integer> resourceNo = new HashMap<>();
        Map<Long, Integer> capacity = new HashMap<>();
        for (Resource r : resources.visibleTo(projectId)) {
            if (r.type() == ResourceType.WORK) {
                int units = (int) Math.round(r.maxUnits().doubleValue() * 100);
                resourceNo.put(r.id(), b.resource(r.name(), units));
                capacity.put(r.id(), units);
            }
        }
        int[] taskNo = new int[plan.taskIds.length];
        List<Integer> leveled = new ArrayList<>();
        java.util.Arrays.fill(taskNo, -1);
        for (int i = 0; i < plan.taskIds.length; i++) {
            Task t = plan.tasks.get(i);
            if (t.summary() || t.actualStart() != null) {
                continue;
            }
            int duration = (int) Math.ceil(calendar.workingBetween(s.start(i), s.finish(i)) / (double) MINUTES_PER_UNIT);
            int no = b.task(t.name(), Math.max(0, duration));
            b.releaseDate(no, units(calendar, origin, s.start(i)));
            b.priority(no, t.priority());
            taskNo[i] = no;
            leveled.add(i);
        }
        Map<Long, Integer> indexOfTask = plan.indexOf;
        for (Assignment a : assignments.all(projectId)) {
            Integer r = resourceNo.get(a.resourceId());
            Integer i = indexOfTask.get(a.taskId());
            if (r != null && i != null && taskNo[i] >= 0) {
                int demand = Math.min((int) Math.round(a.units().doubleValue() * 100), capacity.get(a.resourceId()));
                if (demand > 0) {
                    b.demand(taskNo[i], r, demand);
                }
            }
        }
        Map<Long, List<Integer>> leaves = leavesOf(plan);
        for (Dependency d : dependencies.all(projectId)) {
            for (int p : leaves.getOrDefault(d.predecessorId(), List.of())) {
                for (int q : leaves.getOrDefault(d.successorId(), List.of())) {
                    if (taskNo[p] >= 0 && taskNo[q] >= 0) {
                        b.dependency(taskNo[p], taskNo[q], type(d.type()), lagUnits(d, plan.tasks.get(p)));
                    }
                }
            }
        }
        LevelingProblem problem = b.build();
        long budget = request.schedules() != null ? request.schedules() : request.timeLimitMillis() != null ? 10_000_000 : 5_000;
        LevelingOptions options = (request.mode() == Mode.LEVEL_BEST ? LevelingOptions.levelBest(budget) : LevelingOptions.singlePass())
                .withLimit(request.limit()).withRule(request.rule());
        if (request.mode() == Mode.LEVEL_BEST && request.timeLimitMillis() != null) {
            options = options.withTimeLimit(java.time.Duration.ofMillis(request.timeLimitMillis()));
        }
        if (request.seed() != null) {
            options = options.withSeed(request.seed());
        }
        LevelingResult result = ResourceLeveler.level(problem, options);

        List<Move> moves = new ArrayList<>();
        long leveledFinish = s.projectFinish();
        for (int i : leveled) {
            int no = taskNo[i];
            long start = calendar.addWorking(origin, (long) result.start(no) * MINUTES_PER_UNIT);
            long startNow = s.start(i);
            long delay = start > startNow ? calendar.workingBetween(startNow, start) : 0;
            long finish = delay > 0 ? calendar.addWorking(start, calendar.workingBetween(s.start(i), s.finish(i))) : s.finish(i);
            leveledFinish = Math.max(leveledFinish, finish);
            if (delay > 0) {
                // A start that lands on the end of a working day is shown as the next working day's start, as MS Project does.
                moves.add(new Move(plan.taskIds[i], plan.tasks.get(i).name(), Scheduling.at(startNow), Scheduling.at(calendar.nextWorkingStart(start)),
                        Scheduling.at(finish), delay));
            }
        }
        long slip = leveledFinish > s.projectFinish() ? calendar.workingBetween(s.projectFinish(), leveledFinish) : 0;
        return new Preview(projectId, request.mode(), request.limit(), Scheduling.at(s.projectFinish()), Scheduling.at(leveledFinish),
                slip, moves, result.overallocatedCount(), result.schedulesGenerated(), (System.nanoTime() - began) / 1_000_000);
    }

    /** Each task's leaf tasks: itself for a leaf, every descendant leaf for a summary (MS Project's link semantics). */
    private static Map<Long, List<Integer>> leavesOf(PlanNetwork plan) {
        Map<Long, List<Integer>> leaves = new HashMap<>();
        for (int i = 0; i < plan.taskIds.length; i++) {
            Task t = plan.tasks.get(i);
            if (t.summary()) {
                continue;
            }
            for (Task at = t; at != null; at = at.parentId() == null ? null : plan.tasks.get(plan.indexOf.get(at.parentId()))) {
                leaves.computeIfAbsent(at.id(), k -> new ArrayList<>()).add(i);
            }
        }
        return leaves;
    }

    private static int units(WorkCalendar calendar, long origin, long instant) {
        return instant <= origin ? 0 : (int) (calendar.workingBetween(origin, instant) / MINUTES_PER_UNIT);
    }

    /** Lags in leveling hours; elapsed lags count a day as the project's 8 working hours per 24. */
    private static int lagUnits(Dependency d, Task predecessor) {
        double minutes = switch (d.lag().unit()) {
            case WORKING_MINUTES -> d.lag().amount();
            case ELAPSED_MINUTES -> d.lag().amount() / 3.0;
            case PERCENT -> predecessor.durationMinutes() * d.lag().amount() / 100.0;
        };
        return (int) Math.round(minutes / MINUTES_PER_UNIT);
    }

    private static DependencyType type(org.bearing.plan.DependencyType t) {
        return switch (t) {
            case FS -> DependencyType.FINISH_TO_START;
            case SS -> DependencyType.START_TO_START;
            case FF -> DependencyType.FINISH_TO_FINISH;
            case SF -> DependencyType.START_TO_FINISH;
        };
    }
}
