package org.bearing.cost;

/** Published when an actual is approved or rejected, so that the project's earned value snapshot follows. */
public record ActualCostChanged(long projectId) {
}
