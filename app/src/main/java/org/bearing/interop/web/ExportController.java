package org.bearing.interop.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.bearing.interop.ExportFormat;
import org.bearing.interop.PlanExport;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.platform.InvalidFieldException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports a project as MSPDI, XER, PMXML, XLSX, CSV, JSON or iCalendar, as a download named after its code. The same
 * download is served under {@code /projects/{id}/export} for signed-in browsers (the API chain takes only Basic or token
 * authentication), which is where the project page's Export links point.
 */
@RestController
class ExportController {
    private final PlanExport export;
    private final Projects projects;

    ExportController(PlanExport export, Projects projects) {
        this.export = export;
        this.projects = projects;
    }

    @GetMapping({"/api/v1/projects/{id}/export", "/projects/{id}/export"})
    ResponseEntity<byte[]> export(@PathVariable long id, @RequestParam(defaultValue = "mspdi") String format) throws IOException {
        ExportFormat f = ExportFormat.named(format);
        if (f == null) {
            throw new InvalidFieldException("format", "Unknown export format '" + format + "'; use one of " + ExportFormat.names());
        }
        Project project = projects.get(id);
        // Written to memory first: a failure becomes a problem document, not a truncated download.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(id, f, out);
        String name = project.code() + (f == ExportFormat.PMXML ? ".pmxml.xml" : "." + f.extension());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(f.mediaType() + (f == ExportFormat.CSV || f == ExportFormat.ICS ? ";charset=UTF-8" : "")))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toByteArray());
    }
}
