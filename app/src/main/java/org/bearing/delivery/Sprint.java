package org.bearing.delivery;

import java.time.LocalDateTime;

/**
 * A time box in which a team delivers backlog items.
 *
 * @param state    the tracker's state (future, active, closed), null when the source did not say
 * @param position the sprint's place in the project's sequence, 0 first
 */
public record Sprint(long id, long projectId, String name, String state, LocalDateTime start, LocalDateTime finish, int position) {
}
