package org.bearing.workspace;

import java.time.LocalDate;
import org.bearing.schedule.GanttChart;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The browser pages: the portfolio home and each project's overview with its Gantt chart. */
@Controller
class WorkspacePages {
    private final Workspace workspace;
    private final org.bearing.plan.Projects projects;
    private final org.bearing.cost.EarnedValues earnedValues;
    private final org.bearing.cost.SCurves sCurves;
    private final org.bearing.schedule.ResourceLoading loading;
    private final org.bearing.plan.Tasks tasks;
    private final org.bearing.plan.Assignments assignments;

    WorkspacePages(Workspace workspace, org.bearing.plan.Projects projects, org.bearing.cost.EarnedValues earnedValues,
                   org.bearing.schedule.ResourceLoading loading, org.bearing.plan.Tasks tasks,
                   org.bearing.plan.Assignments assignments, org.bearing.cost.SCurves sCurves) {
        this.sCurves = sCurves;
        this.workspace = workspace;
        this.projects = projects;
        this.earnedValues = earnedValues;
        this.loading = loading;
        this.tasks = tasks;
        this.assignments = assignments;
    }

    @GetMapping("/projects/{id}/earned-value")
    String earnedValue(@PathVariable long id, @RequestParam(defaultValue = "WEEK") org.bearing.engine.earnedvalue.Granularity granularity,
                       Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("granularity", granularity);
        try {
            var report = earnedValues.report(id, null, granularity);
            model.addAttribute("report", report);
            model.addAttribute("message", null);
            try {
                var curve = sCurves.sCurve(id, null, granularity);
                model.addAttribute("curve", curve);
                model.addAttribute("chart", SCurveChart.svg(curve));
            } catch (org.bearing.platform.InvalidFieldException tooManyPeriods) {
                // too many periods at this granularity (a long project by day): the page stays, the chart says why
                model.addAttribute("curve", null);
                model.addAttribute("chart", "<p class=\"notice\" id=\"scurve-unavailable\">No S-curve: "
                        + Charts.escape(tooManyPeriods.getMessage()) + ".</p>");
            }
        } catch (org.bearing.platform.RuleViolationException e) {
            model.addAttribute("report", null);
            model.addAttribute("curve", null);
            model.addAttribute("chart", "");
            model.addAttribute("message", e.getMessage());
        }
        return "workspace/earned-value";
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
