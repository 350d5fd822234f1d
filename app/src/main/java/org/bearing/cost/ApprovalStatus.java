package org.bearing.cost;

/** Where an actual (cost or time entry) is in its approval: submitted, then approved or rejected, once. */
public enum ApprovalStatus {
    SUBMITTED, APPROVED, REJECTED
}
