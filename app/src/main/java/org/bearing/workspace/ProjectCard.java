package org.bearing.workspace;

import java.time.LocalDate;
import java.util.List;

/** One project as the portfolio home shows it. */
public record ProjectCard(long id, String code, String name, String program, String manager, LocalDate start,
                          LocalDate forecastFinish, LocalDate baselineFinish, LocalDate hardDeadline, ScheduleHealth health,
                          int criticalTasks, List<Milestone> nextMilestones) {

    /** A milestone still ahead, with its forecast date. */
    public record Milestone(String name, LocalDate date) {
    }
}
