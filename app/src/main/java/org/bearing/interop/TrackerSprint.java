package org.bearing.interop;

import java.time.LocalDateTime;

/**
 * A sprint (Jira) or iteration (Azure DevOps) as an export states it; a CSV export names a sprint only, so its state
 * and dates are null there.
 *
 * @param state the tracker's state (Jira: future, active, closed), lower case, or null
 */
record TrackerSprint(String name, String state, LocalDateTime start, LocalDateTime finish) {
}
