package org.bearing.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a client sends to create or replace a portfolio. */
public record PortfolioDraft(@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description) {
}
