package org.bearing.plan.web;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.bearing.plan.ConstraintType;
import org.bearing.plan.EarnedValueMethod;
import org.bearing.plan.EvMilestone;
import org.bearing.plan.Task;
import org.bearing.plan.WorkBreakdown;

/** A task as the API shows it: its stored fields plus its place in the outline. */
record TaskView(long id, long version, long projectId, Long parentId, int position, String outlineNumber, int outlineLevel,
                String wbsCode, String name, boolean milestone, boolean summary, String notes, long durationMinutes,
                long workMinutes, ConstraintType constraintType, LocalDateTime constraintDate, LocalDateTime deadline,
                int priority, BigDecimal percentComplete, LocalDateTime actualStart, LocalDateTime actualFinish,
                Long remainingDurationMinutes, BigDecimal fixedCost, Long calendarId, LocalDateTime plannedStart,
                LocalDateTime plannedFinish, EarnedValueMethod evMethod, BigDecimal physicalPercentComplete,
                List<EvMilestone> evMilestones) {

    static TaskView of(Task t, WorkBreakdown wbs) {
        return new TaskView(t.id(), t.version(), t.projectId(), t.parentId(), t.position(), wbs.outlineNumber(t.id()),
                wbs.level(t.id()), wbs.wbsCode(t), t.name(), t.milestone(), t.summary(), t.notes(), t.durationMinutes(),
                t.workMinutes(), t.constraintType(), t.constraintDate(), t.deadline(), t.priority(), t.percentComplete(),
                t.actualStart(), t.actualFinish(), t.remainingDurationMinutes(), t.fixedCost(), t.calendarId(),
                t.plannedStart(), t.plannedFinish(), t.evMethod(), t.physicalPercentComplete(), t.evMilestones());
    }
}
