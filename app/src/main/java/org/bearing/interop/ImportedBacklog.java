package org.bearing.interop;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The agile side of an issue tracker's export: every work item as a backlog item tied to the task it became, and the
 * sprints the items are in. It travels beside the {@link ImportedSchedule} the same export produced.
 */
public record ImportedBacklog(List<Item> items, List<Sprint> sprints) {

    /**
     * A work item: {@code taskUniqueId} names the task of the schedule it became; {@code sprint} is the name of the
     * sprint it is in now, null for the backlog; {@code epicKey} the key of the epic above it, null when none.
     *
     * @param category TO_DO, IN_PROGRESS or DONE
     * @param rank     its position in the export (0 first), the order the tracker listed it
     */
    public record Item(int taskUniqueId, String system, String key, String type, String summary, String status,
                       String category, BigDecimal storyPoints, String sprint, String assignee, String epicKey, int rank) {
    }

    /** A sprint: name, the tracker's state (future, active, closed; null when the export does not say) and dates. */
    public record Sprint(String name, String state, LocalDateTime start, LocalDateTime finish) {
    }
}
