package org.bearing.plan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * What a client sends to assign a resource to a task. Units are a fraction above 0 and at most 100
 * (1 = 100 %, 100 = 10,000 %); work defaults to the task's duration × units.
 */
public record AssignmentDraft(@NotNull Long taskId, @NotNull Long resourceId,
                              @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal units,
                              @PositiveOrZero @Max(TaskDraft.MAX_MINUTES) Long workMinutes,
                              @PositiveOrZero @Max(TaskDraft.MAX_MINUTES) Long actualWorkMinutes) {
}
