package org.bearing.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bearing.plan.persistence.AssignmentStore;
import org.bearing.plan.persistence.BaselineStore;
import org.bearing.plan.persistence.CalendarStore;
import org.bearing.plan.persistence.DependencyStore;
import org.bearing.plan.persistence.ResourceStore;
import org.bearing.plan.persistence.TaskStore;
import org.bearing.platform.ConflictException;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes many plan elements at once, as an import does: the same rules as {@link Tasks}, {@link Dependencies},
 * {@link Assignments} and {@link Baselines}, but checked once over the whole batch (one read of the project's tasks,
 * one cycle search over the whole network) and announced with one {@link PlanChanged}, so that writing a
 * 10,000-task plan costs one reschedule instead of one per element. Each call joins the caller's transaction.
 */
@Service
@Transactional
public class PlanBatch {
    private final TaskStore tasks;
    private final DependencyStore dependencies;
    private final AssignmentStore assignments;
    private final ResourceStore resources;
    private final CalendarStore calendars;
    private final BaselineStore baselines;
    private final PlanEdits edits;

    PlanBatch(TaskStore tasks, DependencyStore dependencies, AssignmentStore assignments, ResourceStore resources,
              CalendarStore calendars, BaselineStore baselines, PlanEdits edits) {
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.assignments = assignments;
        this.resources = resources;
        this.calendars = calendars;
        this.baselines = baselines;
        this.edits = edits;
    }

    /**
     * A task of an outline being written: {@code parent} is the index of an earlier element of the same batch, or
     * null to use {@code draft.parentId()} (an existing task or the project root); {@code externalId} is the id the
     * task has in the file it came from (its unique id there, at most 100 characters kept), or null.
     */
    public record OutlineTask(Integer parent, TaskDraft draft, String externalId) {

        public OutlineTask(Integer parent, TaskDraft draft) {
            this(parent, draft, null);
        }
    }

    /**
     * Appends an outline of new tasks, parents before their children, in the given order among siblings.
     *
     * @return the new tasks' ids, in the order of {@code outline}
     */
    public List<Long> createTasks(long projectId, List<OutlineTask> outline) {
        edits.requireProject(projectId);
        Set<Long> projectCalendars = new HashSet<>();
        calendars.visibleTo(projectId).forEach(c -> projectCalendars.add(c.id()));
        Map<Long, Task> existing = new HashMap<>();
        tasks.inProject(projectId).forEach(t -> existing.put(t.id(), t));
        // Rows go to the database in batches. A batch is sent before a task whose summary is still in it, so that
        // the summary's id is known; ids keep the outline order either way.
        List<Long> ids = new ArrayList<>(outline.size());
        List<TaskStore.NewRow> pending = new ArrayList<>();
        Map<Long, Integer> nextPosition = new HashMap<>();
        Set<Integer> milestones = new HashSet<>();
        for (int i = 0; i < outline.size(); i++) {
            OutlineTask o = outline.get(i);
            TaskDraft d = o.draft();
            Long parentId = d.parentId();
            if (o.parent() != null) {
                if (o.parent() < 0 || o.parent() >= i) {
                    throw new InvalidFieldException("parentId", "Task '" + d.name() + "' must come after its summary task");
                }
                if (milestones.contains(o.parent())) {
                    throw new InvalidFieldException("parentId", "Task '" + d.name() + "' cannot be under a milestone");
                }
                if (o.parent() >= ids.size()) {
                    ids.addAll(tasks.insertAll(projectId, pending));
                    pending.clear();
                }
                parentId = ids.get(o.parent());
            } else if (parentId != null && !existing.containsKey(parentId)) {
                throw new InvalidFieldException("parentId", "Task " + parentId + " is not in project " + projectId);
            } else if (parentId != null && existing.get(parentId).milestone()) {
                throw new InvalidFieldException("parentId", "Task '" + d.name() + "' cannot be under a milestone");
            }
            d = d.withPlace(parentId, null);
            TaskRules.check(d);
            if (d.calendarId() != null && !projectCalendars.contains(d.calendarId())) {
                throw new InvalidFieldException("calendarId", "Calendar " + d.calendarId() + " is not visible to project " + projectId);
            }
            long key = parentId == null ? -1 : parentId;
            final Long p = parentId;
            int position = nextPosition.computeIfAbsent(key, k -> p == null || existing.containsKey(p) ? tasks.nextPosition(projectId, p) : 0);
            nextPosition.put(key, position + 1);
            pending.add(new TaskStore.NewRow(position, d, clip(o.externalId())));
            if (Boolean.TRUE.equals(d.milestone())) {
                milestones.add(i);
            }
        }
        ids.addAll(tasks.insertAll(projectId, pending));
        if (!outline.isEmpty()) {
            edits.changed(projectId);
        }
        return ids;
    }

    /**
     * Adds many dependencies. The whole batch is refused when one link is out of range, joins a task to its own
     * summary, repeats a pair of tasks, or when the links together close a cycle (named task by task).
     */
    public void createDependencies(long projectId, List<DependencyDraft> drafts) {
        edits.requireProject(projectId);
        Map<Long, TaskStore.Outline> byId = outline(projectId);
        List<Dependency> existing = dependencies.inProject(projectId);
        Set<String> pairs = new HashSet<>();
        Map<Long, List<Long>> successors = new HashMap<>();
        existing.forEach(d -> {
            pairs.add(d.predecessorId() + ">" + d.successorId());
            successors.computeIfAbsent(d.predecessorId(), k -> new ArrayList<>()).add(d.successorId());
        });
        for (DependencyDraft d : drafts) {
            String lagProblem = d.lag().rangeProblem();
            if (lagProblem != null) {
                throw new InvalidFieldException("lagAmount", lagProblem);
            }
            TaskStore.Outline p = byId.get(d.predecessorId());
            TaskStore.Outline s = byId.get(d.successorId());
            if (p == null || s == null) {
                throw new InvalidFieldException(p == null ? "predecessorId" : "successorId",
                        "Task " + (p == null ? d.predecessorId() : d.successorId()) + " is not in project " + projectId);
            }
            if (p.id() == s.id() || ancestor(p.id(), s, byId) || ancestor(s.id(), p, byId)) {
                // The one-link policy words the problem (self or summary link) exactly as the API does.
                Map<Long, Task> full = new HashMap<>();
                tasks.inProject(projectId).forEach(t -> full.put(t.id(), t));
                DependencyCyclePolicy.check(p.id(), s.id(), List.of(), full);
            }
            if (!pairs.add(p.id() + ">" + s.id())) {
                throw new ConflictException("Task '" + s.name() + "' already depends on '" + p.name() + "'", "successorId");
            }
            successors.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(s.id());
        }
        List<String> cycle = cycle(successors, byId);
        if (cycle != null) {
            throw new RuleViolationException("dependency-cycle", "successorId",
                    "The links close a dependency cycle: " + String.join(" → ", cycle), Map.of("cycle", cycle));
        }
        dependencies.insertAll(projectId, drafts);
        if (!drafts.isEmpty()) {
            edits.changed(projectId);
        }
    }

    /** Adds many assignments with the rules of {@link Assignments#create}; work defaults to duration × units. */
    public void createAssignments(long projectId, List<AssignmentDraft> drafts) {
        edits.requireProject(projectId);
        Map<Long, TaskStore.Outline> byId = outline(projectId);
        Map<Long, Resource> visible = new HashMap<>();
        resources.visibleTo(projectId).forEach(r -> visible.put(r.id(), r));
        Set<String> pairs = new HashSet<>();
        assignments.inProject(projectId).forEach(a -> pairs.add(a.taskId() + ":" + a.resourceId()));
        List<Assignment> rows = new ArrayList<>(drafts.size());
        for (AssignmentDraft d : drafts) {
            TaskStore.Outline task = byId.get(d.taskId());
            Resource resource = visible.get(d.resourceId());
            if (task == null) {
                throw new InvalidFieldException("taskId", "Task " + d.taskId() + " is not in project " + projectId);
            }
            if (resource == null) {
                throw new InvalidFieldException("resourceId", "Resource " + d.resourceId() + " is not visible to project " + projectId);
            }
            if (task.summary()) {
                throw new InvalidFieldException("taskId", "Task '" + task.name() + "' is a summary task; assign resources to its subtasks");
            }
            if (!pairs.add(d.taskId() + ":" + d.resourceId())) {
                throw new ConflictException("'" + resource.name() + "' is already assigned to '" + task.name() + "'", "resourceId");
            }
            BigDecimal units = d.units() == null ? BigDecimal.ONE : d.units();
            long work = d.workMinutes() != null ? d.workMinutes()
                    : resource.type() == ResourceType.WORK
                    ? units.multiply(BigDecimal.valueOf(task.durationMinutes())).setScale(0, RoundingMode.HALF_UP).longValueExact() : 0;
            long actual = d.actualWorkMinutes() == null ? 0 : d.actualWorkMinutes();
            rows.add(new Assignment(-1, 0, projectId, d.taskId(), d.resourceId(), units, work, actual));
        }
        assignments.insertAll(rows);
        if (!drafts.isEmpty()) {
            edits.changed(projectId);
        }
    }

    /**
     * Adds many resources of one project with the rules of {@link Resources#create}: a calendar must be the
     * project's or a shared one, only work resources have one, and names are unique in the project (among the
     * existing resources and within the batch).
     *
     * @return the new resources' ids, in the order of {@code drafts}
     */
    public List<Long> createResources(long projectId, List<ResourceDraft> drafts) {
        edits.requireProject(projectId);
        Set<Long> projectCalendars = new HashSet<>();
        calendars.visibleTo(projectId).forEach(c -> projectCalendars.add(c.id()));
        Set<String> names = new HashSet<>();
        resources.visibleTo(projectId).stream().filter(r -> r.projectId() != null).forEach(r -> names.add(r.name()));
        for (ResourceDraft d : drafts) {
            if (d.projectId() == null || d.projectId() != projectId) {
                throw new InvalidFieldException("projectId", "Resource '" + d.name() + "' is not for project " + projectId);
            }
            if (d.calendarId() != null && !projectCalendars.contains(d.calendarId())) {
                throw new InvalidFieldException("calendarId", "Calendar " + d.calendarId() + " is not visible to project " + projectId);
            }
            if (d.type() != ResourceType.WORK && d.calendarId() != null) {
                throw new InvalidFieldException("calendarId", "Only work resources have a calendar");
            }
            if (!names.add(d.name().strip())) {
                throw new ConflictException("A resource named '" + d.name() + "' already exists there", "name");
            }
        }
        return resources.insertAll(drafts);
    }

    /**
     * Records a baseline another tool saved (MS Project's Baseline0..10, say) with its own values, where
     * {@link Baselines#capture} would snapshot the current plan.
     */
    public Baseline recordBaseline(long projectId, int number, String name, Instant capturedAt, List<BaselineTask> rows) {
        edits.requireProject(projectId);
        if (number < 0 || number > Baseline.MAX_NUMBER) {
            throw new InvalidFieldException("number", "Baseline number " + number + " is outside 0.." + Baseline.MAX_NUMBER);
        }
        if (baselines.numbersInUse(projectId).contains(number)) {
            throw new ConflictException("Baseline " + number + " already exists in this project", "number");
        }
        Set<Long> ids = new HashSet<>(tasks.idsInProject(projectId));
        for (BaselineTask r : rows) {
            if (!ids.contains(r.taskId())) {
                throw new InvalidFieldException("taskId", "Task " + r.taskId() + " is not in project " + projectId);
            }
        }
        long id = baselines.insert(new Baseline(0, 0, projectId, number, name.strip(), capturedAt, rows));
        return baselines.byId(id).orElseThrow();
    }

    /** An external id as stored: at most 100 characters (the column's width). */
    static String clip(String externalId) {
        return externalId == null || externalId.length() <= 100 ? externalId : externalId.substring(0, 100);
    }

    private Map<Long, TaskStore.Outline> outline(long projectId) {
        Map<Long, TaskStore.Outline> byId = new HashMap<>();
        tasks.outline(projectId).forEach(t -> byId.put(t.id(), t));
        return byId;
    }

    private static boolean ancestor(long candidate, TaskStore.Outline task, Map<Long, TaskStore.Outline> byId) {
        Long parent = task.parentId();
        for (int guard = 0; parent != null && guard < byId.size(); guard++) {
            if (parent == candidate) {
                return true;
            }
            TaskStore.Outline p = byId.get(parent);
            parent = p == null ? null : p.parentId();
        }
        return false;
    }

    /** One cycle of the graph as task names (first = last), or null when it is acyclic; iterative depth-first search. */
    private static List<String> cycle(Map<Long, List<Long>> successors, Map<Long, TaskStore.Outline> byId) {
        Map<Long, Integer> state = new HashMap<>(); // 1 on the path, 2 done
        for (Long root : successors.keySet()) {
            if (state.containsKey(root)) {
                continue;
            }
            Deque<Long> path = new ArrayDeque<>();
            Deque<java.util.Iterator<Long>> iterators = new ArrayDeque<>();
            path.push(root);
            iterators.push(successors.getOrDefault(root, List.of()).iterator());
            state.put(root, 1);
            while (!path.isEmpty()) {
                java.util.Iterator<Long> it = iterators.peek();
                if (it.hasNext()) {
                    long next = it.next();
                    Integer s = state.get(next);
                    if (s == null) {
                        state.put(next, 1);
                        path.push(next);
                        iterators.push(successors.getOrDefault(next, List.of()).iterator());
                    } else if (s == 1) {
                        List<String> names = new ArrayList<>();
                        List<Long> onPath = new ArrayList<>(path);
                        java.util.Collections.reverse(onPath);
                        for (int i = onPath.indexOf(next); i < onPath.size(); i++) {
                            names.add(byId.get(onPath.get(i)).name());
                        }
                        names.add(byId.get(next).name());
                        return names;
                    }
                } else {
                    state.put(path.pop(), 2);
                    iterators.pop();
                }
            }
        }
        return null;
    }
}
