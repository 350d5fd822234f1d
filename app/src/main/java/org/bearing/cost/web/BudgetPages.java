package org.bearing.cost.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bearing.cost.Actual;
import org.bearing.cost.Actuals;
import org.bearing.cost.Budget;
import org.bearing.cost.Budgets;
import org.bearing.cost.ControlAccounts;
import org.bearing.platform.NotFoundException;
import org.bearing.plan.Projects;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.RuleViolationException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Budget tab: the budget per task and WBS element (labour, material, fixed), BAC, the reserves (edited here) and the
 * funding by period against the time-phased planned value. A refused edit re-renders with the message next to its
 * field and stores nothing.
 */
@Controller
class BudgetPages {
    private final Projects projects;
    private final Budgets budgets;
    private final Actuals actuals;
    private final ControlAccounts controlAccounts;

    BudgetPages(Projects projects, Budgets budgets, Actuals actuals, ControlAccounts controlAccounts) {
        this.controlAccounts = controlAccounts;
        this.projects = projects;
        this.budgets = budgets;
        this.actuals = actuals;
    }

    @GetMapping("/projects/{id}/budget")
    String page(@PathVariable long id, CsrfToken csrf, Model model) {
        return render(id, Map.of(), Map.of(), false, csrf, model);
    }

    @PostMapping("/projects/{id}/budget/reserves")
    String reserves(@PathVariable long id, @RequestParam Map<String, String> form, CsrfToken csrf, Model model,
                    @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        BigDecimal mr = ActualsPages.money(form, "managementReserve", errors, "reserves.");
        BigDecimal contingency = ActualsPages.money(form, "contingency", errors, "reserves.");
        if (errors.isEmpty()) {
            try {
                actuals.setReserves(id, new Actual.Reserves(mr, contingency));
                return done(id, htmx, csrf, model);
            } catch (InvalidFieldException e) {
                errors.put("reserves." + e.field(), e.getMessage());
            }
        }
        return refused(id, form, errors, htmx, csrf, model, response);
    }

    /** Adds one funding period to those the project has. */
    @PostMapping("/projects/{id}/budget/funding")
    String addFunding(@PathVariable long id, @RequestParam Map<String, String> form, CsrfToken csrf, Model model,
                      @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = ActualsPages.date(form, "start", errors, "funding.");
        LocalDate end = ActualsPages.date(form, "end", errors, "funding.");
        BigDecimal amount = ActualsPages.money(form, "amount", errors, "funding.");
        if (errors.isEmpty() && end.isBefore(start)) {
            errors.put("funding.end", "The period ends on " + end + ", before it starts on " + start + ".");
        }
        if (errors.isEmpty()) {
            List<Actual.FundingPeriod> periods = new ArrayList<>(actuals.funding(id));
            int added = periods.size();
            periods.add(new Actual.FundingPeriod(start, end, amount));
            try {
                actuals.setFunding(id, periods);
                return done(id, htmx, csrf, model);
            } catch (InvalidFieldException e) {
                errors.put(e.field().equals("periods[" + added + "].amount") ? "funding.amount" : "funding.start", e.getMessage());
            } catch (RuleViolationException e) {
                errors.put("funding.start", e.getMessage());
            }
        }
        return refused(id, form, errors, htmx, csrf, model, response);
    }

    /** Removes the funding period that starts on {@code start}. */
    @PostMapping("/projects/{id}/budget/funding/remove")
    String removeFunding(@PathVariable long id, @RequestParam String start, CsrfToken csrf, Model model,
                         @RequestHeader(value = "HX-Request", required = false) String htmx) {
        List<Actual.FundingPeriod> periods = new ArrayList<>(actuals.funding(id));
        periods.removeIf(p -> p.start().toString().equals(start));
        actuals.setFunding(id, periods);
        return done(id, htmx, csrf, model);
    }

    /** Flags a WBS element as control account with its manager (or changes the manager). */
    @PostMapping("/projects/{id}/budget/control-accounts")
    String designate(@PathVariable long id, @RequestParam Map<String, String> form, CsrfToken csrf, Model model,
                     @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        String task = form.getOrDefault("taskId", "").strip();
        Long taskId = null;
        try {
            taskId = Long.valueOf(task);
        } catch (NumberFormatException e) {
            errors.put("ca.taskId", task.isEmpty() ? "Choose a WBS element." : "“" + task + "” is not one of the choices.");
        }
        if (errors.isEmpty()) {
            try {
                controlAccounts.designate(id, taskId, form.get("manager"));
                return done(id, htmx, csrf, model);
            } catch (InvalidFieldException | RuleViolationException | NotFoundException e) {
                String field = e instanceof InvalidFieldException i ? i.field() : "taskId";
                errors.put("ca." + field, e.getMessage());
            }
        }
        return refused(id, form, errors, htmx, csrf, model, response);
    }

    @PostMapping("/projects/{id}/budget/control-accounts/remove")
    String removeControlAccount(@PathVariable long id, @RequestParam long taskId, CsrfToken csrf, Model model,
                                @RequestHeader(value = "HX-Request", required = false) String htmx) {
        controlAccounts.remove(id, taskId);
        return done(id, htmx, csrf, model);
    }

    private String done(long id, String htmx, CsrfToken csrf, Model model) {
        if (htmx == null) {
            return "redirect:/projects/" + id + "/budget";
        }
        return render(id, Map.of(), Map.of(), true, csrf, model);
    }

    /** htmx swaps only 2xx answers, so a refusal it asked for answers 200; a plain form post gets 400. */
    private String refused(long id, Map<String, String> form, Map<String, String> errors, String htmx, CsrfToken csrf, Model model,
                           HttpServletResponse response) {
        response.setStatus(htmx == null ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK);
        return render(id, form, errors, false, csrf, model);
    }

    private String render(long id, Map<String, String> values, Map<String, String> errors, boolean saved, CsrfToken csrf, Model model) {
        Budget budget = budgets.budget(id);
        model.addAttribute("project", projects.get(id));
        model.addAttribute("budget", budget);
        model.addAttribute("chart", FundingChart.svg(budget));
        model.addAttribute("form", new BudgetForm(values, errors));
        model.addAttribute("saved", saved);
        model.addAttribute("csrf", csrf);
        return "cost/budget";
    }
}
