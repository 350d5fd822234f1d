package org.bearing.risk;

/** Published when an issue moved to another escalation level (up or down). */
public record IssueEscalated(long projectId, long issueId, String code, Issue.EscalationLevel from, Issue.EscalationLevel to,
                             String by, String reason) {
}
