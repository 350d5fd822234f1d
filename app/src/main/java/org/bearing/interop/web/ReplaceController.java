package org.bearing.interop.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.bearing.interop.ImportLimits;
import org.bearing.interop.ImportTooLargeException;
import org.bearing.interop.PlanReplacement;
import org.bearing.interop.ScheduleFileException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Replaces a project's plan from an updated schedule file in two steps. {@code POST .../import/preview} (multipart
 * {@code file}, the format detected as for a new import) answers 201 with the preview's id, its expiry and the
 * differences, writing nothing to the plan; {@code POST .../import/{previewId}/apply} replaces the plan in one
 * transaction. 422 for a file that cannot be read or would break a plan rule, 413 over the size limit, 404 for an
 * unknown preview, 410 for an expired one, 409 when the plan changed since the preview: each changes nothing.
 */
@RestController
class ReplaceController {
    private final PlanReplacement replacement;
    private final ImportLimits limits;

    ReplaceController(PlanReplacement replacement, ImportLimits limits) {
        this.replacement = replacement;
        this.limits = limits;
    }

    @PostMapping(path = "/api/v1/projects/{projectId}/import/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<PlanReplacement.Preview> preview(@PathVariable long projectId, @RequestParam("file") MultipartFile file,
                                                    Principal user) throws IOException, ScheduleFileException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
        if (file.getSize() > limits.maxBytes()) {
            throw new ImportTooLargeException(name + ": " + file.getSize() + " bytes is over the import limit of " + limits.maxBytes() + " bytes");
        }
        Path temp = Files.createTempFile("bearing-replace-", ".upload");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            PlanReplacement.Preview p = replacement.preview(projectId, temp, name, user == null ? null : user.getName());
            return ResponseEntity.created(URI.create("/api/v1/projects/" + projectId + "/import/" + p.id())).body(p);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @GetMapping("/api/v1/projects/{projectId}/import/{previewId}")
    PlanReplacement.Preview pending(@PathVariable long projectId, @PathVariable String previewId) {
        return replacement.pending(projectId, previewId);
    }

    @PostMapping("/api/v1/projects/{projectId}/import/{previewId}/apply")
    PlanReplacement.Applied apply(@PathVariable long projectId, @PathVariable String previewId) throws ScheduleFileException {
        return replacement.apply(projectId, previewId);
    }

    @ExceptionHandler(ScheduleFileException.class)
    ResponseEntity<ProblemDetail> unreadable(ScheduleFileException e) {
        return FileProblems.of(e);
    }

    @ExceptionHandler(PlanReplacement.PreviewExpiredException.class)
    ResponseEntity<ProblemDetail> expired(PlanReplacement.PreviewExpiredException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, e.getMessage());
        p.setType(URI.create("https://bearing.dev/problems/preview-expired"));
        p.setTitle("Import preview expired");
        p.setProperty("errors", List.of(Map.of("field", "previewId", "message", e.getMessage())));
        return ResponseEntity.status(HttpStatus.GONE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
