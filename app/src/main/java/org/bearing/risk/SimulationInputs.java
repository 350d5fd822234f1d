package org.bearing.risk;

import java.time.LocalDateTime;
import java.util.List;

import org.bearing.engine.risk.Criticality;

/**
 * What a run simulated, stored with it: the options (with what the criticality index counted, {@code
 * LONGEST_PATH}; null in runs stored before it was recorded, which counted total float), the network's size and the
 * planned duration of every task at the moment the run started, and the quantitative model.
 */
public record SimulationInputs(int iterations, long seed, int threads, Criticality criticality,
                               LocalDateTime projectStart, int tasks, int links,
                               List<PlannedTask> plannedTasks, QuantitativeRiskModel model) {

    /** A task's planned duration in working minutes when the run started. */
    public record PlannedTask(long taskId, String name, long durationMinutes) {
    }
}
