package org.bearing.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.plan.persistence.CalendarStore;
import org.bearing.plan.persistence.ProjectStore;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task sheet: a project's tasks edited row by row as in MS Project's Entry table. Rows are numbered from 1 in
 * outline order (MS Project's ID), and predecessors refer to those numbers ({@link PredecessorList}). Every edit is
 * one transaction, journaled for undo ({@link PlanEditJournal}); a rejected edit changes nothing.
 *
 * <p>Dates are typed, not computed, only to constrain a task, as MS Project does: typing a start sets a
 * Start-No-Earlier-Than constraint at {@value #START_HOUR}:00 of that day, typing a finish sets a
 * Finish-No-Earlier-Than constraint at {@value #FINISH_HOUR}:00 (MS Project's default start and finish times).
 * The scheduler then places the task no earlier than that.
 */
@Service
@Transactional
public class TaskSheet {
    static final int START_HOUR = 8;
    static final int FINISH_HOUR = 17;
    private final Tasks tasks;
    private final Dependencies dependencies;
    private final PlanEditJournal journal;
    private final ProjectStore projects;
    private final CalendarStore calendars;

    TaskSheet(Tasks tasks, Dependencies dependencies, PlanEditJournal journal, ProjectStore projects, CalendarStore calendars) {
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.journal = journal;
        this.projects = projects;
        this.calendars = calendars;
    }

    /** The columns a user types into. */
    public enum Column { NAME, DURATION, START, FINISH, PREDECESSORS }

    /** The project calendar's day, week and month lengths, for reading and writing durations and lags. */
    @Transactional(readOnly = true)
    public TimeUnits timeUnits(long projectId) {
        Project p = projects.byId(projectId).orElseThrow(() -> new NotFoundException("Project", projectId));
        ProjectCalendar c = p.calendarId() != null ? calendars.byId(p.calendarId()).orElse(null)
                : calendars.baseNamed(Calendars.STANDARD).orElse(null);
        return TimeUnits.of(c);
    }

    /** Row numbers (from 1, in outline order) and the task in each. */
    public static Map<Integer, Long> rows(WorkBreakdown wbs) {
        Map<Integer, Long> rows = new HashMap<>();
        List<Task> outline = wbs.outline();
        for (int i = 0; i < outline.size(); i++) {
            rows.put(i + 1, outline.get(i).id());
        }
        return rows;
    }

    /**
     * Sets one cell from the text typed into it.
     *
     * @throws InvalidFieldException on the column's field ({@code name, duration, start, finish, predecessors}) when the
     *                               text is not valid for it
     */
    public void edit(long projectId, long taskId, Column column, String text) {
        Task task = tasks.get(projectId, taskId);
        String value = text == null ? "" : text.strip();
        switch (column) {
            case NAME -> {
                String name = requireName(value);
                journal.record(projectId, "Rename '" + task.name() + "' to '" + name + "'",
                        () -> tasks.update(projectId, taskId, null, TaskDraft.of(task).withName(name)));
            }
            case DURATION -> {
                requireLeaf(task, "duration");
                long minutes = DurationText.parseDuration(value, timeUnits(projectId));
                journal.record(projectId, "Set the duration of '" + task.name() + "' to " + value,
                        () -> tasks.update(projectId, taskId, null, TaskDraft.of(task).withDuration(minutes)));
            }
            case START -> {
                requireLeaf(task, "start");
                LocalDateTime at = date(value, "start").atTime(START_HOUR, 0);
                journal.record(projectId, "Start '" + task.name() + "' no earlier than " + at.toLocalDate(),
                        () -> tasks.update(projectId, taskId, null, TaskDraft.of(task).withConstraint(ConstraintType.SNET, at)));
            }
            case FINISH -> {
                requireLeaf(task, "finish");
                LocalDateTime at = date(value, "finish").atTime(FINISH_HOUR, 0);
                journal.record(projectId, "Finish '" + task.name() + "' no earlier than " + at.toLocalDate(),
                        () -> tasks.update(projectId, taskId, null, TaskDraft.of(task).withConstraint(ConstraintType.FNET, at)));
            }
            case PREDECESSORS -> {
                PredecessorList list = PredecessorList.parse(value, rows(tasks.breakdown(projectId)), timeUnits(projectId));
                List<DependencyDraft> drafts = new ArrayList<>();
                list.entries().forEach(p -> drafts.add(new DependencyDraft(p.taskId(), taskId, p.type(), p.lag().amount(), p.lag().unit())));
                journal.record(projectId, "Set the predecessors of '" + task.name() + "' to " + (value.isEmpty() ? "none" : value), () -> {
                    dependencies.replacePredecessors(projectId, taskId, drafts);
                    return null;
                });
            }
        }
    }

    /**
     * Adds a task with a duration of one day: directly below {@code belowTaskId} (its first subtask when it is a
     * summary, else its next sibling), or, when that is null, in the last row at the level of the task above it.
     *
     * @return the new task
     */
    public Task add(long projectId, Long belowTaskId, String name) {
        String n = requireName(name == null ? "" : name.strip());
        WorkBreakdown wbs = tasks.breakdown(projectId);
        TaskDraft draft = TaskDraft.named(n, null, timeUnits(projectId).minutesPerDay());
        if (belowTaskId != null) {
            Task below = tasks.get(projectId, belowTaskId);
            draft = below.summary() ? draft.withPlace(below.id(), 0) : draft.withPlace(below.parentId(), below.position() + 1);
        } else if (!wbs.outline().isEmpty()) {
            draft = draft.withPlace(wbs.outline().get(wbs.outline().size() - 1).parentId(), null);
        }
        TaskDraft d = draft;
        return journal.record(projectId, "Add '" + n + "'", () -> tasks.create(projectId, d));
    }

    /** Deletes a task that is not a summary, with its links and assignments (all restored by undo). */
    public void delete(long projectId, long taskId) {
        Task task = tasks.get(projectId, taskId);
        journal.record(projectId, "Delete '" + task.name() + "'", () -> {
            tasks.delete(projectId, taskId, null);
            return null;
        });
    }

    /**
     * Makes the task a subtask of the task above it at its level, as its last subtask (MS Project's Indent). The rows
     * keep their order; the task above becomes a summary.
     */
    public void indent(long projectId, long taskId) {
        Task task = tasks.get(projectId, taskId);
        Task above = siblings(projectId, task.parentId()).stream().filter(s -> s.position() < task.position()
                || s.position() == task.position() && s.id() < task.id()).reduce((a, b) -> b)
                .orElseThrow(() -> new InvalidFieldException("outline", "'" + task.name()
                        + "' has no task above it at its level to become its subtask"));
        requireOutline(projectId, Map.of(taskId, above.id()));
        journal.record(projectId, "Indent '" + task.name() + "'",
                () -> tasks.update(projectId, taskId, null, TaskDraft.of(task).withPlace(above.id(), null)));
    }

    /**
     * Moves the task one level up, right after its summary (MS Project's Outdent). The rows keep their order, so the
     * tasks that followed it under the same summary become its subtasks.
     */
    public void outdent(long projectId, long taskId) {
        Task task = tasks.get(projectId, taskId);
        if (task.parentId() == null) {
            throw new InvalidFieldException("outline", "'" + task.name() + "' is already at the top level");
        }
        Task parent = tasks.get(projectId, task.parentId());
        List<Task> following = siblings(projectId, task.parentId()).stream()
                .filter(s -> s.position() > task.position() || s.position() == task.position() && s.id() > task.id()).toList();
        Map<Long, Long> moves = new HashMap<>();
        moves.put(taskId, parent.parentId());
        following.forEach(f -> moves.put(f.id(), taskId));
        requireOutline(projectId, moves);
        journal.record(projectId, "Outdent '" + task.name() + "'", () -> {
            tasks.update(projectId, taskId, null, TaskDraft.of(task).withPlace(parent.parentId(), parent.position() + 1));
            for (Task f : following) {
                tasks.update(projectId, f.id(), null, TaskDraft.of(tasks.get(projectId, f.id())).withPlace(taskId, null));
            }
            return null;
        });
    }

    /** Reverses the most recent sheet edit; see {@link PlanEditJournal#undo}. */
    public String undo(long projectId) {
        return journal.undo(projectId);
    }

    /** Refuses an outline change that would make a summary and its subtask linked ({@link DependencyCyclePolicy#checkOutline}). */
    private void requireOutline(long projectId, Map<Long, Long> newParents) {
        Map<Long, Task> after = new HashMap<>();
        for (Task t : tasks.all(projectId)) {
            after.put(t.id(), newParents.containsKey(t.id()) ? t.withParent(newParents.get(t.id())) : t);
        }
        DependencyCyclePolicy.checkOutline(after, dependencies.all(projectId));
    }

    private List<Task> siblings(long projectId, Long parentId) {
        return tasks.breakdown(projectId).outline().stream().filter(t -> java.util.Objects.equals(t.parentId(), parentId)).toList();
    }

    private static String requireName(String name) {
        if (name.isEmpty()) {
            throw new InvalidFieldException("name", "A task needs a name");
        }
        if (name.length() > 400) {
            throw new InvalidFieldException("name", "A task name has at most 400 characters; this one has " + name.length());
        }
        return name;
    }

    private static void requireLeaf(Task task, String field) {
        if (task.summary()) {
            throw new InvalidFieldException(field, "'" + task.name() + "' is a summary task: its " + field
                    + " is rolled up from its subtasks");
        }
    }

    /**
     * A typed date: {@code 2026-01-12}, optionally after a weekday as the sheet shows it ({@code Mon 2026-01-12}).
     */
    static LocalDate date(String text, String field) {
        String t = text.strip().replaceFirst("^(?i)(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?\\s+", "");
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(field, "'" + text.strip() + "' is not a date; type it as YYYY-MM-DD, such as "
                    + LocalDate.of(2026, 1, 12));
        }
    }
}
