package org.bearing.schedule;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Why a task is scheduled when it is: the driving reasons for its early start (predecessor links, its constraint,
 * the project start, the status date, its actual start), and why it is or is not critical (its float and what limits
 * its late finish).
 */
public record TaskDrivers(long taskId, String name, LocalDateTime earlyStart, List<Driver> drivers, FloatReason floatReason,
                          String explanation) {

    /** One driving reason; predecessor fields are set when the reason is a link. */
    public record Driver(String kind, Long predecessorId, String predecessorName, String linkType, LocalDateTime date, String text) {
    }

    /** What bounds the task's late finish, and so its float. */
    public record FloatReason(long totalFloatMinutes, long freeFloatMinutes, boolean critical, String limit, Long successorId,
                              String successorName, LocalDateTime lateFinish, String text) {
    }
}
