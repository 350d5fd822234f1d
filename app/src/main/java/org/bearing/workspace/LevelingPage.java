package org.bearing.workspace;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bearing.engine.leveling.LevelingLimit;
import org.bearing.engine.leveling.PriorityRule;
import org.bearing.plan.Projects;
import org.bearing.schedule.Leveling;
import org.bearing.schedule.ResourceLoading;
import org.bearing.schedule.ScheduledTask;
import org.bearing.schedule.Scheduling;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Leveling tab: choose how to level, preview which tasks move and what happens to the finish, then apply or
 * clear. Nothing is written until "Apply"; a preview with bad options says which field is wrong and why.
 */
@Controller
class LevelingPage {
    /** The longest "level best" time budget the page offers, in seconds. */
    static final int MAX_SECONDS = 60;

    private final Projects projects;
    private final Leveling leveling;
    private final Scheduling scheduling;
    private final ResourceLoading loading;

    LevelingPage(Projects projects, Leveling leveling, Scheduling scheduling, ResourceLoading loading) {
        this.projects = projects;
        this.leveling = leveling;
        this.scheduling = scheduling;
        this.loading = loading;
    }

    @GetMapping("/projects/{id}/leveling")
    String page(@PathVariable long id, Model model, CsrfToken csrf) {
        return render(id, LevelingForm.defaults(), null, model, csrf);
    }

    @PostMapping("/projects/{id}/leveling/preview")
    String preview(@PathVariable long id, @RequestParam(required = false) String limit, @RequestParam(required = false) String mode,
                   @RequestParam(required = false) String seconds, @RequestParam(required = false) String rule, Model model,
                   CsrfToken csrf, jakarta.servlet.http.HttpServletResponse response) {
        LevelingForm options = new LevelingForm(limit, mode, seconds, rule, new LinkedHashMap<>());
        Leveling.Request request = parse(options);
        if (request == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(id, options, null, model, csrf);
        }
        return render(id, options, leveling.preview(id, request), model, csrf);
    }

    @PostMapping("/projects/{id}/leveling/apply")
    String apply(@PathVariable long id, @RequestParam(required = false) String limit, @RequestParam(required = false) String mode,
                 @RequestParam(required = false) String seconds, @RequestParam(required = false) String rule, Model model,
                 CsrfToken csrf, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        LevelingForm options = new LevelingForm(limit, mode, seconds, rule, new LinkedHashMap<>());
        Leveling.Request request = parse(options);
        if (request == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(id, options, null, model, csrf);
        }
        Leveling.Preview applied = leveling.apply(id, request);
        redirect.addFlashAttribute("flash", applied.moves().isEmpty() ? "Nothing to level: no task had to move."
                : "Leveling applied: " + applied.moves().size() + " task" + (applied.moves().size() == 1 ? "" : "s") + " delayed; project finish "
                + applied.leveledFinish().toLocalDate() + ".");
        return "redirect:/projects/" + id + "/leveling";
    }

    @PostMapping("/projects/{id}/leveling/clear")
    String clear(@PathVariable long id, RedirectAttributes redirect) {
        int cleared = leveling.clear(id);
        redirect.addFlashAttribute("flash", cleared == 0 ? "The project had no leveling delays." : "Leveling cleared from "
                + cleared + " task" + (cleared == 1 ? "" : "s") + ".");
        return "redirect:/projects/" + id + "/leveling";
    }

    /** The request the options describe, or null after recording a message for each bad field. */
    static Leveling.Request parse(LevelingForm o) {
        Map<String, String> errors = o.errors();
        LevelingLimit limit = parseEnum(LevelingLimit.class, o.limit(), "limit", "Choose whether the finish may move", errors);
        Leveling.Mode mode = parseEnum(Leveling.Mode.class, o.mode(), "mode", "Choose a single pass or level best", errors);
        PriorityRule rule = parseEnum(PriorityRule.class, o.rule(), "rule", "Choose a priority order from the list", errors);
        Long millis = null;
        if (mode == Leveling.Mode.LEVEL_BEST) {
            String s = o.seconds() == null ? "" : o.seconds().trim();
            try {
                int seconds = Integer.parseInt(s);
                if (seconds < 1 || seconds > MAX_SECONDS) {
                    errors.put("seconds", "The time budget must be 1 to " + MAX_SECONDS + " seconds, was " + seconds);
                } else {
                    millis = seconds * 1000L;
                }
            } catch (NumberFormatException e) {
                errors.put("seconds", s.isEmpty() ? "Give a time budget in whole seconds" : "'" + s + "' is not a whole number of seconds");
            }
        }
        return errors.isEmpty() ? new Leveling.Request(mode, limit, null, 1L, rule, millis) : null;
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field, String message, Map<String, String> errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            errors.put(field, message + (value == null || value.isEmpty() ? "" : " ('" + value + "' is not one)"));
            return null;
        }
    }

    private String render(long id, LevelingForm options, Leveling.Preview preview, Model model, CsrfToken csrf) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("options", options);
        model.addAttribute("preview", preview);
        List<LevelingForm.Move> moved = preview == null ? List.of() : moved(id, preview);
        model.addAttribute("moved", moved);
        model.addAttribute("strip", preview == null ? "" : Charts.levelingStrip(moved, preview.finish(), preview.leveledFinish()));
        model.addAttribute("leveledTasks", leveling.leveledTasks(id));
        model.addAttribute("charts", loading.usage(id, ResourceLoading.Granularity.WEEK, null, null).resources().stream()
                .map(r -> new NamedChart(r.name(), r.maxUnits(), r.overAllocated(), Charts.histogram(r))).toList());
        model.addAttribute("csrf", csrf);
        model.addAttribute("today", LocalDate.now());
        if (!model.containsAttribute("flash")) {
            model.addAttribute("flash", null);
        }
        return "workspace/leveling";
    }

    private List<LevelingForm.Move> moved(long id, Leveling.Preview preview) {
        Map<Long, ScheduledTask> now = new HashMap<>();
        scheduling.schedule(id).tasks().forEach(t -> now.put(t.taskId(), t));
        return preview.moves().stream().map(m -> {
            ScheduledTask t = now.get(m.taskId());
            return new LevelingForm.Move(m.taskId(), m.name(), m.start(), t == null ? m.leveledFinish() : t.finish(), m.leveledStart(),
                    m.leveledFinish(), m.delayMinutes());
        }).toList();
    }
}
