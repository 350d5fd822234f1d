package org.bearing.interop;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bearing.plan.EarnedValueMethod;
import org.mpxj.ActivityType;
import org.mpxj.ConstraintType;
import org.mpxj.DayType;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarDays;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectCalendarWeek;
import org.mpxj.PercentCompleteType;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Relation;
import org.mpxj.RelationshipLagCalendar;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TaskType;
import org.mpxj.TimeUnit;
import org.mpxj.TotalSlackCalculationType;

/** Maps MPXJ's {@link ProjectFile} to Bearing's {@link ImportedSchedule}; the only place that knows both. */
final class ProjectFileMapper {
    static final int DEFAULT_MINUTES_PER_DAY = 480;
    static final int DEFAULT_MINUTES_PER_WEEK = 2400;

    private final ProjectFile project;
    private final ProjectProperties props;

    ProjectFileMapper(ProjectFile project) {
        this.project = project;
        this.props = project.getProjectProperties();
    }

    ImportedSchedule map(String source) {
        ScheduleFormat format = MpxjFiles.format(project);
        List<ImportedTask> tasks = new ArrayList<>();
        List<ImportedLink> links = new ArrayList<>();
        for (Task task : project.getTasks()) {
            if (!schedulable(task)) {
                continue;
            }
            tasks.add(task(task, format));
            for (Relation r : task.getPredecessors()) {
                if (r.getPredecessorTask() != null && schedulable(r.getPredecessorTask())) {
                    links.add(link(r));
                }
            }
        }
        List<ImportedCalendar> calendars = project.getCalendars().stream().map(this::calendar).toList();
        Map<Integer, TaskDates> stored = Map.of();
        String note = null;
        if (format == ScheduleFormat.OTHER) {
            note = application() + " stores only start, duration and finish, not early/late dates or slack";
        } else {
            stored = criticalPathValues(project);
            if (format == ScheduleFormat.PRIMAVERA) {
                stored = withoutWbsNodes(stored);
            }
            if (stored.values().stream().noneMatch(TaskDates::comparable)) {
                note = "the file stores no early/late dates and slack";
            }
        }
        ProjectCalendar defaultCalendar = project.getDefaultCalendar();
        return new ImportedSchedule(source, format, props.getFileType(), application(), props.getApplicationVersion(),
                props.getStartDate(), props.getStatusDate(),
                defaultCalendar == null ? null : id(defaultCalendar),
                minutesPerDay(), minutesPerWeek(),
                props.getCriticalSlackLimit() == null ? 0 : workingMinutes(props.getCriticalSlackLimit()),
                lagCalendar(props.getRelationshipLagCalendar()), floatRule(format),
                calendars, List.copyOf(tasks), List.copyOf(links), stored, note);
    }

    /** The whole schedule: the network of {@link #map} with resources, assignments and baselines. */
    ImportedSchedule mapWithResources(String source) {
        ProjectFileResources r = new ProjectFileResources(project, this);
        return map(source).with(r.resources(), r.assignments(), r.baselines());
    }

    /** The critical-path values currently held by a {@link ProjectFile}: as stored, or as an MPXJ scheduler set them. */
    static Map<Integer, TaskDates> criticalPathValues(ProjectFile project) {
        ProjectFileMapper mapper = new ProjectFileMapper(project);
        Map<Integer, TaskDates> values = new LinkedHashMap<>();
        for (Task task : project.getTasks()) {
            if (!schedulable(task)) {
                continue;
            }
            values.put(task.getUniqueID(), new TaskDates(task.getUniqueID(), task.getName(),
                    task.getEarlyStart(), task.getEarlyFinish(), task.getLateStart(), task.getLateFinish(),
                    mapper.slackMinutes(task.getTotalSlack()), mapper.slackMinutes(task.getFreeSlack()),
                    task.getEarlyStart() == null ? null : task.getCritical()));
        }
        return values;
    }

    /**
     * P6 files store critical-path values for activities only: a WBS node's dates, float and critical flag are rolled
     * up by MPXJ's reader, not computed by P6, so they are no oracle and are left out.
     */
    private Map<Integer, TaskDates> withoutWbsNodes(Map<Integer, TaskDates> stored) {
        Map<Integer, TaskDates> activities = new LinkedHashMap<>(stored);
        for (Task task : project.getTasks()) {
            if (task.getSummary() && task.getActivityType() == null) {
                activities.remove(task.getUniqueID());
            }
        }
        return activities;
    }

    /** Tasks that take part in scheduling: not blank rows, not MS Project's project summary (unique id 0). */
    static boolean schedulable(Task task) {
        return task.getUniqueID() != null && !task.getNull() && !task.getExternalTask()
                && !(task.getUniqueID() == 0 && task.getParentTask() == null && task.getOutlineLevel() != null
                && task.getOutlineLevel() == 0);
    }

    private String application() {
        String name = props.getShortApplicationName();
        if (name == null) {
            name = props.getFullApplicationName();
        }
        return name != null ? name : props.getFileApplication() != null ? props.getFileApplication() : "unknown";
    }

    private ImportedTask task(Task task, ScheduleFormat format) {
        Duration duration = task.getDuration();
        boolean elapsed = duration != null && elapsed(duration.getUnits());
        long durationMinutes = duration == null ? 0 : minutes(duration);
        Duration remaining = task.getRemainingDuration();
        List<ImportedTask.Assignment> assignments = new ArrayList<>();
        for (ResourceAssignment assignment : task.getResourceAssignments()) {
            Resource resource = assignment.getResource();
            if (resource != null && resource.getType() == ResourceType.WORK) {
                Duration work = assignment.getWork();
                Number units = assignment.getUnits();
                assignments.add(new ImportedTask.Assignment(
                        resource.getCalendar() == null ? null : id(resource.getCalendar()),
                        work == null ? 0 : minutes(work), units == null ? 100 : units.doubleValue()));
            }
        }
        Number percent = task.getPercentageComplete();
        Task parent = task.getParentTask();
        return new ImportedTask(task.getUniqueID(), task.getID(), task.getName(),
                parent == null || !schedulable(parent) ? null : parent.getUniqueID(), task.getWBS(),
                kind(task, format), task.getActive(), task.getTaskMode() == TaskMode.MANUALLY_SCHEDULED,
                task.getDurationText() != null || task.getStartText() != null || task.getFinishText() != null,
                durationMinutes, elapsed, remaining == null ? null : minutes(remaining),
                task.getCalendar() == null ? null : id(task.getCalendar()), List.copyOf(assignments),
                task.getIgnoreResourceCalendar(), task.getType() == TaskType.FIXED_DURATION,
                constraint(task.getConstraintType()), task.getConstraintDate(),
                task.getSecondaryConstraintType() == null ? null : constraint(task.getSecondaryConstraintType()),
                task.getSecondaryConstraintDate(),
                task.getDeadline(), task.getActualStart(), task.getActualFinish(),
                percent == null ? 0 : percent.doubleValue(), task.getStart(), task.getFinish(),
                task.getNotes() == null || task.getNotes().isBlank() ? null : task.getNotes().strip(),
                task.getFixedCost() == null ? 0 : task.getFixedCost().doubleValue(), evMethod(task, format),
                task.getPhysicalPercentComplete() == null ? null : task.getPhysicalPercentComplete().doubleValue());
    }

    /**
     * How the task earns value, as the file states it: P6's percent complete type (Physical, or another measure of
     * progress, which earns by % complete), MS Project's per-task "Earned Value Method"; null when it says nothing.
     */
    private static EarnedValueMethod evMethod(Task task, ScheduleFormat format) {
        if (format == ScheduleFormat.PRIMAVERA) {
            PercentCompleteType type = task.getPercentCompleteType();
            return type == null ? null : type == PercentCompleteType.PHYSICAL ? EarnedValueMethod.PHYSICAL_PERCENT
                    : EarnedValueMethod.PERCENT_COMPLETE;
        }
        org.mpxj.EarnedValueMethod method = task.getEarnedValueMethod();
        return method == null ? null : method == org.mpxj.EarnedValueMethod.PHYSICAL_PERCENT_COMPLETE
                ? EarnedValueMethod.PHYSICAL_PERCENT : EarnedValueMethod.PERCENT_COMPLETE;
    }

    private static ImportedTask.Kind kind(Task task, ScheduleFormat format) {
        ActivityType type = task.getActivityType();
        if (format == ScheduleFormat.PRIMAVERA && type != null) {
            switch (type) {
                case WBS_SUMMARY: return ImportedTask.Kind.WBS_SUMMARY;
                case LEVEL_OF_EFFORT: case HAMMOCK: return ImportedTask.Kind.LEVEL_OF_EFFORT;
                case START_MILESTONE: case START_FLAG: return ImportedTask.Kind.START_MILESTONE;
                case FINISH_MILESTONE: case FINISH_FLAG: return ImportedTask.Kind.FINISH_MILESTONE;
                default: return task.getSummary() ? ImportedTask.Kind.SUMMARY : ImportedTask.Kind.TASK;
            }
        }
        if (task.getSummary()) {
            return ImportedTask.Kind.SUMMARY;
        }
        return task.getMilestone() ? ImportedTask.Kind.MILESTONE : ImportedTask.Kind.TASK;
    }

    private ImportedLink link(Relation r) {
        ImportedLink.Type type = switch (r.getType() == null ? org.mpxj.RelationType.FINISH_START : r.getType()) {
            case START_START -> ImportedLink.Type.SS;
            case FINISH_FINISH -> ImportedLink.Type.FF;
            case START_FINISH -> ImportedLink.Type.SF;
            default -> ImportedLink.Type.FS;
        };
        Duration lag = r.getLag();
        if (lag == null || lag.getDuration() == 0) {
            return new ImportedLink(r.getPredecessorTask().getUniqueID(), r.getSuccessorTask().getUniqueID(), type,
                    0, ImportedLink.LagKind.WORKING, 0);
        }
        TimeUnit units = lag.getUnits();
        if (units == TimeUnit.PERCENT || units == TimeUnit.ELAPSED_PERCENT) {
            return new ImportedLink(r.getPredecessorTask().getUniqueID(), r.getSuccessorTask().getUniqueID(), type,
                    0, ImportedLink.LagKind.PERCENT, lag.getDuration());
        }
        return new ImportedLink(r.getPredecessorTask().getUniqueID(), r.getSuccessorTask().getUniqueID(), type,
                minutes(lag), elapsed(units) ? ImportedLink.LagKind.ELAPSED : ImportedLink.LagKind.WORKING, 0);
    }

    private ImportedCalendar calendar(ProjectCalendar calendar) {
        List<ImportedCalendar.WorkWeek> weeks = new ArrayList<>();
        for (ProjectCalendarWeek week : calendar.getWorkWeeks()) {
            if (week.getDateRange() != null) {
                weeks.add(new ImportedCalendar.WorkWeek(week.getDateRange().getStart(), week.getDateRange().getEnd(),
                        days(week)));
            }
        }
        List<ImportedCalendar.Exception> exceptions = new ArrayList<>();
        for (ProjectCalendarException exception : calendar.getExpandedCalendarExceptions()) {
            exceptions.add(new ImportedCalendar.Exception(exception.getFromDate(), exception.getToDate(),
                    ranges(exception)));
        }
        return new ImportedCalendar(id(calendar), calendar.getName(),
                calendar.getParent() == null ? null : id(calendar.getParent()),
                days(calendar), List.copyOf(weeks), List.copyOf(exceptions),
                calendar.getMinutesPerDay(), calendar.getMinutesPerWeek());
    }

    private static Map<DayOfWeek, List<ImportedCalendar.WorkingTime>> days(ProjectCalendarDays days) {
        Map<DayOfWeek, List<ImportedCalendar.WorkingTime>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            DayType type = days.getCalendarDayType(day);
            if (type == DayType.NON_WORKING) {
                week.put(day, List.of());
            } else if (type == DayType.WORKING) {
                week.put(day, ranges(days.getCalendarHours(day)));
            }
        }
        return week;
    }

    private static List<ImportedCalendar.WorkingTime> ranges(ProjectCalendarHours hours) {
        if (hours == null) {
            return List.of();
        }
        List<ImportedCalendar.WorkingTime> ranges = new ArrayList<>();
        for (LocalTimeRange range : hours) {
            if (range != null && range.getStart() != null && range.getEnd() != null
                    && !range.getStart().equals(range.getEnd())) {
                ranges.add(new ImportedCalendar.WorkingTime(range.getStart(), range.getEnd()));
            } else if (range != null && range.getStart() != null && range.getStart().equals(range.getEnd())
                    && range.getDurationAsMilliseconds() > 0) {
                ranges.add(new ImportedCalendar.WorkingTime(range.getStart(), range.getEnd()));
            }
        }
        return List.copyOf(ranges);
    }

    private static ImportedTask.Constraint constraint(ConstraintType type) {
        if (type == null) {
            return ImportedTask.Constraint.AS_SOON_AS_POSSIBLE;
        }
        return ImportedTask.Constraint.valueOf(type.name());
    }

    private ImportedSchedule.FloatRule floatRule(ScheduleFormat format) {
        TotalSlackCalculationType type = props.getTotalSlackCalculationType();
        if (format != ScheduleFormat.PRIMAVERA || type == null) {
            return ImportedSchedule.FloatRule.SMALLEST;
        }
        return switch (type) {
            case START_SLACK -> ImportedSchedule.FloatRule.START;
            case FINISH_SLACK -> ImportedSchedule.FloatRule.FINISH;
            default -> ImportedSchedule.FloatRule.SMALLEST;
        };
    }

    private static ImportedSchedule.LagCalendar lagCalendar(RelationshipLagCalendar calendar) {
        if (calendar == null) {
            return ImportedSchedule.LagCalendar.PREDECESSOR;
        }
        return ImportedSchedule.LagCalendar.valueOf(calendar.name());
    }

    static String id(ProjectCalendar calendar) {
        return String.valueOf(calendar.getUniqueID());
    }

    private int minutesPerDay() {
        Integer m = props.getMinutesPerDay();
        return m == null || m <= 0 ? DEFAULT_MINUTES_PER_DAY : m;
    }

    private int minutesPerWeek() {
        Integer m = props.getMinutesPerWeek();
        return m == null || m <= 0 ? DEFAULT_MINUTES_PER_WEEK : m;
    }

    private Long slackMinutes(Duration slack) {
        return slack == null ? null : minutes(slack);
    }

    /** Minutes of a duration: elapsed units on the clock, working units through the file's minutes per day/week. */
    long minutes(Duration d) {
        return elapsed(d.getUnits()) ? elapsedMinutes(d) : workingMinutes(d);
    }

    private long workingMinutes(Duration d) {
        if (d.getUnits() == TimeUnit.MINUTES) {
            return Math.round(d.getDuration());
        }
        return Math.round(d.convertUnits(TimeUnit.MINUTES, props).getDuration());
    }

    private static long elapsedMinutes(Duration d) {
        double factor = switch (d.getUnits()) {
            case ELAPSED_MINUTES -> 1;
            case ELAPSED_HOURS -> 60;
            case ELAPSED_DAYS -> 24 * 60;
            case ELAPSED_WEEKS -> 7 * 24 * 60;
            case ELAPSED_MONTHS -> 30 * 24 * 60;
            case ELAPSED_YEARS -> 365 * 24 * 60;
            default -> throw new IllegalArgumentException("not elapsed: " + d.getUnits());
        };
        return Math.round(d.getDuration() * factor);
    }

    static boolean elapsed(TimeUnit units) {
        return switch (units) {
            case ELAPSED_MINUTES, ELAPSED_HOURS, ELAPSED_DAYS, ELAPSED_WEEKS, ELAPSED_MONTHS, ELAPSED_YEARS -> true;
            default -> false;
        };
    }
}
