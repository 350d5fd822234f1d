package org.bearing.schedule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.engine.calendar.DurationUnits;
import org.bearing.engine.calendar.WorkCalendar;
import org.bearing.engine.calendar.WorkingHours;
import org.bearing.engine.schedule.ConstraintType;
import org.bearing.engine.schedule.Lag;
import org.bearing.engine.schedule.LinkType;
import org.bearing.engine.schedule.NetworkBuilder;
import org.bearing.engine.schedule.ScheduleNetwork;
import org.bearing.plan.CalendarDay;
import org.bearing.plan.CalendarException;
import org.bearing.plan.Dependency;
import org.bearing.plan.Project;
import org.bearing.plan.ProjectCalendar;
import org.bearing.plan.Task;
import org.bearing.plan.WorkingPeriod;

/**
 * A project's plan translated into the engine's network: tasks in outline order (so every summary precedes its
 * subtasks), calendars compiled with their inheritance, links with their lags. Keeps the mapping from engine task
 * index to plan task id.
 */
final class PlanNetwork {
    final ScheduleNetwork network;
    final long[] taskIds;
    final Map<Long, Integer> indexOf;
    final List<Task> tasks;

    private PlanNetwork(ScheduleNetwork network, long[] taskIds, Map<Long, Integer> indexOf, List<Task> tasks) {
        this.network = network;
        this.taskIds = taskIds;
        this.indexOf = indexOf;
        this.tasks = tasks;
    }

    static PlanNetwork of(Project project, List<Task> outline, List<Dependency> dependencies, List<ProjectCalendar> calendars,
                          Map<Long, Long> levelingDelays) {
        CompiledCalendars compiled = new CompiledCalendars(project, calendars);
        ProjectCalendar projectCalendar = compiled.definition(project.calendarId());

        NetworkBuilder b = ScheduleNetwork.builder()
                .projectStart(project.startDate().atStartOfDay())
                .projectCalendar(compiled.project());
        if (projectCalendar != null) {
            b.durationUnits(new DurationUnits(projectCalendar.minutesPerDay(), projectCalendar.minutesPerWeek(), projectCalendar.daysPerMonth()));
        }
        if (project.statusDate() != null) {
            // A status date means "progress is known up to the end of this day".
            b.statusDate(project.statusDate().plusDays(1).atStartOfDay());
        }
        long[] ids = new long[outline.size()];
        Map<Long, Integer> indexOf = new HashMap<>();
        for (Task t : outline) {
            Integer parent = t.parentId() == null ? null : indexOf.get(t.parentId());
            int i = t.milestone() ? b.addMilestone(t.name()) : parent == null
                    ? b.addTask(t.name(), t.durationMinutes()) : b.addTask(t.name(), t.durationMinutes(), parent);
            if (t.milestone() && parent != null) {
                b.parent(i, parent);
            }
            ids[i] = t.id();
            indexOf.put(t.id(), i);
            if (compiled.definition(t.calendarId()) != null) {
                b.calendar(i, compiled.orProject(t.calendarId()));
            }
            if (t.constraintType() != org.bearing.plan.ConstraintType.ASAP) {
                b.constraint(i, constraint(t.constraintType()), t.constraintDate());
            }
            Long delay = levelingDelays.get(t.id());
            if (delay != null && delay > 0 && t.actualStart() == null) {
                b.levelingDelay(i, delay);
            }
            if (t.deadline() != null) {
                b.deadline(i, t.deadline());
            }
            if (t.actualStart() != null) {
                b.actualStart(i, t.actualStart());
            }
            if (t.actualFinish() != null) {
                b.actualFinish(i, t.actualFinish());
            }
            if (t.percentComplete() != null && t.percentComplete().signum() > 0) {
                b.percentComplete(i, t.percentComplete().doubleValue());
            }
            if (t.remainingDurationMinutes() != null && t.actualStart() != null) {
                b.remainingDuration(i, t.remainingDurationMinutes());
            }
        }
        for (Dependency d : dependencies) {
            Integer p = indexOf.get(d.predecessorId());
            Integer s = indexOf.get(d.successorId());
            if (p != null && s != null) {
                b.link(p, s, linkType(d.type()), lag(d.lag()));
            }
        }
        return new PlanNetwork(b.build(), ids, indexOf, outline);
    }

    static WorkCalendar compile(ProjectCalendar c, Map<Long, ProjectCalendar> all, Map<Long, WorkCalendar> compiled) {
        WorkCalendar done = compiled.get(c.id());
        if (done != null) {
            return done;
        }
        ProjectCalendar base = c.baseCalendarId() == null ? null : all.get(c.baseCalendarId());
        WorkCalendar.Builder b = base == null ? WorkCalendar.builder(c.name()) : WorkCalendar.derivedFrom(compile(base, all, compiled), c.name());
        for (CalendarDay day : c.week()) {
            switch (day.mode()) {
                case INHERIT -> {
                    if (base != null) {
                        b.defaultDay(day.dayOfWeek());
                    } else {
                        b.day(day.dayOfWeek(), WorkingHours.NONE);
                    }
                }
                case WORKING -> b.day(day.dayOfWeek(), hours(day.periods()));
                case NONWORKING -> b.day(day.dayOfWeek(), WorkingHours.NONE);
            }
        }
        for (CalendarException e : c.exceptions()) {
            b.exception(e.from(), e.to(), e.working() ? hours(e.periods()) : WorkingHours.NONE);
        }
        WorkCalendar built = b.build();
        compiled.put(c.id(), built);
        return built;
    }

    private static WorkingHours hours(List<WorkingPeriod> periods) {
        int[] pairs = new int[periods.size() * 2];
        for (int i = 0; i < periods.size(); i++) {
            pairs[2 * i] = periods.get(i).fromMinute();
            pairs[2 * i + 1] = periods.get(i).toMinute();
        }
        return WorkingHours.of(pairs);
    }

    static LinkType linkType(org.bearing.plan.DependencyType type) {
        return switch (type) {
            case FS -> LinkType.FINISH_TO_START;
            case SS -> LinkType.START_TO_START;
            case FF -> LinkType.FINISH_TO_FINISH;
            case SF -> LinkType.START_TO_FINISH;
        };
    }

    static Lag lag(org.bearing.plan.Lag lag) {
        return switch (lag.unit()) {
            case WORKING_MINUTES -> Lag.working(lag.amount());
            case ELAPSED_MINUTES -> Lag.elapsed(lag.amount());
            case PERCENT -> Lag.percent(lag.amount());
        };
    }

    static ConstraintType constraint(org.bearing.plan.ConstraintType type) {
        return switch (type) {
            case ASAP -> ConstraintType.AS_SOON_AS_POSSIBLE;
            case ALAP -> ConstraintType.AS_LATE_AS_POSSIBLE;
            case SNET -> ConstraintType.START_NO_EARLIER_THAN;
            case SNLT -> ConstraintType.START_NO_LATER_THAN;
            case FNET -> ConstraintType.FINISH_NO_EARLIER_THAN;
            case FNLT -> ConstraintType.FINISH_NO_LATER_THAN;
            case MSO -> ConstraintType.MUST_START_ON;
            case MFO -> ConstraintType.MUST_FINISH_ON;
            case START_ON -> ConstraintType.START_ON;
            case FINISH_ON -> ConstraintType.FINISH_ON;
            case MANDATORY_START -> ConstraintType.MANDATORY_START;
            case MANDATORY_FINISH -> ConstraintType.MANDATORY_FINISH;
        };
    }

}
