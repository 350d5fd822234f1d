package org.bearing.schedule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.engine.calendar.WorkCalendar;
import org.bearing.plan.Calendars;
import org.bearing.plan.Project;
import org.bearing.plan.ProjectCalendar;

/**
 * A project's calendars compiled for the engine, each once: a calendar named by a task or resource, or the project's
 * own calendar for those that name none. A project that names no calendar uses the enterprise calendar named
 * {@link Calendars#STANDARD}, so that editing it (a company holiday) moves those projects too; the engine's built-in
 * standard week only when that calendar was deleted.
 */
final class CompiledCalendars {
    private final Map<Long, ProjectCalendar> byId = new HashMap<>();
    private final Map<Long, WorkCalendar> compiled = new HashMap<>();
    private final WorkCalendar project;

    CompiledCalendars(Project project, List<ProjectCalendar> calendars) {
        calendars.forEach(c -> byId.put(c.id(), c));
        WorkCalendar own = calendar(project.calendarId() != null ? project.calendarId() : standardId(calendars));
        this.project = own == null ? WorkCalendar.standard() : own;
    }

    private static Long standardId(List<ProjectCalendar> calendars) {
        return calendars.stream().filter(c -> c.projectId() == null && Calendars.STANDARD.equals(c.name()))
                .map(ProjectCalendar::id).findFirst().orElse(null);
    }

    /** The project's calendar, the default of every task and resource. */
    WorkCalendar project() {
        return project;
    }

    /** The calendar with this id, or the project's when the id is null or unknown. */
    WorkCalendar orProject(Long id) {
        WorkCalendar c = calendar(id);
        return c == null ? project : c;
    }

    /** The plan calendar behind the project's calendar, for its day/week conversions, or null. */
    ProjectCalendar definition(Long id) {
        return id == null ? null : byId.get(id);
    }

    private WorkCalendar calendar(Long id) {
        ProjectCalendar c = definition(id);
        return c == null ? null : PlanNetwork.compile(c, byId, compiled);
    }
}
