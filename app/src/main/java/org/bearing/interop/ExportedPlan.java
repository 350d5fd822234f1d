package org.bearing.interop;

import java.util.List;
import java.util.Map;
import org.bearing.plan.Assignment;
import org.bearing.plan.Baseline;
import org.bearing.plan.Dependency;
import org.bearing.plan.Project;
import org.bearing.plan.ProjectCalendar;
import org.bearing.plan.Resource;
import org.bearing.plan.Task;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskMatrix;
import org.bearing.schedule.ProjectSchedule;
import org.bearing.schedule.ScheduledTask;

/**
 * Everything an export writes about one project, in Bearing's API shapes: the plan (calendars, the WBS outline,
 * dependencies, resources, assignments, baselines with their rows), the computed schedule (dates and floats) and the
 * risk register. Every writer starts here, so all formats say the same thing.
 *
 * @param calendars the calendars visible to the project (its own and the base calendars they may inherit from)
 * @param tasks     the WBS in outline order (each summary before its subtasks)
 * @param riskMatrix the probability-impact matrix that scores and rates the project's risks
 */
public record ExportedPlan(Project project, List<ProjectCalendar> calendars, List<Task> tasks, List<Dependency> dependencies,
                           List<Resource> resources, List<Assignment> assignments, List<Baseline> baselines,
                           ProjectSchedule schedule, List<Risk> risks, RiskMatrix riskMatrix) {

    /** The computed schedule row of each task, by task id. */
    public Map<Long, ScheduledTask> scheduled() {
        Map<Long, ScheduledTask> rows = new java.util.HashMap<>();
        if (schedule != null) {
            schedule.tasks().forEach(t -> rows.put(t.taskId(), t));
        }
        return rows;
    }

    /** Outline level of each task, 1 for a top-level task. */
    public Map<Long, Integer> levels() {
        Map<Long, Integer> levels = new java.util.HashMap<>();
        for (Task t : tasks) {
            levels.put(t.id(), t.parentId() == null ? 1 : levels.getOrDefault(t.parentId(), 0) + 1);
        }
        return levels;
    }

    /** The calendar tasks use when they name none: the project's, else the base calendar named Standard. */
    public ProjectCalendar defaultCalendar() {
        for (ProjectCalendar c : calendars) {
            if (project.calendarId() != null && c.id() == project.calendarId()) {
                return c;
            }
        }
        return calendars.stream().filter(c -> c.projectId() == null && "Standard".equals(c.name())).findFirst()
                .orElse(calendars.isEmpty() ? null : calendars.get(0));
    }
}
