package org.bearing.interop;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Compares two critical-path results field by field, dates and slack within a tolerance of one minute. */
public final class TaskDatesComparison {
    /** Largest difference, in minutes, that still counts as a match. */
    public static final long TOLERANCE_MINUTES = 1;

    private TaskDatesComparison() {
    }

    /**
     * Names of the fields of {@code actual} that differ from {@code expected}; empty when all match. A field absent
     * from {@code expected} (not stored by the saving tool) is not compared.
     */
    public static List<String> mismatchedFields(TaskDates expected, TaskDates actual) {
        return mismatchedFields(expected, actual, Set.of());
    }

    /** As {@link #mismatchedFields(TaskDates, TaskDates)}, not comparing the fields named in {@code ignored}. */
    public static List<String> mismatchedFields(TaskDates expected, TaskDates actual, Set<String> ignored) {
        List<String> fields = new ArrayList<>();
        if (actual == null) {
            fields.add("missing");
            return fields;
        }
        date("earlyStart", expected.earlyStart(), actual.earlyStart(), fields);
        date("earlyFinish", expected.earlyFinish(), actual.earlyFinish(), fields);
        date("lateStart", expected.lateStart(), actual.lateStart(), fields);
        date("lateFinish", expected.lateFinish(), actual.lateFinish(), fields);
        minutes("totalSlack", expected.totalSlackMinutes(), actual.totalSlackMinutes(), fields);
        minutes("freeSlack", expected.freeSlackMinutes(), actual.freeSlackMinutes(), fields);
        if (expected.critical() != null && !Objects.equals(expected.critical(), actual.critical())) {
            fields.add("critical");
        }
        fields.removeAll(ignored);
        return fields;
    }

    private static void date(String field, LocalDateTime expected, LocalDateTime actual, List<String> fields) {
        if (expected == null) {
            return;
        }
        if (actual == null) {
            fields.add(field);
        } else if (Math.abs(Duration.between(expected, actual).toMinutes()) > TOLERANCE_MINUTES) {
            fields.add(field);
        }
    }

    private static void minutes(String field, Long expected, Long actual, List<String> fields) {
        if (expected == null) {
            return;
        }
        if (actual == null) {
            fields.add(field);
        } else if (Math.abs(expected - actual) > TOLERANCE_MINUTES) {
            fields.add(field);
        }
    }
}
