package org.bearing.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What is written to record or replace a risk: the fields a TPM owns, in the shape the API shows them (impact as one
 * object per objective). Scales are 1..5. Field names are the API's, so a refusal names the JSON field
 * ({@code impact.schedule}, {@code actions[1].dueDate}).
 */
public record RiskDraft(@NotNull Risk.Kind kind, @NotBlank @Size(max = 300) String title, @Size(max = 4000) String cause,
                        @Size(max = 4000) String event, @Size(max = 4000) String effect, @Size(max = 100) String category,
                        @Size(max = 200) String owner, @NotNull @Min(1) @Max(5) Integer probability, @NotNull @Valid Impact impact,
                        @PositiveOrZero @DecimalMax("1e13") BigDecimal costExposure, LocalDate proximity, Risk.Strategy strategy,
                        @Size(max = 50) List<@Valid Action> actions, @Size(max = 4000) String contingencyPlan,
                        @Size(max = 1000) String trigger, Risk.Status status, @Min(1) @Max(5) Integer residualProbability,
                        @Min(1) @Max(5) Integer residualImpact, LocalDate reviewDate) {

    /** The draft that writes {@code r} back unchanged, as the base of a change to one of its fields. */
    public static RiskDraft of(Risk r) {
        return new RiskDraft(r.kind(), r.title(), r.cause(), r.event(), r.effect(), r.category(), r.owner(), r.probability(),
                Impact.of(r.impact()), r.costExposure(), r.proximity(),
                r.strategy(), r.actions().stream().map(a -> new Action(a.description(), a.owner(), a.dueDate(), a.done())).toList(),
                r.contingencyPlan(), r.trigger(), r.status(), r.residualProbability(), r.residualImpact(), r.reviewDate());
    }

    /** The same draft with another status. */
    public RiskDraft withStatus(Risk.Status newStatus) {
        return new RiskDraft(kind, title, cause, event, effect, category, owner, probability, impact, costExposure, proximity, strategy,
                actions, contingencyPlan, trigger, newStatus, residualProbability, residualImpact, reviewDate);
    }

    /** Impact on each objective, 1 (very low) .. 5 (very high), as {@link Risk.Impact} but checked when written. */
    public record Impact(@NotNull @Min(1) @Max(5) Integer schedule, @NotNull @Min(1) @Max(5) Integer cost,
                         @NotNull @Min(1) @Max(5) Integer scope, @NotNull @Min(1) @Max(5) Integer quality) {
        public static Impact of(Risk.Impact i) {
            return new Impact(i.schedule(), i.cost(), i.scope(), i.quality());
        }
    }

    /** A response action. */
    public record Action(@NotBlank @Size(max = 2000) String description, @Size(max = 200) String owner, LocalDate dueDate, Boolean done) {
    }
}
