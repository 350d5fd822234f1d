package org.bearing.workspace;

/**
 * What a user typed into one weighted-milestone step of a task on the earned value page (its name and weight as typed;
 * {@link #NEW} for the form that adds a step) and what was wrong, to show the step again with each message beside its
 * field. Messages under {@code ""} concern the task's steps as a whole (too many, or the steps changed meanwhile).
 */
public record MilestoneStepEdit(long taskId, int index, String name, String weight, FormErrors errors) {
    /** The index of the form that adds a step. */
    public static final int NEW = -1;

    /** Whether this edit is of step {@code i} of task {@code task}. */
    public boolean of(long task, int i) {
        return taskId == task && index == i;
    }

    /** The message for a field of step {@code i} of task {@code task} ({@code ""}: the steps as a whole), or null. */
    public String error(long task, int i, String field) {
        return taskId == task && (index == i || field.isEmpty()) ? errors.get(field) : null;
    }
}
