package org.bearing.risk.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.security.Principal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.plan.Tasks;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
import org.bearing.platform.RuleViolationException;
import org.bearing.platform.StaleVersionException;
import org.bearing.risk.Escalation;
import org.bearing.risk.EscalationRequest;
import org.bearing.risk.Issue;
import org.bearing.risk.IssueDraft;
import org.bearing.risk.IssueLog;
import org.bearing.risk.Risk;
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
 * The issue log page (raise, escalate or de-escalate with a reason) and each issue's edit page: severity, owner, due
 * date, status and resolution, links to risks, tasks and change requests, close or reopen, and the escalation
 * history. Writes go through {@link IssueLog} and its policy; a refused form re-renders with status 400 and the
 * message beside its field, and nothing is stored.
 */
@Controller
class IssuePages {
    private static final String ISSUE = "/projects/{id}/issues/{issueId:\\d+}";
    private final Projects projects;
    private final Tasks tasks;
    private final IssueLog issues;
    private final RiskRegister register;
    private final Validator validator;

    IssuePages(Projects projects, Tasks tasks, IssueLog issues, RiskRegister register, Validator validator) {
        this.projects = projects;
        this.tasks = tasks;
        this.issues = issues;
        this.register = register;
        this.validator = validator;
    }

    @GetMapping("/projects/{id}/issues")
    String issueLog(@PathVariable long id, CsrfToken csrf, Model model) {
        return issuePage(id, Map.of(), csrf, model);
    }

    @PostMapping("/projects/{id}/issues")
    String raise(@PathVariable long id, @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "MEDIUM") Issue.Severity severity,
                 @RequestParam(defaultValue = "") String owner, @RequestParam(defaultValue = "") String dueDate, Principal who, CsrfToken csrf,
                 Model model, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate due = null;
        if (title.isBlank()) {
            errors.put("title", "Give the issue a title.");
        }
        try {
            due = dueDate.isBlank() ? null : LocalDate.parse(dueDate.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.put("dueDate", "Use a date such as 2026-03-31.");
        }
        if (errors.isEmpty()) {
            try {
                issues.raise(id, new IssueDraft(title.strip(), null, severity, owner.isBlank() ? null : owner.strip(), due, null, null, List.of()),
                        who.getName());
                return "redirect:/projects/" + id + "/issues";
            } catch (InvalidFieldException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return issuePage(id, errors, csrf, model);
    }

    @PostMapping("/projects/{id}/issues/{issueId}/escalate")
    String escalate(@PathVariable long id, @PathVariable long issueId, @RequestParam Issue.EscalationLevel level,
                    @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) String from, Principal who,
                    CsrfToken csrf, Model model, HttpServletResponse response) {
        try {
            issues.escalate(id, issueId, null, new EscalationRequest(level, reason), who.getName());
            return "redirect:/projects/" + id + "/issues" + ("edit".equals(from) ? "/" + issueId + "?saved=1" : "");
        } catch (InvalidFieldException | RuleViolationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            if ("edit".equals(from)) {
                Issue current = issues.get(id, issueId);
                IssueForm form = IssueForm.of(current);
                form.reject("escalation", e.getMessage());
                return editPage(id, current, form, null, csrf, model);
            }
            return issuePage(id, Map.of("escalate-" + issueId, e.getMessage()), csrf, model);
        }
    }

    @GetMapping(ISSUE)
    String edit(@PathVariable long id, @PathVariable long issueId, @RequestParam(required = false) String saved, CsrfToken csrf, Model model) {
        Issue issue = issues.get(id, issueId);
        return editPage(id, issue, IssueForm.of(issue), saved != null ? "Saved." : null, csrf, model);
    }

    @PostMapping(ISSUE)
    String update(@PathVariable long id, @PathVariable long issueId, @RequestParam MultiValueMap<String, String> params, CsrfToken csrf,
                  Model model, HttpServletResponse response) {
        Issue current = issues.get(id, issueId);
        IssueForm form = IssueForm.posted(params);
        IssueDraft d = form.toDraft();
        if (d != null) {
            form.reject(validator.validate(d));
        }
        if (!form.hasErrors()) {
            try {
                issues.update(id, issueId, form.version(), d);
                return "redirect:/projects/" + id + "/issues/" + issueId + "?saved=1";
            } catch (InvalidFieldException e) {
                form.reject(e.field(), e.getMessage());
            } catch (NotFoundException e) {
                form.reject(e.field(), e.getMessage());
            } catch (StaleVersionException | OptimisticLockingFailureException e) {
                form.reject("", current.code() + " was changed by someone else since you opened it; reload the page to see the changes.");
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return editPage(id, current, form, null, csrf, model);
    }

    /** Closes (with its resolution), resolves or reopens the issue; everything else stays as recorded. */
    @PostMapping(ISSUE + "/status")
    String status(@PathVariable long id, @PathVariable long issueId, @RequestParam Issue.Status status,
                  @RequestParam(defaultValue = "") String resolution, @RequestParam(required = false) Long version, CsrfToken csrf,
                  Model model, HttpServletResponse response) {
        try {
            issues.changeStatus(id, issueId, version, status, resolution);
            return "redirect:/projects/" + id + "/issues/" + issueId + "?saved=1";
        } catch (InvalidFieldException | StaleVersionException | OptimisticLockingFailureException e) {
            Issue current = issues.get(id, issueId);
            IssueForm form = IssueForm.of(current);
            form.reject(e instanceof InvalidFieldException ? "close-resolution" : "", e instanceof InvalidFieldException
                    ? "Say how it was resolved before closing it: " + e.getMessage() + "."
                    : current.code() + " was changed by someone else since you opened it; try again.");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return editPage(id, current, form, null, csrf, model);
        }
    }

    private String issuePage(long id, Map<String, String> errors, CsrfToken csrf, Model model) {
        List<Issue> log = issues.issues(id);
        Map<Long, List<Escalation>> history = new LinkedHashMap<>();
        for (Issue i : log) {
            history.put(i.id(), issues.escalations(id, i.id()));
        }
        model.addAttribute("project", projects.get(id));
        model.addAttribute("issues", log);
        model.addAttribute("history", history);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("errors", errors);
        model.addAttribute("csrf", csrf);
        return "risk/issues";
    }

    private String editPage(long id, Issue issue, IssueForm form, String notice, CsrfToken csrf, Model model) {
        Project project = projects.get(id);
        List<Risk> linkable = new ArrayList<>(register.risks(id));
        if (project.programId() != null) {
            linkable.addAll(register.programRisks(project.programId()));
        }
        model.addAttribute("project", project);
        model.addAttribute("issue", issue);
        model.addAttribute("form", form);
        model.addAttribute("risks", linkable);
        model.addAttribute("tasks", tasks.breakdown(id));
        model.addAttribute("history", issues.escalations(id, issue.id()));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("notice", notice);
        model.addAttribute("csrf", csrf);
        return "risk/issue";
    }
}
