package org.bearing.delivery;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project's backlog grouped by sprint, sprints in order and the items planned in no sprint last.
 *
 * @param points     the story points of every item, done or not
 * @param donePoints the story points of the items done
 */
public record Backlog(long projectId, List<SprintItems> sprints, BigDecimal points, BigDecimal donePoints, int items) {

    /**
     * One sprint's items (the unplanned backlog when {@code sprint} is null) with their story-point totals.
     *
     * @param points     the sum of the items' story points (items without points count 0)
     * @param donePoints the sum over the items that are done
     */
    public record SprintItems(Sprint sprint, List<BacklogItem> items, BigDecimal points, BigDecimal donePoints) {

        /** The sprint's name, or "Backlog" for the items in no sprint. */
        public String name() {
            return sprint == null ? "Backlog" : sprint.name();
        }
    }
}
