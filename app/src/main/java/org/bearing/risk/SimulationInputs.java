package org.bearing.risk;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a run simulated, stored with it: the options, the network's size and the planned duration of every task at
 * the moment the run started, and the quantitative model.
 */
public record SimulationInputs(int iterations, long seed, int threads, LocalDateTime projectStart, int tasks, int links,
                               List<PlannedTask> plannedTasks, QuantitativeRiskModel model) {

    /** A task's planned duration in working minutes when the run started. */
    public record PlannedTask(long taskId, String name, long durationMinutes) {
    }
}
