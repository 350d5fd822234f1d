package org.bearing.interop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * Reads the CSV Azure Boards exports from a work-item query: "ID", "Work Item Type", "Title" (a tree query writes
 * "Title 1", "Title 2", ... one column per level, the parent being the nearest row above one level up), "State",
 * "Assigned To" ("Name &lt;email&gt;"), "Iteration Path" (its last segment is the sprint; the bare project root is the
 * backlog), "Story Points" (Agile), "Effort" (Scrum) or "Size" (CMMI), "Original Estimate" in hours, "Parent" (the
 * parent's ID, in flat queries), "Created Date", "Changed Date", "Closed Date". Azure DevOps writes no link columns;
 * Bearing reads optional "Successors" and "Predecessors" columns (IDs separated by commas or semicolons) as blocks
 * links, so a query's dependency links can be carried by adding them.
 */
final class AzureDevOpsCsvReader {
    private AzureDevOpsCsvReader() {
    }

    static TrackerExport read(CsvTable csv) throws ScheduleFileException {
        String label = csv.label();
        List<String> titles = new ArrayList<>();
        for (int level = 1; csv.has("Title " + level); level++) {
            titles.add("Title " + level);
        }
        List<String> missing = new ArrayList<>();
        for (String c : List.of("ID", "Work Item Type")) {
            if (!csv.has(c)) {
                missing.add(c);
            }
        }
        if (!csv.has("Title") && titles.isEmpty()) {
            missing.add("Title");
        }
        if (!missing.isEmpty()) {
            throw new ScheduleFileException(label + ": an Azure DevOps work-item CSV needs the columns ID, Work Item Type and Title;"
                    + " this file lacks " + String.join(", ", missing));
        }
        List<TrackerIssue> issues = new ArrayList<>();
        List<String> ancestors = new ArrayList<>(); // by tree level: the latest item seen at each level
        for (int r = 0; r < csv.size(); r++) {
            String id = csv.value(r, "ID");
            if (id == null) {
                throw new ScheduleFileException(label + ": the work item on line " + csv.line(r) + " has no ID");
            }
            String title = csv.value(r, "Title");
            String parent = csv.value(r, "Parent");
            for (int level = 0; level < titles.size() && title == null; level++) {
                String t = csv.value(r, titles.get(level));
                if (t != null) {
                    title = t;
                    while (ancestors.size() > level) {
                        ancestors.remove(ancestors.size() - 1);
                    }
                    if (level > 0 && parent == null && ancestors.size() == level) {
                        parent = ancestors.get(level - 1);
                    }
                    ancestors.add(id);
                }
            }
            String type = csv.value(r, "Work Item Type");
            String lowerType = type == null ? "" : type.toLowerCase(Locale.ROOT);
            String state = csv.value(r, "State");
            // In Azure DevOps "Resolved" is a state of the In Progress category (awaiting verification), unlike Jira.
            TrackerIssue.Category category = "resolved".equalsIgnoreCase(state) ? TrackerIssue.Category.IN_PROGRESS : TrackerFields.category(state);
            Double points = TrackerFields.number(csv.first(r, "Story Points", "Effort", "Size"), id, "story points", label);
            Double hours = TrackerFields.number(csv.value(r, "Original Estimate"), id, "original estimate (hours)", label);
            String sprint = sprint(csv.value(r, "Iteration Path"));
            issues.add(new TrackerIssue(id, null, type, lowerType.equals("epic") || lowerType.equals("feature"),
                    lowerType.equals("task"), title, state, category, parent, null, points,
                    hours == null ? null : Math.round(hours * 60), sprint == null ? List.of() : List.of(sprint),
                    assignee(csv.value(r, "Assigned To")), TrackerFields.date(csv.value(r, "Created Date")),
                    TrackerFields.date(csv.value(r, "Changed Date")), TrackerFields.date(csv.first(r, "Closed Date", "Resolved Date")),
                    ids(csv.value(r, "Successors")), ids(csv.value(r, "Predecessors"))));
        }
        return new TrackerExport("Azure DevOps", "Azure DevOps CSV", issues, new LinkedHashMap<>(), new ArrayList<>(List.of(
                "An Azure DevOps CSV export names iterations only: their dates are not in the file")));
    }

    /** The sprint of an iteration path: its last segment, or null for the project's root (the backlog). */
    static String sprint(String path) {
        if (path == null || !path.contains("\\")) {
            return null;
        }
        return path.substring(path.lastIndexOf('\\') + 1).strip();
    }

    /** "Jamal Hartnett &lt;jamal@example.com&gt;" is Jamal Hartnett. */
    static String assignee(String value) {
        if (value == null) {
            return null;
        }
        int lt = value.indexOf('<');
        return lt > 0 ? value.substring(0, lt).strip() : value;
    }

    private static List<String> ids(String value) {
        return value == null ? List.of() : Arrays.stream(value.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
