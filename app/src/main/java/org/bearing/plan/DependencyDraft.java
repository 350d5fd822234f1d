package org.bearing.plan;

import jakarta.validation.constraints.NotNull;

/** What a client sends to create or replace a dependency. The lag defaults to zero working minutes. */
public record DependencyDraft(@NotNull Long predecessorId, @NotNull Long successorId, @NotNull DependencyType type,
                              Long lagAmount, LagUnit lagUnit) {
    public Lag lag() {
        return new Lag(lagAmount == null ? 0 : lagAmount, lagUnit);
    }
}
