package org.bearing.delivery.web;

import org.bearing.delivery.Backlogs;
import org.bearing.plan.Projects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The Backlog tab: the project's sprints with their items and story points, then the items in no sprint. */
@Controller
class BacklogPage {
    private final Projects projects;
    private final Backlogs backlogs;

    BacklogPage(Projects projects, Backlogs backlogs) {
        this.projects = projects;
        this.backlogs = backlogs;
    }

    @GetMapping("/projects/{id}/backlog")
    String backlog(@PathVariable long id, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("backlog", backlogs.backlog(id));
        return "delivery/backlog";
    }
}
