package org.bearing.plan;

import org.bearing.plan.persistence.ProjectStore;
import org.bearing.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every edit of a project's plan shares: the project must exist, and a committed edit moves the project's
 * version on and announces {@link PlanChanged} so that the schedule follows.
 */
@Component
class PlanEdits {
    private final ProjectStore projects;
    private final ApplicationEventPublisher events;

    PlanEdits(ProjectStore projects, ApplicationEventPublisher events) {
        this.projects = projects;
        this.events = events;
    }

    void requireProject(long projectId) {
        if (projects.byId(projectId).isEmpty()) {
            throw new NotFoundException("Project", projectId);
        }
    }

    void changed(long projectId) {
        projects.touch(projectId);
        events.publishEvent(new PlanChanged(projectId));
    }
}
