package org.bearing.plan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What a client sends to create or replace a resource. Rates are per hour (work) or per unit (material). */
public record ResourceDraft(Long projectId,
                            @NotBlank @Size(max = 200) String name,
                            @NotNull ResourceType type,
                            @Size(max = 20) String initials,
                            @Size(max = 200) String group,
                            @Email @Size(max = 320) String email,
                            @Size(max = 40) String materialLabel,
                            @DecimalMin("0") @DecimalMax("100") BigDecimal maxUnits,
                            @PositiveOrZero @DecimalMax("1e12") BigDecimal standardRate,
                            @PositiveOrZero @DecimalMax("1e12") BigDecimal overtimeRate,
                            @PositiveOrZero @DecimalMax("1e12") BigDecimal costPerUse,
                            Long calendarId) {
}
