package org.bearing.plan;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * An element of a project's work breakdown structure: a summary task (it has children), a leaf task or a milestone.
 * Durations and work are in working minutes. {@code plannedStart}/{@code plannedFinish} are the current schedule's
 * dates, written by the scheduler or kept from an imported file.
 *
 * @param position        order among the siblings under the same parent, from 0
 * @param wbsCode         the WBS code shown to users; derived from the outline when not set
 * @param priority        0..1000 as in MS Project (500 normal, 1000 never level)
 * @param percentComplete duration % complete, 0..100
 * @param remainingDurationMinutes the remaining duration the user set, or null to derive it from % complete
 * @param evMethod        how the task earns its budget (never null; {@link EarnedValueMethod#PERCENT_COMPLETE} by default)
 * @param physicalPercentComplete physical % complete, 0..100, as its owner assessed it (what
 *                        {@link EarnedValueMethod#PHYSICAL_PERCENT} earns)
 * @param evMilestones    the weighted steps {@link EarnedValueMethod#WEIGHTED_MILESTONES} earns by (never null)
 */
public record Task(long id, long version, long projectId, Long parentId, int position, String wbsCode, String name,
                   boolean milestone, boolean summary, String notes, long durationMinutes, long workMinutes,
                   ConstraintType constraintType, LocalDateTime constraintDate, LocalDateTime deadline, int priority,
                   BigDecimal percentComplete, LocalDateTime actualStart, LocalDateTime actualFinish,
                   Long remainingDurationMinutes, BigDecimal fixedCost, Long calendarId,
                   LocalDateTime plannedStart, LocalDateTime plannedFinish, EarnedValueMethod evMethod,
                   BigDecimal physicalPercentComplete, java.util.List<EvMilestone> evMilestones) {

    public Task {
        evMethod = evMethod == null ? EarnedValueMethod.PERCENT_COMPLETE : evMethod;
        physicalPercentComplete = physicalPercentComplete == null ? BigDecimal.ZERO : physicalPercentComplete;
        evMilestones = evMilestones == null ? java.util.List.of() : java.util.List.copyOf(evMilestones);
    }

    /** A task earned by % complete, with no physical % and no milestone steps (what a plan without earning rules holds). */
    public Task(long id, long version, long projectId, Long parentId, int position, String wbsCode, String name,
                boolean milestone, boolean summary, String notes, long durationMinutes, long workMinutes,
                ConstraintType constraintType, LocalDateTime constraintDate, LocalDateTime deadline, int priority,
                BigDecimal percentComplete, LocalDateTime actualStart, LocalDateTime actualFinish,
                Long remainingDurationMinutes, BigDecimal fixedCost, Long calendarId,
                LocalDateTime plannedStart, LocalDateTime plannedFinish) {
        this(id, version, projectId, parentId, position, wbsCode, name, milestone, summary, notes, durationMinutes, workMinutes,
                constraintType, constraintDate, deadline, priority, percentComplete, actualStart, actualFinish,
                remainingDurationMinutes, fixedCost, calendarId, plannedStart, plannedFinish, null, null, null);
    }

    /** This task placed under another parent (null = top level), as an outline change would leave it. */
    public Task withParent(Long newParentId) {
        return new Task(id, version, projectId, newParentId, position, wbsCode, name, milestone, summary, notes, durationMinutes,
                workMinutes, constraintType, constraintDate, deadline, priority, percentComplete, actualStart, actualFinish,
                remainingDurationMinutes, fixedCost, calendarId, plannedStart, plannedFinish, evMethod, physicalPercentComplete,
                evMilestones);
    }
}
