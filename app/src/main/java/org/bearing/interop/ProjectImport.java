package org.bearing.interop;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bearing.plan.CalendarDay;
import org.bearing.plan.CalendarDraft;
import org.bearing.plan.Calendars;
import org.bearing.plan.ConstraintType;
import org.bearing.plan.Dependencies;
import org.bearing.plan.DependencyDraft;
import org.bearing.plan.DependencyType;
import org.bearing.plan.LagUnit;
import org.bearing.plan.Project;
import org.bearing.plan.ProjectDraft;
import org.bearing.plan.Projects;
import org.bearing.plan.TaskDraft;
import org.bearing.plan.Tasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an MS Project, Primavera P6 or other schedule file as a new Bearing project: calendars with their
 * inheritance and exceptions, the WBS with summaries and milestones, durations, constraints, deadlines, progress and
 * the file's dates, and dependencies with their lags. The import is one transaction: a file that breaks a plan rule
 * (a dependency cycle, say) leaves nothing behind. Work weeks that change a calendar's week for a date range,
 * resources, assignments and baselines are not carried yet.
 */
@Service
public class ProjectImport {
    private final ScheduleFileReader reader = new ScheduleFileReader();
    private final Projects projects;
    private final Calendars calendars;
    private final Tasks tasks;
    private final Dependencies dependencies;

    ProjectImport(Projects projects, Calendars calendars, Tasks tasks, Dependencies dependencies) {
        this.projects = projects;
        this.calendars = calendars;
        this.tasks = tasks;
        this.dependencies = dependencies;
    }

    /** What an import created. */
    public record Imported(Project project, String format, int calendars, int tasks, int dependencies, List<String> warnings) {
    }

    /**
     * @param name the file's own name, for the project's name and code (uploads arrive in temporary files)
     * @throws ScheduleFileException when the file cannot be read as a schedule
     */
    @Transactional(rollbackFor = Exception.class)
    public Imported importFile(Path file, String name) throws ScheduleFileException {
        ImportedSchedule s = reader.read(file);
        String title = stripExtension(name == null ? file.getFileName().toString() : name);
        LocalDate start = s.projectStart() != null ? s.projectStart().toLocalDate()
                : s.tasks().stream().map(ImportedTask::start).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder())
                .map(java.time.LocalDateTime::toLocalDate).orElse(LocalDate.now());
        LocalDate status = s.statusDate() == null || s.statusDate().toLocalDate().isBefore(start) ? null : s.statusDate().toLocalDate();
        Project project = projects.create(new ProjectDraft(null, freeCode(title), title.length() > 200 ? title.substring(0, 200) : title,
                null, null, "Imported from " + (name == null ? file.getFileName() : name) + " (" + s.fileType() + ")",
                null, null, start, status, "USD", null, null, null));

        Map<String, Long> calendarIds = importCalendars(project.id(), s);
        if (s.defaultCalendarId() != null && calendarIds.containsKey(s.defaultCalendarId())) {
            Project p = projects.get(project.id());
            project = projects.update(p.id(), p.version(), ProjectDraft.of(p).withCalendar(calendarIds.get(s.defaultCalendarId())));
        }

        Map<Integer, Long> taskIds = new HashMap<>();
        Map<Integer, ImportedTask> byUid = new HashMap<>();
        s.tasks().forEach(t -> byUid.put(t.uniqueId(), t));
        for (ImportedTask t : s.tasks()) {
            create(project.id(), t, byUid, taskIds, calendarIds, 0);
        }
        int links = 0;
        List<String> warnings = new ArrayList<>();
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (ImportedLink l : s.links()) {
            Long p = taskIds.get(l.predecessorUniqueId());
            Long q = taskIds.get(l.successorUniqueId());
            if (p == null || q == null) {
                continue;
            }
            if (!pairs.add(p + ">" + q)) {
                // One link per pair, as in MS Project; P6 files can hold a second relationship between the same two.
                warnings.add("Second link " + l.type() + " from '" + byUid.get(l.predecessorUniqueId()).name() + "' to '"
                        + byUid.get(l.successorUniqueId()).name() + "' not imported: Bearing keeps one link per pair of tasks");
                continue;
            }
            long amount = switch (l.lagKind()) {
                case WORKING, ELAPSED -> l.lagMinutes();
                case PERCENT -> Math.round(l.lagPercent());
            };
            LagUnit unit = switch (l.lagKind()) {
                case WORKING -> LagUnit.WORKING_MINUTES;
                case ELAPSED -> LagUnit.ELAPSED_MINUTES;
                case PERCENT -> LagUnit.PERCENT;
            };
            dependencies.create(project.id(), new DependencyDraft(p, q, DependencyType.valueOf(l.type().name()), amount, unit));
            links++;
        }
        return new Imported(projects.get(project.id()), s.fileType(), calendarIds.size(), taskIds.size(), links, warnings);
    }

    private void create(long projectId, ImportedTask t, Map<Integer, ImportedTask> byUid, Map<Integer, Long> taskIds,
                        Map<String, Long> calendarIds, int depth) {
        if (taskIds.containsKey(t.uniqueId()) || depth > 100) {
            return;
        }
        Long parent = null;
        if (t.parentUniqueId() != null && byUid.containsKey(t.parentUniqueId())) {
            create(projectId, byUid.get(t.parentUniqueId()), byUid, taskIds, calendarIds, depth + 1);
            parent = taskIds.get(t.parentUniqueId());
        }
        boolean milestone = t.kind() == ImportedTask.Kind.MILESTONE || t.kind() == ImportedTask.Kind.START_MILESTONE
                || t.kind() == ImportedTask.Kind.FINISH_MILESTONE;
        boolean summary = t.kind() == ImportedTask.Kind.SUMMARY || t.kind() == ImportedTask.Kind.WBS_SUMMARY;
        ConstraintType constraint = constraint(t.constraint());
        String name = t.name() == null || t.name().isBlank() ? "(unnamed " + t.uniqueId() + ")" : t.name();
        TaskDraft d = new TaskDraft(parent, null, t.wbs() == null || t.wbs().length() > 60 ? null : t.wbs(),
                name.length() > 400 ? name.substring(0, 400) : name, milestone, null,
                summary ? 0L : Math.max(0, t.durationMinutes()), null, constraint,
                constraint.needsDate() ? t.constraintDate() : null, t.deadline(), null,
                BigDecimal.valueOf(Math.max(0, Math.min(100, t.percentComplete()))),
                t.actualStart(), t.actualFinish() != null && t.actualStart() != null ? t.actualFinish() : null,
                t.remainingMinutes() == null || t.actualStart() == null ? null : Math.max(0, t.remainingMinutes()), null,
                t.calendarId() == null ? null : calendarIds.get(t.calendarId()), t.start(),
                t.finish() != null && t.start() != null && t.finish().isBefore(t.start()) ? t.start() : t.finish());
        taskIds.put(t.uniqueId(), tasks.create(projectId, d).id());
    }

    private Map<String, Long> importCalendars(long projectId, ImportedSchedule s) {
        Map<String, Long> ids = new HashMap<>();
        Map<String, ImportedCalendar> byId = new HashMap<>();
        s.calendars().forEach(c -> byId.put(c.id(), c));
        for (ImportedCalendar c : s.calendars()) {
            importCalendar(projectId, c, byId, ids, s, 0);
        }
        return ids;
    }

    private void importCalendar(long projectId, ImportedCalendar c, Map<String, ImportedCalendar> byId, Map<String, Long> ids,
                                ImportedSchedule s, int depth) {
        if (ids.containsKey(c.id()) || depth > 20) {
            return;
        }
        Long base = null;
        if (c.parentId() != null && byId.containsKey(c.parentId())) {
            importCalendar(projectId, byId.get(c.parentId()), byId, ids, s, depth + 1);
            base = ids.get(c.parentId());
        }
        List<CalendarDraft.Day> week = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<ImportedCalendar.WorkingTime> hours = c.week().get(day);
            if (hours == null) {
                week.add(new CalendarDraft.Day(day, base == null ? CalendarDay.Mode.NONWORKING : CalendarDay.Mode.INHERIT, ""));
            } else if (hours.isEmpty()) {
                week.add(new CalendarDraft.Day(day, CalendarDay.Mode.NONWORKING, ""));
            } else {
                week.add(new CalendarDraft.Day(day, CalendarDay.Mode.WORKING, periods(hours)));
            }
        }
        List<CalendarDraft.Exception> exceptions = new ArrayList<>();
        LocalDate lastTo = null;
        for (ImportedCalendar.Exception e : c.exceptions().stream().sorted(Comparator.comparing(ImportedCalendar.Exception::from)).toList()) {
            LocalDate from = lastTo != null && !e.from().isAfter(lastTo) ? lastTo.plusDays(1) : e.from();
            LocalDate to = e.to() == null ? e.from() : e.to();
            if (to.isBefore(from)) {
                continue; // wholly covered by the previous exception
            }
            exceptions.add(new CalendarDraft.Exception(null, from, to, periods(e.working())));
            lastTo = to;
        }
        int perDay = c.minutesPerDay() != null && c.minutesPerDay() > 0 ? c.minutesPerDay() : s.minutesPerDay() > 0 ? s.minutesPerDay() : 480;
        int perWeek = c.minutesPerWeek() != null && c.minutesPerWeek() > 0 ? c.minutesPerWeek() : s.minutesPerWeek() > 0 ? s.minutesPerWeek() : 2400;
        String name = c.name() == null || c.name().isBlank() ? "Calendar " + c.id() : c.name();
        ids.put(c.id(), calendars.create(new CalendarDraft(projectId, name.length() > 200 ? name.substring(0, 200) : name, base,
                Math.min(perDay, 1440), Math.min(perWeek, 10080), 20, week, exceptions)).id());
    }

    private static String periods(List<ImportedCalendar.WorkingTime> hours) {
        List<String> parts = new ArrayList<>();
        for (ImportedCalendar.WorkingTime h : hours) {
            String to = h.to().equals(LocalTime.MIDNIGHT) ? "24:00" : h.to().toString();
            parts.add(h.from() + "-" + to);
        }
        return String.join(",", parts);
    }

    private static ConstraintType constraint(ImportedTask.Constraint c) {
        if (c == null) {
            return ConstraintType.ASAP;
        }
        return switch (c) {
            case AS_SOON_AS_POSSIBLE -> ConstraintType.ASAP;
            case AS_LATE_AS_POSSIBLE -> ConstraintType.ALAP;
            case MUST_START_ON -> ConstraintType.MSO;
            case MUST_FINISH_ON -> ConstraintType.MFO;
            case START_NO_EARLIER_THAN -> ConstraintType.SNET;
            case START_NO_LATER_THAN -> ConstraintType.SNLT;
            case FINISH_NO_EARLIER_THAN -> ConstraintType.FNET;
            case FINISH_NO_LATER_THAN -> ConstraintType.FNLT;
            case START_ON -> ConstraintType.START_ON;
            case FINISH_ON -> ConstraintType.FINISH_ON;
        };
    }

    private String freeCode(String title) {
        String base = title.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "IMPORT";
        }
        base = base.length() > 30 ? base.substring(0, 30) : base;
        String code = base;
        for (int n = 2; projects.byCode(code).isPresent(); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
