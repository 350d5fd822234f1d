package org.bearing.schedule;

import java.time.LocalDateTime;

/**
 * One task's place in the computed schedule. Floats are working minutes in the task's calendar:
 * total float = LF − EF (or LS − ES, the smaller), free float = the delay that moves no successor.
 */
public record ScheduledTask(long taskId, String name, int outlineLevel, boolean summary, boolean milestone, double percentComplete,
                            LocalDateTime start, LocalDateTime finish,
                            LocalDateTime earlyStart, LocalDateTime earlyFinish, LocalDateTime lateStart, LocalDateTime lateFinish,
                            long totalFloatMinutes, long freeFloatMinutes, boolean critical) {
}
