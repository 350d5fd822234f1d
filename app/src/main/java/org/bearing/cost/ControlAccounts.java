package org.bearing.cost;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.cost.persistence.ControlAccountStore;
import org.bearing.plan.Task;
import org.bearing.plan.Tasks;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
import org.bearing.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Control accounts of a project: WBS elements (summary or leaf tasks) where a control account manager answers for
 * scope, budget, schedule and actual cost together. They do not nest: a task under a control account, or above one,
 * cannot be one too, so that every cost is managed in at most one control account.
 */
@Service
@Transactional
public class ControlAccounts {
    private final ControlAccountStore store;
    private final Tasks tasks;

    ControlAccounts(ControlAccountStore store, Tasks tasks) {
        this.store = store;
        this.tasks = tasks;
    }

    /** Control account manager by task id. */
    @Transactional(readOnly = true)
    public Map<Long, String> managers(long projectId) {
        tasks.breakdown(projectId);
        return store.managers(projectId);
    }

    /** Flags a task as control account with its manager, or changes the manager of one. */
    public void designate(long projectId, Long taskId, String manager) {
        if (taskId == null) {
            throw new InvalidFieldException("taskId", "taskId is required");
        }
        List<Task> all = tasks.all(projectId);
        Map<Long, Task> byId = new HashMap<>();
        all.forEach(t -> byId.put(t.id(), t));
        if (!byId.containsKey(taskId)) {
            throw new NotFoundException("Task", taskId, "taskId");
        }
        if (manager == null || manager.isBlank() || manager.strip().length() > 200) {
            throw new InvalidFieldException("manager", "manager is required: the control account manager, up to 200 characters");
        }
        Map<Long, String> existing = store.managers(projectId);
        for (Long other : existing.keySet()) {
            if (other != taskId.longValue() && (under(taskId, other, byId) || under(other, taskId, byId))) {
                throw new RuleViolationException("nested-control-account", "taskId", "“" + byId.get(taskId).name() + "” is "
                        + (under(taskId, other, byId) ? "under" : "above") + " the control account “" + byId.get(other).name()
                        + "”: control accounts do not nest");
            }
        }
        store.save(projectId, taskId, manager.strip());
    }

    public void remove(long projectId, long taskId) {
        if (!store.delete(projectId, taskId)) {
            throw new NotFoundException("Control account", taskId);
        }
    }

    /** Whether {@code task} lies below {@code ancestor} in the WBS. */
    private static boolean under(long task, long ancestor, Map<Long, Task> byId) {
        for (Long p = byId.get(task).parentId(); p != null; p = byId.containsKey(p) ? byId.get(p).parentId() : null) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }
}
