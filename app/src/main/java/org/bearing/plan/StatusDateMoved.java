package org.bearing.plan;

import java.time.LocalDate;

/**
 * Published when a project's status date (the "as of" date of its progress) is set or moves, within the transaction
 * that moves it, so that reports can keep a measure per reporting period.
 *
 * @param projectId the project
 * @param from the status date before, null if it had none
 * @param to the new status date
 */
public record StatusDateMoved(long projectId, LocalDate from, LocalDate to) {
}
