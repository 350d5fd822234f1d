package org.bearing.engine.schedule;

import java.time.LocalDateTime;

/**
 * One task's scheduled results as local date-times: the scheduled start/finish (actuals where known, late
 * dates for as-late-as-possible tasks, else early dates), the early and late dates, and total and free float
 * in working minutes of the task calendar.
 */
public record TaskDates(String name, LocalDateTime start, LocalDateTime finish, LocalDateTime earlyStart,
        LocalDateTime earlyFinish, LocalDateTime lateStart, LocalDateTime lateFinish, long totalFloat,
        long freeFloat, boolean critical) {
}
