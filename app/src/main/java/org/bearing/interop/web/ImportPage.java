package org.bearing.interop.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.bearing.interop.ProjectImport;
import org.bearing.interop.ScheduleFileException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Import page: upload a schedule file and get a new project, or a message next to the file field saying why not.
 * The import is one transaction, so a file that cannot be read or breaks a plan rule leaves nothing behind.
 * An upload over the size limit is turned back by {@link UploadLimit} before anything reads it, to this page with a
 * message instead of the servlet container's bare 413.
 */
@Controller
class ImportPage {
    private final ProjectImport projectImport;
    private final long maxBytes;

    ImportPage(ProjectImport projectImport, @Value("${spring.servlet.multipart.max-file-size:50MB}") DataSize maxBytes) {
        this.projectImport = projectImport;
        this.maxBytes = maxBytes.toBytes();
    }

    @GetMapping("/import")
    String form(@RequestParam(name = "error", required = false) String error, Model model, CsrfToken csrf,
                HttpServletResponse response) {
        if (UploadLimit.TOO_LARGE.equals(error)) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            return render(model, csrf, "The file is larger than the upload limit of " + megabytes(maxBytes)
                    + ". Ask your administrator to raise BEARING_IMPORT_MAX_BYTES, or remove what the schedule does not need"
                    + " (embedded documents, say).", null);
        }
        return render(model, csrf, null, null);
    }

    @PostMapping("/import")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model, CsrfToken csrf,
                  RedirectAttributes redirect, HttpServletResponse response) throws IOException {
        if (file == null || file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(model, csrf, "Choose a schedule file to import.", null);
        }
        String name = file.getOriginalFilename();
        if (file.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(model, csrf, "The file '" + name + "' is empty.", name);
        }
        Path temp = Files.createTempFile("bearing-import-", ".upload");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            ProjectImport.Imported imported = projectImport.importFile(temp, name);
            redirect.addFlashAttribute("importSummary", "Imported " + name + " (" + imported.format() + "): " + imported.tasks()
                    + " tasks, " + imported.dependencies() + " dependencies, " + imported.calendars()
                    + (imported.calendars() == 1 ? " calendar" : " calendars")
                    + (imported.backlogItems() > 0 ? ", " + imported.backlogItems() + " backlog items in " + imported.sprints() + " sprints." : "."));
            redirect.addFlashAttribute("importWarnings", imported.warnings());
            return "redirect:/projects/" + imported.project().id();
        } catch (ScheduleFileException | org.bearing.platform.RuleViolationException | org.bearing.platform.InvalidFieldException
                 | org.bearing.platform.ConflictException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            // The reader names the temporary copy; the planner knows the file by its own name, shown before the message.
            return render(model, csrf, e.getMessage().replace(temp + ": ", "").replace(temp.toString(), name), name);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private String render(Model model, CsrfToken csrf, String error, String fileName) {
        model.addAttribute("csrf", csrf);
        model.addAttribute("error", error);
        model.addAttribute("fileName", fileName);
        model.addAttribute("maxBytes", maxBytes);
        model.addAttribute("maxSize", megabytes(maxBytes));
        return "interop/import";
    }

    /** A size as people read it: "50 MB", or "64 KB" below a megabyte. */
    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0) : (bytes + 1023) / 1024 + " KB";
    }
}
