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
 */
public record Task(long id, long version, long projectId, Long parentId, int position, String wbsCode, String name,
                   boolean milestone, boolean summary, String notes, long durationMinutes, long workMinutes,
                   ConstraintType constraintType, LocalDateTime constraintDate, LocalDateTime deadline, int priority,
                   BigDecimal percentComplete, LocalDateTime actualStart, LocalDateTime actualFinish,
                   Long remainingDurationMinutes, BigDecimal fixedCost, Long calendarId,
                   LocalDateTime plannedStart, LocalDateTime plannedFinish) {

    /** This task placed under another parent (null = top level), as an outline change would leave it. */
    public Task withParent(Long newParentId) {
        return new Task(id, version, projectId, newParentId, position, wbsCode, name, milestone, summary, notes, durationMinutes,
                workMinutes, constraintType, constraintDate, deadline, priority, percentComplete, actualStart, actualFinish,
                remainingDurationMinutes, fixedCost, calendarId, plannedStart, plannedFinish);
    }
}
