package org.bearing.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.bearing.cost.SCurves;
import org.bearing.engine.earnedvalue.Granularity;
import org.bearing.plan.EarnedValueMethod;
import org.bearing.plan.EvMilestone;
import org.bearing.plan.Projects;
import org.bearing.plan.Task;
import org.bearing.plan.TaskDraft;
import org.bearing.plan.Tasks;
import org.bearing.platform.RuleViolationException;
import org.bearing.platform.StaleVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A project's earned value page: the S-curve (PV, EV, AC and the forecasts, by day, week or month), the roll-up by
 * WBS, and each task with the source of its actual cost, the method it earns by and its
 * physical % complete, both editable in place; a task earned by weighted milestones lists its steps, which are added,
 * renamed, re-weighted, marked achieved or not and removed in place (htmx swaps the whole page body, so the measures
 * and the S-curve follow). A refused edit re-renders the page (422 to a plain form post, 200 to htmx, which swaps only
 * success) with the message beside the field and the value the user typed; nothing is written.
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
        return render(id, null, null, granularity, csrf, model);
    }

    /**
     * Sets how one task earns: its method and physical % complete (blank = 0). The form carries the S-curve granularity
     * the user was viewing, so that the page comes back (saved or refused) at it.
     */
    @PostMapping("/projects/{id}/earned-value/tasks/{taskId}")
    String earn(@PathVariable long id, @PathVariable long taskId, @RequestParam(defaultValue = "") String evMethod,
                @RequestParam(defaultValue = "") String physicalPercentComplete,
                @RequestParam(defaultValue = "WEEK") Granularity granularity, CsrfToken csrf, Model model,
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
                return "redirect:/projects/" + id + "/earned-value?granularity=" + granularity.name() + "#task-" + taskId;
            } catch (RuleViolationException e) {
                errors = pageMessage(e, physicalPercentComplete);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return render(id, new EarnedValueTaskEdit(taskId, evMethod, physicalPercentComplete, errors), null, granularity,
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

    /**
     * What every step form sends besides its fields: the task version the page was drawn from, the S-curve granularity
     * it shows (kept on the page that comes back), and htmx's marker header (null for a plain form post).
     */
    record StepForm(Long version, Granularity granularity, String htmx) {
    }

    /** Adds a step (not yet achieved) at the end of the task's weighted milestones. */
    @PostMapping("/projects/{id}/earned-value/tasks/{taskId}/steps")
    String addStep(@PathVariable long id, @PathVariable long taskId, @RequestParam(defaultValue = "") String name,
                   @RequestParam(defaultValue = "") String weight, @RequestParam(required = false) Long version,
                   @RequestParam(defaultValue = "WEEK") Granularity granularity,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, CsrfToken csrf, Model model,
                   HttpServletResponse response) {
        return changeSteps(id, taskId, MilestoneStepEdit.NEW, name, weight, new StepForm(version, granularity, htmx),
                (steps, w) -> steps.add(new EvMilestone(name.strip(), w, false)), csrf, model, response);
    }

    /** Renames and re-weights step {@code index} (from 0), keeping whether it is achieved. */
    @PostMapping("/projects/{id}/earned-value/tasks/{taskId}/steps/{index}")
    String editStep(@PathVariable long id, @PathVariable long taskId, @PathVariable int index,
                    @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String weight,
                    @RequestParam(required = false) Long version, @RequestParam(defaultValue = "WEEK") Granularity granularity,
                    @RequestHeader(value = "HX-Request", required = false) String htmx, CsrfToken csrf, Model model,
                    HttpServletResponse response) {
        return changeSteps(id, taskId, index, name, weight, new StepForm(version, granularity, htmx),
                (steps, w) -> steps.set(index, new EvMilestone(name.strip(), w, steps.get(index).achieved())), csrf, model, response);
    }

    /** Marks step {@code index} achieved or not. */
    @PostMapping("/projects/{id}/earned-value/tasks/{taskId}/steps/{index}/achieved")
    String achieveStep(@PathVariable long id, @PathVariable long taskId, @PathVariable int index,
                       @RequestParam boolean achieved, @RequestParam(required = false) Long version,
                       @RequestParam(defaultValue = "WEEK") Granularity granularity,
                       @RequestHeader(value = "HX-Request", required = false) String htmx, CsrfToken csrf, Model model,
                       HttpServletResponse response) {
        return changeSteps(id, taskId, index, null, null, new StepForm(version, granularity, htmx), (steps, w) -> {
            EvMilestone s = steps.get(index);
            steps.set(index, new EvMilestone(s.name(), s.weight(), achieved));
        }, csrf, model, response);
    }

    /** Removes step {@code index}; the steps after it move up one. */
    @PostMapping("/projects/{id}/earned-value/tasks/{taskId}/steps/{index}/remove")
    String removeStep(@PathVariable long id, @PathVariable long taskId, @PathVariable int index,
                      @RequestParam(required = false) Long version, @RequestParam(defaultValue = "WEEK") Granularity granularity,
                      @RequestHeader(value = "HX-Request", required = false) String htmx, CsrfToken csrf, Model model,
                      HttpServletResponse response) {
        return changeSteps(id, taskId, index, null, null, new StepForm(version, granularity, htmx),
                (steps, w) -> steps.remove(index), csrf, model, response);
    }

    /**
     * Applies {@code change} to the task's steps (with the typed weight, when the form has one) and writes them through
     * the plan's task update, whose rules (name, weight, number of steps) are the API's; a refusal names the step's field.
     * A form drawn from an older version of the task is refused, since its step numbers may point at other steps now.
     */
    private String changeSteps(long id, long taskId, int index, String name, String weight, StepForm form,
                               BiConsumer<List<EvMilestone>, BigDecimal> change, CsrfToken csrf, Model model,
                               HttpServletResponse response) {
        Task task = tasks.get(id, taskId);
        FormErrors errors = FormErrors.none();
        BigDecimal w = null;
        if (weight != null) {
            try {
                w = new BigDecimal(weight.strip());
            } catch (NumberFormatException e) {
                errors.put("weight", "Weight must be a number, not “" + weight.strip() + "”");
            }
        }
        if (form.version() != null && form.version() != task.version() || index != MilestoneStepEdit.NEW
                && (index < 0 || index >= task.evMilestones().size())) {
            errors = FormErrors.none().put("", STEPS_CHANGED);
        }
        if (errors.isEmpty()) {
            List<EvMilestone> steps = new ArrayList<>(task.evMilestones());
            change.accept(steps, w);
            try {
                tasks.update(id, taskId, task.version(), TaskDraft.of(task).withEarning(task.evMethod().name(),
                        task.physicalPercentComplete(), steps));
                if (form.htmx() == null) {
                    return "redirect:/projects/" + id + "/earned-value?granularity=" + form.granularity().name() + "#steps-" + taskId;
                }
                return render(id, null, null, form.granularity(), csrf, model);
            } catch (RuleViolationException e) {
                errors = stepMessage(e, index == MilestoneStepEdit.NEW ? task.evMilestones().size() : index);
            } catch (StaleVersionException e) {
                errors = FormErrors.none().put("", STEPS_CHANGED);
            }
        }
        response.setStatus(form.htmx() == null ? HttpStatus.UNPROCESSABLE_CONTENT.value() : HttpStatus.OK.value());
        return render(id, null, new MilestoneStepEdit(taskId, index, name, weight, errors), form.granularity(), csrf, model);
    }

    private static final String STEPS_CHANGED = "The task's steps changed since this page was drawn; here they are as they are now.";

    /**
     * The plan's refusal of step {@code index} in the page's words: the message without the API's field path
     * ("evMilestones[2].weight must be…" becomes "Weight must be…") under the step's field, else under the steps.
     */
    static FormErrors stepMessage(RuleViolationException e, int index) {
        String at = "evMilestones[" + index + "].";
        String field = e.field() == null ? "" : e.field();
        String message = e.getMessage();
        if (field.startsWith(at) && message.startsWith(at)) {
            message = message.substring(at.length());
        }
        message = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return FormErrors.none().put(field.startsWith(at) ? field.substring(at.length()) : "", message);
    }

    private String render(long id, EarnedValueTaskEdit edit, MilestoneStepEdit stepEdit, Granularity granularity,
                          CsrfToken csrf, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("granularity", granularity);
        model.addAttribute("csrf", csrf);
        model.addAttribute("edit", edit);
        model.addAttribute("stepEdit", stepEdit);
        Map<Long, Task> weighted = tasks.all(id).stream().filter(t -> t.evMethod() == EarnedValueMethod.WEIGHTED_MILESTONES)
                .collect(Collectors.toMap(Task::id, t -> t));
        model.addAttribute("weighted", weighted);
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
