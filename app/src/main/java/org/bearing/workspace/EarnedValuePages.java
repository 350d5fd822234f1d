package org.bearing.workspace;

import java.math.BigDecimal;
import org.bearing.cost.SCurves;
import org.bearing.engine.earnedvalue.Granularity;
import org.bearing.plan.EarnedValueMethod;
import org.bearing.plan.Projects;
import org.bearing.plan.Task;
import org.bearing.plan.TaskDraft;
import org.bearing.plan.Tasks;
import org.bearing.platform.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A project's earned value page: the S-curve (PV, EV, AC and the forecasts, by day, week or month), the roll-up by
 * WBS, and each task with the source of its actual cost, the method it earns by and its
 * physical % complete, both editable in place. A refused edit re-renders the page (422) with the message beside the
 * field and the value the user typed; nothing is written.
 */
@Controller
class EarnedValuePages {
    private final Projects projects;
    private final Tasks tasks;
    private final SCurves sCurves;

    EarnedValuePages(Projects projects, Tasks tasks, SCurves sCurves) {
        this.projects = projects;
        this.tasks = tasks;
        this.sCurves = sCurves;
    }

    @GetMapping("/projects/{id}/earned-value")
    String page(@PathVariable long id, @RequestParam(defaultValue = "WEEK") Granularity granularity, CsrfToken csrf,
                Model model) {
        return render(id, null, granularity, csrf, model);
    }

    /** Sets how one task earns: its method and physical % complete (blank = 0). */
    @PostMapping("/projects/{id}/earned-value/tasks/{taskId}")
    String earn(@PathVariable long id, @PathVariable long taskId, @RequestParam(defaultValue = "") String evMethod,
                @RequestParam(defaultValue = "") String physicalPercentComplete, CsrfToken csrf, Model model,
                jakarta.servlet.http.HttpServletResponse response) {
        Task task = tasks.get(id, taskId);
        FormErrors errors = FormErrors.none();
        BigDecimal physical = null;
        try {
            physical = physicalPercentComplete.isBlank() ? BigDecimal.ZERO : new BigDecimal(physicalPercentComplete.strip());
        } catch (NumberFormatException e) {
            errors.put("physicalPercentComplete", "Physical % complete must be a number from 0 to 100");
        }
        if (errors.isEmpty()) {
            try {
                tasks.update(id, taskId, task.version(),
                        TaskDraft.of(task).withEarning(evMethod.strip(), physical, task.evMilestones()));
                return "redirect:/projects/" + id + "/earned-value#task-" + taskId;
            } catch (RuleViolationException e) {
                errors = pageMessage(e, physicalPercentComplete);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return render(id, new EarnedValueTaskEdit(taskId, evMethod, physicalPercentComplete, errors), Granularity.WEEK,
                csrf, model);
    }

    /** The refusal in the page's words (the API's message names JSON fields and constants a user never sees). */
    private static FormErrors pageMessage(RuleViolationException e, String typedPhysical) {
        return switch (e.field() == null ? "" : e.field()) {
            case "physicalPercentComplete" -> FormErrors.none().put(e.field(),
                    "Physical % complete must be from 0 to 100, not " + typedPhysical.strip());
            case "evMethod" -> FormErrors.none().put(e.field(), "Choose one of: " + java.util.Arrays.stream(EarnedValueMethod.values())
                    .map(EarnedValueMethod::label).collect(java.util.stream.Collectors.joining(", ")));
            default -> FormErrors.of(e);
        };
    }

    private String render(long id, EarnedValueTaskEdit edit, Granularity granularity, CsrfToken csrf, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("granularity", granularity);
        model.addAttribute("csrf", csrf);
        model.addAttribute("edit", edit);
        model.addAttribute("methods", EarnedValueMethod.values());
        try {
            SCurves.Page page = sCurves.page(id, granularity);
            model.addAttribute("report", page.report());
            model.addAttribute("message", null);
            model.addAttribute("curve", page.curve());
            // too many periods at this granularity (a long project by day): the page stays, the chart says why
            model.addAttribute("chart", page.curve() != null ? SCurveChart.svg(page.curve())
                    : "<p class=\"notice\" id=\"scurve-unavailable\">No S-curve: " + Charts.escape(page.curveUnavailable()) + ".</p>");
        } catch (RuleViolationException e) {
            model.addAttribute("report", null);
            model.addAttribute("curve", null);
            model.addAttribute("chart", "");
            model.addAttribute("message", e.getMessage());
        }
        return "workspace/earned-value";
    }
}
