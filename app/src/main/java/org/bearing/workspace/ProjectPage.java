package org.bearing.workspace;

import java.util.List;
import org.bearing.plan.Project;
import org.bearing.schedule.ProjectSchedule;

/** Everything the project page shows: the charter, the key dates and health, and the Gantt drawing. */
public record ProjectPage(Project project, ProjectCard card, ProjectSchedule schedule, String ganttSvg, String zoom, List<String> zooms) {
}
