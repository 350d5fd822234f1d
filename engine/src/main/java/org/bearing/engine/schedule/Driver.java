package org.bearing.engine.schedule;

/**
 * One reason why a task's early start is what it is. {@code link} is the link index (or -1), {@code
 * predecessor} the predecessor task (or -1), {@code date} the bound the reason imposes in wall-clock minutes.
 */
public record Driver(Kind kind, int link, int predecessor, String predecessorName, LinkType linkType, long date) {

    public enum Kind {
        /** A predecessor link (possibly inherited from a summary task). */
        LINK,
        /** The task's own date constraint. */
        CONSTRAINT,
        /** The project start date. */
        PROJECT_START,
        /** The status date (unfinished work cannot be scheduled before it). */
        STATUS_DATE,
        /** The task's actual start (progress). */
        ACTUAL_START
    }
}
