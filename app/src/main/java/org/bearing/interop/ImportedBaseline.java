package org.bearing.interop;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A baseline the file saved (MS Project Baseline, Baseline1..10): every task's frozen dates, duration, work and cost.
 *
 * @param number 0..10 as MS Project numbers them
 */
public record ImportedBaseline(int number, List<Row> tasks) {

    /** One task's baseline values; durations and work in working minutes, cost in the project's currency. */
    public record Row(int taskUniqueId, LocalDateTime start, LocalDateTime finish, long durationMinutes, long workMinutes,
                      double cost) {
    }
}
