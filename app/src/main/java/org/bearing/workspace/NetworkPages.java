package org.bearing.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bearing.plan.Calendars;
import org.bearing.plan.Dependencies;
import org.bearing.plan.Dependency;
import org.bearing.plan.Lag;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.plan.Task;
import org.bearing.plan.Tasks;
import org.bearing.schedule.NetworkDiagram;
import org.bearing.schedule.ProjectSchedule;
import org.bearing.schedule.ScheduledTask;
import org.bearing.schedule.Scheduling;
import org.bearing.schedule.TaskDrivers;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The project's precedence network (tab "Network") and, with {@code focus}, one task's dependency map: its
 * predecessors and successors {@code depth} links deep, with the driving path (each task's driving predecessor link,
 * followed back from the focus task) marked.
 */
@Controller
class NetworkPages {
    static final int MAX_DEPTH = 6;
    private final Projects projects;
    private final Tasks tasks;
    private final Dependencies dependencies;
    private final Calendars calendars;
    private final Scheduling scheduling;

    NetworkPages(Projects projects, Tasks tasks, Dependencies dependencies, Calendars calendars, Scheduling scheduling) {
        this.projects = projects;
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.calendars = calendars;
        this.scheduling = scheduling;
    }

    @GetMapping("/projects/{id}/network")
    @Transactional(readOnly = true)
    String network(@PathVariable long id, @RequestParam(defaultValue = "false") boolean summaries,
                   @RequestParam(required = false) Long focus, @RequestParam(defaultValue = "2") int depth, Model model) {
        Project project = projects.get(id);
        List<Task> outline = tasks.all(id);
        Map<Long, Long> durations = new HashMap<>();
        outline.forEach(t -> durations.put(t.id(), t.durationMinutes()));
        if (focus != null && !durations.containsKey(focus)) {
            focus = null; // a task deleted since the link was made: show the whole network rather than an error
        }
        int levels = Math.max(1, Math.min(MAX_DEPTH, depth));
        int minutesPerDay = project.calendarId() == null ? 480 : calendars.get(project.calendarId()).minutesPerDay();
        ProjectSchedule schedule = scheduling.schedule(id);
        List<Dependency> all = dependencies.all(id);
        TaskDrivers drivers = focus == null ? null : scheduling.drivers(id, focus);
        Set<String> driving = focus == null ? Set.of() : drivingPath(id, drivers, levels);
        List<NetworkDiagram.Link> links = new ArrayList<>(all.size());
        for (Dependency d : all) {
            links.add(new NetworkDiagram.Link(d.predecessorId(), d.successorId(), d.type().name(), lagLabel(d.lag(), minutesPerDay),
                    driving.contains(d.predecessorId() + ">" + d.successorId())));
        }
        String href = "/projects/" + id + "/network?depth=" + levels + (summaries ? "&summaries=true" : "") + "&focus=";
        String svg = NetworkDiagram.svg(schedule, durations, links,
                new NetworkDiagram.Options(summaries, focus, levels, minutesPerDay, href));
        int boxes = count(svg, "class=\"node");
        int critical = count(svg, "class=\"node critical");
        Long selected = focus;
        List<NetworkView.Choice> choices = new ArrayList<>();
        for (ScheduledTask t : schedule.tasks()) {
            choices.add(new NetworkView.Choice(t.taskId(), "  ".repeat(t.outlineLevel() - 1) + t.name(), selected != null && selected == t.taskId()));
        }
        model.addAttribute("view", new NetworkView(project, svg, boxes, critical, summaries, focus == null ? null : levels, drivers, choices));
        return "workspace/network";
    }

    /** The driving predecessor links from the focus task back up to {@code depth} tasks, as "predecessor>successor". */
    private Set<String> drivingPath(long projectId, TaskDrivers first, int depth) {
        Set<String> path = new HashSet<>();
        List<TaskDrivers> level = List.of(first);
        for (int d = 0; d < depth && !level.isEmpty(); d++) {
            List<TaskDrivers> next = new ArrayList<>();
            for (TaskDrivers t : level) {
                for (TaskDrivers.Driver driver : t.drivers()) {
                    if (driver.predecessorId() != null && path.add(driver.predecessorId() + ">" + t.taskId()) && d + 1 < depth) {
                        next.add(scheduling.drivers(projectId, driver.predecessorId()));
                    }
                }
            }
            level = next;
        }
        return path;
    }

    /** A lag as the diagram labels it: "+2d", "-4h" (a lead), "+3ed" (elapsed days), "+50%"; "" for none. */
    static String lagLabel(Lag lag, int minutesPerDay) {
        if (lag == null || lag.amount() == 0) {
            return "";
        }
        String sign = lag.amount() > 0 ? "+" : "-";
        long a = Math.abs(lag.amount());
        return sign + switch (lag.unit()) {
            case PERCENT -> a + "%";
            case ELAPSED_MINUTES -> a % 1440 == 0 ? a / 1440 + "ed" : a % 60 == 0 ? a / 60 + "eh" : a + "em";
            case WORKING_MINUTES -> a % minutesPerDay == 0 ? a / minutesPerDay + "d" : a % 60 == 0 ? a / 60 + "h" : a + "m";
        };
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }
}
