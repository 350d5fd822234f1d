package org.bearing.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bearing.plan.persistence.AssignmentStore;
import org.bearing.plan.persistence.CalendarStore;
import org.bearing.plan.persistence.DependencyStore;
import org.bearing.plan.persistence.TaskExternalIdStore;
import org.bearing.plan.persistence.TaskStore;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rewrites an existing plan in bulk, as replacing a project's plan from an updated schedule file does: tasks are
 * updated in place (they keep their ids, so the actuals, risks and baselines that point at them stay attached),
 * moved, reordered or deleted, and links and assignments deleted, all inside the caller's transaction. The outline is
 * checked once at the end ({@link #checkOutline}) rather than after every step, because a rewrite passes through
 * intermediate outlines (a task moved under a summary created later in the same rewrite) that need not be valid.
 * Each change announces {@link PlanChanged}, so the project is rescheduled once when the transaction commits.
 */
@Service
@Transactional
public class PlanRewrite {
    private final TaskStore tasks;
    private final DependencyStore dependencies;
    private final AssignmentStore assignments;
    private final CalendarStore calendars;
    private final PlanEdits edits;
    private final TaskExternalIdStore externalIds;

    PlanRewrite(TaskStore tasks, DependencyStore dependencies, AssignmentStore assignments, CalendarStore calendars, PlanEdits edits,
                TaskExternalIdStore externalIds) {
        this.externalIds = externalIds;
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.assignments = assignments;
        this.calendars = calendars;
        this.edits = edits;
    }

    /** New values for an existing task; {@code draft.parentId()} is the task's new parent (null = top level). */
    public record TaskRewrite(long taskId, TaskDraft draft) {
    }

    /** The identifier each task had in the file it came from (the file's unique id), by task id. */
    @Transactional(readOnly = true)
    public Map<Long, String> externalIds(long projectId) {
        return externalIds.of(projectId);
    }

    /** Records the file's identifier of each task, so that the next file can be matched to the plan by it. */
    public void recordExternalIds(long projectId, Map<Long, String> ids) {
        Set<Long> own = new HashSet<>();
        tasks.inProject(projectId).forEach(t -> own.add(t.id()));
        Map<Long, String> clipped = new HashMap<>();
        ids.forEach((id, external) -> {
            if (!own.contains(id)) {
                throw new InvalidFieldException("taskId", "Task " + id + " is not in project " + projectId);
            }
            clipped.put(id, PlanBatch.clip(external));
        });
        externalIds.record(clipped);
    }

    /** Writes new values (and parents) of existing tasks, each checked by {@link TaskRules}; positions stay. */
    public void updateTasks(long projectId, List<TaskRewrite> rewrites) {
        edits.requireProject(projectId);
        Map<Long, Task> byId = byId(projectId);
        Set<Long> visible = new HashSet<>();
        calendars.visibleTo(projectId).forEach(c -> visible.add(c.id()));
        for (TaskRewrite r : rewrites) {
            Task current = byId.get(r.taskId());
            if (current == null) {
                throw new InvalidFieldException("taskId", "Task " + r.taskId() + " is not in project " + projectId);
            }
            TaskRules.check(r.draft());
            if (r.draft().calendarId() != null && !visible.contains(r.draft().calendarId())) {
                throw new InvalidFieldException("calendarId", "Calendar " + r.draft().calendarId() + " is not visible to project " + projectId);
            }
            if (r.draft().parentId() != null && !byId.containsKey(r.draft().parentId())) {
                throw new InvalidFieldException("parentId", "Task " + r.draft().parentId() + " is not in project " + projectId);
            }
            tasks.update(r.taskId(), current.version(), projectId, current.position(), r.draft());
        }
        if (!rewrites.isEmpty()) {
            edits.changed(projectId);
        }
    }

    /**
     * Puts tasks under the given parents, numbering each parent's children in the order of {@code order}; tasks of
     * the project not in {@code order} follow the listed ones under their parents, in their current order.
     *
     * @param parents the parent of each task in {@code order} (a missing key or null value: top level)
     */
    public void arrange(long projectId, List<Long> order, Map<Long, Long> parents) {
        edits.requireProject(projectId);
        List<Task> current = tasks.inProject(projectId);
        Map<Long, Task> byId = new HashMap<>();
        current.forEach(t -> byId.put(t.id(), t));
        List<Long> all = new ArrayList<>(order);
        Set<Long> listed = new HashSet<>(order);
        Map<Long, Long> parentOf = new HashMap<>(parents);
        for (Task t : current) {
            if (listed.add(t.id())) {
                all.add(t.id());
                parentOf.put(t.id(), t.parentId());
            }
        }
        Map<Long, Integer> next = new HashMap<>();
        boolean moved = false;
        for (Long id : all) {
            Task t = byId.get(id);
            if (t == null) {
                throw new InvalidFieldException("taskId", "Task " + id + " is not in project " + projectId);
            }
            Long parent = parentOf.get(id);
            int position = next.merge(parent == null ? -1L : parent, 1, Integer::sum) - 1;
            if (!Objects.equals(parent, t.parentId()) || position != t.position()) {
                tasks.place(id, parent, position);
                moved = true;
            }
        }
        if (moved) {
            edits.changed(projectId);
        }
    }

    /** Deletes tasks with their links and assignments, subtasks before their summaries. */
    public void deleteTasks(long projectId, Collection<Long> ids) {
        edits.requireProject(projectId);
        Map<Long, Task> byId = byId(projectId);
        Set<Long> doomed = new HashSet<>(ids);
        for (Task t : byId.values()) {
            if (!doomed.contains(t.id()) && t.parentId() != null && doomed.contains(t.parentId())) {
                throw new RuleViolationException("summary-not-empty", "taskId", "Task '" + byId.get(t.parentId()).name()
                        + "' cannot be deleted: its subtask '" + t.name() + "' stays", Map.of());
            }
        }
        List<Long> order = new ArrayList<>(doomed);
        order.sort((a, b) -> Integer.compare(depth(b, byId), depth(a, byId)));
        for (Long id : order) {
            if (!byId.containsKey(id)) {
                throw new InvalidFieldException("taskId", "Task " + id + " is not in project " + projectId);
            }
            tasks.delete(id);
        }
        if (!order.isEmpty()) {
            edits.changed(projectId);
        }
    }

    public void deleteDependencies(long projectId, Collection<Long> ids) {
        deleteOwn(projectId, ids, dependencies.inProject(projectId).stream().map(Dependency::id).toList(), "dependencyId",
                "Dependency", dependencies::delete);
    }

    public void deleteAssignments(long projectId, Collection<Long> ids) {
        deleteOwn(projectId, ids, assignments.inProject(projectId).stream().map(Assignment::id).toList(), "assignmentId",
                "Assignment", assignments::delete);
    }

    /** Deletes rows of the project by id, refusing an id that is not one of the project's own. */
    private void deleteOwn(long projectId, Collection<Long> ids, List<Long> own, String field, String what,
                           java.util.function.LongConsumer delete) {
        edits.requireProject(projectId);
        Set<Long> mine = new HashSet<>(own);
        for (Long id : ids) {
            if (!mine.contains(id)) {
                throw new InvalidFieldException(field, what + " " + id + " is not in project " + projectId);
            }
            delete.accept(id);
        }
        if (!ids.isEmpty()) {
            edits.changed(projectId);
        }
    }

    /**
     * The outline rules a rewrite must leave intact: no task under a milestone or under itself, and no link between a
     * summary and one of its own subtasks.
     *
     * @throws RuleViolationException naming the tasks when a rule is broken
     */
    @Transactional(readOnly = true)
    public void checkOutline(long projectId) {
        Map<Long, Task> byId = byId(projectId);
        for (Task t : byId.values()) {
            if (t.parentId() == null) {
                continue;
            }
            Task parent = byId.get(t.parentId());
            if (parent != null && parent.milestone()) {
                throw new RuleViolationException("milestone-parent", "parentId", "Milestone '" + parent.name()
                        + "' cannot have subtasks ('" + t.name() + "')", Map.of());
            }
            WorkBreakdown.checkParent(t.id(), t.parentId(), byId);
        }
        DependencyCyclePolicy.checkOutline(byId, dependencies.inProject(projectId));
    }

    private Map<Long, Task> byId(long projectId) {
        Map<Long, Task> map = new HashMap<>();
        tasks.inProject(projectId).forEach(t -> map.put(t.id(), t));
        return map;
    }

    private static int depth(long id, Map<Long, Task> byId) {
        int depth = 0;
        Task t = byId.get(id);
        while (t != null && t.parentId() != null && depth <= byId.size()) {
            t = byId.get(t.parentId());
            depth++;
        }
        return depth;
    }
}
