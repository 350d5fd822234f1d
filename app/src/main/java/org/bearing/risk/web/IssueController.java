package org.bearing.risk.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.bearing.platform.ETags;
import org.bearing.risk.Escalation;
import org.bearing.risk.EscalationRequest;
import org.bearing.risk.Issue;
import org.bearing.risk.IssueDraft;
import org.bearing.risk.IssueLog;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A project's issue log and each issue's escalation history. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/issues")
class IssueController {
    private final IssueLog log;
    private final RepresentationWrites writes;

    IssueController(IssueLog log, RepresentationWrites writes) {
        this.log = log;
        this.writes = writes;
    }

    @GetMapping
    List<IssueView> issues(@PathVariable long projectId) {
        return log.issues(projectId).stream().map(IssueView::of).toList();
    }

    @GetMapping("/{issueId}")
    ResponseEntity<IssueView> issue(@PathVariable long projectId, @PathVariable long issueId) {
        Issue i = log.get(projectId, issueId);
        return ResponseEntity.ok().eTag(ETags.of(i.version())).body(IssueView.of(i));
    }

    /** Raises an issue from the body GET returns, read-only fields left out ({@link RepresentationWrites}). */
    @Operation(summary = "Raise an issue", description = "The body is the shape GET returns (links as {kind, targetId}); read-only fields "
            + "(id, version, code, escalationLevel, raisedBy, raisedAt, overdue) must be left out, else 422 read-only-field naming the field.")
    @PostMapping
    ResponseEntity<IssueView> raise(@PathVariable long projectId, @RequestBody IssueView body, Principal who) {
        IssueDraft d = writes.toCreate(body);
        Issue i = log.raise(projectId, d, who.getName());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(i.id()).toUri())
                .eTag(ETags.of(i.version())).body(IssueView.of(i));
    }

    /**
     * Replaces an issue with the body GET returned, edited: read-only fields sent back unchanged are ignored, a changed
     * one is refused naming it ({@link RepresentationWrites}); the escalation level changes only by escalation.
     */
    @Operation(summary = "Replace an issue", description = "Send back the body GET returned with the fields you change. Read-only fields "
            + "(id, version, projectId, code, escalationLevel, raisedBy, raisedAt, overdue) may be left out or sent unchanged (then ignored); "
            + "a changed one is refused with 422 read-only-field naming it. version in the body works like If-Match (412 when not current).")
    @PutMapping("/{issueId}")
    ResponseEntity<IssueView> update(@PathVariable long projectId, @PathVariable long issueId,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody IssueView body) {
        Long expected = ETags.parseIfMatch(ifMatch);
        Issue current = log.get(projectId, issueId);
        IssueDraft d = writes.toReplace(body, IssueView.of(current), expected, "Issue " + issueId);
        Issue i = log.update(projectId, issueId, current.version(), d);
        return ResponseEntity.ok().eTag(ETags.of(i.version())).body(IssueView.of(i));
    }

    @DeleteMapping("/{issueId}")
    ResponseEntity<Void> delete(@PathVariable long projectId, @PathVariable long issueId,
                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        log.delete(projectId, issueId, ETags.parseIfMatch(ifMatch));
        return ResponseEntity.noContent().build();
    }

    /** Escalates or de-escalates: {@code {"level": "PM", "reason": "..."}}. */
    @PostMapping("/{issueId}/escalations")
    ResponseEntity<IssueView> escalate(@PathVariable long projectId, @PathVariable long issueId,
                                       @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                       @Valid @RequestBody EscalationRequest r, Principal who) {
        Issue i = log.escalate(projectId, issueId, ETags.parseIfMatch(ifMatch), r, who.getName());
        return ResponseEntity.ok().eTag(ETags.of(i.version())).body(IssueView.of(i));
    }

    @GetMapping("/{issueId}/escalations")
    List<Escalation> escalations(@PathVariable long projectId, @PathVariable long issueId) {
        return log.escalations(projectId, issueId);
    }
}
