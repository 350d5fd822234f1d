package org.bearing.interop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bearing.engine.calendar.CalendarException;
import org.bearing.engine.calendar.DurationUnits;
import org.bearing.engine.calendar.WorkCalendar;
import org.bearing.engine.calendar.WorkingHours;
import org.bearing.engine.schedule.ConstraintType;
import org.bearing.engine.schedule.Lag;
import org.bearing.engine.schedule.LagCalendar;
import org.bearing.engine.schedule.LinkType;
import org.bearing.engine.schedule.NetworkBuilder;
import org.bearing.engine.schedule.ProgressPolicy;
import org.bearing.engine.schedule.ScheduleNetwork;
import org.bearing.engine.schedule.TotalFloatRule;

/**
 * Maps an {@link ImportedSchedule} into the engine's {@link NetworkBuilder}: calendars with inheritance, work weeks
 * and exceptions; tasks under their summaries with durations, calendars, constraints, deadlines and progress; links
 * with working, elapsed or percent lags; and the scheduling rules of the tool that saved the file.
 */
public final class EngineNetworkMapper {

    /**
     * The engine network and, for each engine task index, the unique id of the file's task and whether MS Project
     * never marks it critical (a manually scheduled task with a duration, start or finish typed as text).
     */
    public record Mapped(ScheduleNetwork network, int[] uniqueIds, boolean[] neverCritical) { }

    private EngineNetworkMapper() {
    }

    /**
     * @throws IllegalArgumentException when the schedule refers to an unknown task or calendar
     */
    public static Mapped map(ImportedSchedule s) {
        Map<String, WorkCalendar> calendars = calendars(s.calendars());
        WorkCalendar projectCalendar = s.defaultCalendarId() == null ? null : calendars.get(s.defaultCalendarId());
        boolean p6 = s.format() == ScheduleFormat.PRIMAVERA;
        NetworkBuilder b = ScheduleNetwork.builder();
        if (p6) {
            b.primaveraRules().lagCalendar(lagCalendar(s.lagCalendar()));
        } else {
            // No version rule for late finishes at the next working start: in the corpus only manually scheduled
            // tasks keep them (the same project saved by Project 2010 as auto-scheduled MSPDI snaps back, saved
            // with manual tasks it does not), which NetworkBuilder.manual carries per task.
            b.msProjectRules().progressPolicy(ProgressPolicy.PROGRESS_OVERRIDE);
        }
        b.projectStart(s.projectStart() != null ? s.projectStart() : firstStart(s))
                .durationUnits(new DurationUnits(s.minutesPerDay(), s.minutesPerWeek(), 20))
                .criticalFloat(s.criticalSlackLimitMinutes())
                .totalFloatRule(TotalFloatRule.valueOf(s.totalFloatRule().name()));
        if (projectCalendar != null) {
            b.projectCalendar(projectCalendar);
        }
        if (s.statusDate() != null && p6) {
            b.statusDate(s.statusDate());
        }
        Map<Integer, Integer> index = new HashMap<>();
        int[] uniqueIds = new int[s.tasks().size()];
        boolean[] neverCritical = new boolean[s.tasks().size()];
        for (ImportedTask t : s.tasks()) {
            int i = t.kind() == ImportedTask.Kind.MILESTONE || t.kind() == ImportedTask.Kind.START_MILESTONE
                    || t.kind() == ImportedTask.Kind.FINISH_MILESTONE
                    ? b.addMilestone(t.name() == null ? "" : t.name())
                    : b.addTask(t.name() == null ? "" : t.name(), t.summary() ? 0 : plannedMinutes(t, p6));
            if (p6 && t.kind() == ImportedTask.Kind.START_MILESTONE) {
                b.startMilestone(i);
            }
            index.put(t.uniqueId(), i);
            uniqueIds[i] = t.uniqueId();
            neverCritical[i] = !p6 && t.manual() && t.textDates();
        }
        for (ImportedTask t : s.tasks()) {
            int i = index.get(t.uniqueId());
            if (t.parentUniqueId() != null && index.containsKey(t.parentUniqueId())) {
                b.parent(i, index.get(t.parentUniqueId()));
            }
            // An elapsed duration ("3 edays") is working time on a calendar where every minute works.
            WorkCalendar calendar = t.elapsedDuration() ? WorkCalendar.twentyFourHour() : taskCalendar(t, calendars, p6);
            if (calendar != null) {
                b.calendar(i, calendar);
            }
            if (t.summary()) {
                continue;
            }
            if (resourceDriven(t, p6)) {
                scheduleAssignments(b, i, t, calendars);
            }
            if (!p6 && t.manual()) {
                b.manual(i);
            }
            if (!p6 && t.manual() && t.start() != null) {
                // Links do not move a manually scheduled task earlier than where the user put it.
                b.constraint(i, ConstraintType.START_NO_EARLIER_THAN, t.start());
                continue;
            }
            ConstraintType constraint = constraint(t.constraint(), p6);
            if (constraint != ConstraintType.AS_SOON_AS_POSSIBLE && (!constraint.hasDate() || t.constraintDate() != null)) {
                b.constraint(i, constraint, constraint.hasDate() ? t.constraintDate() : null);
            }
            if (t.deadline() != null) {
                b.deadline(i, t.deadline());
            }
            if (t.actualStart() != null) {
                b.actualStart(i, t.actualStart());
                if (t.actualFinish() != null) {
                    b.actualFinish(i, t.actualFinish());
                } else {
                    b.percentComplete(i, t.percentComplete());
                    if (t.remainingMinutes() != null) {
                        b.remainingDuration(i, t.remainingMinutes());
                    }
                }
            }
        }
        for (ImportedLink l : s.links()) {
            Integer p = index.get(l.predecessorUniqueId());
            Integer q = index.get(l.successorUniqueId());
            if (p == null || q == null) {
                throw new IllegalArgumentException("link " + l.predecessorUniqueId() + " -> "
                        + l.successorUniqueId() + " refers to a task that is not in the schedule");
            }
            b.link(p, q, linkType(l.type()), lag(l));
        }
        return new Mapped(b.build(), uniqueIds, neverCritical);
    }

    /**
     * An MS Project task with work resources that is not fixed-duration is resource-driven: each assignment lasts
     * work / units on its resource's calendar, the task runs from the earliest assignment start to the latest
     * assignment finish.
     */
    private static boolean resourceDriven(ImportedTask t, boolean p6) {
        return !p6 && !t.fixedDuration() && !t.ignoreResourceCalendar() && !t.manual() && !t.elapsedDuration()
                && t.actualStart() == null && t.kind() == ImportedTask.Kind.TASK && !t.assignments().isEmpty()
                && t.assignments().stream().allMatch(a -> a.workMinutes() > 0 && a.calendarId() != null);
    }

    /** Each work assignment drives the task's dates on its resource's calendar (the engine's assignment rule). */
    private static void scheduleAssignments(NetworkBuilder b, int task, ImportedTask t,
                                            Map<String, WorkCalendar> calendars) {
        for (ImportedTask.Assignment a : t.assignments()) {
            b.assignment(task, calendar(calendars, a.calendarId(), t), a.workMinutes(), a.unitsPercent());
        }
    }

    private static WorkCalendar calendar(Map<String, WorkCalendar> calendars, String id, ImportedTask t) {
        WorkCalendar calendar = calendars.get(id);
        if (calendar == null) {
            throw new IllegalArgumentException("task " + t.uniqueId() + " uses calendar " + id
                    + ", which the file does not define");
        }
        return calendar;
    }

    /**
     * The duration the engine schedules: P6 schedules the remaining duration of an activity that has not started
     * (it may differ from the original duration); MS Project schedules the duration.
     */
    private static long plannedMinutes(ImportedTask t, boolean p6) {
        if (p6 && t.actualStart() == null && t.remainingMinutes() != null) {
            return t.remainingMinutes();
        }
        return t.durationMinutes();
    }

    private static LocalDateTime firstStart(ImportedSchedule s) {
        return s.tasks().stream().map(ImportedTask::start).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalArgumentException("the schedule has no project start"));
    }

    private static WorkCalendar taskCalendar(ImportedTask t, Map<String, WorkCalendar> calendars, boolean p6) {
        String id = t.calendarId();
        if (id == null && !p6 && !t.ignoreResourceCalendar() && !t.resourceCalendarIds().isEmpty()) {
            id = t.resourceCalendarIds().get(0);
        }
        if (id == null) {
            return null;
        }
        WorkCalendar calendar = calendars.get(id);
        if (calendar == null) {
            throw new IllegalArgumentException("task " + t.uniqueId() + " uses calendar " + id
                    + ", which the file does not define");
        }
        return calendar;
    }

    /** Builds every calendar after its base calendar. */
    static Map<String, WorkCalendar> calendars(List<ImportedCalendar> list) {
        Map<String, ImportedCalendar> byId = new HashMap<>();
        list.forEach(c -> byId.put(c.id(), c));
        Map<String, WorkCalendar> built = new HashMap<>();
        for (ImportedCalendar c : list) {
            build(c, byId, built, 0);
        }
        return built;
    }

    private static WorkCalendar build(ImportedCalendar c, Map<String, ImportedCalendar> byId,
                                      Map<String, WorkCalendar> built, int depth) {
        WorkCalendar done = built.get(c.id());
        if (done != null) {
            return done;
        }
        if (depth > 32) {
            throw new IllegalArgumentException("calendar " + c.name() + " inherits from itself");
        }
        ImportedCalendar parent = c.parentId() == null ? null : byId.get(c.parentId());
        String name = c.name() == null ? "calendar " + c.id() : c.name();
        WorkCalendar.Builder b;
        if (parent != null) {
            b = WorkCalendar.derivedFrom(build(parent, byId, built, depth + 1), name);
        } else {
            b = WorkCalendar.builder(name);
            for (DayOfWeek d : DayOfWeek.values()) {
                b.day(d, WorkingHours.NONE);
            }
        }
        for (Map.Entry<DayOfWeek, List<ImportedCalendar.WorkingTime>> day : c.week().entrySet()) {
            b.day(day.getKey(), hours(day.getValue()));
        }
        for (ImportedCalendar.WorkWeek week : c.workWeeks()) {
            if (week.from() == null || week.to() == null) {
                continue;
            }
            for (LocalDate d = week.from(); !d.isAfter(week.to()); d = d.plusDays(1)) {
                List<ImportedCalendar.WorkingTime> times = week.days().get(d.getDayOfWeek());
                if (times != null) {
                    b.exception(new CalendarException(d, d, hours(times)));
                }
            }
        }
        for (ImportedCalendar.Exception e : c.exceptions()) {
            b.exception(new CalendarException(e.from(), e.to(), hours(e.working())));
        }
        WorkCalendar calendar = b.build();
        built.put(c.id(), calendar);
        return calendar;
    }

    static WorkingHours hours(List<ImportedCalendar.WorkingTime> times) {
        if (times.isEmpty()) {
            return WorkingHours.NONE;
        }
        LocalTime[] pairs = new LocalTime[times.size() * 2];
        for (int i = 0; i < times.size(); i++) {
            pairs[2 * i] = times.get(i).from();
            pairs[2 * i + 1] = times.get(i).to();
        }
        return WorkingHours.of(pairs);
    }

    private static ConstraintType constraint(ImportedTask.Constraint c, boolean p6) {
        if (c == null) {
            return ConstraintType.AS_SOON_AS_POSSIBLE;
        }
        if (p6 && c == ImportedTask.Constraint.MUST_START_ON) {
            return ConstraintType.MANDATORY_START;
        }
        if (p6 && c == ImportedTask.Constraint.MUST_FINISH_ON) {
            return ConstraintType.MANDATORY_FINISH;
        }
        return ConstraintType.valueOf(c.name());
    }

    private static LinkType linkType(ImportedLink.Type type) {
        return switch (type) {
            case SS -> LinkType.START_TO_START;
            case FF -> LinkType.FINISH_TO_FINISH;
            case SF -> LinkType.START_TO_FINISH;
            case FS -> LinkType.FINISH_TO_START;
        };
    }

    private static Lag lag(ImportedLink l) {
        return switch (l.lagKind()) {
            case WORKING -> l.lagMinutes() == 0 ? Lag.NONE : Lag.working(l.lagMinutes());
            case ELAPSED -> Lag.elapsed(l.lagMinutes());
            case PERCENT -> Lag.percent(l.lagPercent());
        };
    }

    private static LagCalendar lagCalendar(ImportedSchedule.LagCalendar c) {
        return switch (c) {
            case PREDECESSOR -> LagCalendar.PREDECESSOR;
            case SUCCESSOR -> LagCalendar.SUCCESSOR;
            case PROJECT_DEFAULT -> LagCalendar.PROJECT;
            case TWENTY_FOUR_HOUR -> LagCalendar.TWENTY_FOUR_HOUR;
        };
    }
}
