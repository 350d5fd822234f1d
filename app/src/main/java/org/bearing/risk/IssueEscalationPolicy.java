package org.bearing.risk;

import java.time.LocalDate;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.RuleViolationException;

/**
 * When an issue may change escalation level: only active issues move; every move needs a reason; escalation goes up
 * one level at a time (TEAM → PM → SPONSOR → STEERING_COMMITTEE) unless the issue is overdue, when it may jump;
 * de-escalation may go down any number of levels, with its reason.
 */
public final class IssueEscalationPolicy {
    private IssueEscalationPolicy() {
    }

    public static void check(Issue issue, EscalationRequest r, LocalDate today) {
        if (r.level() == null) {
            throw new InvalidFieldException("level", "level is one of TEAM, PM, SPONSOR, STEERING_COMMITTEE");
        }
        if (r.reason() == null || r.reason().isBlank()) {
            throw new InvalidFieldException("reason", "an escalation or de-escalation needs a reason");
        }
        if (r.reason().length() > 2000) {
            throw new InvalidFieldException("reason", "reason is at most 2000 characters");
        }
        if (!issue.status().active()) {
            throw new RuleViolationException("issue-not-active", "level",
                    issue.code() + " is " + issue.status() + "; reopen it before changing its escalation");
        }
        Issue.EscalationLevel from = issue.escalationLevel();
        if (r.level() == from) {
            throw new RuleViolationException("already-at-level", "level", issue.code() + " is already at " + from);
        }
        int step = r.level().ordinal() - from.ordinal();
        if (step > 1 && !issue.overdue(today)) {
            throw new RuleViolationException("escalate-one-level", "level", issue.code() + " is at " + from
                    + ": escalate one level at a time (to " + Issue.EscalationLevel.values()[from.ordinal() + 1]
                    + ") unless the issue is overdue");
        }
    }

    /** Rules for the issue itself: a resolved or closed issue states its resolution. */
    public static void check(IssueDraft d) {
        if (d.status() != null && !d.status().active() && (d.resolution() == null || d.resolution().isBlank())) {
            throw new InvalidFieldException("resolution", "a " + d.status().name().toLowerCase() + " issue needs its resolution");
        }
    }
}
