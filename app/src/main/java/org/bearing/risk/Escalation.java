package org.bearing.risk;

import java.time.LocalDateTime;

/** One change of an issue's escalation level: from, to, who, when and why. */
public record Escalation(Issue.EscalationLevel from, Issue.EscalationLevel to, String by, LocalDateTime at, String reason) {

    public boolean upwards() {
        return to.ordinal() > from.ordinal();
    }
}
