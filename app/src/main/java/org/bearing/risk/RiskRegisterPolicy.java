package org.bearing.risk;

import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.RuleViolationException;

/** Rules a register entry must keep before it is written. */
public final class RiskRegisterPolicy {
    private RiskRegisterPolicy() {
    }

    public static void check(RiskDraft d) {
        if (d.strategy() != null && !d.strategy().fits(d.kind())) {
            throw new RuleViolationException("strategy-does-not-fit", "strategy", d.strategy() + " is a response to "
                    + (d.kind() == Risk.Kind.THREAT ? "opportunities" : "threats") + ", not to " + (d.kind() == Risk.Kind.THREAT ? "a threat" : "an opportunity"));
        }
        if ((d.residualProbability() == null) != (d.residualImpact() == null)) {
            throw new InvalidFieldException(d.residualProbability() == null ? "residualProbability" : "residualImpact",
                    "residualProbability and residualImpact go together");
        }
        if (d.trigger() != null && !d.trigger().isBlank() && (d.contingencyPlan() == null || d.contingencyPlan().isBlank())) {
            throw new InvalidFieldException("contingencyPlan", "a trigger needs the contingency plan it sets off");
        }
    }
}
