package org.bearing.workspace;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bearing.plan.Calendars;
import org.bearing.plan.Portfolios;
import org.bearing.plan.ProjectDraft;
import org.bearing.plan.Projects;
import org.bearing.platform.ConflictException;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The New project page. A refused submit renders the form again (422) with the typed values and a message next to
 * each offending field, and creates nothing; a good one creates the project through {@link Projects} and goes to it.
 */
@Controller
class NewProjectPage {
    static final List<String> FIELDS = List.of("code", "name", "startDate", "currency", "manager", "sponsor", "programId", "calendarId");
    private final Projects projects;
    private final Portfolios portfolios;
    private final Calendars calendars;
    private final Validator validator;

    NewProjectPage(Projects projects, Portfolios portfolios, Calendars calendars, Validator validator) {
        this.projects = projects;
        this.portfolios = portfolios;
        this.calendars = calendars;
        this.validator = validator;
    }

    @GetMapping("/projects/new")
    String form(CsrfToken csrf, Model model) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("startDate", LocalDate.now().toString());
        values.put("currency", "USD");
        model.addAttribute("form", form(values, Map.of(), csrf));
        return "workspace/newproject";
    }

    @PostMapping("/projects/new")
    String create(@RequestParam Map<String, String> params, CsrfToken csrf, Model model, HttpServletResponse response) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(f -> values.put(f, params.getOrDefault(f, "").strip()));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate start = null;
        if (values.get("startDate").isEmpty()) {
            errors.put("startDate", "Enter the date the project starts");
        } else {
            try {
                start = LocalDate.parse(values.get("startDate"));
            } catch (DateTimeParseException e) {
                errors.put("startDate", "'" + values.get("startDate") + "' is not a date; type it as YYYY-MM-DD, such as 2026-01-05");
            }
        }
        ProjectDraft draft = new ProjectDraft(id(values.get("programId")), values.get("code"), values.get("name"),
                blankToNull(values.get("sponsor")), blankToNull(values.get("manager")), null, List.of(), List.of(), start, null,
                values.get("currency").toUpperCase(Locale.ROOT), id(values.get("calendarId")), null, null);
        for (ConstraintViolation<ProjectDraft> v : validator.validate(draft)) {
            String field = v.getPropertyPath().toString();
            if (!errors.containsKey(field)) {
                errors.put(field, message(field, v.getMessage()));
            }
        }
        if (errors.isEmpty()) {
            try {
                long id = projects.create(draft).id();
                return "redirect:/projects/" + id;
            } catch (ConflictException e) {
                errors.put(e.field() == null ? "code" : e.field(), e.getMessage());
            } catch (NotFoundException e) {
                errors.put(e.field() == null ? "programId" : e.field(), e.getMessage());
            } catch (InvalidFieldException e) {
                errors.put(e.field(), e.getMessage());
            }
        }
        response.setStatus(422);
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.stream().filter(errors::containsKey).forEach(f -> ordered.put(f, errors.get(f)));
        model.addAttribute("form", form(values, ordered, csrf));
        return "workspace/newproject";
    }

    private NewProjectForm form(Map<String, String> values, Map<String, String> errors, CsrfToken csrf) {
        List<NewProjectForm.Choice> programs = new ArrayList<>();
        portfolios.programs().forEach(p -> programs.add(new NewProjectForm.Choice(String.valueOf(p.id()), p.name())));
        List<NewProjectForm.Choice> cals = new ArrayList<>();
        calendars.all().stream().filter(c -> c.projectId() == null)
                .forEach(c -> cals.add(new NewProjectForm.Choice(String.valueOf(c.id()), c.name())));
        return new NewProjectForm(values, errors, programs, cals, csrf.getParameterName(), csrf.getToken());
    }

    /** The validator's message in a sentence that names the field as the form labels it. */
    private static String message(String field, String detail) {
        String label = switch (field) {
            case "code" -> "The code";
            case "name" -> "The name";
            case "startDate" -> "The start date";
            case "currency" -> "The currency";
            case "manager" -> "The manager";
            case "sponsor" -> "The sponsor";
            default -> field;
        };
        return label + " " + detail;
    }

    private static Long id(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
