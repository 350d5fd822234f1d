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
 * century of full-time work. A null position appends the task after its siblings.
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
                        LocalDateTime plannedFinish) {
    /** 100 years of 8-hour working days, in minutes. */
    public static final long MAX_MINUTES = 100L * 260 * 480;

    /** A leaf task with a name and a duration, everything else at its default. */
    public static TaskDraft named(String name, Long parentId, long durationMinutes) {
        return new TaskDraft(parentId, null, null, name, false, null, durationMinutes, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }
}
