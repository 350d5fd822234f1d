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
        List<BaselineTask> rows = new ArrayList<>();
        for (BaselineComparison.Current c : current(projectId)) {
            Task t = c.task();
            rows.add(new BaselineTask(t.id(), t.plannedStart(), t.plannedFinish(), t.durationMinutes(), c.workMinutes(), c.cost()));
        }
        long id = store.insert(new Baseline(0, 0, projectId, number, d.name().strip(), clock.instant(), rows));
        return get(projectId, id);
    }

    /**
     * Captures the current plan as baseline {@code d.number()}, replacing the baseline of that number if there is one
     * (MS Project's "Set Baseline" over an existing one), in one transaction.
     */
    public Baseline recapture(long projectId, BaselineDraft d) {
        edits.requireProject(projectId);
        if (d.number() == null) {
            throw new org.bearing.platform.InvalidFieldException("number", "Name the baseline number to replace");
        }
        store.inProject(projectId).stream().filter(b -> b.number() == d.number()).findFirst().ifPresent(b -> store.delete(b.id()));
        return capture(projectId, d);
    }

    /** The current plan against baseline {@code id}, with variances measured in {@code time}. */
    @Transactional(readOnly = true)
    public BaselineComparison compare(long projectId, long id, BaselineComparison.WorkingTime time) {
        return BaselineComparison.of(get(projectId, id), current(projectId), time);
    }

    /** Every task in outline order with its current work and cost, rolled up to summaries: what a baseline freezes. */
    private List<BaselineComparison.Current> current(long projectId) {
        Map<Long, Resource> resourcesById = new HashMap<>();
        resources.visibleTo(projectId).forEach(r -> resourcesById.put(r.id(), r));
        Map<Long, List<Assignment>> byTask = new HashMap<>();
        assignments.inProject(projectId).forEach(a -> byTask.computeIfAbsent(a.taskId(), k -> new ArrayList<>()).add(a));
        WorkBreakdown wbs = WorkBreakdown.of(tasks.inProject(projectId));
        List<Task> all = wbs.outline();
        Map<Long, java.math.BigDecimal> costs = new HashMap<>();
        Map<Long, Long> work = new HashMap<>();
        for (Task t : all) {
            List<Assignment> as = byTask.getOrDefault(t.id(), List.of());
            costs.put(t.id(), TaskCost.of(t, as, resourcesById));
            work.put(t.id(), as.isEmpty() ? t.workMinutes() : as.stream().mapToLong(Assignment::workMinutes).sum());
        }
        rollUpSummaries(all, costs, work);
        List<BaselineComparison.Current> current = new ArrayList<>(all.size());
        for (Task t : all) {
            current.add(new BaselineComparison.Current(t, wbs.wbsCode(t), wbs.level(t.id()), work.get(t.id()), costs.get(t.id())));
        }
        return current;
    }

    public void delete(long projectId, long id, Long expectedVersion) {
        Baseline current = get(projectId, id);
        ETags.requireCurrent("Baseline " + id, expectedVersion, current.version());
        store.delete(id);
    }

    /** A summary's cost and work are its own plus the sums of its subtasks', deepest first. */
    private static void rollUpSummaries(List<Task> outlineOrder, Map<Long, java.math.BigDecimal> costs, Map<Long, Long> work) {
        List<Task> outline = new ArrayList<>(outlineOrder);
        java.util.Collections.reverse(outline);
        for (Task t : outline) {
            if (t.parentId() != null) {
                costs.merge(t.parentId(), costs.get(t.id()), java.math.BigDecimal::add);
                work.merge(t.parentId(), work.get(t.id()), Long::sum);
            }
        }
    }

}
