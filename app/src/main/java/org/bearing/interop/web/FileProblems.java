package org.bearing.interop.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.bearing.interop.ImportTooLargeException;
import org.bearing.interop.ScheduleFileException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The problem+json answer to a schedule file that cannot be imported: 413 when too large, 422 otherwise. */
final class FileProblems {
    private FileProblems() {
    }

    static ResponseEntity<ProblemDetail> of(ScheduleFileException e) {
        boolean tooLarge = e instanceof ImportTooLargeException;
        HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        p.setType(URI.create(tooLarge ? "https://bearing.dev/problems/file-too-large" : "https://bearing.dev/problems/unreadable-file"));
        p.setTitle(tooLarge ? "Schedule file too large" : "Unreadable schedule file");
        p.setProperty("errors", List.of(Map.of("field", "file", "message", e.getMessage())));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
