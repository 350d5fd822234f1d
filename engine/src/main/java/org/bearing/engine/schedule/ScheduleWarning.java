package org.bearing.engine.schedule;

/**
 * A problem found while scheduling that did not stop it: the task index (or -1 for the whole project),
 * its name, and a human-readable message.
 */
public record ScheduleWarning(Kind kind, int task, String taskName, String message) {

    public enum Kind {
        /** A constraint date held the task against its logic (a link is not satisfied). */
        CONSTRAINT_CONFLICT,
        /** The task has negative total float. */
        NEGATIVE_FLOAT,
        /** The task finishes after its deadline. */
        DEADLINE_MISSED,
        /** The task has progress although a predecessor has not finished or started as the link demands. */
        OUT_OF_SEQUENCE,
        /** Input data was inconsistent and was corrected (e.g. an actual finish before the actual start). */
        INVALID_DATA
    }
}
