package org.bearing.interop;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A task (activity) as the file defines it: the inputs a critical-path engine needs, plus the scheduled start and
 * finish the saving tool stored.
 *
 * @param durationMinutes  planned duration: working minutes, or elapsed minutes when {@code elapsedDuration}
 * @param remainingMinutes remaining duration in the same unit, null when the file does not say
 * @param calendarId       the task's own calendar, null when it uses the project (or resource) calendar
 * @param resourceCalendarIds calendars of the work resources assigned to the task
 * @param manual           an MS Project manually scheduled task: the user's dates stand, links do not move it
 * @param textDates        a manual task whose duration, start or finish was typed as text (e.g. "TBD")
 */
public record ImportedTask(int uniqueId, Integer id, String name, Integer parentUniqueId, String wbs,
                           Kind kind, boolean active, boolean manual, boolean textDates,
                           long durationMinutes, boolean elapsedDuration, Long remainingMinutes,
                           String calendarId, List<String> resourceCalendarIds, boolean ignoreResourceCalendar,
                           Constraint constraint, LocalDateTime constraintDate,
                           Constraint secondaryConstraint, LocalDateTime secondaryConstraintDate,
                           LocalDateTime deadline,
                           LocalDateTime actualStart, LocalDateTime actualFinish, double percentComplete,
                           LocalDateTime start, LocalDateTime finish) {

    /** What a task is for scheduling. */
    public enum Kind { TASK, MILESTONE, START_MILESTONE, FINISH_MILESTONE, SUMMARY, WBS_SUMMARY, LEVEL_OF_EFFORT }

    /** Date constraints of MS Project and P6. */
    public enum Constraint {
        AS_SOON_AS_POSSIBLE, AS_LATE_AS_POSSIBLE, MUST_START_ON, MUST_FINISH_ON,
        START_NO_EARLIER_THAN, START_NO_LATER_THAN, FINISH_NO_EARLIER_THAN, FINISH_NO_LATER_THAN,
        START_ON, FINISH_ON
    }

    /** True for summaries (MS Project summary tasks and P6 WBS summaries), whose dates roll up from children. */
    public boolean summary() {
        return kind == Kind.SUMMARY || kind == Kind.WBS_SUMMARY;
    }
}
