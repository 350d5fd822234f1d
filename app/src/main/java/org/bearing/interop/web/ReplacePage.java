package org.bearing.interop.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bearing.interop.PlanDifferences;
import org.bearing.interop.PlanReplacement;
import org.bearing.interop.ScheduleFileException;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.platform.ConflictException;
import org.bearing.platform.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Replace from file" in a project's workspace: upload the contractor's updated schedule, see what would change (the
 * tables of tasks, links, resources, assignments and calendars added, removed and changed, the finish before and
 * after), then Apply. The preview is stored in the database, so the Apply button works whichever node serves it.
 */
@Controller
class ReplacePage {
    private final PlanReplacement replacement;
    private final Projects projects;

    ReplacePage(PlanReplacement replacement, Projects projects) {
        this.replacement = replacement;
        this.projects = projects;
    }

    @GetMapping("/projects/{id}/replace")
    String form(@PathVariable long id, Model model, CsrfToken csrf) {
        return form(model, csrf, projects.get(id), null, null);
    }

    @PostMapping("/projects/{id}/replace")
    String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                  CsrfToken csrf, Principal user, HttpServletResponse response) throws IOException {
        Project project = projects.get(id);
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, csrf, project, "Choose the updated schedule file.", null);
        }
        if (file.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, csrf, project, "The file is empty.", file.getOriginalFilename());
        }
        String name = file.getOriginalFilename();
        Path temp = Files.createTempFile("bearing-replace-", ".upload");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            PlanReplacement.Preview p = replacement.preview(id, temp, name, user == null ? null : user.getName());
            return "redirect:/projects/" + id + "/replace/" + p.id();
        } catch (ScheduleFileException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, csrf, project, e.getMessage().replace(temp + ": ", "").replace(temp.toString(), name), name);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @GetMapping("/projects/{id}/replace/{previewId}")
    String preview(@PathVariable long id, @PathVariable String previewId, Model model, CsrfToken csrf, HttpServletResponse response) {
        Project project = projects.get(id);
        try {
            return preview(model, csrf, project, replacement.pending(id, previewId), null);
        } catch (NotFoundException | PlanReplacement.PreviewExpiredException e) {
            response.setStatus(e instanceof NotFoundException ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
            return form(model, csrf, project, e instanceof NotFoundException ? "This preview no longer exists: upload the file again."
                    : e.getMessage(), null);
        }
    }

    @PostMapping("/projects/{id}/replace/{previewId}/apply")
    String apply(@PathVariable long id, @PathVariable String previewId, Model model, CsrfToken csrf, RedirectAttributes redirect,
                 HttpServletResponse response) {
        Project project = projects.get(id);
        try {
            PlanReplacement.Applied applied = replacement.apply(id, previewId);
            PlanDifferences d = applied.differences();
            redirect.addFlashAttribute("importSummary", "Replaced the plan from " + applied.fileName() + ": " + d.tasks().added().size()
                    + " tasks added, " + d.tasks().removed().size() + " removed, " + d.tasks().changed().size() + " changed; "
                    + d.links().count() + " link changes.");
            redirect.addFlashAttribute("importWarnings", d.kept().stream()
                    .map(k -> "'" + k.task() + "' is no longer in the file but was kept: " + String.join(", ", k.carries())).toList());
            return "redirect:/projects/" + id;
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return preview(model, csrf, project, replacement.pending(id, previewId), e.getMessage());
        } catch (NotFoundException | PlanReplacement.PreviewExpiredException | ScheduleFileException e) {
            response.setStatus(e instanceof NotFoundException ? HttpStatus.NOT_FOUND.value()
                    : e instanceof ScheduleFileException ? HttpStatus.UNPROCESSABLE_CONTENT.value() : HttpStatus.GONE.value());
            return form(model, csrf, project, e.getMessage(), null);
        }
    }

    private static String form(Model model, CsrfToken csrf, Project project, String error, String fileName) {
        model.addAttribute("csrf", csrf);
        model.addAttribute("project", project);
        model.addAttribute("error", error);
        model.addAttribute("fileName", fileName);
        return "interop/replace";
    }

    private static String preview(Model model, CsrfToken csrf, Project project, PlanReplacement.Preview preview, String error) {
        Map<String, PlanDifferences.Section> sections = new LinkedHashMap<>();
        PlanDifferences d = preview.differences();
        sections.put("Tasks", d.tasks());
        sections.put("Links", d.links());
        sections.put("Resources", d.resources());
        sections.put("Assignments", d.assignments());
        sections.put("Calendars", d.calendars());
        model.addAttribute("csrf", csrf);
        model.addAttribute("project", project);
        model.addAttribute("preview", preview);
        model.addAttribute("sections", sections);
        model.addAttribute("error", error);
        return "interop/replace-preview";
    }
}
