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
import org.bearing.plan.AssignmentDraft;
import org.bearing.plan.BaselineTask;
import org.bearing.plan.PlanBatch;
import org.bearing.plan.ResourceDraft;
import org.bearing.plan.ResourceType;
import org.bearing.plan.DependencyDraft;
import org.bearing.plan.DependencyType;
import org.bearing.plan.Project;
import org.bearing.plan.ProjectDraft;
import org.bearing.plan.Projects;
import org.bearing.plan.TaskDraft;
import org.bearing.delivery.BacklogItemDraft;
import org.bearing.delivery.Backlogs;
import org.bearing.delivery.SprintDraft;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports an MS Project, Primavera P6 or other schedule file as a new Bearing project: calendars with their
 * inheritance and exceptions, the WBS with summaries and milestones, durations, constraints, deadlines, progress,
 * notes and the file's dates, dependencies with their lags, resources (work, material, cost; capacity, rates,
 * calendars), assignments with planned and actual work, and the saved baselines 0..10. The import is one
 * transaction written through the plan's {@link PlanBatch}, so the project is rescheduled once: a file that breaks a
 * plan rule (a dependency cycle, say) leaves nothing behind. Work weeks that change a calendar's week for a date
 * range are not carried yet. Issue-tracker exports (Jira CSV and REST JSON, Azure DevOps CSV; see {@link WorkItemFiles})
 * arrive through the same entry point and also fill the project's backlog in the same transaction.
 */
@Service
public class ProjectImport {
    private final ScheduleFileReader reader;
    private final Projects projects;
    private final Calendars calendars;
    private final PlanBatch batch;
    private final TransactionTemplate transaction;
    private final ImportLimits limits;
    private final Backlogs backlogs;
    private final EstimateRule estimates;

    ProjectImport(Projects projects, Calendars calendars, PlanBatch batch, ImportLimits limits,
                  PlatformTransactionManager transactions, Backlogs backlogs,
                  @Value("${bearing.import.story-point-minutes:480}") long storyPointMinutes) {
        this.limits = limits;
        this.backlogs = backlogs;
        this.estimates = new EstimateRule(storyPointMinutes, EstimateRule.DEFAULT.defaultMinutes());
        this.projects = projects;
        this.calendars = calendars;
        this.batch = batch;
        this.reader = new ScheduleFileReader(limits);
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What an import created. */
    public record Imported(Project project, String format, int calendars, int tasks, int dependencies, int resources,
                           int assignments, int baselines, List<String> warnings, int backlogItems, int sprints) {
    }

    /**
     * @param name the file's own name, for the project's name and code (uploads arrive in temporary files)
     * @throws ImportTooLargeException when the file is over {@code bearing.import.max-bytes}
     * @throws ScheduleFileException    when the file cannot be read as a schedule or breaks a plan rule; nothing is
     *                                  written then
     */
    public Imported importFile(Path file, String name) throws ScheduleFileException {
        // Parsing runs outside the transaction: no database connection is held while a large file is read.
        String label = name == null ? file.getFileName().toString() : name;
        MpxjFiles.requireReadable(file);
        new ScheduleFileGuard(limits).check(file, label);
        WorkItemFiles.Format tracker = WorkItemFiles.detect(file, label);
        if (tracker != null) {
            return importWorkItems(WorkItemFiles.read(file, label, tracker, estimates), label);
        }
        ImportedSchedule s = reader.read(file, label);
        Imported imported = importSchedule(s, label);
        String extension = ScheduleFileReader.extension(label);
        String type = s.fileType() == null ? "" : s.fileType().toLowerCase(Locale.ROOT);
        if (!extension.isEmpty() && !type.isEmpty() && !type.startsWith(extension) && !(extension.equals("xml") && type.equals("mspdi"))) {
            imported.warnings().add(0, label + " is named ." + extension + " but holds a " + s.fileType() + " file; read as " + s.fileType());
        }
        return imported;
    }

    /**
     * Writes a schedule already read (or generated) as a new project named after {@code name}, in one transaction.
     *
     * @throws ScheduleFileException when the schedule breaks a plan rule (named in the message); nothing is written
     */
    public Imported importSchedule(ImportedSchedule s, String name) throws ScheduleFileException {
        return importWith(s, name, null);
    }

    /**
     * Writes an issue tracker's export as a new project: the schedule as {@link #importSchedule} does, and in the same
     * transaction its sprints and backlog items, each tied to the task it became. The mapping's assumptions come first
     * among the warnings.
     *
     * @throws ScheduleFileException when the export breaks a plan or backlog rule; nothing is written then
     */
    public Imported importWorkItems(WorkItemFile file, String name) throws ScheduleFileException {
        Imported imported = importWith(file.schedule(), name, file.backlog());
        imported.warnings().addAll(0, file.warnings());
        return imported;
    }

    private Imported importWith(ImportedSchedule s, String name, ImportedBacklog backlog) throws ScheduleFileException {
        try {
            return transaction.execute(status -> {
                Written written = write(s, name);
                Imported imported = written.imported();
                if (backlog == null) {
                    return imported;
                }
                writeBacklog(written, backlog);
                return new Imported(imported.project(), imported.format(), imported.calendars(), imported.tasks(), imported.dependencies(),
                        imported.resources(), imported.assignments(), imported.baselines(), imported.warnings(), backlog.items().size(),
                        backlog.sprints().size());
            });
        } catch (RuntimeException e) {
            // A plan rule the file breaks (a cycle, an invalid value) or a value the database refuses: the
            // transaction is rolled back and the problem is the file's, so it is reported as such.
            throw new ScheduleFileException(name + ": cannot be imported: " + e.getMessage(), e);
        }
    }

    private Written write(ImportedSchedule s, String name) {
        String title = stripExtension(name);
        LocalDate start = s.projectStart() != null ? s.projectStart().toLocalDate()
                : s.tasks().stream().map(ImportedTask::start).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder())
                .map(java.time.LocalDateTime::toLocalDate).orElse(LocalDate.now());
        LocalDate status = s.statusDate() == null || s.statusDate().toLocalDate().isBefore(start) ? null : s.statusDate().toLocalDate();
        Project project = projects.create(new ProjectDraft(null, freeCode(title), title.length() > 200 ? title.substring(0, 200) : title,
                null, null, "Imported from " + name + " (" + s.fileType() + ")",
                null, null, start, status, "USD", null, null, null));

        Map<String, Long> calendarIds = importCalendars(project.id(), s);
        if (s.defaultCalendarId() != null && calendarIds.containsKey(s.defaultCalendarId())) {
            Project p = projects.get(project.id());
            project = projects.update(p.id(), p.version(), ProjectDraft.of(p).withCalendar(calendarIds.get(s.defaultCalendarId())));
        }
        List<String> warnings = new ArrayList<>();
        Map<Integer, Long> taskIds = importTasks(project.id(), s, calendarIds);
        int links = importLinks(project.id(), s, taskIds, warnings);
        Map<Integer, Long> resourceIds = importResources(project.id(), s, calendarIds, warnings);
        int assigned = importAssignments(project.id(), s, taskIds, resourceIds, warnings);
        int baselines = 0;
        for (ImportedBaseline b : s.baselines()) {
            List<BaselineTask> rows = new ArrayList<>();
            for (ImportedBaseline.Row r : b.tasks()) {
                Long id = taskIds.get(r.taskUniqueId());
                if (id != null) {
                    rows.add(new BaselineTask(id, r.start(), r.finish(), r.durationMinutes(), r.workMinutes(),
                            BigDecimal.valueOf(r.cost()).setScale(2, java.math.RoundingMode.HALF_UP)));
                }
            }
            batch.recordBaseline(project.id(), b.number(), b.number() == 0 ? "Baseline" : "Baseline " + b.number(),
                    java.time.Instant.now(), rows);
            baselines++;
        }
        return new Written(new Imported(projects.get(project.id()), s.fileType(), new java.util.HashSet<>(calendarIds.values()).size(),
                taskIds.size(), links, resourceIds.size(), assigned, baselines, warnings, 0, 0), taskIds);
    }

    /** What {@link #write} created, with the Bearing id of each file task by its unique id. */
    private record Written(Imported imported, Map<Integer, Long> taskIds) {
    }

    /** The export's sprints and items, each item tied to the task it became, through the delivery module. */
    private void writeBacklog(Written written, ImportedBacklog backlog) {
        List<SprintDraft> sprints = backlog.sprints().stream()
                .map(s -> new SprintDraft(clip(s.name(), 200), s.state(), s.start(), s.finish())).toList();
        List<BacklogItemDraft> items = backlog.items().stream().map(i -> new BacklogItemDraft(written.taskIds().get(i.taskUniqueId()),
                i.system(), i.key(), i.type(), i.summary(), i.status(), i.category(), i.storyPoints(), clip(i.sprint(), 200),
                i.assignee(), i.epicKey(), i.rank())).toList();
        backlogs.record(written.imported().project().id(), sprints, items);
    }

    /** Creates the outline in one batch, every summary before its subtasks. */
    private Map<Integer, Long> importTasks(long projectId, ImportedSchedule s, Map<String, Long> calendarIds) {
        Map<Integer, ImportedTask> byUid = new HashMap<>();
        s.tasks().forEach(t -> byUid.put(t.uniqueId(), t));
        Map<Integer, Integer> index = new HashMap<>();
        List<ImportedTask> order = new ArrayList<>();
        List<PlanBatch.OutlineTask> outline = new ArrayList<>();
        for (ImportedTask t : s.tasks()) {
            place(t, byUid, index, order, outline, calendarIds, 0);
        }
        List<Long> ids = batch.createTasks(projectId, outline);
        Map<Integer, Long> taskIds = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            taskIds.put(order.get(i).uniqueId(), ids.get(i));
        }
        return taskIds;
    }

    private void place(ImportedTask t, Map<Integer, ImportedTask> byUid, Map<Integer, Integer> index, List<ImportedTask> order,
                       List<PlanBatch.OutlineTask> outline, Map<String, Long> calendarIds, int depth) {
        if (index.containsKey(t.uniqueId())) {
            return;
        }
        Integer parent = null;
        if (t.parentUniqueId() != null && byUid.containsKey(t.parentUniqueId()) && depth < 100) {
            place(byUid.get(t.parentUniqueId()), byUid, index, order, outline, calendarIds, depth + 1);
            parent = index.get(t.parentUniqueId());
        }
        if (index.containsKey(t.uniqueId())) {
            return; // placed while placing its parents: the file's outline loops back on itself
        }
        index.put(t.uniqueId(), outline.size());
        order.add(t);
        // the file's unique id goes with the row, so that the contractor's next version of the file can replace this
        // plan task by task
        outline.add(new PlanBatch.OutlineTask(parent, draft(t, calendarIds), String.valueOf(t.uniqueId())));
    }

    static TaskDraft draft(ImportedTask t, Map<String, Long> calendarIds) {
        boolean milestone = t.kind() == ImportedTask.Kind.MILESTONE || t.kind() == ImportedTask.Kind.START_MILESTONE
                || t.kind() == ImportedTask.Kind.FINISH_MILESTONE;
        ConstraintType constraint = constraint(t.constraint());
        String name = t.name() == null || t.name().isBlank() ? "(unnamed " + t.uniqueId() + ")" : t.name();
        String notes = t.notes() == null ? null : t.notes().length() > 100_000 ? t.notes().substring(0, 100_000) : t.notes();
        return new TaskDraft(null, null, t.wbs() == null || t.wbs().length() > 60 ? null : t.wbs(),
                name.length() > 400 ? name.substring(0, 400) : name, milestone, notes,
                t.summary() ? 0L : Math.min(TaskDraft.MAX_MINUTES, Math.max(0, t.durationMinutes())), null, constraint,
                constraint.needsDate() ? t.constraintDate() : null, t.deadline(), null,
                BigDecimal.valueOf(Math.max(0, Math.min(100, t.percentComplete()))),
                t.actualStart(), t.actualFinish() != null && t.actualStart() != null && !t.actualFinish().isBefore(t.actualStart())
                        ? t.actualFinish() : null,
                remaining(t),
                t.fixedCost() > 0 && t.fixedCost() <= 1e15 ? BigDecimal.valueOf(t.fixedCost()) : null,
                t.calendarId() == null ? null : calendarIds.get(t.calendarId()), t.start(),
                t.finish() != null && t.start() != null && t.finish().isBefore(t.start()) ? t.start() : t.finish())
                .withEarning(t.evMethod() == null ? null : t.evMethod().name(), physicalPercent(t), null);
    }

    /** The file's physical % complete within 0..100 to two decimals (the column's precision), null when it has none. */
    private static BigDecimal physicalPercent(ImportedTask t) {
        Double p = t.physicalPercentComplete();
        return p == null || !Double.isFinite(p) ? null
                : BigDecimal.valueOf(Math.max(0, Math.min(100, p))).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /**
     * The remaining duration the file set, or null when it is what Bearing derives anyway (duration × (1 − % complete),
     * to the minute) or the task has not started: only a remaining duration someone re-estimated is kept.
     */
    private static Long remaining(ImportedTask t) {
        if (t.remainingMinutes() == null || t.actualStart() == null) {
            return null;
        }
        long remaining = Math.min(TaskDraft.MAX_MINUTES, Math.max(0, t.remainingMinutes()));
        double percent = Math.max(0, Math.min(100, t.percentComplete()));
        long derived = Math.round(Math.max(0, t.durationMinutes()) * (100 - percent) / 100.0);
        return Math.abs(remaining - derived) <= 1 ? null : remaining;
    }

    private int importLinks(long projectId, ImportedSchedule s, Map<Integer, Long> taskIds, List<String> warnings) {
        Map<Integer, String> names = new HashMap<>();
        s.tasks().forEach(t -> names.put(t.uniqueId(), t.name()));
        List<DependencyDraft> drafts = new ArrayList<>();
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (ImportedLink l : s.links()) {
            Long p = taskIds.get(l.predecessorUniqueId());
            Long q = taskIds.get(l.successorUniqueId());
            if (p == null || q == null) {
                continue;
            }
            if (!pairs.add(p + ">" + q)) {
                // One link per pair, as in MS Project; P6 files can hold a second relationship between the same two.
                warnings.add("Second link " + l.type() + " from '" + names.get(l.predecessorUniqueId()) + "' to '"
                        + names.get(l.successorUniqueId()) + "' not imported: Bearing keeps one link per pair of tasks");
                continue;
            }
            drafts.add(new DependencyDraft(p, q, DependencyType.valueOf(l.type().name()), l.lagAmount(), l.lagUnit()));
        }
        batch.createDependencies(projectId, drafts);
        return drafts.size();
    }

    private Map<Integer, Long> importResources(long projectId, ImportedSchedule s, Map<String, Long> calendarIds, List<String> warnings) {
        List<Integer> uniqueIds = new ArrayList<>();
        List<ResourceDraft> drafts = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (ImportedResource r : s.resources()) {
            String base = clip(r.name() == null || r.name().isBlank() ? "Resource " + r.uniqueId() : r.name().strip(), 190);
            String name = base;
            for (int n = 2; !names.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + " (" + n + ")";
            }
            if (!name.equals(base)) {
                warnings.add("Resource '" + base + "' appears more than once; imported as '" + name + "'");
            }
            uniqueIds.add(r.uniqueId());
            drafts.add(resourceDraft(projectId, r, name, calendarIds));
        }
        List<Long> created = batch.createResources(projectId, drafts);
        Map<Integer, Long> ids = new HashMap<>();
        for (int i = 0; i < created.size(); i++) {
            ids.put(uniqueIds.get(i), created.get(i));
        }
        return ids;
    }

    /** The resource {@code r} of a file as a draft of a resource of the project named {@code name}. */
    static ResourceDraft resourceDraft(long projectId, ImportedResource r, String name, Map<String, Long> calendarIds) {
        ResourceType type = ResourceType.valueOf(r.type().name());
        String email = r.email() != null && r.email().matches("[^@\\s]+@[^@\\s]+") && r.email().length() <= 320 ? r.email() : null;
        return new ResourceDraft(projectId, name, type, clip(r.initials(), 20), clip(r.group(), 200),
                email, type == ResourceType.MATERIAL ? clip(r.materialLabel(), 40) : null,
                r.maxUnits() == null ? null : decimal(Math.min(100, Math.max(0, r.maxUnits()))),
                money(r.standardRate()), money(r.overtimeRate()), money(r.costPerUse()),
                type == ResourceType.WORK && r.calendarId() != null ? calendarIds.get(r.calendarId()) : null);
    }

    private int importAssignments(long projectId, ImportedSchedule s, Map<Integer, Long> taskIds, Map<Integer, Long> resourceIds,
                                  List<String> warnings) {
        java.util.Set<Integer> summaries = s.parentUniqueIds();
        List<AssignmentDraft> drafts = new ArrayList<>();
        java.util.Set<String> pairs = new java.util.HashSet<>();
        for (ImportedAssignment a : s.resourceAssignments()) {
            Long task = taskIds.get(a.taskUniqueId());
            Long resource = resourceIds.get(a.resourceUniqueId());
            if (task == null || resource == null) {
                continue;
            }
            if (summaries.contains(a.taskUniqueId())) {
                warnings.add("Assignment of resource " + a.resourceUniqueId() + " to summary task " + a.taskUniqueId()
                        + " not imported: Bearing assigns resources to subtasks only");
                continue;
            }
            if (a.units() <= 0 || a.units() > 100) {
                warnings.add("Assignment of resource " + a.resourceUniqueId() + " to task " + a.taskUniqueId() + " at "
                        + Math.round(a.units() * 100) + " % not imported: units must be above 0 and at most 10,000 %");
                continue;
            }
            if (!pairs.add(task + ":" + resource)) {
                warnings.add("Second assignment of resource " + a.resourceUniqueId() + " to task " + a.taskUniqueId() + " not imported");
                continue;
            }
            drafts.add(new AssignmentDraft(task, resource, decimal(a.units()), Math.min(TaskDraft.MAX_MINUTES, a.workMinutes()),
                    Math.min(TaskDraft.MAX_MINUTES, a.actualWorkMinutes())));
        }
        batch.createAssignments(projectId, drafts);
        return drafts.size();
    }

    static BigDecimal decimal(double v) {
        return BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    static BigDecimal money(double v) {
        return v > 0 && v <= 1e12 ? BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros() : BigDecimal.ZERO;
    }

    static String clip(String s, int max) {
        return s == null || s.isBlank() ? null : s.length() > max ? s.substring(0, max) : s;
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
        if (base != null && c.week().isEmpty() && c.exceptions().isEmpty() && c.workWeeks().isEmpty()) {
            // A calendar that only inherits (MS Project's resource calendars mostly do) is its base calendar.
            ids.put(c.id(), base);
            return;
        }
        ids.put(c.id(), calendars.create(calendarDraft(projectId, c, base, s)).id());
    }

    /** The calendar {@code c} of schedule {@code s} as a draft of a calendar of the project, on base calendar {@code base}. */
    static CalendarDraft calendarDraft(long projectId, ImportedCalendar c, Long base, ImportedSchedule s) {
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
        return new CalendarDraft(projectId, name.length() > 200 ? name.substring(0, 200) : name, base,
                Math.min(perDay, 1440), Math.min(perWeek, 10080), 20, week, exceptions);
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
