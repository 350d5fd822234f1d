package org.bearing.schedule;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A project's computed schedule: every task's dates and floats, the critical path by float (total float ≤ 0) and by
 * longest path (the chain that drives the project finish), and warnings such as constraints that force negative float.
 */
public record ProjectSchedule(long projectId, LocalDateTime projectStart, LocalDateTime projectFinish, List<ScheduledTask> tasks,
                              List<Long> criticalByFloat, List<Long> longestPath, List<Warning> warnings) {

    /** A condition the scheduler found but worked around, such as a constraint that cannot be met. */
    public record Warning(String kind, Long taskId, String taskName, String message) {
    }
}
