package org.bearing.interop;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.bearing.plan.EarnedValueMethod;

/**
 * A task (activity) as the file defines it: the inputs a critical-path engine needs, plus the scheduled start and
 * finish the saving tool stored.
 *
 * @param durationMinutes  planned duration: working minutes, or elapsed minutes when {@code elapsedDuration}
 * @param remainingMinutes remaining duration in the same unit, null when the file does not say
 * @param calendarId       the task's own calendar, null when it uses the project (or resource) calendar
 * @param assignments      the task's work-resource assignments, each on its resource's calendar
 * @param fixedDuration    an MS Project fixed-duration task: its duration, not its assignments' work, sets its length
 * @param manual           an MS Project manually scheduled task: the user's dates stand, links do not move it
 * @param textDates        a manual task whose duration, start or finish was typed as text (e.g. "TBD")
 * @param notes            the task's notes as plain text, null when none
 * @param fixedCost        cost that does not depend on resources, in the project's currency
 * @param evMethod         how the task earns value, null when the file does not say: MS Project's "Earned Value
 *                         Method" (% complete or physical % complete), P6's percent complete type (physical or not)
 * @param physicalPercentComplete physical % complete (0..100), null when the file does not say
 */
public record ImportedTask(int uniqueId, Integer id, String name, Integer parentUniqueId, String wbs,
                           Kind kind, boolean active, boolean manual, boolean textDates,
                           long durationMinutes, boolean elapsedDuration, Long remainingMinutes,
                           String calendarId, List<Assignment> assignments, boolean ignoreResourceCalendar,
                           boolean fixedDuration,
                           Constraint constraint, LocalDateTime constraintDate,
                           Constraint secondaryConstraint, LocalDateTime secondaryConstraintDate,
                           LocalDateTime deadline,
                           LocalDateTime actualStart, LocalDateTime actualFinish, double percentComplete,
                           LocalDateTime start, LocalDateTime finish, String notes, double fixedCost,
                           EarnedValueMethod evMethod, Double physicalPercentComplete) {

    /** A task whose file says nothing about how it earns value. */
    public ImportedTask(int uniqueId, Integer id, String name, Integer parentUniqueId, String wbs,
                        Kind kind, boolean active, boolean manual, boolean textDates,
                        long durationMinutes, boolean elapsedDuration, Long remainingMinutes,
                        String calendarId, List<Assignment> assignments, boolean ignoreResourceCalendar,
                        boolean fixedDuration,
                        Constraint constraint, LocalDateTime constraintDate,
                        Constraint secondaryConstraint, LocalDateTime secondaryConstraintDate,
                        LocalDateTime deadline,
                        LocalDateTime actualStart, LocalDateTime actualFinish, double percentComplete,
                        LocalDateTime start, LocalDateTime finish, String notes, double fixedCost) {
        this(uniqueId, id, name, parentUniqueId, wbs, kind, active, manual, textDates, durationMinutes, elapsedDuration,
                remainingMinutes, calendarId, assignments, ignoreResourceCalendar, fixedDuration, constraint, constraintDate,
                secondaryConstraint, secondaryConstraintDate, deadline, actualStart, actualFinish, percentComplete, start, finish,
                notes, fixedCost, null, null);
    }

    /**
     * A work resource assigned to the task: {@code workMinutes} of work at {@code unitsPercent} % of the resource, on
     * the resource's calendar ({@code calendarId}, null when the resource has none).
     */
    public record Assignment(String calendarId, long workMinutes, double unitsPercent) {
        /** Working minutes the assignment lasts: work / units. */
        public long durationMinutes() {
            return unitsPercent <= 0 ? workMinutes : Math.round(workMinutes * 100.0 / unitsPercent);
        }
    }

    /** Calendars of the resources assigned to the task, in assignment order. */
    public List<String> resourceCalendarIds() {
        return assignments.stream().map(Assignment::calendarId).filter(Objects::nonNull).toList();
    }

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
