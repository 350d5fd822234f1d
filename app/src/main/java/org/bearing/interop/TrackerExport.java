package org.bearing.interop;

import java.util.List;
import java.util.Map;

/**
 * What a reader of an issue tracker's export found: the items in file order, the sprints it describes by name, and
 * what the reader had to assume.
 *
 * @param system   the tracker, as the backlog names it ("Jira", "Azure DevOps")
 * @param fileType the export format, as the import reports it ("Jira CSV", "Jira JSON", "Azure DevOps CSV")
 */
record TrackerExport(String system, String fileType, List<TrackerIssue> issues, Map<String, TrackerSprint> sprints,
                     List<String> warnings) {
}
