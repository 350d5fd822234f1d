package org.bearing.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.platform.RuleViolationException;

/**
 * A project's dependencies must form a directed acyclic graph: a task cannot depend on itself, on its own summary or
 * subtask (MS Project refuses those too), or on a task that already depends on it through a chain of links.
 */
public final class DependencyCyclePolicy {

    private DependencyCyclePolicy() {
    }

    /**
     * @param existing  the project's current dependencies, without the one being replaced
     * @param tasksById the project's tasks, for names and the summary hierarchy
     * @throws RuleViolationException naming the tasks of the cycle, in order, when the new link would close one
     */
    public static void check(long predecessorId, long successorId, Collection<Dependency> existing, Map<Long, Task> tasksById) {
        Task predecessor = tasksById.get(predecessorId);
        Task successor = tasksById.get(successorId);
        if (predecessorId == successorId) {
            throw new RuleViolationException("self-dependency", "successorId",
                    "Task '" + predecessor.name() + "' cannot depend on itself",
                    Map.of("cycle", List.of(predecessor.name(), predecessor.name())));
        }
        if (isAncestor(predecessorId, successor, tasksById) || isAncestor(successorId, predecessor, tasksById)) {
            throw new RuleViolationException("summary-dependency", "successorId",
                    "Tasks '" + predecessor.name() + "' and '" + successor.name()
                            + "' are a summary task and one of its subtasks; a link between them would make the summary depend on itself");
        }
        Map<Long, List<Long>> successors = new HashMap<>();
        for (Dependency d : existing) {
            successors.computeIfAbsent(d.predecessorId(), k -> new ArrayList<>()).add(d.successorId());
        }
        List<Long> path = pathBetween(successorId, predecessorId, successors);
        if (path != null) {
            List<String> names = new ArrayList<>();
            names.add(predecessor.name());
            path.forEach(id -> names.add(tasksById.get(id).name()));
            throw new RuleViolationException("dependency-cycle", "successorId",
                    "This link would close a dependency cycle: " + String.join(" → ", names), Map.of("cycle", names));
        }
    }

    /**
     * An outline change (indent, outdent, a new parent) must not put a task above or below a task it is linked to:
     * the summary would then depend on its own subtask, or the other way round.
     *
     * @param tasksById the project's tasks with their parents as they would be after the change
     * @throws RuleViolationException naming both tasks when a link joins a summary and one of its subtasks
     */
    public static void checkOutline(Map<Long, Task> tasksById, Collection<Dependency> links) {
        for (Dependency d : links) {
            Task predecessor = tasksById.get(d.predecessorId());
            Task successor = tasksById.get(d.successorId());
            if (predecessor == null || successor == null) {
                continue;
            }
            if (isAncestor(d.predecessorId(), successor, tasksById) || isAncestor(d.successorId(), predecessor, tasksById)) {
                throw new RuleViolationException("summary-dependency", "parentId", "'" + successor.name() + "' depends on '"
                        + predecessor.name() + "', so one cannot become a subtask of the other; remove that link first");
            }
        }
    }

    private static boolean isAncestor(long candidate, Task task, Map<Long, Task> tasksById) {
        Long parent = task.parentId();
        int guard = 0;
        while (parent != null && guard++ < tasksById.size()) {
            if (parent == candidate) {
                return true;
            }
            Task p = tasksById.get(parent);
            parent = p == null ? null : p.parentId();
        }
        return false;
    }

    /** Breadth-first search; the path includes both ends, or null when {@code to} is unreachable. */
    private static List<Long> pathBetween(long from, long to, Map<Long, List<Long>> successors) {
        Map<Long, Long> cameFrom = new HashMap<>();
        Deque<Long> queue = new ArrayDeque<>();
        queue.add(from);
        cameFrom.put(from, from);
        while (!queue.isEmpty()) {
            long current = queue.poll();
            if (current == to) {
                List<Long> path = new ArrayList<>();
                for (long at = to; ; at = cameFrom.get(at)) {
                    path.add(0, at);
                    if (at == from) {
                        return path;
                    }
                }
            }
            for (long next : successors.getOrDefault(current, List.of())) {
                if (cameFrom.putIfAbsent(next, current) == null) {
                    queue.add(next);
                }
            }
        }
        return null;
    }
}
