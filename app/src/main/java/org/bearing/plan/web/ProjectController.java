package org.bearing.plan.web;

import jakarta.validation.Valid;
import java.util.List;
import org.bearing.plan.Project;
import org.bearing.plan.ProjectDraft;
import org.bearing.plan.Projects;
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

/** Projects. */
@RestController
@RequestMapping("/api/v1/projects")
class ProjectController {
    private final Projects projects;

    ProjectController(Projects projects) {
        this.projects = projects;
    }

    @GetMapping
    List<Project> all() {
        return projects.all();
    }

    @GetMapping("/{id}")
    ResponseEntity<Project> get(@PathVariable long id) {
        Project p = projects.get(id);
        return Responses.ok(p, p.version());
    }

    @PostMapping
    ResponseEntity<Project> create(@Valid @RequestBody ProjectDraft d) {
        Project p = projects.create(d);
        return Responses.created(p, p.id(), p.version());
    }

    @PutMapping("/{id}")
    ResponseEntity<Project> update(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                   @Valid @RequestBody ProjectDraft d) {
        Project p = projects.update(id, ETags.parseIfMatch(ifMatch), d);
        return Responses.ok(p, p.version());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        projects.delete(id, ETags.parseIfMatch(ifMatch));
        return Responses.noContent();
    }
}
