package org.bearing.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * What a client sends to raise or replace an issue. {@code links} are typed references such as {@code RISK:12},
 * {@code TASK:40} or {@code CHANGE_REQUEST:7}. The escalation level is not part of it: it changes only by escalation.
 */
public record IssueDraft(@NotBlank @Size(max = 300) String title, @Size(max = 4000) String description,
                         @NotNull Issue.Severity severity, @Size(max = 200) String owner, LocalDate dueDate, Issue.Status status,
                         @Size(max = 4000) String resolution, @Size(max = 100) List<String> links) {

    /** The draft that writes {@code i} back unchanged (its links as typed references), as the base of a change. */
    public static IssueDraft of(Issue i) {
        return new IssueDraft(i.title(), i.description(), i.severity(), i.owner(), i.dueDate(), i.status(), i.resolution(),
                i.links().stream().map(Issue.Link::reference).toList());
    }
}
