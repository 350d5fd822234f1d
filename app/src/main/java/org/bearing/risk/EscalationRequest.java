package org.bearing.risk;

/** A request to move an issue to another escalation level, with the reason recorded in its history. */
public record EscalationRequest(Issue.EscalationLevel level, String reason) {
}
