package org.bearing.plan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * What a client sends to create or replace a task. Durations and work are working minutes, at most about a
 * century of full-time work. A null position appends the task after its siblings. {@code evMethod} is the name of an
 * {@link EarnedValueMethod} (null = PERCENT_COMPLETE); it is a string, not the enum, so that an unknown name is
 * refused by {@link TaskRules} as a broken rule naming the allowed values, like an out-of-range physical % complete.
 */
public record TaskDraft(Long parentId,
                        @PositiveOrZero Integer position,
                        @Size(max = 60) String wbsCode,
                        @NotBlank @Size(max = 400) String name,
                        Boolean milestone,
                        @Size(max = 100000) String notes,
                        @PositiveOrZero @Max(MAX_MINUTES) Long durationMinutes,
                        @PositiveOrZero @Max(MAX_MINUTES) Long workMinutes,
                        ConstraintType constraintType,
                        LocalDateTime constraintDate,
                        LocalDateTime deadline,
                        @Min(0) @Max(1000) Integer priority,
                        @DecimalMin("0") @DecimalMax("100") BigDecimal percentComplete,
                        LocalDateTime actualStart,
                        LocalDateTime actualFinish,
                        @PositiveOrZero @Max(MAX_MINUTES) Long remainingDurationMinutes,
                        @PositiveOrZero @DecimalMax("1e15") BigDecimal fixedCost,
                        Long calendarId,
                        LocalDateTime plannedStart,
                        LocalDateTime plannedFinish,
                        String evMethod,
                        BigDecimal physicalPercentComplete,
                        java.util.List<EvMilestone> evMilestones) {
    /** 100 years of 8-hour working days, in minutes. */
    public static final long MAX_MINUTES = 100L * 260 * 480;

    /** A draft without earning rules: earned by % complete, no physical %, no milestone steps. */
    public TaskDraft(Long parentId, Integer position, String wbsCode, String name, Boolean milestone, String notes,
                     Long durationMinutes, Long workMinutes, ConstraintType constraintType, LocalDateTime constraintDate,
                     LocalDateTime deadline, Integer priority, BigDecimal percentComplete, LocalDateTime actualStart,
                     LocalDateTime actualFinish, Long remainingDurationMinutes, BigDecimal fixedCost, Long calendarId,
                     LocalDateTime plannedStart, LocalDateTime plannedFinish) {
        this(parentId, position, wbsCode, name, milestone, notes, durationMinutes, workMinutes, constraintType, constraintDate,
                deadline, priority, percentComplete, actualStart, actualFinish, remainingDurationMinutes, fixedCost, calendarId,
                plannedStart, plannedFinish, null, null, null);
    }

    /** The earning method this draft names, PERCENT_COMPLETE when it names none (check {@link TaskRules} first). */
    public EarnedValueMethod earnedValueMethod() {
        return evMethod == null ? EarnedValueMethod.PERCENT_COMPLETE : EarnedValueMethod.valueOf(evMethod);
    }

    /** The draft that would write {@code t} back unchanged, to edit one field of an existing task. */
    public static TaskDraft of(Task t) {
        return new TaskDraft(t.parentId(), t.position(), t.wbsCode(), t.name(), t.milestone(), t.notes(), t.durationMinutes(),
                t.workMinutes(), t.constraintType(), t.constraintDate(), t.deadline(), t.priority(), t.percentComplete(),
                t.actualStart(), t.actualFinish(), t.remainingDurationMinutes(), t.fixedCost(), t.calendarId(), t.plannedStart(),
                t.plannedFinish(), t.evMethod().name(), t.physicalPercentComplete(), t.evMilestones());
    }

    /** This draft with progress: % complete, actual dates and the remaining duration in working minutes. */
    public TaskDraft withProgress(BigDecimal percent, LocalDateTime start, LocalDateTime finish, Long remaining) {
        return new TaskDraft(parentId, position, wbsCode, name, milestone, notes, durationMinutes, workMinutes, constraintType,
                constraintDate, deadline, priority, percent, start, finish, remaining, fixedCost, calendarId, plannedStart, plannedFinish,
                evMethod, physicalPercentComplete, evMilestones);
    }

    /**
     * This draft earned by {@code method} (an {@link EarnedValueMethod} name) with a physical % complete (0..100) and
     * weighted milestone steps.
     */
    public TaskDraft withEarning(String method, BigDecimal physicalPercent, java.util.List<EvMilestone> steps) {
        return new TaskDraft(parentId, position, wbsCode, name, milestone, notes, durationMinutes, workMinutes, constraintType,
                constraintDate, deadline, priority, percentComplete, actualStart, actualFinish, remainingDurationMinutes, fixedCost,
                calendarId, plannedStart, plannedFinish, method, physicalPercent, steps);
    }

    public TaskDraft withPriority(Integer newPriority) {
        return new TaskDraft(parentId, position, wbsCode, name, milestone, notes, durationMinutes, workMinutes, constraintType,
                constraintDate, deadline, newPriority, percentComplete, actualStart, actualFinish, remainingDurationMinutes, fixedCost,
                calendarId, plannedStart, plannedFinish, evMethod, physicalPercentComplete, evMilestones);
    }

    public TaskDraft withFixedCost(BigDecimal cost) {
        return new TaskDraft(parentId, position, wbsCode, name, milestone, notes, durationMinutes, workMinutes, constraintType,
                constraintDate, deadline, priority, percentComplete, actualStart, actualFinish, remainingDurationMinutes, cost,
                calendarId, plannedStart, plannedFinish, evMethod, physicalPercentComplete, evMilestones);
    }

    public TaskDraft withCalendar(Long calendar) {
        return new TaskDraft(parentId, position, wbsCode, name, milestone, notes, durationMinutes, workMinutes, constraintType,
                constraintDate, deadline, priority, percentComplete, actualStart, actualFinish, remainingDurationMinutes, fixedCost,
                calendar, plannedStart, plannedFinish, evMethod, physicalPercentComplete, evMilestones);
    }

    public TaskDraft withName(String newName) {
        return new TaskDraft(parentId, position, wbsCode, newName, milestone, notes, durationMinutes, workMinutes, constraintType,
                constraintDate, deadline, priority, percentComplete, actualStart, actualFinish, remainingDurationMinutes, fixedCost,
                calendarId, plannedStart, plannedFinish, evMethod, physicalPercentComplete, evMilestones);
    }

    /** This draft with a duration in working minutes; zero makes the task a milestone, as in MS Project. */
    public TaskDraft withDuration(long minutes) {
        return new TaskDraft(parentId, position, wbsCode, name, minutes == 0, notes, minutes, workMinutes, constraintType,
                constraintDate, deadline, priority, percentComplete, actualStart, actualFinish, remainingDurationMinutes, fixedCost,
                calendarId, plannedStart, plannedFinish, evMethod, physicalPercentComplete, evMilestones);
    }

    public TaskDraft withConstraint(ConstraintType type, LocalDateTime date) {
        return new TaskDraft(parentId, position, wbsCode, name, milestone, notes, durationMinutes, workMinutes, type,
                date, deadline, priority, percentComplete, actualStart, actualFinish, remainingDurationMinutes, fixedCost,
                calendarId, plannedStart, plannedFinish, evMethod, physicalPercentComplete, evMilestones);
    }

    /** This draft under another parent; a null position appends it after the new siblings. */
    public TaskDraft withPlace(Long parent, Integer newPosition) {
        return new TaskDraft(parent, newPosition, wbsCode, name, milestone, notes, durationMinutes, workMinutes, constraintType,
                constraintDate, deadline, priority, percentComplete, actualStart, actualFinish, remainingDurationMinutes, fixedCost,
                calendarId, plannedStart, plannedFinish, evMethod, physicalPercentComplete, evMilestones);
    }

    /** A leaf task with a name and a duration, everything else at its default. */
    public static TaskDraft named(String name, Long parentId, long durationMinutes) {
        return new TaskDraft(parentId, null, null, name, false, null, durationMinutes, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }
}
