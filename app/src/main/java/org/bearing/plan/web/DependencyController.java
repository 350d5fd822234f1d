package org.bearing.plan.web;

import jakarta.validation.Valid;
import java.util.List;
import org.bearing.plan.Dependencies;
import org.bearing.plan.Dependency;
import org.bearing.plan.DependencyDraft;
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

/** The dependencies between a project's tasks. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/dependencies")
class DependencyController {
    private final Dependencies dependencies;

    DependencyController(Dependencies dependencies) {
        this.dependencies = dependencies;
    }

    @GetMapping
    List<Dependency> all(@PathVariable long projectId) {
        return dependencies.all(projectId);
    }

    @GetMapping("/{id}")
    ResponseEntity<Dependency> get(@PathVariable long projectId, @PathVariable long id) {
        Dependency d = dependencies.get(projectId, id);
        return Responses.ok(d, d.version());
    }

    @PostMapping
    ResponseEntity<Dependency> create(@PathVariable long projectId, @Valid @RequestBody DependencyDraft draft) {
        Dependency d = dependencies.create(projectId, draft);
        return Responses.created(d, d.id(), d.version());
    }

    @PutMapping("/{id}")
    ResponseEntity<Dependency> update(@PathVariable long projectId, @PathVariable long id,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                      @Valid @RequestBody DependencyDraft draft) {
        Dependency d = dependencies.update(projectId, id, ETags.parseIfMatch(ifMatch), draft);
        return Responses.ok(d, d.version());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long projectId, @PathVariable long id,
                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        dependencies.delete(projectId, id, ETags.parseIfMatch(ifMatch));
        return Responses.noContent();
    }
}
