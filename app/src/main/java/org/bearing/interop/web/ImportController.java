package org.bearing.interop.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.bearing.interop.ProjectImport;
import org.bearing.interop.ScheduleFileException;
import org.bearing.platform.InvalidFieldException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Imports a schedule file (MS Project, P6, GanttProject, Planner, ...) as a new project; the format is detected. */
@RestController
class ImportController {
    private final ProjectImport projectImport;

    ImportController(ProjectImport projectImport) {
        this.projectImport = projectImport;
    }

    @PostMapping(path = "/api/v1/projects/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ProjectImport.Imported> importFile(@RequestParam("file") MultipartFile file) throws IOException, ScheduleFileException {
        if (file.isEmpty()) {
            throw new InvalidFieldException("file", "The uploaded file is empty");
        }
        Path temp = Files.createTempFile("bearing-import-", ".upload");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            ProjectImport.Imported imported = projectImport.importFile(temp, file.getOriginalFilename());
            return ResponseEntity.created(URI.create("/api/v1/projects/" + imported.project().id())).body(imported);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @ExceptionHandler(ScheduleFileException.class)
    ResponseEntity<ProblemDetail> unreadable(ScheduleFileException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        p.setType(URI.create("https://bearing.dev/problems/unreadable-file"));
        p.setTitle("Unreadable schedule file");
        p.setProperty("errors", java.util.List.of(java.util.Map.of("field", "file", "message", e.getMessage())));
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
