package org.bearing.risk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A threat or an opportunity, written as cause → event → effect. Probability and each impact are on a 1..5 scale;
 * its score, rating and expected monetary value come from the {@link RiskMatrix} of its project or program.
 * A risk belongs to one project ({@code projectId}) or, when it spans the projects of a program, to that program
 * ({@code programId}); the other is null.
 */
public record Risk(long id, long version, Long projectId, Long programId, String code, Kind kind, String title, String cause, String event,
                   String effect, String category, String owner, int probability, Impact impact, BigDecimal costExposure,
                   LocalDate proximity, Strategy strategy, List<ResponseAction> actions, String contingencyPlan, String trigger,
                   Status status, Integer residualProbability, Integer residualImpact, LocalDate reviewDate) {

    public enum Kind { THREAT, OPPORTUNITY }

    public enum Status { OPEN, OCCURRED, CLOSED }

    /** Responses to threats (avoid, mitigate, transfer, accept) and to opportunities (exploit, enhance, share, accept). */
    public enum Strategy {
        AVOID, MITIGATE, TRANSFER, EXPLOIT, ENHANCE, SHARE, ACCEPT;

        public boolean fits(Kind kind) {
            return this == ACCEPT || (kind == Kind.THREAT) == (this == AVOID || this == MITIGATE || this == TRANSFER);
        }
    }

    /** Impact on each objective, 1 (very low) .. 5 (very high). */
    public record Impact(int schedule, int cost, int scope, int quality) {
        public int max() {
            return Math.max(Math.max(schedule, cost), Math.max(scope, quality));
        }
    }

    /** A response action with its owner and due date. */
    public record ResponseAction(String description, String owner, LocalDate dueDate, boolean done) {
    }

    public Risk {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** A risk whose review date has passed while it is still open. */
    public boolean stale(LocalDate today) {
        return status == Status.OPEN && reviewDate != null && reviewDate.isBefore(today);
    }
}
