package org.bearing.plan;

import java.math.BigDecimal;

/**
 * A resource. Work resources are booked by time at {@code standardRate} per hour (overtime at {@code overtimeRate});
 * material resources by quantity at {@code standardRate} per unit of {@code materialLabel}; cost resources carry money
 * only. {@code maxUnits} is the capacity as a fraction (1 = 100 %, one full-time person).
 * {@code projectId} null means the enterprise pool, shared across projects.
 */
public record Resource(long id, long version, Long projectId, String name, ResourceType type, String initials,
                       String group, String email, String materialLabel, BigDecimal maxUnits, BigDecimal standardRate,
                       BigDecimal overtimeRate, BigDecimal costPerUse, Long calendarId) {
}
