package org.bearing.risk.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.bearing.risk.Issue;
import org.bearing.risk.IssueDraft;

/**
 * An issue as the API shows it and takes it back: what was recorded, its links as {@code {kind, targetId}} objects and
 * whether it is overdue. The same shape is read by GET and written by POST and PUT; {@code id}, {@code version},
 * {@code projectId}, {@code code}, {@code escalationLevel} (it changes only by escalation), {@code raisedBy},
 * {@code raisedAt} and {@code overdue} are read-only ({@link RepresentationWrites}).
 */
@Schema(name = "Issue", description = "An issue as GET returns it and POST/PUT take it. Read-only fields (id, version, projectId, code, "
        + "escalationLevel, raisedBy, raisedAt, overdue) may be left out; on PUT they may be sent back unchanged and are ignored, a changed "
        + "value is refused with 422 read-only-field naming it; version in the body works like If-Match.")
record IssueView(@Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
                 @Schema(description = "the version the copy was read at; on PUT it works like If-Match") Long version,
                 @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long projectId,
                 @Schema(accessMode = Schema.AccessMode.READ_ONLY) String code,
                 String title, String description, Issue.Severity severity, String owner, LocalDate dueDate, Issue.Status status,
                 @Schema(accessMode = Schema.AccessMode.READ_ONLY) Issue.EscalationLevel escalationLevel,
                 String resolution,
                 @Schema(accessMode = Schema.AccessMode.READ_ONLY) String raisedBy,
                 @Schema(accessMode = Schema.AccessMode.READ_ONLY) LocalDateTime raisedAt,
                 List<Issue.Link> links,
                 @Schema(accessMode = Schema.AccessMode.READ_ONLY) Boolean overdue) implements Representation<IssueDraft> {

    static IssueView of(Issue i) {
        return new IssueView(i.id(), i.version(), i.projectId(), i.code(), i.title(), i.description(), i.severity(), i.owner(), i.dueDate(),
                i.status(), i.escalationLevel(), i.resolution(), i.raisedBy(), i.raisedAt(), i.links(), i.overdue(LocalDate.now()));
    }

    @Override
    public Map<String, Object> readOnly() {
        return Representation.named("id", id, "projectId", projectId, "code", code, "escalationLevel", escalationLevel, "raisedBy", raisedBy,
                "raisedAt", raisedAt, "overdue", overdue);
    }

    @Override
    public IssueDraft draft() {
        return new IssueDraft(title, description, severity, owner, dueDate, status, resolution, links);
    }
}
