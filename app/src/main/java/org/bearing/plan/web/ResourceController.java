package org.bearing.plan.web;

import jakarta.validation.Valid;
import java.util.List;
import org.bearing.plan.Projects;
import org.bearing.plan.Resource;
import org.bearing.plan.ResourceDraft;
import org.bearing.plan.Resources;
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

/** Resources: the enterprise pool and project-local resources. */
@RestController
@RequestMapping("/api/v1")
class ResourceController {
    private final Resources resources;
    private final Projects projects;

    ResourceController(Resources resources, Projects projects) {
        this.resources = resources;
        this.projects = projects;
    }

    @GetMapping("/resources")
    List<Resource> all() {
        return resources.all();
    }

    @GetMapping("/projects/{projectId}/resources")
    List<Resource> visibleTo(@PathVariable long projectId) {
        projects.get(projectId);
        return resources.visibleTo(projectId);
    }

    @GetMapping("/resources/{id}")
    ResponseEntity<Resource> get(@PathVariable long id) {
        Resource r = resources.get(id);
        return Responses.ok(r, r.version());
    }

    @PostMapping("/resources")
    ResponseEntity<Resource> create(@Valid @RequestBody ResourceDraft d) {
        Resource r = resources.create(d);
        return Responses.created(r, r.id(), r.version());
    }

    @PutMapping("/resources/{id}")
    ResponseEntity<Resource> update(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                    @Valid @RequestBody ResourceDraft d) {
        Resource r = resources.update(id, ETags.parseIfMatch(ifMatch), d);
        return Responses.ok(r, r.version());
    }

    @DeleteMapping("/resources/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        resources.delete(id, ETags.parseIfMatch(ifMatch));
        return Responses.noContent();
    }
}
