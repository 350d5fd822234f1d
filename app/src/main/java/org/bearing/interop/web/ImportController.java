package org.bearing.interop.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.bearing.interop.ImportLimits;
import org.bearing.interop.ImportTooLargeException;
import org.bearing.interop.ProjectImport;
import org.bearing.interop.ScheduleFileException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports a schedule file (MS Project, P6, GanttProject, Planner, ...) as a new project; the format is detected.
 * 201 with what was created; 413 over {@code bearing.import.max-bytes}; 422 naming the problem for an empty,
 * damaged, unsafe or rule-breaking file, which creates nothing.
 */
@RestController
class ImportController {
    private final ProjectImport projectImport;
    private final ImportLimits limits;

    ImportController(ProjectImport projectImport, ImportLimits limits) {
        this.projectImport = projectImport;
        this.limits = limits;
    }

    @PostMapping(path = "/api/v1/projects/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ProjectImport.Imported> importFile(@RequestParam("file") MultipartFile file) throws IOException, ScheduleFileException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload" : file.getOriginalFilename();
        if (file.getSize() > limits.maxBytes()) {
            throw new ImportTooLargeException(name + ": " + file.getSize() + " bytes is over the import limit of " + limits.maxBytes() + " bytes");
        }
        Path temp = Files.createTempFile("bearing-import-", ".upload");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            ProjectImport.Imported imported = projectImport.importFile(temp, name);
            return ResponseEntity.created(URI.create("/api/v1/projects/" + imported.project().id())).body(imported);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @ExceptionHandler(ScheduleFileException.class)
    ResponseEntity<ProblemDetail> unreadable(ScheduleFileException e) {
        return FileProblems.of(e);
    }
}
