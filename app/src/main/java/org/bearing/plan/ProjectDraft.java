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

    /** The draft that would write {@code p} back unchanged, to edit one field of an existing project. */
    public static ProjectDraft of(Project p) {
        return new ProjectDraft(p.programId(), p.code(), p.name(), p.sponsor(), p.manager(), p.scopeStatement(), p.objectives(),
                p.successCriteria(), p.startDate(), p.statusDate(), p.currency(), p.calendarId(), p.budget(), p.hardDeadline());
    }

    public ProjectDraft withStatusDate(LocalDate date) {
        return new ProjectDraft(programId, code, name, sponsor, manager, scopeStatement, objectives, successCriteria, startDate, date,
                currency, calendarId, budget, hardDeadline);
    }

    public ProjectDraft withCalendar(Long calendar) {
        return new ProjectDraft(programId, code, name, sponsor, manager, scopeStatement, objectives, successCriteria, startDate,
                statusDate, currency, calendar, budget, hardDeadline);
    }
}
