package org.bearing.plan.web;

import jakarta.validation.Valid;
import java.util.List;
import org.bearing.plan.Baseline;
import org.bearing.plan.BaselineDraft;
import org.bearing.plan.Baselines;
import org.bearing.platform.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Baselines of a project: listing gives headers only, reading one gives every task's frozen values. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/baselines")
class BaselineController {
    private final Baselines baselines;

    BaselineController(Baselines baselines) {
        this.baselines = baselines;
    }

    @GetMapping
    List<Baseline> all(@PathVariable long projectId) {
        return baselines.all(projectId);
    }

    @GetMapping("/{id}")
    ResponseEntity<Baseline> get(@PathVariable long projectId, @PathVariable long id) {
        Baseline b = baselines.get(projectId, id);
        return Responses.ok(b, b.version());
    }

    @PostMapping
    ResponseEntity<Baseline> capture(@PathVariable long projectId, @Valid @RequestBody BaselineDraft d) {
        Baseline b = baselines.capture(projectId, d);
        return Responses.created(b, b.id(), b.version());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long projectId, @PathVariable long id,
                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        baselines.delete(projectId, id, ETags.parseIfMatch(ifMatch));
        return Responses.noContent();
    }
}
