package org.bearing.delivery;

import java.time.LocalDateTime;

/** A sprint to create; {@code state}, {@code start} and {@code finish} may be null. */
public record SprintDraft(String name, String state, LocalDateTime start, LocalDateTime finish) {
}
