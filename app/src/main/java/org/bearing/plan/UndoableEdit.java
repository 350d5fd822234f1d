package org.bearing.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What one plan edit changed, kept so that it can be reversed: the before-image of every task, dependency and
 * assignment the edit changed or deleted, and the ids of those it created. Undoing writes the before-images back
 * (ids included) and deletes what was created. Tasks whose only change is their place in the outline (siblings
 * shifted by an insert, subtasks taken over by an outdent) keep just their former parent and position.
 *
 * @param description what the edit did, in words ("Rename 'Design'")
 */
public record UndoableEdit(String description, List<Task> tasksBefore, List<Placement> placesBefore, List<Long> createdTasks,
                           List<Dependency> linksBefore, List<Long> createdLinks, List<Assignment> assignmentsBefore,
                           List<Long> createdAssignments) {

    /** A task's former place in the outline. */
    public record Placement(long taskId, Long parentId, int position) {
    }

    /** The rows of a project's plan at one moment, as the diff's input. */
    record Rows(List<Task> tasks, List<Dependency> links, List<Assignment> assignments) {
    }

    /** The reverse of the change from {@code before} to {@code after}; empty when nothing changed. */
    static UndoableEdit between(String description, Rows before, Rows after) {
        Map<Long, Task> now = byId(after.tasks(), Task::id);
        List<Task> tasks = new ArrayList<>();
        List<Placement> places = new ArrayList<>();
        for (Task was : before.tasks()) {
            Task is = now.get(was.id());
            if (is == null || !sameFields(was, is)) {
                tasks.add(was);
            } else if (!Objects.equals(was.parentId(), is.parentId()) || was.position() != is.position()) {
                places.add(new Placement(was.id(), was.parentId(), was.position()));
            }
        }
        return new UndoableEdit(description, tasks, places, created(before.tasks(), after.tasks(), Task::id),
                changed(before.links(), after.links(), Dependency::id, (a, b) -> a.equals(withVersion(b, a.version()))),
                created(before.links(), after.links(), Dependency::id),
                changed(before.assignments(), after.assignments(), Assignment::id,
                        (a, b) -> a.equals(new Assignment(b.id(), a.version(), b.projectId(), b.taskId(), b.resourceId(), b.units(),
                                b.workMinutes(), b.actualWorkMinutes()))),
                created(before.assignments(), after.assignments(), Assignment::id));
    }

    public boolean isEmpty() {
        return tasksBefore.isEmpty() && placesBefore.isEmpty() && createdTasks.isEmpty() && linksBefore.isEmpty()
                && createdLinks.isEmpty() && assignmentsBefore.isEmpty() && createdAssignments.isEmpty();
    }

    /** Equal in every field a user edits; version, summary flag and scheduled dates are derived. */
    private static boolean sameFields(Task a, Task b) {
        return normal(a).equals(normal(b));
    }

    /** A task with its derived fields and its place blanked, to compare what a user edited. */
    private static Task normal(Task t) {
        return new Task(t.id(), 0, t.projectId(), null, 0, t.wbsCode(), t.name(), t.milestone(), false, t.notes(), t.durationMinutes(),
                t.workMinutes(), t.constraintType(), t.constraintDate(), t.deadline(), t.priority(),
                t.percentComplete() == null ? null : t.percentComplete().stripTrailingZeros(), t.actualStart(), t.actualFinish(),
                t.remainingDurationMinutes(), t.fixedCost() == null ? null : t.fixedCost().stripTrailingZeros(), t.calendarId(), null, null,
                t.evMethod(), t.physicalPercentComplete().stripTrailingZeros(), t.evMilestones().stream()
                        .map(m -> new EvMilestone(m.name(), m.weight().stripTrailingZeros(), m.achieved())).toList());
    }

    private static Dependency withVersion(Dependency d, long version) {
        return new Dependency(d.id(), version, d.projectId(), d.predecessorId(), d.successorId(), d.type(), d.lag());
    }

    private static <T> Map<Long, T> byId(Collection<T> rows, Function<T, Long> id) {
        Map<Long, T> map = new HashMap<>();
        rows.forEach(r -> map.put(id.apply(r), r));
        return map;
    }

    private static <T> List<T> changed(List<T> before, List<T> after, Function<T, Long> id, java.util.function.BiPredicate<T, T> same) {
        Map<Long, T> now = byId(after, id);
        List<T> changed = new ArrayList<>();
        for (T was : before) {
            T is = now.get(id.apply(was));
            if (is == null || !same.test(was, is)) {
                changed.add(was);
            }
        }
        return changed;
    }

    private static <T> List<Long> created(List<T> before, List<T> after, Function<T, Long> id) {
        Map<Long, T> was = byId(before, id);
        return after.stream().map(id).filter(i -> !was.containsKey(i)).toList();
    }
}
