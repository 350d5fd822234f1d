package org.bearing.risk.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskDraft;
import org.bearing.risk.RiskMatrix;

/**
 * A risk as the API shows it and takes it back: what was recorded plus its score, rating (label and colour class),
 * residual score, EMV and whether its review is overdue, all from the matrix of its project or program. The same
 * shape is read by GET and written by POST and PUT; {@code id}, {@code version}, {@code projectId},
 * {@code programId}, {@code code} and the computed fields are read-only ({@link RepresentationWrites}).
 */
@Schema(name = "Risk", description = "A risk as GET returns it and POST/PUT take it. Read-only fields (id, version, projectId, programId, "
        + "code, score, rating, ratingColour, residualScore, expectedMonetaryValue, stale) may be left out; on PUT they may be sent back "
        + "unchanged and are ignored, a changed value is refused with 422 read-only-field naming it; version in the body works like If-Match.")
record RiskView(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
                @Schema(description = "the version the copy was read at; on PUT it works like If-Match") Long version,
                @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long projectId,
                @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long programId,
                @Schema(accessMode = Schema.AccessMode.READ_ONLY) String code,
                Risk.Kind kind, String title, String cause, String event, String effect, String category, String owner,
                Integer probability, RiskDraft.Impact impact, BigDecimal costExposure, LocalDate proximity, Risk.Strategy strategy,
                List<RiskDraft.Action> actions, String contingencyPlan, String trigger, Risk.Status status, Integer residualProbability,
                Integer residualImpact, LocalDate reviewDate,
                @Schema(accessMode = Schema.AccessMode.READ_ONLY) Integer score,
                @Schema(accessMode = Schema.AccessMode.READ_ONLY) String rating,
                @Schema(accessMode = Schema.AccessMode.READ_ONLY) String ratingColour,
                @Schema(accessMode = Schema.AccessMode.READ_ONLY) Integer residualScore,
                @Schema(accessMode = Schema.AccessMode.READ_ONLY) BigDecimal expectedMonetaryValue,
                @Schema(accessMode = Schema.AccessMode.READ_ONLY) Boolean stale) implements Representation<RiskDraft> {

    static RiskView of(Risk r, RiskMatrix m) {
        RiskDraft d = RiskDraft.of(r);
        RiskMatrix.Rating rating = m.rating(r);
        return new RiskView(r.id(), r.version(), r.projectId(), r.programId(), r.code(), d.kind(), d.title(), d.cause(), d.event(),
                d.effect(), d.category(), d.owner(), d.probability(), d.impact(), d.costExposure(), d.proximity(), d.strategy(),
                d.actions(), d.contingencyPlan(), d.trigger(), d.status(), d.residualProbability(), d.residualImpact(), d.reviewDate(),
                m.score(r), rating.label(), rating.colour(), m.residualScore(r), m.expectedMonetaryValue(r), r.stale(LocalDate.now()));
    }

    @Override
    public Map<String, Object> readOnly() {
        return Representation.named("id", id, "projectId", projectId, "programId", programId, "code", code, "score", score, "rating", rating,
                "ratingColour", ratingColour, "residualScore", residualScore, "expectedMonetaryValue", expectedMonetaryValue, "stale", stale);
    }

    @Override
    public RiskDraft draft() {
        return new RiskDraft(kind, title, cause, event, effect, category, owner, probability, impact, costExposure, proximity, strategy,
                actions, contingencyPlan, trigger, status, residualProbability, residualImpact, reviewDate);
    }
}
