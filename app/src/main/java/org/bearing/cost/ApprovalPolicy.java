package org.bearing.cost;

import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.RuleViolationException;

/**
 * The approval policy of actuals: an entry is decided once, from SUBMITTED to APPROVED or REJECTED; nobody approves
 * or rejects an entry they submitted themselves (four eyes); a rejection says why; and only APPROVED entries count in
 * actual cost (AC), so that earned value never rests on costs nobody has checked.
 */
public final class ApprovalPolicy {

    private ApprovalPolicy() {
    }

    /** Whether an entry in this status counts in actual cost. */
    public static boolean countsInActualCost(ApprovalStatus status) {
        return status == ApprovalStatus.APPROVED;
    }

    /** Checks that {@code decider} may move an entry submitted by {@code submitter} from {@code current} to {@code to}. */
    static void requireDecision(String what, ApprovalStatus current, String submitter, String decider, ApprovalStatus to,
            String note) {
        if (to == ApprovalStatus.SUBMITTED) {
            throw new InvalidFieldException("status", "a decision approves or rejects; SUBMITTED is not a decision");
        }
        if (current != ApprovalStatus.SUBMITTED) {
            throw new RuleViolationException("already-decided", "status", what + " is already " + current
                    + "; a decision is final");
        }
        if (submitter.equals(decider)) {
            throw new RuleViolationException("own-entry", "status", what + " was submitted by " + decider
                    + ": someone else must approve or reject it");
        }
        if (to == ApprovalStatus.REJECTED && (note == null || note.isBlank())) {
            throw new InvalidFieldException("note", "a rejection needs a note saying why");
        }
    }
}
