package org.bearing.interop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bearing.plan.AssignmentDraft;
import org.bearing.plan.CalendarDraft;
import org.bearing.plan.Calendars;
import org.bearing.plan.Dependency;
import org.bearing.plan.DependencyDraft;
import org.bearing.plan.PlanBatch;
import org.bearing.plan.PlanRewrite;
import org.bearing.plan.ProjectCalendar;
import org.bearing.plan.Resource;
import org.bearing.plan.ResourceDraft;
import org.bearing.plan.Resources;
import org.bearing.plan.Task;
import org.bearing.plan.TaskDraft;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link PlanComparison} into the plan, inside the caller's transaction: calendars and resources first
 * (tasks and assignments refer to them), matched tasks updated in place so they keep their ids, new tasks created,
 * the outline put in the file's order, dropped links, assignments and tasks deleted, then the file's links and
 * assignments created. Tasks something points at are kept, moved to the top level when their summary goes.
 */
@Component
class PlanReplacementWriter {
    private final PlanBatch batch;
    private final PlanRewrite rewrite;
    private final Calendars calendars;
    private final Resources resources;

    PlanReplacementWriter(PlanBatch batch, PlanRewrite rewrite, Calendars calendars, Resources resources) {
        this.batch = batch;
        this.rewrite = rewrite;
        this.calendars = calendars;
        this.resources = resources;
    }

    /** @return the task id of every file task, by {@link PlanComparison#taskKey} ("t" + id for matched, "n" + uid for new) */
    Map<String, Long> write(PlanComparison c) {
        long projectId = c.plan.projectId();
        ImportedSchedule s = c.file;
        Map<String, Long> calendarIds = calendars(c);
        Map<Integer, Long> resourceIds = resources(c, calendarIds);

        // Matched tasks first, in place; a parent that is itself new is set once it exists.
        Map<Integer, ImportedTask> byUid = new HashMap<>();
        s.tasks().forEach(t -> byUid.put(t.uniqueId(), t));
        List<PlanRewrite.TaskRewrite> rewrites = new ArrayList<>();
        c.matchedTasks.forEach((uid, p) -> {
            ImportedTask t = byUid.get(uid);
            Task parent = t.parentUniqueId() == null ? null : c.matchedTasks.get(t.parentUniqueId());
            Long parentId = null;
            if (parent != null) {
                parentId = parent.id();
            } else if (byUid.containsKey(t.parentUniqueId())) {
                parentId = p.parentId(); // for now: its new summary is created below
            }
            rewrites.add(new PlanRewrite.TaskRewrite(p.id(), keeping(ProjectImport.draft(t, calendarIds), p, parentId)));
        });
        rewrite.updateTasks(projectId, rewrites);

        Map<String, Long> ids = new HashMap<>();
        c.matchedTasks.forEach((uid, p) -> ids.put("t" + p.id(), p.id()));
        Map<Integer, Long> taskIds = new HashMap<>();
        c.matchedTasks.forEach((uid, p) -> taskIds.put(uid, p.id()));
        createTasks(c, byUid, calendarIds, taskIds);
        c.addedTasks.forEach(t -> ids.put("n" + t.uniqueId(), taskIds.get(t.uniqueId())));

        // The file's outline and order; kept tasks stay where they are unless their summary goes.
        List<Long> order = new ArrayList<>();
        Map<Long, Long> parents = new HashMap<>();
        for (ImportedTask t : s.tasks()) {
            Long id = taskIds.get(t.uniqueId());
            if (id != null) {
                order.add(id);
                parents.put(id, t.parentUniqueId() == null ? null : taskIds.get(t.parentUniqueId()));
            }
        }
        Set<Long> staying = new HashSet<>(taskIds.values());
        c.keptTasks.forEach(k -> staying.add(k.id()));
        for (Task k : c.keptTasks) {
            order.add(k.id());
            parents.put(k.id(), k.parentId() != null && staying.contains(k.parentId()) ? k.parentId() : null);
        }
        rewrite.arrange(projectId, order, parents);

        rewrite.deleteDependencies(projectId, c.linksToDelete().stream().map(Dependency::id).toList());
        rewrite.deleteAssignments(projectId, c.assignmentsToDelete().stream().map(org.bearing.plan.Assignment::id).toList());
        rewrite.deleteTasks(projectId, c.removedTasks.stream().map(Task::id).toList());

        List<DependencyDraft> links = new ArrayList<>();
        for (PlanComparison.LinkWanted l : c.linksToCreate()) {
            links.add(new DependencyDraft(taskIds.get(l.predecessor()), taskIds.get(l.successor()), l.type(), l.lagAmount(), l.lagUnit()));
        }
        batch.createDependencies(projectId, links);
        List<AssignmentDraft> assigned = new ArrayList<>();
        for (PlanComparison.AssignmentWanted a : c.assignmentsToCreate()) {
            assigned.add(new AssignmentDraft(taskIds.get(a.task()), resourceIds.get(a.resource()), a.units(), a.workMinutes(),
                    a.actualWorkMinutes()));
        }
        batch.createAssignments(projectId, assigned);
        for (Resource r : c.removedResources) {
            resources.delete(r.id(), r.version());
        }

        // added tasks got their file id with their row; matched ones (some matched by outline path) get it now
        Map<Long, String> external = new HashMap<>();
        c.matchedTasks.forEach((uid, p) -> external.put(p.id(), String.valueOf(uid)));
        rewrite.recordExternalIds(projectId, external);
        rewrite.checkOutline(projectId);
        return ids;
    }

    /**
     * The file's values for a matched task, with its new parent and the plan's own priority (files rarely carry it);
     * the plan's earning method and physical % stay unless the file states them, and its milestone steps always stay
     * (no file format carries them).
     */
    private static TaskDraft keeping(TaskDraft d, Task p, Long parentId) {
        TaskDraft kept = d.withPlace(parentId, null).withPriority(p.priority());
        return d.evMethod() == null
                ? kept.withEarning(p.evMethod().name(), p.physicalPercentComplete(), p.evMilestones())
                : kept.withEarning(d.evMethod(), d.physicalPercentComplete(), p.evMilestones());
    }

    /** Creates the new tasks in one batch, every summary before its subtasks, under new or matched parents. */
    private void createTasks(PlanComparison c, Map<Integer, ImportedTask> byUid, Map<String, Long> calendarIds, Map<Integer, Long> taskIds) {
        Set<Integer> added = new HashSet<>();
        c.addedTasks.forEach(t -> added.add(t.uniqueId()));
        Map<Integer, Integer> index = new HashMap<>();
        List<ImportedTask> order = new ArrayList<>();
        List<PlanBatch.OutlineTask> outline = new ArrayList<>();
        for (ImportedTask t : c.addedTasks) {
            place(t, byUid, added, index, order, outline, calendarIds, taskIds, 0);
        }
        List<Long> ids = batch.createTasks(c.plan.projectId(), outline);
        for (int i = 0; i < order.size(); i++) {
            taskIds.put(order.get(i).uniqueId(), ids.get(i));
        }
    }

    private static void place(ImportedTask t, Map<Integer, ImportedTask> byUid, Set<Integer> added, Map<Integer, Integer> index,
                              List<ImportedTask> order, List<PlanBatch.OutlineTask> outline, Map<String, Long> calendarIds,
                              Map<Integer, Long> taskIds, int depth) {
        if (index.containsKey(t.uniqueId())) {
            return;
        }
        Integer parentIndex = null;
        Long parentId = null;
        Integer parentUid = t.parentUniqueId();
        if (parentUid != null && added.contains(parentUid) && depth < 100) {
            place(byUid.get(parentUid), byUid, added, index, order, outline, calendarIds, taskIds, depth + 1);
            parentIndex = index.get(parentUid);
        } else if (parentUid != null) {
            parentId = taskIds.get(parentUid);
        }
        if (index.containsKey(t.uniqueId())) {
            return; // the file's outline loops back on itself
        }
        index.put(t.uniqueId(), outline.size());
        order.add(t);
        TaskDraft d = ProjectImport.draft(t, calendarIds);
        outline.add(new PlanBatch.OutlineTask(parentIndex, parentIndex == null ? d.withPlace(parentId, null) : d,
                String.valueOf(t.uniqueId())));
    }

    /** File calendar id → plan calendar id: matched ones updated when they differ, new ones created, parents first. */
    private Map<String, Long> calendars(PlanComparison c) {
        Map<String, ImportedCalendar> byId = new HashMap<>();
        c.file.calendars().forEach(cal -> byId.put(cal.id(), cal));
        Map<String, Long> ids = new HashMap<>();
        for (ImportedCalendar cal : c.file.calendars()) {
            calendar(c, cal, byId, ids, 0);
        }
        return ids;
    }

    private void calendar(PlanComparison c, ImportedCalendar cal, Map<String, ImportedCalendar> byId, Map<String, Long> ids, int depth) {
        if (ids.containsKey(cal.id()) || depth > 20) {
            return;
        }
        Long base = null;
        if (cal.parentId() != null && byId.containsKey(cal.parentId())) {
            calendar(c, byId.get(cal.parentId()), byId, ids, depth + 1);
            base = ids.get(cal.parentId());
        }
        if (base != null && PlanComparison.onlyInherits(cal, byId)) {
            ids.put(cal.id(), base);
            return;
        }
        CalendarDraft d = ProjectImport.calendarDraft(c.plan.projectId(), cal, base, c.file);
        ProjectCalendar p = c.matchedCalendars.get(cal.id());
        if (p == null) {
            ids.put(cal.id(), calendars.create(d).id());
            return;
        }
        if (p.projectId() != null && !PlanComparison.calendarFields(p, d).isEmpty()) {
            calendars.update(p.id(), p.version(), new CalendarDraft(d.projectId(), p.name(), p.baseCalendarId() != null ? p.baseCalendarId() : base,
                    d.minutesPerDay(), d.minutesPerWeek(), p.daysPerMonth(), d.week(), d.exceptions()));
        }
        ids.put(cal.id(), p.id());
    }

    /** File resource uid → plan resource id: matched project resources updated when they differ, new ones created. */
    private Map<Integer, Long> resources(PlanComparison c, Map<String, Long> calendarIds) {
        Map<Integer, Long> ids = new HashMap<>();
        for (ImportedResource r : c.file.resources()) {
            ResourceDraft d = ProjectImport.resourceDraft(c.plan.projectId(), r, c.resourceNames.get(r.uniqueId()), calendarIds);
            Resource p = c.matchedResources.get(r.uniqueId());
            if (p == null) {
                ids.put(r.uniqueId(), resources.create(d).id());
            } else {
                if (p.projectId() != null && !PlanComparison.resourceFields(p, d).isEmpty()) {
                    resources.update(p.id(), p.version(), new ResourceDraft(p.projectId(), p.name(), d.type(), d.initials(), d.group(),
                            d.email(), d.materialLabel(), d.maxUnits(), d.standardRate(), d.overtimeRate(), d.costPerUse(), d.calendarId()));
                }
                ids.put(r.uniqueId(), p.id());
            }
        }
        return ids;
    }
}
