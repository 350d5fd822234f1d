package org.bearing.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.plan.persistence.CalendarStore;
import org.bearing.plan.persistence.DependencyStore;
import org.bearing.plan.persistence.TaskStore;
import org.bearing.platform.ConflictException;
import org.bearing.platform.ETags;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tasks of a project's work breakdown structure. */
@Service
@Transactional
public class Tasks {
    private final TaskStore store;
    private final CalendarStore calendars;
    private final DependencyStore links;
    private final PlanEdits edits;

    Tasks(TaskStore store, CalendarStore calendars, DependencyStore links, PlanEdits edits) {
        this.store = store;
        this.links = links;
        this.calendars = calendars;
        this.edits = edits;
    }

    /** The project's tasks in outline order. */
    @Transactional(readOnly = true)
    public WorkBreakdown breakdown(long projectId) {
        edits.requireProject(projectId);
        return WorkBreakdown.of(store.inProject(projectId));
    }

    @Transactional(readOnly = true)
    public Task get(long projectId, long taskId) {
        return store.byId(taskId).filter(t -> t.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("Task", taskId + " in project " + projectId));
    }

    public Task create(long projectId, TaskDraft d) {
        edits.requireProject(projectId);
        Map<Long, Task> parent = new HashMap<>();
        if (d.parentId() != null) {
            store.byId(d.parentId()).filter(t -> t.projectId() == projectId).ifPresent(t -> parent.put(t.id(), t));
        }
        requireValid(projectId, -1, d, parent);
        int position = place(projectId, d);
        long id = store.insert(projectId, position, d);
        edits.changed(projectId);
        return get(projectId, id);
    }

    public Task update(long projectId, long taskId, Long expectedVersion, TaskDraft d) {
        Task current = get(projectId, taskId);
        ETags.requireCurrent("Task " + taskId, expectedVersion, current.version());
        Map<Long, Task> tasks = byId(projectId);
        requireValid(projectId, taskId, d, tasks);
        WorkBreakdown.checkParent(taskId, d.parentId(), tasks);
        if (!java.util.Objects.equals(current.parentId(), d.parentId())) {
            // A summary linked to its own subtask has no schedule: refuse the move rather than fail at commit.
            Map<Long, Task> after = new HashMap<>(tasks);
            after.put(taskId, current.withParent(d.parentId()));
            DependencyCyclePolicy.checkOutline(after, links.inProject(projectId));
        }
        boolean moved = !java.util.Objects.equals(current.parentId(), d.parentId())
                || (d.position() != null && d.position() != current.position());
        int position = moved ? place(projectId, d) : current.position();
        store.update(taskId, current.version(), projectId, position, d);
        edits.changed(projectId);
        return get(projectId, taskId);
    }

    /** Deletes a leaf task or milestone with its dependencies and assignments; a summary must be emptied first. */
    public void delete(long projectId, long taskId, Long expectedVersion) {
        Task current = get(projectId, taskId);
        ETags.requireCurrent("Task " + taskId, expectedVersion, current.version());
        if (store.hasChildren(taskId)) {
            throw new ConflictException("Task '" + current.name() + "' is a summary task; delete or move its subtasks first", null);
        }
        store.delete(taskId);
        edits.changed(projectId);
    }

    private int place(long projectId, TaskDraft d) {
        int next = store.nextPosition(projectId, d.parentId());
        if (d.position() == null || d.position() >= next) {
            return next;
        }
        store.shiftSiblings(projectId, d.parentId(), d.position());
        return d.position();
    }

    private void requireValid(long projectId, long self, TaskDraft d, Map<Long, Task> tasks) {
        TaskRules.check(d);
        if (d.parentId() != null) {
            Task parent = tasks.get(d.parentId());
            if (parent == null) {
                throw new NotFoundException("Task", d.parentId() + " in project " + projectId, "parentId");
            }
            if (parent.milestone()) {
                throw new InvalidFieldException("parentId", "Milestone '" + parent.name() + "' cannot have subtasks");
            }
        }
        if (d.calendarId() != null) {
            ProjectCalendar c = calendars.byId(d.calendarId()).orElseThrow(() -> new NotFoundException("Calendar", d.calendarId(), "calendarId"));
            if (c.projectId() != null && c.projectId() != projectId) {
                throw new InvalidFieldException("calendarId", "Calendar " + c.id() + " belongs to another project");
            }
        }
    }

    private Map<Long, Task> byId(long projectId) {
        Map<Long, Task> map = new HashMap<>();
        for (Task t : store.inProject(projectId)) {
            map.put(t.id(), t);
        }
        return map;
    }



    /**
     * Records the start and finish the scheduler computed for each task whose dates changed. This is the schedule's
     * output, not a plan edit: it publishes no {@link PlanChanged} and keeps the tasks' versions.
     */
    public void recordSchedule(long projectId, Map<Long, ScheduledDates> dates) {
        recordSchedule(store.inProject(projectId), dates);
    }

    /**
     * {@link #recordSchedule(long, Map)} for a scheduler that has just read the project's tasks in the same
     * transaction: their current dates are compared with {@code dates} without reading the tasks again. Changed dates
     * are written in JDBC batches.
     */
    public void recordSchedule(List<Task> current, Map<Long, ScheduledDates> dates) {
        List<TaskStore.PlannedDates> changed = new java.util.ArrayList<>();
        for (Task t : current) {
            ScheduledDates d = dates.get(t.id());
            if (d != null && (!java.util.Objects.equals(d.start(), t.plannedStart()) || !java.util.Objects.equals(d.finish(), t.plannedFinish()))) {
                changed.add(new TaskStore.PlannedDates(t.id(), d.start(), d.finish()));
            }
        }
        store.recordPlannedDates(changed);
    }

    /** A task's scheduled start and finish, as the scheduler hands them back to the plan. */
    public record ScheduledDates(java.time.LocalDateTime start, java.time.LocalDateTime finish) {
    }

    @Transactional(readOnly = true)
    public List<Task> all(long projectId) {
        return breakdown(projectId).outline();
    }
}
