package org.bearing.plan.web;

import jakarta.validation.Valid;
import java.util.List;
import org.bearing.plan.Assignment;
import org.bearing.plan.AssignmentDraft;
import org.bearing.plan.Assignments;
import org.bearing.platform.ETags;
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

/** Resource assignments on a project's tasks. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/assignments")
class AssignmentController {
    private final Assignments assignments;

    AssignmentController(Assignments assignments) {
        this.assignments = assignments;
    }

    @GetMapping
    List<Assignment> all(@PathVariable long projectId) {
        return assignments.all(projectId);
    }

    @GetMapping("/{id}")
    ResponseEntity<Assignment> get(@PathVariable long projectId, @PathVariable long id) {
        Assignment a = assignments.get(projectId, id);
        return Responses.ok(a, a.version());
    }

    @PostMapping
    ResponseEntity<Assignment> create(@PathVariable long projectId, @Valid @RequestBody AssignmentDraft d) {
        Assignment a = assignments.create(projectId, d);
        return Responses.created(a, a.id(), a.version());
    }

    @PutMapping("/{id}")
    ResponseEntity<Assignment> update(@PathVariable long projectId, @PathVariable long id,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                      @Valid @RequestBody AssignmentDraft d) {
        Assignment a = assignments.update(projectId, id, ETags.parseIfMatch(ifMatch), d);
        return Responses.ok(a, a.version());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long projectId, @PathVariable long id,
                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        assignments.delete(projectId, id, ETags.parseIfMatch(ifMatch));
        return Responses.noContent();
    }
}
