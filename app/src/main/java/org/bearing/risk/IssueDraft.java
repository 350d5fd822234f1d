package org.bearing.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What is written to raise or replace an issue, in the shape the API shows it: {@code links} are
 * {@code {"kind": "RISK", "targetId": 12}} objects (kinds RISK, TASK, CHANGE_REQUEST). The escalation level is not
 * part of it: it changes only by escalation.
 */
public record IssueDraft(@NotBlank @Size(max = 300) String title, @Size(max = 4000) String description,
                         @NotNull Issue.Severity severity, @Size(max = 200) String owner, LocalDate dueDate, Issue.Status status,
                         @Size(max = 4000) String resolution, @Size(max = 100) List<Issue.@NotNull @Valid Link> links) {

    /** The draft that writes {@code i} back unchanged, as the base of a change. */
    public static IssueDraft of(Issue i) {
        return new IssueDraft(i.title(), i.description(), i.severity(), i.owner(), i.dueDate(), i.status(), i.resolution(), i.links());
    }
}
