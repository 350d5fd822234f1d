package org.bearing.plan;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** One task's values frozen in a baseline: dates, duration and work in working minutes, and cost in the project's currency. */
public record BaselineTask(long taskId, LocalDateTime start, LocalDateTime finish, long durationMinutes, long workMinutes, BigDecimal cost) {
}
