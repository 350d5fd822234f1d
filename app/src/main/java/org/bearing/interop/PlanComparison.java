package org.bearing.interop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bearing.plan.Assignment;
import org.bearing.plan.CalendarDraft;
import org.bearing.plan.Dependency;
import org.bearing.plan.DependencyType;
import org.bearing.plan.DurationText;
import org.bearing.plan.LagUnit;
import org.bearing.plan.ProjectCalendar;
import org.bearing.plan.Resource;
import org.bearing.plan.ResourceDraft;
import org.bearing.plan.Task;
import org.bearing.plan.TaskDraft;
import org.bearing.plan.TimeUnits;
import org.bearing.plan.WorkingPeriod;

/**
 * An updated schedule file matched against a project's plan, element by element, as MS Project's and P6's users
 * expect an update to be read. A file task matches a plan task by the file's unique id recorded when the plan was
 * imported, else by its outline path (the names of its summaries down to its own name). Resources and calendars match
 * by name (the project's own first, then the enterprise pool), links by their two tasks, assignments by task and
 * resource. Plain data in, plain data out: {@link PlanReplacement} writes what this computes.
 */
final class PlanComparison {
    final PlanSnapshot plan;
    final ImportedSchedule file;
    /** File task unique id → plan task it replaces, in the file's order. */
    final Map<Integer, Task> matchedTasks = new LinkedHashMap<>();
    final List<ImportedTask> addedTasks = new ArrayList<>();
    /** Plan tasks the file no longer has that carry nothing: deleted. */
    final List<Task> removedTasks = new ArrayList<>();
    /** Plan tasks the file no longer has that other records point at: kept. */
    final List<Task> keptTasks = new ArrayList<>();
    /** File calendar id → the plan calendar it is (matched by name). */
    final Map<String, ProjectCalendar> matchedCalendars = new HashMap<>();
    final Map<Integer, String> resourceNames = new LinkedHashMap<>();
    final Map<Integer, Resource> matchedResources = new HashMap<>();
    final List<Resource> removedResources = new ArrayList<>();
    /** Resources the file no longer has that time entries were booked against: kept. */
    final List<Resource> keptResources = new ArrayList<>();
    final List<LinkWanted> links = new ArrayList<>();
    final List<AssignmentWanted> assignments = new ArrayList<>();
    private final Map<Integer, ImportedTask> fileTasks = new HashMap<>();
    private final Map<Long, Task> planTasks = new HashMap<>();
    private int byId;
    private int byPath;

    /** A link of the file, in the plan's units. */
    record LinkWanted(int predecessor, int successor, DependencyType type, long lagAmount, LagUnit lagUnit) {
    }

    /** An assignment of the file that the plan's rules accept (subtasks only, units above 0, one per pair). */
    record AssignmentWanted(int task, int resource, BigDecimal units, long workMinutes, long actualWorkMinutes) {
    }

    private PlanComparison(PlanSnapshot plan, ImportedSchedule file) {
        this.plan = plan;
        this.file = file;
    }

    static PlanComparison of(PlanSnapshot plan, ImportedSchedule file) {
        PlanComparison c = new PlanComparison(plan, file);
        c.matchTasks();
        c.matchCalendars();
        c.matchResources();
        c.wantedLinks();
        c.wantedAssignments();
        return c;
    }

    /** The plan task or new task a file task becomes, as a key shared by links and assignments. */
    String taskKey(int uid) {
        Task t = matchedTasks.get(uid);
        return t != null ? "t" + t.id() : "n" + uid;
    }

    String resourceKey(int uid) {
        Resource r = matchedResources.get(uid);
        return r != null ? "r" + r.id() : "n" + resourceNames.get(uid).toLowerCase(Locale.ROOT);
    }

    /** True when the file's calendar only inherits its base: the import uses the base calendar for it. */
    static boolean onlyInherits(ImportedCalendar c, Map<String, ImportedCalendar> byId) {
        return c.parentId() != null && byId.containsKey(c.parentId()) && c.week().isEmpty() && c.exceptions().isEmpty()
                && c.workWeeks().isEmpty();
    }

    private void matchTasks() {
        file.tasks().forEach(t -> fileTasks.put(t.uniqueId(), t));
        plan.tasks().forEach(t -> planTasks.put(t.id(), t));
        Map<String, Task> byExternal = new HashMap<>();
        plan.tasks().forEach(t -> {
            String e = plan.externalIds().get(t.id());
            if (e != null) {
                byExternal.putIfAbsent(e, t);
            }
        });
        Set<Long> taken = new HashSet<>();
        for (ImportedTask t : file.tasks()) {
            Task p = byExternal.get(String.valueOf(t.uniqueId()));
            if (p != null && taken.add(p.id())) {
                matchedTasks.put(t.uniqueId(), p);
                byId++;
            }
        }
        Map<String, Deque<Task>> byOutline = new HashMap<>();
        for (Task t : org.bearing.plan.WorkBreakdown.of(plan.tasks()).outline()) {
            if (!taken.contains(t.id())) {
                byOutline.computeIfAbsent(planPath(t), k -> new ArrayDeque<>()).add(t);
            }
        }
        for (ImportedTask t : file.tasks()) {
            if (matchedTasks.containsKey(t.uniqueId())) {
                continue;
            }
            Deque<Task> candidates = byOutline.get(filePath(t));
            Task p = candidates == null ? null : candidates.poll();
            if (p != null) {
                taken.add(p.id());
                matchedTasks.put(t.uniqueId(), p);
                byPath++;
            } else {
                addedTasks.add(t);
            }
        }
        // Keep the file's order: matchedTasks was filled in two passes.
        Map<Integer, Task> ordered = new LinkedHashMap<>();
        file.tasks().stream().filter(t -> matchedTasks.containsKey(t.uniqueId())).forEach(t -> ordered.put(t.uniqueId(), matchedTasks.get(t.uniqueId())));
        matchedTasks.clear();
        matchedTasks.putAll(ordered);
        for (Task t : plan.tasks()) {
            if (!taken.contains(t.id())) {
                (plan.references().containsKey(t.id()) ? keptTasks : removedTasks).add(t);
            }
        }
    }

    /** The names from the top of the outline down to the task's own, the key that survives renumbering. */
    String planPath(Task t) {
        List<String> names = new ArrayList<>();
        for (Task at = t; at != null && names.size() <= planTasks.size(); at = at.parentId() == null ? null : planTasks.get(at.parentId())) {
            names.add(0, at.name().strip());
        }
        return String.join(" › ", names);
    }

    String filePath(ImportedTask t) {
        List<String> names = new ArrayList<>();
        for (ImportedTask at = t; at != null && names.size() <= fileTasks.size();
             at = at.parentUniqueId() == null ? null : fileTasks.get(at.parentUniqueId())) {
            names.add(0, ProjectImport.draft(at, Map.of()).name().strip());
        }
        return String.join(" › ", names);
    }

    private void matchCalendars() {
        Map<String, ProjectCalendar> own = new HashMap<>();
        Map<String, ProjectCalendar> base = new HashMap<>();
        for (ProjectCalendar c : plan.calendars()) {
            (c.projectId() != null ? own : base).putIfAbsent(c.name().toLowerCase(Locale.ROOT), c);
        }
        for (ImportedCalendar c : file.calendars()) {
            String name = calendarName(c).toLowerCase(Locale.ROOT);
            ProjectCalendar p = own.getOrDefault(name, base.get(name));
            if (p != null) {
                matchedCalendars.put(c.id(), p);
            }
        }
    }

    static String calendarName(ImportedCalendar c) {
        return ProjectImport.calendarDraft(0, c, null, EMPTY).name();
    }

    private static final ImportedSchedule EMPTY = new ImportedSchedule(null, null, null, null, null, null, null, null, 480, 2400, 0,
            null, null, List.of(), List.of(), List.of(), Map.of(), null);

    private void matchResources() {
        Set<String> names = new HashSet<>();
        for (ImportedResource r : file.resources()) {
            String base = r.name() == null || r.name().isBlank() ? "Resource " + r.uniqueId() : r.name().strip();
            base = base.length() > 190 ? base.substring(0, 190) : base;
            String name = base;
            for (int n = 2; !names.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + " (" + n + ")"; // as the import names a repeated resource
            }
            resourceNames.put(r.uniqueId(), name);
        }
        Map<String, Resource> own = new HashMap<>();
        Map<String, Resource> pool = new HashMap<>();
        for (Resource r : plan.resources()) {
            (r.projectId() != null ? own : pool).putIfAbsent(r.name().strip().toLowerCase(Locale.ROOT), r);
        }
        Set<Long> taken = new HashSet<>();
        resourceNames.forEach((uid, name) -> {
            String key = name.toLowerCase(Locale.ROOT);
            Resource r = own.getOrDefault(key, pool.get(key));
            if (r != null && taken.add(r.id())) {
                matchedResources.put(uid, r);
            }
        });
        plan.resources().stream().filter(r -> r.projectId() != null && !taken.contains(r.id())).forEach(r ->
                (plan.resourcesInUse().contains(r.id()) ? keptResources : removedResources).add(r));
    }

    private void wantedLinks() {
        Set<String> pairs = new HashSet<>();
        for (ImportedLink l : file.links()) {
            if (!fileTasks.containsKey(l.predecessorUniqueId()) || !fileTasks.containsKey(l.successorUniqueId())
                    || !pairs.add(l.predecessorUniqueId() + ">" + l.successorUniqueId())) {
                continue; // as the import: one link per pair of tasks, both in the file
            }
            links.add(new LinkWanted(l.predecessorUniqueId(), l.successorUniqueId(), DependencyType.valueOf(l.type().name()),
                    l.lagAmount(), l.lagUnit()));
        }
    }

    private void wantedAssignments() {
        Set<Integer> summaries = file.parentUniqueIds();
        Set<String> pairs = new HashSet<>();
        for (ImportedAssignment a : file.resourceAssignments()) {
            if (!fileTasks.containsKey(a.taskUniqueId()) || !resourceNames.containsKey(a.resourceUniqueId())
                    || summaries.contains(a.taskUniqueId()) || a.units() <= 0 || a.units() > 100
                    || !pairs.add(a.taskUniqueId() + ":" + a.resourceUniqueId())) {
                continue; // the import's rules: the create-import warns about these, the replace leaves them out alike
            }
            assignments.add(new AssignmentWanted(a.taskUniqueId(), a.resourceUniqueId(), ProjectImport.decimal(a.units()),
                    Math.min(TaskDraft.MAX_MINUTES, a.workMinutes()), Math.min(TaskDraft.MAX_MINUTES, a.actualWorkMinutes())));
        }
    }

    /**
     * The differences, without the schedule impact.
     *
     * @param after the scheduled start and finish of each plan task after the replacement (by plan task id, for
     *              matched tasks, and by {@code "n" + uid} for added ones), empty to leave dates out
     */
    PlanDifferences differences(Map<String, LocalDateTime[]> after) {
        TimeUnits units = TimeUnits.STANDARD;
        List<PlanDifferences.Item> added = new ArrayList<>();
        for (ImportedTask t : addedTasks) {
            TaskDraft d = ProjectImport.draft(t, Map.of());
            List<PlanDifferences.Field> fields = new ArrayList<>();
            fields.add(new PlanDifferences.Field("outline", null, filePath(t)));
            fields.add(new PlanDifferences.Field("duration", null, DurationText.format(d.durationMinutes(), units)));
            LocalDateTime[] dates = after.get("n" + t.uniqueId());
            if (dates != null) {
                fields.add(new PlanDifferences.Field("start", null, text(dates[0])));
                fields.add(new PlanDifferences.Field("finish", null, text(dates[1])));
            }
            added.add(new PlanDifferences.Item(d.name(), fields));
        }
        List<PlanDifferences.Item> removed = removedTasks.stream().map(t -> new PlanDifferences.Item(t.name(),
                List.of(new PlanDifferences.Field("outline", planPath(t), null)))).toList();
        List<PlanDifferences.Item> changed = new ArrayList<>();
        matchedTasks.forEach((uid, p) -> {
            List<PlanDifferences.Field> fields = taskFields(fileTasks.get(uid), p, units);
            LocalDateTime[] dates = after.get("t" + p.id());
            if (dates != null) {
                field(fields, "start", text(p.plannedStart()), text(dates[0]));
                field(fields, "finish", text(p.plannedFinish()), text(dates[1]));
            }
            if (!fields.isEmpty()) {
                changed.add(new PlanDifferences.Item(p.name(), fields));
            }
        });
        List<PlanDifferences.Kept> kept = new ArrayList<>();
        keptTasks.forEach(t -> kept.add(new PlanDifferences.Kept(t.name(), plan.references().get(t.id()))));
        keptResources.forEach(r -> kept.add(new PlanDifferences.Kept("resource " + r.name(), List.of("time entries"))));
        return new PlanDifferences(new PlanDifferences.Section(added, removed, changed), linkSection(), resourceSection(),
                assignmentSection(), calendarSection(), kept, new PlanDifferences.Matching(byId, byPath), PlanDifferences.ScheduleImpact.NONE);
    }

    private List<PlanDifferences.Field> taskFields(ImportedTask t, Task p, TimeUnits units) {
        TaskDraft d = ProjectImport.draft(t, Map.of());
        List<PlanDifferences.Field> f = new ArrayList<>();
        field(f, "name", p.name(), d.name());
        Task newParent = t.parentUniqueId() == null ? null : matchedTasks.get(t.parentUniqueId());
        boolean parentIsNew = t.parentUniqueId() != null && newParent == null && fileTasks.containsKey(t.parentUniqueId());
        if (parentIsNew || !Objects.equals(newParent == null ? null : newParent.id(), p.parentId())) {
            String before = p.parentId() == null || !planTasks.containsKey(p.parentId()) ? "(top level)" : planPath(planTasks.get(p.parentId()));
            String after = t.parentUniqueId() == null || !fileTasks.containsKey(t.parentUniqueId()) ? "(top level)"
                    : filePath(fileTasks.get(t.parentUniqueId()));
            f.add(new PlanDifferences.Field("outline", before, after));
        }
        field(f, "duration", DurationText.format(p.durationMinutes(), units), DurationText.format(d.durationMinutes(), units));
        field(f, "milestone", String.valueOf(p.milestone()), String.valueOf(Boolean.TRUE.equals(d.milestone())));
        field(f, "constraint", constraint(p.constraintType().name(), p.constraintDate()),
                constraint(d.constraintType().name(), d.constraintDate()));
        field(f, "deadline", text(p.deadline()), text(d.deadline()));
        field(f, "% complete", percent(p.percentComplete()), percent(d.percentComplete()));
        field(f, "actual start", text(p.actualStart()), text(d.actualStart()));
        field(f, "actual finish", text(p.actualFinish()), text(d.actualFinish()));
        field(f, "notes", notes(p.notes()), notes(d.notes()));
        return f;
    }

    private PlanDifferences.Section linkSection() {
        Map<String, Dependency> existing = new LinkedHashMap<>();
        plan.links().forEach(d -> existing.put("t" + d.predecessorId() + ">t" + d.successorId(), d));
        List<PlanDifferences.Item> added = new ArrayList<>();
        List<PlanDifferences.Item> changed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (LinkWanted l : links) {
            String key = taskKey(l.predecessor()) + ">" + taskKey(l.successor());
            seen.add(key);
            String name = fileName(l.predecessor()) + " → " + fileName(l.successor());
            Dependency d = existing.get(key);
            if (d == null) {
                added.add(new PlanDifferences.Item(name, List.of(new PlanDifferences.Field("link", null, link(l.type(), l.lagAmount(), l.lagUnit())))));
            } else {
                List<PlanDifferences.Field> f = new ArrayList<>();
                field(f, "type", d.type().name(), l.type().name());
                field(f, "lag", lag(d.lag().amount(), d.lag().unit()), lag(l.lagAmount(), l.lagUnit()));
                if (!f.isEmpty()) {
                    changed.add(new PlanDifferences.Item(name, f));
                }
            }
        }
        List<PlanDifferences.Item> removed = new ArrayList<>();
        existing.forEach((key, d) -> {
            if (!seen.contains(key)) {
                removed.add(new PlanDifferences.Item(planName(d.predecessorId()) + " → " + planName(d.successorId()),
                        List.of(new PlanDifferences.Field("link", link(d.type(), d.lag().amount(), d.lag().unit()), null))));
            }
        });
        return new PlanDifferences.Section(added, removed, changed);
    }

    /** The plan's links that the file no longer has, or whose type or lag the file changes (to be deleted). */
    List<Dependency> linksToDelete() {
        Map<String, LinkWanted> wanted = new HashMap<>();
        links.forEach(l -> wanted.put(taskKey(l.predecessor()) + ">" + taskKey(l.successor()), l));
        return plan.links().stream().filter(d -> {
            LinkWanted l = wanted.get("t" + d.predecessorId() + ">t" + d.successorId());
            return l == null || l.type() != d.type() || l.lagAmount() != d.lag().amount() || l.lagUnit() != d.lag().unit();
        }).toList();
    }

    /** The file's links the plan does not have as they are (to be created). */
    List<LinkWanted> linksToCreate() {
        Set<String> kept = new HashSet<>();
        Set<Long> deleted = new HashSet<>();
        linksToDelete().forEach(d -> deleted.add(d.id()));
        plan.links().stream().filter(d -> !deleted.contains(d.id())).forEach(d -> kept.add("t" + d.predecessorId() + ">t" + d.successorId()));
        return links.stream().filter(l -> !kept.contains(taskKey(l.predecessor()) + ">" + taskKey(l.successor()))).toList();
    }

    private PlanDifferences.Section resourceSection() {
        List<PlanDifferences.Item> added = new ArrayList<>();
        List<PlanDifferences.Item> changed = new ArrayList<>();
        for (ImportedResource r : file.resources()) {
            Resource p = matchedResources.get(r.uniqueId());
            ResourceDraft d = ProjectImport.resourceDraft(plan.projectId(), r, resourceNames.get(r.uniqueId()), Map.of());
            if (p == null) {
                added.add(new PlanDifferences.Item(d.name(), List.of(new PlanDifferences.Field("type", null, d.type().name()))));
            } else if (p.projectId() != null) {
                List<PlanDifferences.Field> f = resourceFields(p, d);
                if (!f.isEmpty()) {
                    changed.add(new PlanDifferences.Item(p.name(), f));
                }
            }
        }
        List<PlanDifferences.Item> removed = removedResources.stream().map(r -> new PlanDifferences.Item(r.name(),
                List.of(new PlanDifferences.Field("type", r.type().name(), null)))).toList();
        return new PlanDifferences.Section(added, removed, changed);
    }

    static List<PlanDifferences.Field> resourceFields(Resource p, ResourceDraft d) {
        List<PlanDifferences.Field> f = new ArrayList<>();
        field(f, "type", p.type().name(), d.type().name());
        field(f, "initials", p.initials(), d.initials());
        field(f, "group", p.group(), d.group());
        field(f, "email", p.email(), d.email());
        field(f, "max units", number(p.maxUnits()), number(d.maxUnits() == null ? BigDecimal.ONE : d.maxUnits()));
        field(f, "standard rate", number(p.standardRate()), number(d.standardRate()));
        field(f, "overtime rate", number(p.overtimeRate()), number(d.overtimeRate()));
        field(f, "cost per use", number(p.costPerUse()), number(d.costPerUse()));
        return f;
    }

    private PlanDifferences.Section assignmentSection() {
        Map<String, Assignment> existing = new LinkedHashMap<>();
        plan.assignments().forEach(a -> existing.put("t" + a.taskId() + ":r" + a.resourceId(), a));
        Map<Long, String> resourceName = new HashMap<>();
        plan.resources().forEach(r -> resourceName.put(r.id(), r.name()));
        List<PlanDifferences.Item> added = new ArrayList<>();
        List<PlanDifferences.Item> changed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AssignmentWanted a : assignments) {
            String key = taskKey(a.task()) + ":" + resourceKey(a.resource());
            seen.add(key);
            String name = resourceNames.get(a.resource()) + " on " + fileName(a.task());
            Assignment p = existing.get(key);
            if (p == null) {
                added.add(new PlanDifferences.Item(name, List.of(new PlanDifferences.Field("units", null, number(a.units())))));
            } else {
                List<PlanDifferences.Field> f = new ArrayList<>();
                field(f, "units", number(p.units()), number(a.units()));
                field(f, "work", hours(p.workMinutes()), hours(a.workMinutes()));
                field(f, "actual work", hours(p.actualWorkMinutes()), hours(a.actualWorkMinutes()));
                if (!f.isEmpty()) {
                    changed.add(new PlanDifferences.Item(name, f));
                }
            }
        }
        List<PlanDifferences.Item> removed = new ArrayList<>();
        existing.forEach((key, a) -> {
            if (!seen.contains(key)) {
                removed.add(new PlanDifferences.Item(resourceName.getOrDefault(a.resourceId(), "resource " + a.resourceId()) + " on "
                        + planName(a.taskId()), List.of(new PlanDifferences.Field("units", number(a.units()), null))));
            }
        });
        return new PlanDifferences.Section(added, removed, changed);
    }

    /** The plan's assignments the file no longer has or changes (to be deleted; changed ones are created again). */
    List<Assignment> assignmentsToDelete() {
        Map<String, AssignmentWanted> wanted = new HashMap<>();
        assignments.forEach(a -> wanted.put(taskKey(a.task()) + ":" + resourceKey(a.resource()), a));
        return plan.assignments().stream().filter(p -> {
            AssignmentWanted a = wanted.get("t" + p.taskId() + ":r" + p.resourceId());
            return a == null || p.units().compareTo(a.units()) != 0 || p.workMinutes() != a.workMinutes()
                    || p.actualWorkMinutes() != a.actualWorkMinutes();
        }).toList();
    }

    List<AssignmentWanted> assignmentsToCreate() {
        Set<String> stay = new HashSet<>();
        Set<Long> deleted = new HashSet<>();
        assignmentsToDelete().forEach(a -> deleted.add(a.id()));
        plan.assignments().stream().filter(a -> !deleted.contains(a.id())).forEach(a -> stay.add("t" + a.taskId() + ":r" + a.resourceId()));
        return assignments.stream().filter(a -> !stay.contains(taskKey(a.task()) + ":" + resourceKey(a.resource()))).toList();
    }

    private PlanDifferences.Section calendarSection() {
        Map<String, ImportedCalendar> byId = new HashMap<>();
        file.calendars().forEach(c -> byId.put(c.id(), c));
        List<PlanDifferences.Item> added = new ArrayList<>();
        List<PlanDifferences.Item> changed = new ArrayList<>();
        for (ImportedCalendar c : file.calendars()) {
            if (onlyInherits(c, byId)) {
                continue;
            }
            ProjectCalendar p = matchedCalendars.get(c.id());
            CalendarDraft d = ProjectImport.calendarDraft(plan.projectId(), c, byId.containsKey(c.parentId()) ? -1L : null, file);
            if (p == null) {
                added.add(new PlanDifferences.Item(d.name(), List.of(new PlanDifferences.Field("week", null, week(d)))));
            } else if (p.projectId() != null) {
                List<PlanDifferences.Field> f = calendarFields(p, d);
                if (!f.isEmpty()) {
                    changed.add(new PlanDifferences.Item(p.name(), f));
                }
            }
        }
        return new PlanDifferences.Section(added, List.of(), changed);
    }

    /** The week and exceptions of a plan calendar against a file's; inherited days compare as inherited. */
    static List<PlanDifferences.Field> calendarFields(ProjectCalendar p, CalendarDraft d) {
        List<PlanDifferences.Field> f = new ArrayList<>();
        field(f, "week", week(p), week(d));
        field(f, "exceptions", exceptions(p), exceptions(d));
        field(f, "minutes per day", String.valueOf(p.minutesPerDay()), String.valueOf(d.minutesPerDay()));
        return f;
    }

    private static String week(ProjectCalendar c) {
        List<String> days = new ArrayList<>();
        c.week().stream().sorted(java.util.Comparator.comparing(org.bearing.plan.CalendarDay::dayOfWeek))
                .forEach(day -> days.add(day(day.dayOfWeek(), day.mode().name(), WorkingPeriod.format(day.periods()))));
        return String.join("; ", days);
    }

    private static String week(CalendarDraft c) {
        List<String> days = new ArrayList<>();
        c.week().stream().sorted(java.util.Comparator.comparing(CalendarDraft.Day::day))
                .forEach(day -> days.add(day(day.day(), day.mode().name(), WorkingPeriod.format(WorkingPeriod.parseList(day.periods())))));
        return String.join("; ", days);
    }

    private static String day(java.time.DayOfWeek day, String mode, String periods) {
        String name = day.getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH);
        return switch (mode) {
            case "WORKING" -> name + " " + periods;
            case "INHERIT" -> name + " inherited";
            default -> name + " off";
        };
    }

    private static String exceptions(ProjectCalendar c) {
        return exceptionText(c.exceptions().stream().map(e -> e.from() + ".." + e.to() + " " + WorkingPeriod.format(e.periods())).toList());
    }

    private static String exceptions(CalendarDraft c) {
        return exceptionText(c.exceptions().stream().map(e -> e.from() + ".." + (e.to() == null ? e.from() : e.to()) + " "
                + WorkingPeriod.format(WorkingPeriod.parseList(e.periods()))).toList());
    }

    private static String exceptionText(List<String> list) {
        List<String> sorted = list.stream().sorted().toList();
        return sorted.size() + (sorted.size() == 1 ? " exception" : " exceptions") + " (" + Integer.toHexString(sorted.hashCode()) + ")";
    }

    private String fileName(int uid) {
        ImportedTask t = fileTasks.get(uid);
        return t == null ? "task " + uid : ProjectImport.draft(t, Map.of()).name();
    }

    private String planName(long id) {
        Task t = planTasks.get(id);
        return t == null ? "task " + id : t.name();
    }

    private static void field(List<PlanDifferences.Field> fields, String name, String before, String after) {
        if (!Objects.equals(before, after)) {
            fields.add(new PlanDifferences.Field(name, before, after));
        }
    }

    static String text(LocalDateTime t) {
        return t == null ? null : t.toString().replace('T', ' ');
    }

    private static String constraint(String type, LocalDateTime date) {
        return date == null ? type : type + " " + text(date);
    }

    private static String percent(BigDecimal p) {
        return p == null ? "0" : p.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String number(BigDecimal v) {
        return v == null ? "0" : v.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String notes(String n) {
        if (n == null || n.isBlank()) {
            return null;
        }
        String s = n.strip();
        return s.length() > 120 ? s.substring(0, 117) + "…" + " (" + Integer.toHexString(s.hashCode()) + ")" : s;
    }

    private static String hours(long minutes) {
        return DurationText.format(minutes, new TimeUnits(60, 300, 20)).replace("d", "h");
    }

    private static String link(DependencyType type, long amount, LagUnit unit) {
        return amount == 0 ? type.name() : type.name() + " " + lag(amount, unit);
    }

    private static String lag(long amount, LagUnit unit) {
        return switch (unit) {
            case PERCENT -> amount + "%";
            case ELAPSED_MINUTES -> DurationText.formatElapsed(amount);
            default -> DurationText.format(amount, TimeUnits.STANDARD);
        };
    }
}
