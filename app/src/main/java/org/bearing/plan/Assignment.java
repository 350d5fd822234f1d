package org.bearing.plan;

import java.math.BigDecimal;

/**
 * A resource assigned to a task. {@code units} is the share of the resource's time (1 = 100 %) for work resources
 * or the quantity for material; {@code workMinutes} is the planned work, {@code actualWorkMinutes} the work done.
 */
public record Assignment(long id, long version, long projectId, long taskId, long resourceId, BigDecimal units,
                         long workMinutes, long actualWorkMinutes) {
}
