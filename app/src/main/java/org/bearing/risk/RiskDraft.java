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

/** What a client sends to record or replace a risk. Scales are 1..5. */
public record RiskDraft(@NotNull Risk.Kind kind, @NotBlank @Size(max = 300) String title, @Size(max = 4000) String cause,
                        @Size(max = 4000) String event, @Size(max = 4000) String effect, @Size(max = 100) String category,
                        @Size(max = 200) String owner, @NotNull @Min(1) @Max(5) Integer probability,
                        @NotNull @Min(1) @Max(5) Integer impactSchedule, @NotNull @Min(1) @Max(5) Integer impactCost,
                        @NotNull @Min(1) @Max(5) Integer impactScope, @NotNull @Min(1) @Max(5) Integer impactQuality,
                        @PositiveOrZero @DecimalMax("1e13") BigDecimal costExposure, LocalDate proximity, Risk.Strategy strategy,
                        @Size(max = 50) List<@Valid Action> actions, @Size(max = 4000) String contingencyPlan,
                        @Size(max = 1000) String trigger, Risk.Status status, @Min(1) @Max(5) Integer residualProbability,
                        @Min(1) @Max(5) Integer residualImpact, LocalDate reviewDate) {

    /** A response action. */
    public record Action(@NotBlank @Size(max = 2000) String description, @Size(max = 200) String owner, LocalDate dueDate, Boolean done) {
    }
}
