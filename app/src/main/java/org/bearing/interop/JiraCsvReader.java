package org.bearing.interop;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * Reads Jira's issue-navigator export "CSV (all fields)": one row per issue with "Issue key", "Issue id", "Summary",
 * "Issue Type", "Status" (and on Jira Cloud "Status Category"), "Parent id" or "Parent" (the parent's issue id),
 * "Custom field (Epic Link)", "Custom field (Story Points)" or "Custom field (Story point estimate)", "Original Estimate"
 * in seconds, one "Sprint" column per sprint the issue was in, "Assignee", "Created", "Updated", "Resolved", and one
 * "Outward issue link (Blocks)" / "Inward issue link (Blocks)" column per link.
 */
final class JiraCsvReader {
    static final List<String> REQUIRED = List.of("Issue key", "Summary", "Issue Type");

    private JiraCsvReader() {
    }

    static TrackerExport read(CsvTable csv) throws ScheduleFileException {
        String label = csv.label();
        List<String> missing = REQUIRED.stream().filter(c -> !csv.has(c)).toList();
        if (!missing.isEmpty()) {
            throw new ScheduleFileException(label + ": a Jira CSV export needs the columns " + String.join(", ", REQUIRED)
                    + "; this file lacks " + String.join(", ", missing));
        }
        List<TrackerIssue> issues = new ArrayList<>();
        for (int r = 0; r < csv.size(); r++) {
            String key = csv.value(r, "Issue key");
            if (key == null) {
                throw new ScheduleFileException(label + ": the issue on line " + csv.line(r) + " has no issue key");
            }
            String type = csv.value(r, "Issue Type");
            String status = csv.value(r, "Status");
            String categoryName = csv.value(r, "Status Category");
            TrackerIssue.Category category = categoryName == null ? TrackerFields.category(status)
                    : TrackerFields.jiraCategory(categoryName, status);
            Double points = TrackerFields.number(csv.first(r, "Custom field (Story Points)", "Custom field (Story point estimate)",
                    "Story Points", "Story point estimate"), key, "story points", label);
            Double seconds = TrackerFields.number(csv.value(r, "Original Estimate"), key, "original estimate (seconds)", label);
            String lowerType = type == null ? "" : type.toLowerCase(Locale.ROOT);
            issues.add(new TrackerIssue(key, csv.value(r, "Issue id"), type, lowerType.equals("epic"),
                    lowerType.replace("-", "").startsWith("subtask"), csv.value(r, "Summary"), status, category,
                    csv.first(r, "Parent id", "Parent", "Parent key"), csv.first(r, "Custom field (Epic Link)", "Epic Link"),
                    points, seconds == null ? null : Math.round(seconds / 60), csv.values(r, "Sprint"), csv.value(r, "Assignee"),
                    TrackerFields.date(csv.value(r, "Created")), TrackerFields.date(csv.value(r, "Updated")),
                    TrackerFields.date(csv.value(r, "Resolved")), csv.values(r, "Outward issue link (Blocks)"),
                    csv.values(r, "Inward issue link (Blocks)")));
        }
        return new TrackerExport("Jira", "Jira CSV", issues, new LinkedHashMap<>(), new ArrayList<>(List.of(
                "A Jira CSV export names sprints only: their state and dates are not in the file")));
    }
}
