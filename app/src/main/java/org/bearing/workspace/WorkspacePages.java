package org.bearing.workspace;

import java.time.LocalDate;
import org.bearing.schedule.GanttChart;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The browser pages: the portfolio home, each project's overview with its Gantt chart, and resource usage. */
@Controller
class WorkspacePages {
    private final Workspace workspace;
    private final org.bearing.plan.Projects projects;
    private final org.bearing.schedule.ResourceLoading loading;
    private final org.bearing.plan.Tasks tasks;
    private final org.bearing.plan.Assignments assignments;

    WorkspacePages(Workspace workspace, org.bearing.plan.Projects projects, org.bearing.schedule.ResourceLoading loading,
                   org.bearing.plan.Tasks tasks, org.bearing.plan.Assignments assignments) {
        this.workspace = workspace;
        this.projects = projects;
        this.loading = loading;
        this.tasks = tasks;
        this.assignments = assignments;
    }

    @GetMapping("/projects/{id}/resources")
    String resources(@PathVariable long id, @RequestParam(defaultValue = "WEEK") org.bearing.schedule.ResourceLoading.Granularity granularity,
                     Model model) {
        var usage = loading.usage(id, granularity, null, null);
        var taskNames = new java.util.HashMap<Long, String>();
        tasks.breakdown(id).outline().forEach(t -> taskNames.put(t.id(), t.name()));
        var byResource = new java.util.HashMap<Long, java.util.List<NamedChart.AssignedTask>>();
        for (var a : assignments.all(id)) {
            byResource.computeIfAbsent(a.resourceId(), k -> new java.util.ArrayList<>()).add(new NamedChart.AssignedTask(
                    taskNames.getOrDefault(a.taskId(), "#" + a.taskId()), a.units().doubleValue(), a.workMinutes() / 60.0));
        }
        model.addAttribute("project", projects.get(id));
        model.addAttribute("charts", usage.resources().stream().map(r -> new NamedChart(r.name(), r.maxUnits(), r.overAllocated(),
                Charts.histogram(r), byResource.getOrDefault(r.resourceId(), java.util.List.of()))).toList());
        return "workspace/resources";
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("programs", workspace.programs());
        return "workspace/home";
    }

    @GetMapping("/projects/{id}")
    String project(@PathVariable long id, @RequestParam(defaultValue = "MONTH") GanttChart.Zoom zoom, Model model) {
        model.addAttribute("page", workspace.page(id, zoom, LocalDate.now()));
        return "workspace/project";
    }
}
