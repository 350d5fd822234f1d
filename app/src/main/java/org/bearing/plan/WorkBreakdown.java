package org.bearing.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.platform.RuleViolationException;

/**
 * A project's tasks as an outline: each task under its parent, siblings by position. The outline number
 * (1, 1.1, 1.2, 2 ...) is the default WBS code.
 */
public final class WorkBreakdown {
    private final List<Task> outline;
    private final Map<Long, String> outlineNumbers;

    private WorkBreakdown(List<Task> outline, Map<Long, String> outlineNumbers) {
        this.outline = outline;
        this.outlineNumbers = outlineNumbers;
    }

    public static WorkBreakdown of(List<Task> tasks) {
        Map<Long, List<Task>> children = new HashMap<>();
        for (Task t : tasks) {
            children.computeIfAbsent(t.parentId() == null ? 0L : t.parentId(), k -> new ArrayList<>()).add(t);
        }
        children.values().forEach(list -> list.sort(Comparator.comparingInt(Task::position).thenComparingLong(Task::id)));
        List<Task> outline = new ArrayList<>(tasks.size());
        Map<Long, String> numbers = new HashMap<>();
        walk(0L, "", children, outline, numbers);
        return new WorkBreakdown(outline, numbers);
    }

    private static void walk(long parent, String prefix, Map<Long, List<Task>> children, List<Task> outline, Map<Long, String> numbers) {
        int n = 0;
        for (Task t : children.getOrDefault(parent, List.of())) {
            String number = prefix + (++n);
            numbers.put(t.id(), number);
            outline.add(t);
            walk(t.id(), number + ".", children, outline, numbers);
        }
    }

    /** Tasks in outline order, each summary before its children. */
    public List<Task> outline() {
        return outline;
    }

    public String outlineNumber(long taskId) {
        return outlineNumbers.get(taskId);
    }

    /** The WBS code shown to users: the one set on the task, else its outline number. */
    public String wbsCode(Task t) {
        return t.wbsCode() != null && !t.wbsCode().isBlank() ? t.wbsCode() : outlineNumber(t.id());
    }

    /** Outline level, 1 for top-level tasks. */
    public int level(long taskId) {
        String n = outlineNumbers.get(taskId);
        return n == null ? 0 : n.split("\\.").length;
    }

    /**
     * A task may not be moved under itself or under one of its own subtasks.
     *
     * @throws RuleViolationException when {@code newParentId} is {@code taskId} or one of its descendants
     */
    public static void checkParent(long taskId, Long newParentId, Map<Long, Task> tasksById) {
        Long at = newParentId;
        int guard = 0;
        while (at != null && guard++ <= tasksById.size()) {
            if (at == taskId) {
                throw new RuleViolationException("outline-cycle", "parentId",
                        "Task '" + tasksById.get(taskId).name() + "' cannot be placed under itself or under one of its own subtasks");
            }
            Task p = tasksById.get(at);
            at = p == null ? null : p.parentId();
        }
    }
}
