package org.bearing.delivery.web;

import org.bearing.delivery.Backlog;
import org.bearing.delivery.Backlogs;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A project's backlog: its sprints in order, each with its items and story-point totals, then the unplanned items. */
@RestController
class BacklogController {
    private final Backlogs backlogs;

    BacklogController(Backlogs backlogs) {
        this.backlogs = backlogs;
    }

    @GetMapping("/api/v1/projects/{projectId}/backlog")
    Backlog backlog(@PathVariable long projectId) {
        return backlogs.backlog(projectId);
    }
}
