package org.bearing.interop;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Field values as trackers write them: dates in the formats Jira and Azure DevOps export (Jira's "12/Mar/24 9:15 AM",
 * ISO with an offset, Azure DevOps' "3/18/2024 10:12:45 AM"), numbers, and status names mapped to a category.
 * A date is kept as the tracker's local date and time; the offset is dropped, as a plan has no time zone.
 */
final class TrackerFields {
    private static final List<DateTimeFormatter> DATES = List.of(
            pattern("d/MMM/yy h:mm a"), pattern("d/MMM/yy H:mm"), pattern("d/MMM/yyyy h:mm a"), pattern("d/MMM/yy"),
            pattern("M/d/yyyy h:mm:ss a"), pattern("M/d/yyyy h:mm a"), pattern("M/d/yyyy H:mm"), pattern("M/d/yyyy"),
            pattern("yyyy-MM-dd HH:mm[:ss]"), pattern("dd.MM.yyyy HH:mm"), pattern("dd.MM.yyyy"));

    private TrackerFields() {
    }

    private static DateTimeFormatter pattern(String p) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
    }

    /** The date and time, or null for a blank or unreadable value (a date is never a reason to refuse a file). */
    static LocalDateTime date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        try {
            // Jira's REST API writes "2024-03-12T09:15:00.000+0000": an offset without a colon.
            String iso = s.matches(".*[+-]\\d{4}$") ? s.substring(0, s.length() - 2) + ":" + s.substring(s.length() - 2) : s;
            return OffsetDateTime.parse(iso).toLocalDateTime();
        } catch (DateTimeParseException e) {
            // not ISO with an offset
        }
        try {
            return LocalDateTime.parse(s);
        } catch (DateTimeParseException e) {
            // not ISO local
        }
        try {
            return LocalDate.parse(s).atStartOfDay();
        } catch (DateTimeParseException e) {
            // not an ISO date
        }
        for (DateTimeFormatter f : DATES) {
            try {
                var parsed = f.parse(s);
                LocalDate d = LocalDate.from(parsed);
                return parsed.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)
                        ? d.atTime(java.time.LocalTime.from(parsed)) : d.atStartOfDay();
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    /**
     * A number, or null when blank.
     *
     * @throws ScheduleFileException naming the item and field when the value is not a number
     */
    static Double number(String text, String key, String field, String label) throws ScheduleFileException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.'));
            if (Double.isNaN(v) || Double.isInfinite(v) || v < 0 || v > 1e7) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ScheduleFileException(label + ": " + key + " has '" + text.strip() + "' as " + field + ", which is not a number of 0 or more");
        }
    }

    /**
     * The category of a status name, for exports that carry no category: Jira's and Azure DevOps' default workflow
     * names (Done, Closed, Resolved, Completed, Removed are done; In Progress, Active, Committed, In Review, Testing are
     * under way); anything else is still to do.
     */
    static TrackerIssue.Category category(String status) {
        String s = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "done", "closed", "resolved", "completed", "complete", "removed", "released", "cancelled", "canceled", "won't do" ->
                    TrackerIssue.Category.DONE;
            case "in progress", "active", "committed", "in review", "review", "code review", "testing", "in test", "qa",
                 "doing", "in development", "started" -> TrackerIssue.Category.IN_PROGRESS;
            default -> TrackerIssue.Category.TO_DO;
        };
    }

    /** The category of a Jira status category key: new, indeterminate, done. */
    static TrackerIssue.Category jiraCategory(String key, String status) {
        if (key == null || key.isBlank()) {
            return category(status);
        }
        return switch (key.strip().toLowerCase(Locale.ROOT)) {
            case "done", "complete" -> TrackerIssue.Category.DONE;
            case "indeterminate", "in progress", "in_progress" -> TrackerIssue.Category.IN_PROGRESS;
            default -> TrackerIssue.Category.TO_DO;
        };
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
