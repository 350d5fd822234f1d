package org.bearing.delivery;

import java.math.BigDecimal;

/** A backlog item to create; {@code sprint} names a sprint created with it, or is null for the backlog. */
public record BacklogItemDraft(Long taskId, String sourceSystem, String sourceKey, String type, String summary, String status,
                               String statusCategory, BigDecimal storyPoints, String sprint, String assignee, String epicKey,
                               int rank) {
}
