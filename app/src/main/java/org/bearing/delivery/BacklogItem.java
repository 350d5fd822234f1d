package org.bearing.delivery;

import java.math.BigDecimal;

/**
 * A unit of deliverable work on a backlog (a story, bug, task or epic), tied to the task that schedules it.
 *
 * @param taskId         the task it is scheduled as, null when that task was deleted
 * @param sprintId       the sprint it is planned in, null when it waits on the backlog
 * @param sourceSystem   the tracker it came from ("Jira", "Azure DevOps")
 * @param sourceKey      its key there ("PAY-12", "1234"), unique per project and system
 * @param statusCategory TO_DO, IN_PROGRESS or DONE
 * @param storyPoints    the team's relative size estimate, null when not estimated
 * @param epicKey        the key of the epic it belongs to, null when none
 * @param rank           its order on the backlog, 0 first
 */
public record BacklogItem(long id, long projectId, Long taskId, Long sprintId, String sourceSystem, String sourceKey,
                          String type, String summary, String status, String statusCategory, BigDecimal storyPoints,
                          String assignee, String epicKey, int rank) {

    /** True when the item's work is finished. */
    public boolean done() {
        return "DONE".equals(statusCategory);
    }
}
