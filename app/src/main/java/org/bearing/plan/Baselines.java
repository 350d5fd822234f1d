package org.bearing.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.plan.persistence.AssignmentStore;
import org.bearing.plan.persistence.BaselineStore;
import org.bearing.plan.persistence.ResourceStore;
import org.bearing.plan.persistence.TaskStore;
import org.bearing.platform.ConflictException;
import org.bearing.platform.ETags;
import org.bearing.platform.NotFoundException;
import org.bearing.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Named baselines of a project: snapshots of every task's dates, duration, work and cost. */
@Service
@Transactional
public class Baselines {
    private final BaselineStore store;
    private final TaskStore tasks;
    private final AssignmentStore assignments;
    private final ResourceStore resources;
    private final PlanEdits edits;
    private final Clock clock;

    Baselines(BaselineStore store, TaskStore tasks, AssignmentStore assignments, ResourceStore resources, PlanEdits edits) {
        this.store = store;
        this.tasks = tasks;
        this.assignments = assignments;
        this.resources = resources;
        this.edits = edits;
        this.clock = Clock.systemUTC();
    }

    @Transactional(readOnly = true)
    public List<Baseline> all(long projectId) {
        edits.requireProject(projectId);
        return store.inProject(projectId);
    }

    @Transactional(readOnly = true)
    public Baseline get(long projectId, long id) {
        return store.byId(id).filter(b -> b.projectId() == projectId)
                .orElseThrow(() -> new NotFoundException("Baseline", id + " in project " + projectId));
    }

    /** Captures the current plan; a number already in use is refused (delete that baseline first to re-baseline). */
    public Baseline capture(long projectId, BaselineDraft d) {
        edits.requireProject(projectId);
        List<Integer> used = store.numbersInUse(projectId);
        int number;
        if (d.number() != null) {
            if (used.contains(d.number())) {
                throw new ConflictException("Baseline " + d.number() + " already exists in this project", "number");
            }
            number = d.number();
        } else {
            number = 0;
            while (used.contains(number)) {
                number++;
            }
            if (number > Baseline.MAX_NUMBER) {
                throw new RuleViolationException("baselines-full", "number", "All " + (Baseline.MAX_NUMBER + 1) + " baselines are in use");
            }
        }
        Map<Long, Resource> resourcesById = new HashMap<>();
        resources.visibleTo(projectId).forEach(r -> resourcesById.put(r.id(), r));
        Map<Long, List<Assignment>> byTask = new HashMap<>();
        assignments.inProject(projectId).forEach(a -> byTask.computeIfAbsent(a.taskId(), k -> new ArrayList<>()).add(a));
        List<Task> all = tasks.inProject(projectId);
        Map<Long, java.math.BigDecimal> costs = new HashMap<>();
        Map<Long, Long> work = new HashMap<>();
        for (Task t : all) {
            List<Assignment> as = byTask.getOrDefault(t.id(), List.of());
            costs.put(t.id(), TaskCost.of(t, as, resourcesById));
            work.put(t.id(), as.isEmpty() ? t.workMinutes() : as.stream().mapToLong(Assignment::workMinutes).sum());
        }
        rollUpSummaries(all, costs, work);
        List<BaselineTask> rows = new ArrayList<>();
        for (Task t : all) {
            rows.add(new BaselineTask(t.id(), t.plannedStart(), t.plannedFinish(), t.durationMinutes(), work.get(t.id()), costs.get(t.id())));
        }
        long id = store.insert(new Baseline(0, 0, projectId, number, d.name().strip(), clock.instant(), rows));
        return get(projectId, id);
    }

    public void delete(long projectId, long id, Long expectedVersion) {
        Baseline current = get(projectId, id);
        ETags.requireCurrent("Baseline " + id, expectedVersion, current.version());
        store.delete(id);
    }

    /** A summary's cost and work are its own plus the sums of its subtasks', deepest first. */
    private static void rollUpSummaries(List<Task> all, Map<Long, java.math.BigDecimal> costs, Map<Long, Long> work) {
        WorkBreakdown wbs = WorkBreakdown.of(all);
        List<Task> outline = new ArrayList<>(wbs.outline());
        java.util.Collections.reverse(outline);
        for (Task t : outline) {
            if (t.parentId() != null) {
                costs.merge(t.parentId(), costs.get(t.id()), java.math.BigDecimal::add);
                work.merge(t.parentId(), work.get(t.id()), Long::sum);
            }
        }
    }

}
