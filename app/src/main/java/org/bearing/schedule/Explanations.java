package org.bearing.schedule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.bearing.engine.schedule.Driver;
import org.bearing.engine.schedule.FloatExplanation;

/** Sentences a planner reads: why a task starts when it does, and why it is or is not critical. */
final class Explanations {
    private Explanations() {
    }

    static String driver(Driver d) {
        String date = String.valueOf(Scheduling.at(d.date()));
        return switch (d.kind()) {
            case LINK -> "its " + d.linkType().code() + " link from '" + d.predecessorName() + "' allows it no earlier than " + date;
            case CONSTRAINT -> "its date constraint holds it at " + date;
            case PROJECT_START -> "the project starts at " + date;
            case STATUS_DATE -> "its remaining work cannot start before the status date, " + date;
            case ACTUAL_START -> "it actually started at " + date;
        };
    }

    static String floatReason(FloatExplanation f) {
        if (f.limit() == FloatExplanation.Limit.COMPLETE) {
            return "It is complete, so it has no float.";
        }
        String amount = workingTime(f.totalFloat());
        String limit = switch (f.limit()) {
            case SUCCESSOR_LINK -> "its link to '" + f.successorName() + "'";
            case PROJECT_FINISH -> "the project finish";
            case CONSTRAINT -> "its own date constraint";
            case DEADLINE -> "its deadline";
            case COMPLETE -> "its completion";
        };
        if (f.totalFloat() < 0) {
            return "It is critical and late: " + amount + " of negative float; " + limit + " requires it to finish by " + Scheduling.at(f.lateFinish()) + ".";
        }
        if (f.critical()) {
            return "It is critical: it has no float, because " + limit + " requires it to finish by " + Scheduling.at(f.lateFinish()) + ".";
        }
        return "It is not critical: it can slip " + amount + " before " + limit + " moves the project (late finish " + Scheduling.at(f.lateFinish()) + ").";
    }

    static String summary(String name, LocalDateTime earlyStart, List<TaskDrivers.Driver> drivers, TaskDrivers.FloatReason reason) {
        String because = drivers.isEmpty() ? "nothing holds it back" : String.join("; and ", drivers.stream().map(TaskDrivers.Driver::text).toList());
        return "'" + name + "' can start at " + earlyStart + " because " + because + ". " + reason.text();
    }

    /** Working minutes as days and hours of 8-hour days, e.g. "2d 4h" (or "0h"). */
    static String workingTime(long minutes) {
        long abs = Math.abs(minutes);
        long days = abs / 480;
        Duration rest = Duration.ofMinutes(abs % 480);
        String text = (days > 0 ? days + "d " : "") + rest.toHours() + "h" + (rest.toMinutesPart() > 0 ? " " + rest.toMinutesPart() + "m" : "");
        return text.trim();
    }
}
