package org.bearing.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.bearing.plan.AssignmentDraft;
import org.bearing.plan.Assignments;
import org.bearing.plan.ConstraintType;
import org.bearing.plan.Dependencies;
import org.bearing.plan.DependencyDraft;
import org.bearing.plan.DependencyType;
import org.bearing.plan.LagUnit;
import org.bearing.plan.Task;
import org.bearing.plan.TaskDraft;
import org.bearing.plan.Tasks;

/**
 * Writes one project's WBS through the plan's public services, in the words a planner uses:
 * {@code summary("Discovery")}, {@code task("Dependency mapping", 15)}, {@code link(a, b, SS, 5)}.
 * Durations and lags are in working days of 8 hours.
 */
final class PlanWriter {
    static final long DAY = 480;
    private final long projectId;
    private final Tasks tasks;
    private final Dependencies dependencies;
    private final Assignments assignments;
    private final Map<String, Task> byName = new HashMap<>();
    private Long parent;

    PlanWriter(long projectId, Tasks tasks, Dependencies dependencies, Assignments assignments) {
        this.projectId = projectId;
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.assignments = assignments;
    }

    /** Starts a summary task; the tasks that follow go under it until {@link #end()}. */
    Task summary(String name) {
        Task t = tasks.create(projectId, TaskDraft.named(name, parent, 0));
        byName.put(name, t);
        parent = t.id();
        return t;
    }

    /** Closes the current summary. */
    void end() {
        Task current = tasks.get(projectId, parent);
        parent = current.parentId();
    }

    Task task(String name, double days) {
        return task(TaskDraft.named(name, parent, Math.round(days * DAY)));
    }

    Task milestone(String name) {
        return task(new TaskDraft(parent, null, null, name, true, null, 0L, null, null, null, null, null, null, null, null,
                null, null, null, null, null));
    }

    /** A milestone that must finish no later than {@code date}, with the same date as its deadline (a hard go-live). */
    Task hardMilestone(String name, LocalDate date) {
        LocalDateTime at = date.atTime(17, 0);
        return task(new TaskDraft(parent, null, null, name, true,
                "Hard date: the business cannot move it. Finish-no-later-than constraint and deadline.", 0L, null,
                ConstraintType.FNLT, at, at, 1000, null, null, null, null, null, null, null, null));
    }

    Task task(TaskDraft d) {
        Task t = tasks.create(projectId, d);
        byName.put(d.name(), t);
        return t;
    }

    Task get(String name) {
        Task t = byName.get(name);
        if (t == null) {
            throw new IllegalArgumentException("demo plan has no task named " + name);
        }
        return t;
    }

    void link(String predecessor, String successor) {
        link(predecessor, successor, DependencyType.FS, 0);
    }

    void link(String predecessor, String successor, DependencyType type, double lagDays) {
        dependencies.create(projectId, new DependencyDraft(get(predecessor).id(), get(successor).id(), type,
                Math.round(lagDays * DAY), LagUnit.WORKING_MINUTES));
    }

    void elapsedLink(String predecessor, String successor, int lagCalendarDays) {
        dependencies.create(projectId, new DependencyDraft(get(predecessor).id(), get(successor).id(), DependencyType.FS,
                lagCalendarDays * 24L * 60, LagUnit.ELAPSED_MINUTES));
    }

    void assign(String task, long resourceId, double units) {
        assignments.create(projectId, new AssignmentDraft(get(task).id(), resourceId, BigDecimal.valueOf(units), null, null));
    }

    /** Records progress as a TPM enters it: actual dates, % complete, and the remaining duration. */
    void progress(String name, LocalDate actualStart, LocalDate actualFinish, int percent) {
        Task t = tasks.get(projectId, get(name).id());
        long remaining = Math.round(t.durationMinutes() * (100 - percent) / 100.0);
        TaskDraft d = TaskDraft.of(t).withProgress(BigDecimal.valueOf(percent), actualStart.atTime(LocalTime.of(8, 0)),
                actualFinish == null ? null : actualFinish.atTime(LocalTime.of(17, 0)), remaining);
        byName.put(name, tasks.update(projectId, t.id(), t.version(), d));
    }

    /** Sets a fixed cost (a vendor's fixed-price statement of work, a licence) on a task. */
    void fixedCost(String name, long amount) {
        Task t = tasks.get(projectId, get(name).id());
        byName.put(name, tasks.update(projectId, t.id(), t.version(), TaskDraft.of(t).withFixedCost(BigDecimal.valueOf(amount))));
    }

    /** Puts a task on another calendar (a cutover on the 24×7 calendar). */
    void calendar(String name, long calendarId) {
        Task t = tasks.get(projectId, get(name).id());
        byName.put(name, tasks.update(projectId, t.id(), t.version(), TaskDraft.of(t).withCalendar(calendarId)));
    }
}
