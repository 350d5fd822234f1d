package org.bearing.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.plan.Assignment;
import org.bearing.plan.Baseline;
import org.bearing.plan.BaselineTask;
import org.bearing.plan.CalendarDay;
import org.bearing.plan.CalendarException;
import org.bearing.plan.Dependency;
import org.bearing.plan.LagUnit;
import org.bearing.plan.ProjectCalendar;
import org.bearing.plan.Resource;
import org.bearing.plan.WorkingPeriod;
import org.bearing.schedule.ScheduledTask;
import org.mpxj.Availability;
import org.mpxj.ConstraintType;
import org.mpxj.CostRateTable;
import org.mpxj.CostRateTableEntry;
import org.mpxj.DayType;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.Priority;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Rate;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceField;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.common.LocalDateTimeHelper;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.primavera.PrimaveraPMFileWriter;
import org.mpxj.primavera.PrimaveraXERFileWriter;

/**
 * Maps an {@link ExportedPlan} to MPXJ's {@link ProjectFile} and writes it with MPXJ's MSPDI, XER or PMXML writer: the
 * counterpart of {@link ProjectFileMapper}, and like it the only place here that knows MPXJ. Durations, work and
 * lags are written in working minutes; dates, floats and the critical flag come from Bearing's schedule.
 */
final class ProjectFileWriter {
    private final ExportedPlan plan;
    private final ProjectFile file = new ProjectFile();
    private final Map<Long, org.mpxj.ProjectCalendar> calendars = new HashMap<>();
    private final Map<Long, Task> tasks = new HashMap<>();
    private final Map<Long, org.mpxj.Resource> resources = new HashMap<>();

    private ProjectFileWriter(ExportedPlan plan) {
        this.plan = plan;
    }

    static void write(ExportedPlan plan, ExportFormat format, OutputStream out) throws IOException {
        ProjectFile file = new ProjectFileWriter(plan).build();
        switch (format) {
            case MSPDI -> new MSPDIWriter().write(file, out);
            case XER -> new PrimaveraXERFileWriter().write(file, out);
            case PMXML -> {
                PrimaveraPMFileWriter writer = new PrimaveraPMFileWriter();
                writer.setWriteBaselines(true);
                writer.write(file, out);
            }
            default -> throw new IllegalArgumentException(format + " is not written through MPXJ");
        }
    }

    /** The plan as a {@link ProjectFile}; for writers and tests. */
    static ProjectFile toProjectFile(ExportedPlan plan) {
        return new ProjectFileWriter(plan).build();
    }

    private ProjectFile build() {
        file.getProjectConfig().setAutoTaskUniqueID(false);
        file.getProjectConfig().setAutoResourceUniqueID(false);
        file.getProjectConfig().setAutoCalendarUniqueID(false);
        ProjectCalendar defaultCalendar = plan.defaultCalendar();
        ProjectProperties props = file.getProjectProperties();
        props.setProjectTitle(plan.project().name());
        props.setName(plan.project().code());
        props.setCurrencyCode(plan.project().currency());
        props.setStartDate(plan.project().startDate().atStartOfDay().plusHours(8));
        if (plan.schedule() != null && plan.schedule().projectStart() != null) {
            props.setStartDate(plan.schedule().projectStart());
            props.setFinishDate(plan.schedule().projectFinish());
        }
        if (plan.project().statusDate() != null) {
            props.setStatusDate(plan.project().statusDate().atTime(17, 0));
        }
        if (defaultCalendar != null) {
            props.setMinutesPerDay(defaultCalendar.minutesPerDay());
            props.setMinutesPerWeek(defaultCalendar.minutesPerWeek());
            props.setDaysPerMonth(defaultCalendar.daysPerMonth());
        }
        for (ProjectCalendar c : used(defaultCalendar)) {
            calendar(c);
        }
        if (defaultCalendar != null) {
            file.setDefaultCalendar(calendars.get(defaultCalendar.id()));
        }
        Map<Long, ScheduledTask> scheduled = plan.scheduled();
        int uid = 1;
        for (org.bearing.plan.Task t : plan.tasks()) {
            Task parent = t.parentId() == null ? null : tasks.get(t.parentId());
            Task task = parent == null ? file.addTask() : parent.addTask();
            task.setUniqueID(uid);
            task.setID(uid++);
            task(task, t, scheduled.get(t.id()));
            tasks.put(t.id(), task);
        }
        for (org.bearing.plan.Task t : plan.tasks()) {
            if (t.summary()) {
                tasks.get(t.id()).setSummary(true);
            }
        }
        for (Dependency d : plan.dependencies()) {
            Task successor = tasks.get(d.successorId());
            Task predecessor = tasks.get(d.predecessorId());
            if (successor != null && predecessor != null) {
                successor.addPredecessor(new Relation.Builder().predecessorTask(predecessor).type(switch (d.type()) {
                    case SS -> RelationType.START_START;
                    case FF -> RelationType.FINISH_FINISH;
                    case SF -> RelationType.START_FINISH;
                    default -> RelationType.FINISH_START;
                }).lag(lag(d)));
            }
        }
        int rid = 1;
        for (Resource r : plan.resources()) {
            resource(r, rid++);
        }
        for (Assignment a : plan.assignments()) {
            assignment(a);
        }
        for (Baseline b : plan.baselines()) {
            for (BaselineTask row : b.tasks()) {
                Task task = tasks.get(row.taskId());
                if (task != null) {
                    baseline(task, b.number(), row);
                }
            }
        }
        return file;
    }

    /**
     * The project's own calendars and the base calendars it relies on (as its default, a parent, or a task's or
     * resource's calendar), bases first; shared base calendars nobody here uses are left out.
     */
    private List<ProjectCalendar> used(ProjectCalendar defaultCalendar) {
        Map<Long, ProjectCalendar> byId = new HashMap<>();
        plan.calendars().forEach(c -> byId.put(c.id(), c));
        java.util.Set<Long> wanted = new java.util.HashSet<>();
        plan.calendars().stream().filter(c -> c.projectId() != null).forEach(c -> wanted.add(c.id()));
        if (defaultCalendar != null) {
            wanted.add(defaultCalendar.id());
        }
        plan.tasks().stream().map(org.bearing.plan.Task::calendarId).filter(java.util.Objects::nonNull).forEach(wanted::add);
        plan.resources().stream().map(Resource::calendarId).filter(java.util.Objects::nonNull).forEach(wanted::add);
        java.util.LinkedHashMap<Long, ProjectCalendar> ordered = new java.util.LinkedHashMap<>();
        for (Long id : new java.util.TreeSet<>(wanted)) {
            addWithBases(byId.get(id), byId, ordered, 0);
        }
        return List.copyOf(ordered.values());
    }

    private static void addWithBases(ProjectCalendar c, Map<Long, ProjectCalendar> byId, Map<Long, ProjectCalendar> ordered, int depth) {
        if (c == null || ordered.containsKey(c.id()) || depth > 20) {
            return;
        }
        if (c.baseCalendarId() != null) {
            addWithBases(byId.get(c.baseCalendarId()), byId, ordered, depth + 1);
        }
        ordered.put(c.id(), c);
    }

    private void calendar(ProjectCalendar c) {
        org.mpxj.ProjectCalendar calendar = file.addCalendar();
        calendar.setUniqueID((int) c.id());
        calendar.setName(c.name());
        calendar.setCalendarMinutesPerDay(c.minutesPerDay());
        calendar.setCalendarMinutesPerWeek(c.minutesPerWeek());
        if (c.baseCalendarId() != null && calendars.containsKey(c.baseCalendarId())) {
            calendar.setParent(calendars.get(c.baseCalendarId()));
        }
        for (CalendarDay day : c.week()) {
            DayOfWeek d = day.dayOfWeek();
            switch (day.mode()) {
                case INHERIT -> calendar.setCalendarDayType(d, calendar.getParent() == null ? DayType.NON_WORKING : DayType.DEFAULT);
                case NONWORKING -> calendar.setCalendarDayType(d, DayType.NON_WORKING);
                case WORKING -> {
                    calendar.setCalendarDayType(d, DayType.WORKING);
                    ProjectCalendarHours hours = calendar.addCalendarHours(d);
                    day.periods().forEach(p -> hours.add(range(p)));
                }
            }
        }
        for (CalendarException e : c.exceptions()) {
            ProjectCalendarException exception = calendar.addCalendarException(e.from(), e.to());
            exception.setName(e.name());
            e.periods().forEach(p -> exception.add(range(p)));
        }
        calendars.put(c.id(), calendar);
    }

    private static LocalTimeRange range(WorkingPeriod p) {
        return new LocalTimeRange(time(p.fromMinute()), time(p.toMinute()));
    }

    private static LocalTime time(int minute) {
        return minute >= 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.of(minute / 60, minute % 60);
    }

    private void task(Task task, org.bearing.plan.Task t, ScheduledTask s) {
        task.setName(t.name());
        if (t.wbsCode() != null) {
            task.setWBS(t.wbsCode());
        } // else keep the outline code MPXJ derived from the parent: its children derive theirs from it (null fails)
        task.setNotes(t.notes());
        task.setPriority(Priority.getInstance(t.priority()));
        if (t.calendarId() != null) {
            task.setCalendar(calendars.get(t.calendarId()));
        }
        if (!t.summary()) {
            Duration duration = minutes(t.durationMinutes());
            task.setDuration(duration);
            task.setMilestone(t.milestone());
        }
        if (t.remainingDurationMinutes() != null) {
            task.setRemainingDuration(minutes(t.remainingDurationMinutes()));
        }
        if (t.fixedCost() != null && t.fixedCost().signum() != 0) {
            task.setFixedCost(t.fixedCost());
        }
        if (t.constraintType() != null && t.constraintType() != org.bearing.plan.ConstraintType.ASAP) {
            task.setConstraintType(switch (t.constraintType()) {
                case ALAP -> ConstraintType.AS_LATE_AS_POSSIBLE;
                case MSO -> ConstraintType.MUST_START_ON;
                case MFO -> ConstraintType.MUST_FINISH_ON;
                case SNET -> ConstraintType.START_NO_EARLIER_THAN;
                case SNLT -> ConstraintType.START_NO_LATER_THAN;
                case FNET -> ConstraintType.FINISH_NO_EARLIER_THAN;
                case FNLT -> ConstraintType.FINISH_NO_LATER_THAN;
                case START_ON -> ConstraintType.START_ON;
                case FINISH_ON -> ConstraintType.FINISH_ON;
                default -> ConstraintType.AS_SOON_AS_POSSIBLE;
            });
            task.setConstraintDate(t.constraintDate());
        }
        task.setDeadline(t.deadline());
        task.setPercentageComplete(t.percentComplete());
        earning(task, t);
        task.setActualStart(t.actualStart());
        task.setActualFinish(t.actualFinish());
        task.setStart(s != null && s.start() != null ? s.start() : t.plannedStart());
        task.setFinish(s != null && s.finish() != null ? s.finish() : t.plannedFinish());
        if (s != null) {
            task.setEarlyStart(s.earlyStart());
            task.setEarlyFinish(s.earlyFinish());
            task.setLateStart(s.lateStart());
            task.setLateFinish(s.lateFinish());
            task.setTotalSlack(minutes(s.totalFloatMinutes()));
            task.setFreeSlack(minutes(s.freeFloatMinutes()));
            task.setCritical(s.critical());
        }
    }

    /**
     * MS Project earns by % complete or physical % complete only. A task earned otherwise (0/100, 50/50, weighted
     * milestones) is written as physical % complete set to the fraction its method earns, so that MS Project computes
     * the same earned value from the file; its own method is not kept by the file.
     */
    private static void earning(Task task, org.bearing.plan.Task t) {
        double pct = t.percentComplete() == null ? 0 : t.percentComplete().doubleValue();
        boolean started = t.actualStart() != null || pct > 0;
        double physical = switch (t.evMethod()) {
            case PERCENT_COMPLETE, PHYSICAL_PERCENT -> t.physicalPercentComplete().doubleValue();
            case ZERO_HUNDRED -> pct >= 100 ? 100 : 0;
            case FIFTY_FIFTY -> pct >= 100 ? 100 : started ? 50 : 0;
            case WEIGHTED_MILESTONES -> Math.round(org.bearing.plan.EvMilestone.achievedFraction(t.evMilestones()) * 10_000) / 100.0;
        };
        task.setEarnedValueMethod(t.evMethod() == org.bearing.plan.EarnedValueMethod.PERCENT_COMPLETE
                ? org.mpxj.EarnedValueMethod.PERCENT_COMPLETE : org.mpxj.EarnedValueMethod.PHYSICAL_PERCENT_COMPLETE);
        task.setPhysicalPercentComplete(physical);
    }

    private void resource(Resource r, int uid) {
        org.mpxj.Resource resource = file.addResource();
        resource.setUniqueID(uid);
        resource.setID(uid);
        resource.setName(r.name());
        resource.setType(switch (r.type()) {
            case MATERIAL -> ResourceType.MATERIAL;
            case COST -> ResourceType.COST;
            default -> ResourceType.WORK;
        });
        resource.setInitials(r.initials());
        resource.setGroup(r.group());
        resource.setEmailAddress(r.email());
        if (r.materialLabel() != null) {
            resource.set(ResourceField.MATERIAL_LABEL, r.materialLabel());
        }
        if (r.maxUnits() != null) {
            resource.getAvailability().add(new Availability(LocalDateTimeHelper.START_DATE_NA, LocalDateTimeHelper.END_DATE_NA,
                    r.maxUnits().doubleValue() * 100));
        }
        // Material rates are per unit; MPXJ's writers need a time unit all the same, and the import reads it back as is.
        TimeUnit per = TimeUnit.HOURS;
        CostRateTable table = new CostRateTable();
        table.add(new CostRateTableEntry(LocalDateTimeHelper.START_DATE_NA, LocalDateTimeHelper.END_DATE_NA,
                r.costPerUse() == null ? 0 : r.costPerUse(),
                new Rate(r.standardRate() == null ? 0 : r.standardRate().doubleValue(), per),
                new Rate(r.overtimeRate() == null ? 0 : r.overtimeRate().doubleValue(), per)));
        resource.setCostRateTable(0, table);
        if (r.calendarId() != null && calendars.containsKey(r.calendarId())) {
            resource.setCalendar(calendars.get(r.calendarId()));
        }
        resources.put(r.id(), resource);
    }

    private void assignment(Assignment a) {
        Task task = tasks.get(a.taskId());
        org.mpxj.Resource resource = resources.get(a.resourceId());
        if (task == null || resource == null) {
            return;
        }
        ResourceAssignment assignment = task.addResourceAssignment(resource);
        assignment.setUnits(a.units().doubleValue() * 100);
        assignment.setWork(minutes(a.workMinutes()));
        assignment.setActualWork(minutes(a.actualWorkMinutes()));
        assignment.setRemainingWork(minutes(Math.max(0, a.workMinutes() - a.actualWorkMinutes())));
        assignment.setStart(task.getStart());
        assignment.setFinish(task.getFinish());
    }

    private static void baseline(Task task, int n, BaselineTask row) {
        if (n == 0) {
            task.setBaselineStart(row.start());
            task.setBaselineFinish(row.finish());
            task.setBaselineDuration(minutes(row.durationMinutes()));
            task.setBaselineWork(minutes(row.workMinutes()));
            task.setBaselineCost(row.cost());
        } else {
            task.setBaselineStart(n, row.start());
            task.setBaselineFinish(n, row.finish());
            task.setBaselineDuration(n, minutes(row.durationMinutes()));
            task.setBaselineWork(n, minutes(row.workMinutes()));
            task.setBaselineCost(n, row.cost());
        }
    }

    private Duration lag(Dependency d) {
        long amount = d.lag().amount();
        return d.lag().unit() == LagUnit.PERCENT ? Duration.getInstance((double) amount, TimeUnit.PERCENT)
                : d.lag().unit() == LagUnit.ELAPSED_MINUTES ? Duration.getInstance((double) amount, TimeUnit.ELAPSED_MINUTES)
                : minutes(amount);
    }

    private static Duration minutes(long minutes) {
        return Duration.getInstance((double) minutes, TimeUnit.MINUTES);
    }

}
