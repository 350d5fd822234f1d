package org.bearing.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a client sends to create or replace a program. */
public record ProgramDraft(Long portfolioId, @NotBlank @Size(max = 200) String name, @Size(max = 4000) String description,
                           @Size(max = 200) String sponsor, @Size(max = 200) String manager) {
}
