package org.bearing.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import org.bearing.plan.Projects;
import org.bearing.plan.TaskSheet;
import org.bearing.plan.Tasks;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
import org.bearing.platform.RuleViolationException;
import org.bearing.risk.DistributionShape;
import org.bearing.risk.QuantitativeRiskModel;
import org.bearing.risk.RiskMatrices;
import org.bearing.risk.RiskModels;
import org.bearing.risk.RiskRegister;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The risk model editor of a project: the three-point estimates, correlation groups and risk events the Monte Carlo
 * simulation samples, the same document as {@code /api/v1/projects/{id}/risk-model}. A refused model re-renders with
 * status 400 and the message beside the input it concerns, and stores nothing.
 */
@Controller
class RiskModelPages {
    private final Projects projects;
    private final Tasks tasks;
    private final TaskSheet sheet;
    private final RiskRegister register;
    private final RiskModels models;
    private final RiskMatrices matrices;

    RiskModelPages(Projects projects, Tasks tasks, TaskSheet sheet, RiskRegister register, RiskModels models, RiskMatrices matrices) {
        this.matrices = matrices;
        this.projects = projects;
        this.tasks = tasks;
        this.sheet = sheet;
        this.register = register;
        this.models = models;
    }

    @GetMapping("/projects/{id}/risk-model")
    String editor(@PathVariable long id, @RequestParam(required = false) String saved, @RequestParam(required = false) Integer added,
                  CsrfToken csrf, Model model) {
        RiskModelForm form = stored(id);
        String notice = added != null ? (added == 0 ? "Every uncertain task already has an estimate: nothing was added."
                : "Default estimate given to " + added + (added == 1 ? " task." : " tasks.")) : saved != null ? "Risk model saved." : null;
        return page(id, form, DefaultSpreadForm.STANDARD, notice, csrf, model);
    }

    @PostMapping("/projects/{id}/risk-model")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, CsrfToken csrf, Model model,
                HttpServletResponse response) {
        RiskModelForm form = RiskModelForm.posted(params, tasks.breakdown(id), register.risks(id), matrices.ofProject(id).matrix(),
                sheet.timeUnits(id).minutesPerDay());
        QuantitativeRiskModel posted = form.toModel();
        if (posted != null) {
            try {
                models.replace(id, posted);
                return "redirect:/projects/" + id + "/risk-model?saved=1";
            } catch (InvalidFieldException | RuleViolationException | NotFoundException e) {
                String field = field(e);
                if (field == null) {
                    throw e;
                }
                form.errors().put(form.formField(field), e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(id, form, DefaultSpreadForm.STANDARD, null, csrf, model);
    }

    /** Gives every uncertain task without an estimate the posted spread (percent of its planned duration). */
    @PostMapping("/projects/{id}/risk-model/defaults")
    String defaults(@PathVariable long id, @RequestParam(defaultValue = "") String low, @RequestParam(defaultValue = "") String mostLikely,
                    @RequestParam(defaultValue = "") String high, @RequestParam(defaultValue = "") String shape, CsrfToken csrf,
                    Model model, HttpServletResponse response) {
        DefaultSpreadForm posted = new DefaultSpreadForm(low, mostLikely, high, shape, new LinkedHashMap<>());
        Double l = posted.number("low", low);
        Double m = posted.number("mostLikely", mostLikely);
        Double h = posted.number("high", high);
        DistributionShape s = posted.shape(shape);
        if (posted.errors().isEmpty()) {
            try {
                int before = models.model(id).estimates().size();
                int after = models.addDefaultEstimates(id, l, m, h, s).estimates().size();
                return "redirect:/projects/" + id + "/risk-model?added=" + (after - before);
            } catch (InvalidFieldException | RuleViolationException e) {
                // the spread's own inputs, or (beyond MAX_MINUTES) the first added estimate's min, most likely or max
                String f = String.valueOf(field(e));
                posted.errors().put(f.endsWith("min") || f.equals("low") ? "low" : f.endsWith("max") || f.equals("high") ? "high" : "mostLikely",
                        e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        RiskModelForm form = stored(id);
        return page(id, form, posted, null, csrf, model);
    }

    /** The form showing the project's stored model. */
    private RiskModelForm stored(long id) {
        return RiskModelForm.of(models.model(id), tasks.breakdown(id), register.risks(id), matrices.ofProject(id).matrix(),
                sheet.timeUnits(id).minutesPerDay());
    }

    private static String field(RuntimeException e) {
        if (e instanceof InvalidFieldException f) {
            return f.field();
        }
        if (e instanceof RuleViolationException r) {
            return r.field();
        }
        return ((NotFoundException) e).field();
    }

    private String page(long id, RiskModelForm form, DefaultSpreadForm defaults, String notice, CsrfToken csrf, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("form", form);
        model.addAttribute("defaults", defaults);
        model.addAttribute("notice", notice);
        model.addAttribute("csrf", csrf);
        return "risk/risk-model";
    }
}
