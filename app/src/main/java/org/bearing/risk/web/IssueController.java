package org.bearing.risk.web;

import jakarta.validation.Valid;
import java.security.Principal;
import java.time.LocalDate;
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

    IssueController(IssueLog log) {
        this.log = log;
    }

    /** An issue as the API shows it: what was recorded, its links as typed references and whether it is overdue. */
    record IssueView(Issue issue, List<String> links, boolean overdue) {
        static IssueView of(Issue i) {
            return new IssueView(i, i.links().stream().map(Issue.Link::reference).toList(), i.overdue(LocalDate.now()));
        }
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

    @PostMapping
    ResponseEntity<IssueView> raise(@PathVariable long projectId, @Valid @RequestBody IssueDraft d, Principal who) {
        Issue i = log.raise(projectId, d, who.getName());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(i.id()).toUri())
                .eTag(ETags.of(i.version())).body(IssueView.of(i));
    }

    @PutMapping("/{issueId}")
    ResponseEntity<IssueView> update(@PathVariable long projectId, @PathVariable long issueId,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch, @Valid @RequestBody IssueDraft d) {
        Issue i = log.update(projectId, issueId, ETags.parseIfMatch(ifMatch), d);
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
                                       @RequestBody EscalationRequest r, Principal who) {
        Issue i = log.escalate(projectId, issueId, ETags.parseIfMatch(ifMatch), r, who.getName());
        return ResponseEntity.ok().eTag(ETags.of(i.version())).body(IssueView.of(i));
    }

    @GetMapping("/{issueId}/escalations")
    List<Escalation> escalations(@PathVariable long projectId, @PathVariable long issueId) {
        return log.escalations(projectId, issueId);
    }
}
