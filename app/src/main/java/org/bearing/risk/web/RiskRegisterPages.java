package org.bearing.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.security.Principal;
import java.time.LocalDate;
import org.bearing.plan.Projects;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.RuleViolationException;
import org.bearing.platform.StaleVersionException;
import org.bearing.risk.ConfiguredRiskMatrix;
import org.bearing.risk.HeatMap;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskBreakdownStructure;
import org.bearing.risk.RiskDraft;
import org.bearing.risk.RiskMatrices;
import org.bearing.risk.RiskRegister;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The project's risk register page (heat map, scored register, a form to record a risk) and each risk's edit page
 * (every field the API has, close or reopen, delete after a confirmation, the score history). The form is checked by
 * the same rules as the API: bean validation of {@link RiskDraft}, then {@link RiskRegister} and its policy; a
 * refused form re-renders with status 400, each message beside its field, and nothing stored. The settings of the
 * matrix that scores the register: {@link RiskMatrixPages}.
 */
@Controller
class RiskRegisterPages {
    private static final String RISK = "/projects/{id}/risks/{riskId:\\d+}";
    private final Projects projects;
    private final RiskRegister register;
    private final RiskMatrices matrices;
    private final Validator validator;

    RiskRegisterPages(Projects projects, RiskRegister register, RiskMatrices matrices, Validator validator) {
        this.projects = projects;
        this.register = register;
        this.matrices = matrices;
        this.validator = validator;
    }

    @GetMapping("/projects/{id}/risks")
    String register(@PathVariable long id, @RequestParam(required = false) String saved, @RequestParam(required = false) String deleted,
                    CsrfToken csrf, Model model) {
        String notice = saved != null ? "Saved " + saved + "." : deleted != null ? "Deleted " + deleted + " (its code is not reused)." : null;
        return registerPage(id, RiskForm.blank(), notice, csrf, model);
    }

    @PostMapping("/projects/{id}/risks")
    String record(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Principal who, CsrfToken csrf, Model model,
                  HttpServletResponse response) {
        RiskForm form = RiskForm.posted(params);
        RiskDraft d = checked(form);
        if (d != null) {
            try {
                Risk r = register.record(id, d, who.getName());
                return savedRedirect(id, r);
            } catch (InvalidFieldException | RuleViolationException e) {
                form.reject(field(e), e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return registerPage(id, form, null, csrf, model);
    }

    @GetMapping(RISK)
    String edit(@PathVariable long id, @PathVariable long riskId, @RequestParam(required = false) String saved, CsrfToken csrf, Model model) {
        Risk risk = register.get(id, riskId);
        return editPage(id, risk, RiskForm.of(risk), saved != null ? "Saved." : null, csrf, model);
    }

    @PostMapping(RISK)
    String update(@PathVariable long id, @PathVariable long riskId, @RequestParam MultiValueMap<String, String> params, Principal who,
                  CsrfToken csrf, Model model, HttpServletResponse response) {
        Risk current = register.get(id, riskId);
        RiskForm form = RiskForm.posted(params);
        RiskDraft d = checked(form);
        if (d != null) {
            try {
                return savedRedirect(id, register.update(id, riskId, form.version(), d, who.getName()));
            } catch (InvalidFieldException | RuleViolationException e) {
                form.reject(field(e), e.getMessage());
            } catch (StaleVersionException | OptimisticLockingFailureException e) {
                form.reject("", current.code() + " was changed by someone else since you opened it; reload the page to see the changes.");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return editPage(id, current, form, null, csrf, model);
    }

    /** Closes the risk, or reopens it ({@code status=OPEN}); everything else stays as recorded. */
    @PostMapping(RISK + "/status")
    String status(@PathVariable long id, @PathVariable long riskId, @RequestParam Risk.Status status,
                  @RequestParam(required = false) Long version, Principal who, CsrfToken csrf, Model model, HttpServletResponse response) {
        try {
            Risk r = register.changeStatus(id, riskId, version, status, who.getName());
            return "redirect:/projects/" + id + "/risks/" + r.id() + "?saved=1";
        } catch (StaleVersionException | OptimisticLockingFailureException e) {
            Risk current = register.get(id, riskId);
            RiskForm form = RiskForm.of(current);
            form.reject("", current.code() + " was changed by someone else since you opened it; its status was not changed. Try again.");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return editPage(id, current, form, null, csrf, model);
        }
    }

    /** Asks before deleting: a deleted risk, its actions and its score history are gone for good. */
    @GetMapping(RISK + "/delete")
    String confirmDelete(@PathVariable long id, @PathVariable long riskId, CsrfToken csrf, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("risk", register.get(id, riskId));
        model.addAttribute("csrf", csrf);
        return "risk/risk-delete";
    }

    @PostMapping(RISK + "/delete")
    String delete(@PathVariable long id, @PathVariable long riskId, @RequestParam(required = false) Long version, CsrfToken csrf,
                  Model model, HttpServletResponse response) {
        Risk current = register.get(id, riskId);
        try {
            register.delete(id, riskId, version);
            return "redirect:/projects/" + id + "/risks?deleted=" + current.code();
        } catch (StaleVersionException | OptimisticLockingFailureException e) {
            RiskForm form = RiskForm.of(current);
            form.reject("", current.code() + " was changed by someone else since you asked to delete it; it was not deleted. "
                    + "Check the changes below first.");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return editPage(id, current, form, null, csrf, model);
        }
    }

    /** The draft of a form whose values parse and pass bean validation, else null with the messages in the form. */
    private RiskDraft checked(RiskForm form) {
        RiskDraft d = form.toDraft();
        if (d != null) {
            form.reject(validator.validate(d));
        }
        return form.hasErrors() ? null : d;
    }

    private static String field(RuntimeException e) {
        return e instanceof InvalidFieldException f ? f.field() : ((RuleViolationException) e).field();
    }

    private static String savedRedirect(long id, Risk r) {
        return "redirect:/projects/" + id + "/risks?saved=" + r.code() + "#risk-" + r.code();
    }

    private String registerPage(long id, RiskForm form, String notice, CsrfToken csrf, Model model) {
        ConfiguredRiskMatrix configured = matrices.ofProject(id);
        HeatMap heat = register.heatMap(id, Risk.Kind.THREAT);
        model.addAttribute("project", projects.get(id));
        model.addAttribute("risks", register.risks(id));
        model.addAttribute("heat", heat);
        model.addAttribute("configured", configured);
        model.addAttribute("heatChart", HeatMapChart.svg(heat, configured.matrix()));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("form", form);
        model.addAttribute("rbs", RiskBreakdownStructure.standard());
        model.addAttribute("notice", notice);
        model.addAttribute("csrf", csrf);
        return "risk/register";
    }

    private String editPage(long id, Risk risk, RiskForm form, String notice, CsrfToken csrf, Model model) {
        ConfiguredRiskMatrix configured = matrices.ofProject(id);
        model.addAttribute("project", projects.get(id));
        model.addAttribute("risk", risk);
        model.addAttribute("matrix", configured.matrix());
        model.addAttribute("history", register.history(id, risk.id()));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("form", form);
        model.addAttribute("rbs", RiskBreakdownStructure.standard());
        model.addAttribute("notice", notice);
        model.addAttribute("csrf", csrf);
        return "risk/risk";
    }
}
