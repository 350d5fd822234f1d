package org.bearing.cost.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bearing.cost.Actual;
import org.bearing.cost.Actuals;
import org.bearing.cost.ApprovalStatus;
import org.bearing.plan.Projects;
import org.bearing.plan.ResourceType;
import org.bearing.plan.Resources;
import org.bearing.plan.Task;
import org.bearing.plan.Tasks;
import org.bearing.plan.WorkBreakdown;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
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
 * The Actuals tab: enter cost and time entries, approve or reject them under the approval policy, and see the approved
 * actual cost per task and the amount pending. Forms post with htmx (the page swaps in place) and without it (redirect).
 * A refused entry re-renders the page with the message next to its field and the text the user typed; nothing is stored.
 */
@Controller
class ActualsPages {
    private final Projects projects;
    private final Tasks tasks;
    private final Resources resources;
    private final Actuals actuals;

    ActualsPages(Projects projects, Tasks tasks, Resources resources, Actuals actuals) {
        this.projects = projects;
        this.tasks = tasks;
        this.resources = resources;
        this.actuals = actuals;
    }

    @GetMapping("/projects/{id}/actuals")
    String page(@PathVariable long id, @RequestParam(defaultValue = "all") String show, Principal who, CsrfToken csrf, Model model) {
        return render(id, show, Map.of(), Map.of(), who, csrf, model);
    }

    @PostMapping("/projects/{id}/actuals/cost")
    String addCost(@PathVariable long id, @RequestParam Map<String, String> form, Principal who, CsrfToken csrf, Model model,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long task = id(form, "taskId", errors, "cost.", "Choose a task.");
        LocalDate date = date(form, "date", errors, "cost.");
        BigDecimal amount = money(form, "amount", errors, "cost.");
        if (errors.isEmpty()) {
            try {
                actuals.submit(id, new Actual.CostEntryDraft(task, date, amount, form.getOrDefault("category", "").strip(),
                        blankToNull(form.get("description"))), who.getName());
                return done(id, show(form), htmx, who, csrf, model);
            } catch (InvalidFieldException | RuleViolationException | NotFoundException e) {
                errors.put("cost." + field(e, "amount"), e.getMessage());
            }
        }
        return refused(id, show(form), form, errors, htmx, who, csrf, model, response);
    }

    @PostMapping("/projects/{id}/actuals/time")
    String addTime(@PathVariable long id, @RequestParam Map<String, String> form, Principal who, CsrfToken csrf, Model model,
                   @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        Long resource = id(form, "resourceId", errors, "time.", "Choose a resource.");
        Long task = id(form, "taskId", errors, "time.", "Choose a task.");
        LocalDate day = date(form, "day", errors, "time.");
        BigDecimal hours = null;
        String h = form.getOrDefault("hours", "").strip();
        try {
            hours = new BigDecimal(h);
        } catch (NumberFormatException e) {
            errors.put("time.hours", h.isEmpty() ? "Enter the hours worked, e.g. 7.5." : "“" + h + "” is not a number of hours; use e.g. 7.5.");
        }
        if (errors.isEmpty()) {
            try {
                actuals.submit(id, new Actual.TimeEntryDraft(task, resource, day, hours), who.getName());
                return done(id, show(form), htmx, who, csrf, model);
            } catch (InvalidFieldException | RuleViolationException | NotFoundException e) {
                errors.put("time." + field(e, "hours"), e.getMessage());
            }
        }
        return refused(id, show(form), form, errors, htmx, who, csrf, model, response);
    }

    /** Approves or rejects one entry; {@code kind} is cost or time. */
    @PostMapping("/projects/{id}/actuals/{kind}/{entryId}/decision")
    String decide(@PathVariable long id, @PathVariable String kind, @PathVariable long entryId, @RequestParam Map<String, String> form,
                  Principal who, CsrfToken csrf, Model model, @RequestHeader(value = "HX-Request", required = false) String htmx,
                  HttpServletResponse response) {
        if (!kind.equals("cost") && !kind.equals("time")) {
            throw new NotFoundException("Kind of entry", kind);
        }
        String key = "decide." + kind + "." + entryId;
        ApprovalStatus status;
        try {
            status = ApprovalStatus.valueOf(form.getOrDefault("status", ""));
        } catch (IllegalArgumentException e) {
            return refused(id, show(form), Map.of(), Map.of(key, "Approve or reject."), htmx, who, csrf, model, response);
        }
        Actual.Decision d = new Actual.Decision(status, blankToNull(form.get("note")));
        try {
            if (kind.equals("cost")) {
                actuals.decideCost(id, entryId, d, who.getName());
            } else {
                actuals.decideTime(id, entryId, d, who.getName());
            }
            return done(id, show(form), htmx, who, csrf, model);
        } catch (InvalidFieldException | RuleViolationException e) {
            return refused(id, show(form), Map.of(), Map.of(key, e.getMessage()), htmx, who, csrf, model, response);
        }
    }

    private String done(long id, String show, String htmx, Principal who, CsrfToken csrf, Model model) {
        if (htmx == null) {
            return "redirect:/projects/" + id + "/actuals" + (show.equals("pending") ? "?show=pending" : "");
        }
        model.addAttribute("saved", true);
        return render(id, show, Map.of(), Map.of(), who, csrf, model);
    }

    /** htmx swaps only 2xx answers, so a refusal it asked for answers 200; a plain form post gets 400. */
    private String refused(long id, String show, Map<String, String> form, Map<String, String> errors, String htmx, Principal who,
                           CsrfToken csrf, Model model, HttpServletResponse response) {
        response.setStatus(htmx == null ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK);
        return render(id, show, form, errors, who, csrf, model);
    }

    private String render(long id, String show, Map<String, String> values, Map<String, String> errors, Principal who, CsrfToken csrf,
                          Model model) {
        WorkBreakdown wbs = tasks.breakdown(id);
        Map<Long, String> taskNames = new LinkedHashMap<>();
        wbs.outline().forEach(t -> taskNames.put(t.id(), wbs.wbsCode(t) + " " + t.name()));
        Map<Long, String> resourceNames = new LinkedHashMap<>();
        List<Long> workResources = new ArrayList<>();
        resources.visibleTo(id).forEach(r -> {
            resourceNames.put(r.id(), r.name());
            if (r.type() == ResourceType.WORK) {
                workResources.add(r.id());
            }
        });
        boolean pending = show.equals("pending");
        List<Actual.CostEntry> costs = actuals.costEntries(id).stream().filter(e -> !pending || e.status() == ApprovalStatus.SUBMITTED)
                .toList();
        List<Actual.TimeEntry> times = actuals.timeEntries(id).stream().filter(e -> !pending || e.status() == ApprovalStatus.SUBMITTED)
                .toList();
        model.addAttribute("view", new ActualsView(projects.get(id), wbs.outline().stream().filter(t -> !t.summary()).map(Task::id).toList(),
                taskNames, resourceNames, workResources, costs, times, actuals.ledger(id), pending, values, errors, who.getName()));
        model.addAttribute("csrf", csrf);
        if (!model.containsAttribute("saved")) {
            model.addAttribute("saved", false);
        }
        return "cost/actuals";
    }

    private static String show(Map<String, String> form) {
        return "pending".equals(form.get("show")) ? "pending" : "all";
    }

    private static String field(RuntimeException e, String fallback) {
        String f = e instanceof InvalidFieldException i ? i.field() : e instanceof RuleViolationException r ? r.field()
                : e instanceof NotFoundException n ? n.field() : null;
        return f == null ? fallback : f;
    }

    private static Long id(Map<String, String> form, String field, Map<String, String> errors, String prefix, String missing) {
        String v = form.getOrDefault(field, "").strip();
        if (v.isEmpty()) {
            errors.put(prefix + field, missing);
            return null;
        }
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            errors.put(prefix + field, "“" + v + "” is not one of the choices.");
            return null;
        }
    }

    static LocalDate date(Map<String, String> form, String field, Map<String, String> errors, String prefix) {
        String v = form.getOrDefault(field, "").strip();
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.put(prefix + field, v.isEmpty() ? "Enter a date, e.g. 2026-03-31." : "“" + v + "” is not a date; use e.g. 2026-03-31.");
            return null;
        }
    }

    /** An amount of money as typed: digits with an optional sign and decimal point; thousands separators are refused. */
    static BigDecimal money(Map<String, String> form, String field, Map<String, String> errors, String prefix) {
        String v = form.getOrDefault(field, "").strip();
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            errors.put(prefix + field, v.isEmpty() ? "Enter an amount, e.g. 1250.00." : "“" + v + "” is not an amount; use digits and a"
                    + " decimal point, e.g. 1250.00.");
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
