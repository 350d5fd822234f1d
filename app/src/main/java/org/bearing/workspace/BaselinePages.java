package org.bearing.workspace;

import java.time.LocalDateTime;
import java.util.List;
import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.calendar.WorkCalendar;
import org.bearing.plan.Baseline;
import org.bearing.plan.BaselineComparison;
import org.bearing.plan.BaselineDraft;
import org.bearing.plan.Baselines;
import org.bearing.plan.Calendars;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.schedule.Scheduling;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The project's baselines (tab "Baselines"): list them, set one (asking before overwriting a number in use), and
 * compare the current plan with one of them, variances measured in working days of the project calendar.
 */
@Controller
class BaselinePages {
    private final Projects projects;
    private final Baselines baselines;
    private final Calendars calendars;
    private final Scheduling scheduling;

    BaselinePages(Projects projects, Baselines baselines, Calendars calendars, Scheduling scheduling) {
        this.projects = projects;
        this.baselines = baselines;
        this.calendars = calendars;
        this.scheduling = scheduling;
    }

    @GetMapping("/projects/{id}/baselines")
    String page(@PathVariable long id, @RequestParam(required = false) Long compare, CsrfToken csrf, Model model) {
        return render(id, compare, "", "", null, FormErrors.none(), csrf, model);
    }

    /**
     * Sets baseline {@code number}. When that number is in use and {@code confirm} is not set, nothing is written:
     * the page asks the user to confirm the replacement.
     */
    @PostMapping("/projects/{id}/baselines")
    String set(@PathVariable long id, @RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String name,
               @RequestParam(defaultValue = "false") boolean confirm, CsrfToken csrf, Model model) {
        Project project = projects.get(id);
        FormErrors errors = FormErrors.none();
        Integer n = null;
        try {
            n = Integer.valueOf(number.strip());
            if (n < 0 || n > Baseline.MAX_NUMBER) {
                errors.put("number", "Choose a baseline number from 0 to " + Baseline.MAX_NUMBER);
            }
        } catch (NumberFormatException e) {
            errors.put("number", "Choose a baseline number from 0 to " + Baseline.MAX_NUMBER);
        }
        if (name.isBlank()) {
            errors.put("name", "Give the baseline a name, such as 'Approved plan'");
        } else if (name.strip().length() > 200) {
            errors.put("name", "A baseline name has at most 200 characters");
        }
        if (!errors.isEmpty()) {
            return render(id, null, number, name, null, errors, csrf, model);
        }
        int chosen = n;
        Baseline existing = baselines.all(project.id()).stream().filter(b -> b.number() == chosen).findFirst().orElse(null);
        if (existing != null && !confirm) {
            return render(id, null, number, name, existing, FormErrors.none(), csrf, model);
        }
        Baseline b;
        try {
            b = baselines.recapture(id, new BaselineDraft(n, name.strip()));
        } catch (RuntimeException e) {
            FormErrors refused = FormErrors.of(e);
            if (refused == null) {
                throw e;
            }
            return render(id, null, number, name, null, refused, csrf, model);
        }
        return "redirect:/projects/" + id + "/baselines?compare=" + b.id();
    }

    private String render(long id, Long compare, String number, String name, Baseline replacing, FormErrors errors, CsrfToken csrf,
                          Model model) {
        Project project = projects.get(id);
        List<Baseline> all = baselines.all(id);
        Long chosen = compare != null && all.stream().anyMatch(b -> b.id() == compare) ? compare
                : all.isEmpty() ? null : all.get(0).id();
        BaselineComparison.WorkingTime time = workingTime(project);
        BaselineComparison comparison = chosen == null ? null : baselines.compare(id, chosen, time);
        model.addAttribute("view", new BaselinesView(project, all, comparison, number, name, replacing, errors,
                project.currency() == null ? "" : project.currency(), time.minutesPerDay()));
        model.addAttribute("csrf", csrf);
        return "workspace/baselines";
    }

    /** Working time on the project calendar, the one its schedule uses. */
    private BaselineComparison.WorkingTime workingTime(Project project) {
        WorkCalendar calendar = scheduling.projectCalendar(project.id());
        int minutesPerDay = project.calendarId() == null ? 480 : calendars.get(project.calendarId()).minutesPerDay();
        return new BaselineComparison.WorkingTime() {
            @Override
            public long minutesBetween(LocalDateTime from, LocalDateTime to) {
                return calendar.workingBetween(WallClock.minutes(from), WallClock.minutes(to));
            }

            @Override
            public int minutesPerDay() {
                return minutesPerDay;
            }
        };
    }
}
