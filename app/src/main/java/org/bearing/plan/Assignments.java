package org.bearing.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.bearing.plan.persistence.AssignmentStore;
import org.bearing.plan.persistence.ResourceStore;
import org.bearing.plan.persistence.TaskStore;
import org.bearing.platform.ConflictException;
import org.bearing.platform.ETags;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Resource assignments on a project's tasks. */
@Service
@Transactional
public class Assignments {
    private final AssignmentStore store;
    private final TaskStore tasks;
    private final ResourceStore resources;
    private final PlanEdits edits;

    Assignments(AssignmentStore store, TaskStore tasks, ResourceStore resources, PlanEdits edits) {
        this.store = store;
        this.tasks = tasks;
        this.resources = resources;
        this.edits = edits;
    }

    @Transactional(readOnly = true)
    public List<Assignment> all(long projectId) {
        edits.requireProject(projectId);
        return store.inProject(projectId);
    }

    @Transactional(readOnly = true)
    public Assignment get(long projectId, long id) {
        return store.byId(id).filter(a -> a.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("Assignment", id + " in project " + projectId));
    }

    public Assignment create(long projectId, AssignmentDraft d) {
        edits.requireProject(projectId);
        Assignment a = toAssignment(projectId, -1, 0, d);
        long id = store.insert(a);
        edits.changed(projectId);
        return get(projectId, id);
    }

    public Assignment update(long projectId, long id, Long expectedVersion, AssignmentDraft d) {
        Assignment current = get(projectId, id);
        ETags.requireCurrent("Assignment " + id, expectedVersion, current.version());
        store.update(toAssignment(projectId, id, current.version(), d));
        edits.changed(projectId);
        return get(projectId, id);
    }

    public void delete(long projectId, long id, Long expectedVersion) {
        Assignment current = get(projectId, id);
        ETags.requireCurrent("Assignment " + id, expectedVersion, current.version());
        store.delete(id);
        edits.changed(projectId);
    }

    /** Work defaults to duration × units, as MS Project computes it for a fixed-units task. */
    private Assignment toAssignment(long projectId, long self, long version, AssignmentDraft d) {
        Task task = tasks.byId(d.taskId()).filter(t -> t.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("Task", d.taskId() + " in project " + projectId, "taskId"));
        Resource resource = resources.byId(d.resourceId())
                .orElseThrow(() -> new NotFoundException("Resource", d.resourceId(), "resourceId"));
        if (resource.projectId() != null && resource.projectId() != projectId) {
            throw new InvalidFieldException("resourceId", "Resource '" + resource.name() + "' belongs to another project");
        }
        if (task.summary()) {
            throw new InvalidFieldException("taskId", "Task '" + task.name() + "' is a summary task; assign resources to its subtasks");
        }
        if (store.exists(d.taskId(), d.resourceId(), self)) {
            throw new ConflictException("'" + resource.name() + "' is already assigned to '" + task.name() + "'", "resourceId");
        }
        BigDecimal units = d.units() == null ? BigDecimal.ONE : d.units();
        long work = d.workMinutes() != null ? d.workMinutes()
                : resource.type() == ResourceType.WORK
                ? units.multiply(BigDecimal.valueOf(task.durationMinutes())).setScale(0, RoundingMode.HALF_UP).longValueExact() : 0;
        long actual = d.actualWorkMinutes() == null ? 0 : d.actualWorkMinutes();
        return new Assignment(self, version, projectId, d.taskId(), d.resourceId(), units, work, actual);
    }

}
