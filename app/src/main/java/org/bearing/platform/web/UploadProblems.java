package org.bearing.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.bearing.platform.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload that fails while its multipart body is read, before any controller is chosen (over
 * {@code bearing.import.max-bytes}, or cut short). Such a failure cannot go on to the error page like the others: the
 * error dispatch would read the body again and fail the same way, leaving an empty answer. So it is answered here, as
 * a problem document under {@code /api/} and as the error page elsewhere.
 * <p>
 * It advises every controller but comes last: {@link ApiProblems} and {@link PageProblems} answer any failure of the
 * controllers they advise, so this advice sees only the failures that have no controller.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UploadProblems {

    @ExceptionHandler(MultipartException.class)
    Object unreadableUpload(MultipartException e, HttpServletRequest request) {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        String detail = tooLarge ? "The upload exceeds the maximum upload size" + limit((MaxUploadSizeExceededException) e)
                : "The upload could not be read: its multipart body is malformed or cut short";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail p = ApiProblems.detail(status, tooLarge ? "body-too-large" : "invalid-request",
                    tooLarge ? "Request body too large" : "Invalid request", detail);
            p.setInstance(ApiProblems.instance(request.getRequestURI()));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        return ErrorPage.of(status, detail + ".").view();
    }

    private static String limit(MaxUploadSizeExceededException e) {
        return e.getMaxUploadSize() > 0 ? " of " + e.getMaxUploadSize() + " bytes" : "";
    }
}
