package org.bearing.plan;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a client sends to create or replace a project. The currency is an ISO 4217 code such as USD. */
public record ProjectDraft(Long programId,
                           @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "must be letters, digits, '.', '_' or '-'") String code,
                           @NotBlank @Size(max = 200) String name,
                           @Size(max = 200) String sponsor,
                           @Size(max = 200) String manager,
                           @Size(max = 20000) String scopeStatement,
                           @Size(max = 50) List<@NotBlank @Size(max = 4000) String> objectives,
                           @Size(max = 50) List<@NotBlank @Size(max = 4000) String> successCriteria,
                           @NotNull LocalDate startDate,
                           LocalDate statusDate,
                           @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
                           Long calendarId,
                           @PositiveOrZero @DecimalMax("1e15") BigDecimal budget,
                           LocalDate hardDeadline) {
}
