package org.bearing.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request to move an issue to another escalation level, with the reason recorded in its history. The constraints
 * refuse a malformed body before the issue is read; {@link IssueEscalationPolicy} repeats them for callers that do
 * not validate (the pages) and adds the rules that need the issue.
 */
public record EscalationRequest(@NotNull Issue.EscalationLevel level, @NotBlank @Size(max = 2000) String reason) {
}
