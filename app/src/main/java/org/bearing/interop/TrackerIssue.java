package org.bearing.interop;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One work item of an issue tracker (a Jira issue, an Azure DevOps work item) as its export states it, before it is
 * mapped to tasks: the readers of each format produce these, and {@link WorkItemMapper} applies the mapping rules once.
 *
 * @param key              the item's key as people know it (Jira "PAY-12", Azure DevOps "1234")
 * @param id               a second identifier other items may refer to (Jira's numeric issue id), or null
 * @param parent           the key or id of the parent (a sub-task's story, a story's epic), or null
 * @param epicLink         the key of the epic by the older "Epic Link" field, or null; used when {@code parent} is null
 * @param storyPoints      the estimate in story points, or null
 * @param estimateMinutes  the original time estimate in working minutes, or null
 * @param sprints          the sprints the item was in, oldest first; the last is the one it belongs to now
 * @param blocks           keys of the items this one blocks (they cannot start until it is done)
 * @param blockedBy        keys of the items that block this one
 */
record TrackerIssue(String key, String id, String type, boolean epic, boolean subtask, String summary, String status,
                    Category category, String parent, String epicLink, Double storyPoints, Long estimateMinutes,
                    List<String> sprints, String assignee, LocalDateTime created, LocalDateTime updated,
                    LocalDateTime resolved, List<String> blocks, List<String> blockedBy) {

    /** The tracker's status category: whether work has not started, is under way, or is done. */
    enum Category { TO_DO, IN_PROGRESS, DONE }

    /** The sprint the item is in now, or null when it is in the backlog. */
    String currentSprint() {
        return sprints.isEmpty() ? null : sprints.get(sprints.size() - 1);
    }
}
