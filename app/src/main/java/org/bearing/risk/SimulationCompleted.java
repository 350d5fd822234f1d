package org.bearing.risk;

import java.time.LocalDateTime;

/** Published when a Monte Carlo run has stored its results: the project's P50 and P80 finish dates. */
public record SimulationCompleted(long projectId, long runId, LocalDateTime p50, LocalDateTime p80) {
}
