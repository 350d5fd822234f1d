package org.bearing.workspace;

import jakarta.validation.Validator;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bearing.plan.CalendarDay;
import org.bearing.plan.CalendarDraft;
import org.bearing.plan.CalendarException;
import org.bearing.plan.Calendars;
import org.bearing.plan.Project;
import org.bearing.plan.ProjectCalendar;
import org.bearing.plan.Projects;
import org.bearing.plan.WorkingPeriod;
import org.bearing.schedule.Scheduling;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The calendar pages: the list of calendars and the editor of one (working week, base calendar, exceptions, month
 * view). Every save goes through {@link Calendars}, which refuses bad input whole, so a refused form changes nothing
 * and re-renders with the message next to the field; a saved change reschedules the projects that use the calendar.
 */
@Controller
class CalendarPages {
    private final Calendars calendars;
    private final Projects projects;
    private final Scheduling scheduling;
    private final Validator validator;

    CalendarPages(Calendars calendars, Projects projects, Scheduling scheduling, Validator validator) {
        this.calendars = calendars;
        this.projects = projects;
        this.scheduling = scheduling;
        this.validator = validator;
    }

    @GetMapping("/calendars")
    String list(CsrfToken csrf, Model model) {
        return renderList("", "", FormErrors.none(), csrf, model);
    }

    @PostMapping("/calendars")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String baseCalendarId, CsrfToken csrf,
                  Model model) {
        Long base = id(baseCalendarId);
        List<CalendarDraft.Day> week = new ArrayList<>();
        if (base == null) {
            for (DayOfWeek d : DayOfWeek.values()) {
                boolean weekday = d.getValue() <= 5;
                week.add(new CalendarDraft.Day(d, weekday ? CalendarDay.Mode.WORKING : CalendarDay.Mode.NONWORKING,
                        weekday ? "08:00-12:00,13:00-17:00" : null));
            }
        }
        CalendarDraft draft = new CalendarDraft(null, name, base, null, null, null, week, List.of());
        FormErrors errors = check(draft);
        if (errors.isEmpty()) {
            try {
                return "redirect:/calendars/" + calendars.create(draft).id();
            } catch (RuntimeException e) {
                errors = refused(e);
            }
        }
        return renderList(name, baseCalendarId, errors, csrf, model);
    }

    @GetMapping("/calendars/{id}")
    String edit(@PathVariable long id, @RequestParam(required = false) String month, @RequestParam(required = false) String saved,
                CsrfToken csrf, Model model) {
        ProjectCalendar c = calendars.get(id);
        return renderEditor(c, formOf(c), FormErrors.none(), month, saved, csrf, model);
    }

    /** Saves the name, base calendar, day length and working week. */
    @PostMapping("/calendars/{id}")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, CsrfToken csrf, Model model) {
        ProjectCalendar c = calendars.get(id);
        List<CalendarEditor.Day> days = new ArrayList<>();
        List<CalendarDraft.Day> week = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            String mode = param(params, "mode-" + d.name(), "NONWORKING");
            String periods = param(params, "periods-" + d.name(), "");
            days.add(new CalendarEditor.Day(d.name(), label(d), mode, periods));
            CalendarDay.Mode m = switch (mode) {
                case "WORKING" -> CalendarDay.Mode.WORKING;
                case "INHERIT" -> CalendarDay.Mode.INHERIT;
                default -> CalendarDay.Mode.NONWORKING;
            };
            week.add(new CalendarDraft.Day(d, m, m == CalendarDay.Mode.WORKING ? periods : null));
        }
        String name = param(params, "name", "");
        String base = param(params, "baseCalendarId", "");
        String perDay = param(params, "minutesPerDay", "");
        CalendarEditor.Form form = new CalendarEditor.Form(name, base, perDay, days, emptyException());
        FormErrors errors = FormErrors.none();
        Integer minutesPerDay = null;
        try {
            minutesPerDay = (int) Math.round(Double.parseDouble(perDay.strip()) * 60);
        } catch (NumberFormatException e) {
            errors.put("minutesPerDay", "Write the hours in a working day as a number, such as 8 or 7.5");
        }
        CalendarDraft draft = new CalendarDraft(c.projectId(), name, id(base), minutesPerDay,
                c.minutesPerWeek(), c.daysPerMonth(), week, exceptionDrafts(c.exceptions()));
        return write(c, draft, form, errors, params, null, csrf, model);
    }

    /** Adds a holiday (no periods) or exception working time over a date range. */
    @PostMapping("/calendars/{id}/exceptions")
    String addException(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, CsrfToken csrf, Model model) {
        ProjectCalendar c = calendars.get(id);
        CalendarEditor.NewException ex = new CalendarEditor.NewException(param(params, "exName", ""), param(params, "exFrom", ""),
                param(params, "exTo", ""), param(params, "exPeriods", ""));
        CalendarEditor.Form stored = formOf(c);
        CalendarEditor.Form form = new CalendarEditor.Form(stored.name(), stored.baseCalendarId(), stored.minutesPerDay(), stored.week(), ex);
        FormErrors errors = FormErrors.none();
        LocalDate from = date(ex.from(), "ex.from", errors);
        LocalDate to = ex.to().isBlank() ? from : date(ex.to(), "ex.to", errors);
        List<CalendarDraft.Exception> exceptions = exceptionDrafts(c.exceptions());
        if (from != null) {
            exceptions.add(new CalendarDraft.Exception(ex.name().isBlank() ? null : ex.name().strip(), from, to, ex.periods()));
        }
        return write(c, sameAs(c, exceptions), form, errors, params, from == null ? null : YearMonth.from(from).toString(), csrf, model);
    }

    @PostMapping("/calendars/{id}/exceptions/remove")
    String removeException(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, CsrfToken csrf, Model model) {
        ProjectCalendar c = calendars.get(id);
        List<CalendarDraft.Exception> exceptions = exceptionDrafts(c.exceptions());
        FormErrors errors = FormErrors.none();
        try {
            exceptions.remove(Integer.parseInt(param(params, "index", "")));
        } catch (RuntimeException e) {
            errors.put("", "That exception is no longer in the calendar; reload the page");
        }
        return write(c, sameAs(c, exceptions), formOf(c), errors, params, null, csrf, model);
    }

    /** Checks and saves, or re-renders the form with the messages; either way nothing is half-written. */
    private String write(ProjectCalendar c, CalendarDraft draft, CalendarEditor.Form form, FormErrors errors,
                         MultiValueMap<String, String> params, String showMonth, CsrfToken csrf, Model model) {
        int newException = c.exceptions().size();
        if (errors.isEmpty()) {
            errors = check(draft);
        }
        if (errors.isEmpty()) {
            try {
                Long version = id(param(params, "version", String.valueOf(c.version())));
                calendars.update(c.id(), version, draft);
                return "redirect:/calendars/" + c.id() + "?saved=1" + (showMonth != null ? "&month=" + showMonth : monthParam(params));
            } catch (RuntimeException e) {
                errors = refused(e);
            }
        }
        return renderEditor(c, form, renamed(errors, newException), param(params, "month", null), null, csrf, model);
    }

    private String renderList(String name, String base, FormErrors errors, CsrfToken csrf, Model model) {
        Map<Long, String> codes = new HashMap<>();
        projects.all().forEach(p -> codes.put(p.id(), p.code()));
        model.addAttribute("calendars", calendars.all());
        model.addAttribute("codes", codes);
        model.addAttribute("name", name);
        model.addAttribute("base", base);
        model.addAttribute("errors", errors);
        model.addAttribute("csrf", csrf);
        return "workspace/calendars";
    }

    private String renderEditor(ProjectCalendar c, CalendarEditor.Form form, FormErrors errors, String month, String saved, CsrfToken csrf,
                                Model model) {
        YearMonth shown = month(month);
        List<ProjectCalendar> all = calendars.all();
        Map<Long, ProjectCalendar> byId = new HashMap<>();
        all.forEach(k -> byId.put(k.id(), k));
        List<ProjectCalendar> bases = all.stream().filter(k -> k.id() != c.id())
                .filter(k -> k.projectId() == null || k.projectId().equals(c.projectId())).toList();
        List<CalendarMonth.Named> named = new ArrayList<>();
        for (ProjectCalendar at = c; at != null; at = at.baseCalendarId() == null ? null : byId.get(at.baseCalendarId())) {
            for (CalendarException e : at.exceptions()) {
                named.add(new CalendarMonth.Named(at == c ? e.name() : (e.name() == null ? "Exception" : e.name()) + " (" + at.name() + ")",
                        e.from(), e.to()));
            }
            if (named.size() > 100_000) {
                break; // an inheritance cycle written around the service: the editor still opens
            }
        }
        List<String> usedBy = new ArrayList<>();
        Long standard = all.stream().filter(k -> k.projectId() == null && Calendars.STANDARD.equals(k.name())).map(ProjectCalendar::id)
                .findFirst().orElse(null);
        for (Project p : projects.all()) {
            Long own = p.calendarId() != null ? p.calendarId() : standard; // the scheduler's default, see CompiledCalendars
            if (own != null && inherits(byId, own, c.id())) {
                usedBy.add(p.code());
            }
        }
        String scope = c.projectId() == null ? "Enterprise" : projects.get(c.projectId()).code();
        CalendarMonth view = CalendarMonth.of(shown, scheduling.calendar(c.id()), named);
        model.addAttribute("editor", new CalendarEditor(c, scope, bases, form, errors, view, shown.minusMonths(1).toString(),
                shown.plusMonths(1).toString(), usedBy, saved));
        model.addAttribute("csrf", csrf);
        return "workspace/calendar";
    }

    private static boolean inherits(Map<Long, ProjectCalendar> byId, long from, long target) {
        int guard = 0;
        for (ProjectCalendar at = byId.get(from); at != null && guard++ < 100; at = at.baseCalendarId() == null ? null : byId.get(at.baseCalendarId())) {
            if (at.id() == target) {
                return true;
            }
        }
        return false;
    }

    /** Bean Validation of the draft (blank name, lengths), with the same field names the service uses. */
    private FormErrors check(CalendarDraft draft) {
        return FormErrors.of(validator.validate(draft));
    }

    private static FormErrors refused(RuntimeException e) {
        FormErrors errors = FormErrors.of(e);
        if (errors == null) {
            throw e;
        }
        return errors;
    }

    /** The new exception's messages ("exceptions[n].to", "exceptions") go next to the "add" fields ("ex.to", "ex"). */
    private static FormErrors renamed(FormErrors errors, int newException) {
        FormErrors out = FormErrors.none();
        String prefix = "exceptions[" + newException + "].";
        errors.all().forEach((field, message) -> out.put(field.startsWith(prefix) ? "ex." + field.substring(prefix.length())
                : field.equals("exceptions") ? "ex" : field, message));
        return out;
    }

    private static CalendarDraft sameAs(ProjectCalendar c, List<CalendarDraft.Exception> exceptions) {
        List<CalendarDraft.Day> week = c.week().stream()
                .map(d -> new CalendarDraft.Day(d.dayOfWeek(), d.mode(), WorkingPeriod.format(d.periods()))).toList();
        return new CalendarDraft(c.projectId(), c.name(), c.baseCalendarId(), c.minutesPerDay(), c.minutesPerWeek(), c.daysPerMonth(),
                week, exceptions);
    }

    private static List<CalendarDraft.Exception> exceptionDrafts(List<CalendarException> exceptions) {
        List<CalendarDraft.Exception> drafts = new ArrayList<>();
        for (CalendarException e : exceptions) {
            drafts.add(new CalendarDraft.Exception(e.name(), e.from(), e.to(), WorkingPeriod.format(e.periods())));
        }
        return drafts;
    }

    static CalendarEditor.Form formOf(ProjectCalendar c) {
        List<CalendarEditor.Day> days = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            CalendarDay day = c.week().stream().filter(k -> k.dayOfWeek() == d).findFirst()
                    .orElse(new CalendarDay(d, CalendarDay.Mode.NONWORKING, List.of()));
            days.add(new CalendarEditor.Day(d.name(), label(d), day.mode().name(), WorkingPeriod.format(day.periods()).replace(",", ", ")));
        }
        double hours = c.minutesPerDay() / 60.0;
        return new CalendarEditor.Form(c.name(), c.baseCalendarId() == null ? "" : String.valueOf(c.baseCalendarId()),
                hours == Math.rint(hours) ? String.valueOf((long) hours) : String.valueOf(hours), days, emptyException());
    }

    private static CalendarEditor.NewException emptyException() {
        return new CalendarEditor.NewException("", "", "", "");
    }

    private static LocalDate date(String text, String field, FormErrors errors) {
        if (text.isBlank()) {
            errors.put(field, "Enter a date");
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, "'" + text + "' is not a date such as 2026-12-24");
            return null;
        }
    }

    private static YearMonth month(String text) {
        try {
            return text == null || text.isBlank() ? YearMonth.now() : YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            return YearMonth.now();
        }
    }

    private static String monthParam(MultiValueMap<String, String> params) {
        String m = param(params, "month", "");
        return m.matches("\\d{4}-\\d{2}") ? "&month=" + m : "";
    }

    private static String param(MultiValueMap<String, String> params, String name, String otherwise) {
        String v = params.getFirst(name);
        return v == null ? otherwise : v;
    }

    /** A calendar id from a select; anything else names no calendar, which the service then checks like any other. */
    private static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    private static String label(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
