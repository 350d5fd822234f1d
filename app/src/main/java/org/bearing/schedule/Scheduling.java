package org.bearing.schedule;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.schedule.CriticalPathScheduler;
import org.bearing.engine.schedule.Driver;
import org.bearing.engine.schedule.FloatExplanation;
import org.bearing.engine.schedule.Schedule;
import org.bearing.engine.schedule.ScheduleCycleException;
import org.bearing.engine.schedule.ScheduleWarning;
import org.bearing.plan.Calendars;
import org.bearing.plan.Dependencies;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.plan.Task;
import org.bearing.plan.Tasks;
import org.bearing.platform.NotFoundException;
import org.bearing.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a project's schedule with the engine's critical-path scheduler. The whole project is rescheduled each
 * time: on plain arrays the engine does 10,000 tasks in milliseconds, so there is no stale partial state to manage.
 */
@Service
@Transactional(readOnly = true)
public class Scheduling {
    private final Projects projects;
    private final Tasks tasks;
    private final Dependencies dependencies;
    private final Calendars calendars;
    private final LevelingDelays levelingDelays;
    private final CriticalPathScheduler scheduler = new CriticalPathScheduler();

    Scheduling(Projects projects, Tasks tasks, Dependencies dependencies, Calendars calendars, LevelingDelays levelingDelays) {
        this.projects = projects;
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.calendars = calendars;
        this.levelingDelays = levelingDelays;
    }

    /** A computed schedule together with the network it came from, for callers that need both. */
    record Computed(PlanNetwork plan, Schedule schedule) {
    }

    public ProjectSchedule schedule(long projectId) {
        Computed c = compute(projectId);
        Schedule s = c.schedule();
        PlanNetwork p = c.plan();
        List<ScheduledTask> rows = new ArrayList<>(p.taskIds.length);
        for (int i = 0; i < p.taskIds.length; i++) {
            Task t = p.tasks.get(i);
            rows.add(new ScheduledTask(p.taskIds[i], t.name(), level(p, t), t.summary(), t.milestone(),
                    t.percentComplete() == null ? 0 : t.percentComplete().doubleValue(), at(s.start(i)), at(s.finish(i)),
                    at(s.earlyStart(i)), at(s.earlyFinish(i)), at(s.lateStart(i)), at(s.lateFinish(i)), s.totalFloat(i),
                    s.freeFloat(i), s.isCritical(i)));
        }
        List<ProjectSchedule.Warning> warnings = new ArrayList<>();
        for (ScheduleWarning w : s.warnings()) {
            warnings.add(new ProjectSchedule.Warning(w.kind().name(), w.task() < 0 ? null : p.taskIds[w.task()], w.taskName(), w.message()));
        }
        return new ProjectSchedule(projectId, at(s.projectStart()), at(s.projectFinish()), rows,
                ids(p, s.criticalTasks()), ids(p, s.longestPath()), warnings);
    }

    public TaskDrivers drivers(long projectId, long taskId) {
        Computed c = compute(projectId);
        Integer i = c.plan().indexOf.get(taskId);
        if (i == null) {
            throw new NotFoundException("Task", taskId + " in project " + projectId);
        }
        Schedule s = c.schedule();
        PlanNetwork p = c.plan();
        List<TaskDrivers.Driver> drivers = new ArrayList<>();
        for (Driver d : s.drivers(i)) {
            Long predecessor = d.predecessor() < 0 ? null : p.taskIds[d.predecessor()];
            drivers.add(new TaskDrivers.Driver(d.kind().name(), predecessor, d.predecessorName(),
                    d.linkType() == null ? null : d.linkType().code(), at(d.date()), Explanations.driver(d)));
        }
        FloatExplanation f = s.explainFloat(i);
        TaskDrivers.FloatReason reason = new TaskDrivers.FloatReason(f.totalFloat(), f.freeFloat(), f.critical(),
                f.limit() == null ? null : f.limit().name(), f.successor() < 0 ? null : p.taskIds[f.successor()], f.successorName(),
                at(f.lateFinish()), Explanations.floatReason(f));
        String name = p.tasks.get(i).name();
        return new TaskDrivers(taskId, name, at(s.earlyStart(i)), drivers, reason, Explanations.summary(name, at(s.earlyStart(i)), drivers, reason));
    }

    Computed compute(long projectId) {
        Project project = projects.get(projectId);
        List<Task> outline = tasks.all(projectId);
        PlanNetwork plan = PlanNetwork.of(project, outline, dependencies.all(projectId), calendars.visibleTo(projectId),
                levelingDelays.of(projectId));
        try {
            return new Computed(plan, scheduler.schedule(plan.network));
        } catch (ScheduleCycleException e) {
            // The plan refuses cycles on write; a cycle here means data written around the API (an import, say).
            throw new RuleViolationException("dependency-cycle", null,
                    "The project's dependencies form a cycle: " + String.join(" → ", e.cycle()), Map.of("cycle", e.cycle()));
        }
    }

    /** The project's engine network with the plan task id of each task index, for Monte Carlo simulation. */
    public PlannedNetwork plannedNetwork(long projectId) {
        Computed c = compute(projectId);
        return new PlannedNetwork(c.plan().network, java.util.Arrays.stream(c.plan().taskIds).boxed().toList());
    }

    /** The project's working calendar compiled for the engine (its base calendars and exceptions included). */
    public org.bearing.engine.calendar.WorkCalendar projectCalendar(long projectId) {
        return new CompiledCalendars(projects.get(projectId), calendars.visibleTo(projectId)).project();
    }

    /** One calendar compiled for the engine with its base calendars and exceptions, exactly as the scheduler uses it. */
    public org.bearing.engine.calendar.WorkCalendar calendar(long calendarId) {
        org.bearing.plan.ProjectCalendar c = calendars.get(calendarId);
        Map<Long, org.bearing.plan.ProjectCalendar> byId = new HashMap<>();
        calendars.all().forEach(k -> byId.put(k.id(), k));
        return PlanNetwork.compile(c, byId, new HashMap<>());
    }

    /**
     * Reschedules the project now and records every task's scheduled start and finish on the plan, inside the
     * caller's transaction. Plan changes do this by themselves when they commit; call it to read current dates
     * before then (the demo captures a baseline in the same transaction that builds the plan).
     */
    @Transactional
    public void reschedule(long projectId) {
        Computed c = compute(projectId);
        tasks.recordSchedule(c.plan().tasks, plannedDates(c));
    }

    /** The scheduled start and finish of every task, keyed by task id, to be recorded on the plan. */
    Map<Long, Tasks.ScheduledDates> plannedDates(long projectId) {
        return plannedDates(compute(projectId));
    }

    private static Map<Long, Tasks.ScheduledDates> plannedDates(Computed c) {
        Map<Long, Tasks.ScheduledDates> dates = new HashMap<>();
        for (int i = 0; i < c.plan().taskIds.length; i++) {
            dates.put(c.plan().taskIds[i], new Tasks.ScheduledDates(at(c.schedule().start(i)), at(c.schedule().finish(i))));
        }
        return dates;
    }

    private static int level(PlanNetwork p, Task t) {
        int level = 1;
        for (Long parent = t.parentId(); parent != null && level < 100; level++) {
            parent = p.tasks.get(p.indexOf.get(parent)).parentId();
        }
        return level;
    }

    private static List<Long> ids(PlanNetwork p, List<Integer> indexes) {
        return indexes.stream().map(i -> p.taskIds[i]).toList();
    }

    static LocalDateTime at(long minutes) {
        return minutes == org.bearing.engine.schedule.NetworkBuilder.NONE ? null : WallClock.dateTime(minutes);
    }
}
