package org.bearing.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.bearing.platform.ApiProblems;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers what the servlet container sends to {@code /error}: failures that happen before a controller is chosen
 * (no such path, a method or media type the path does not take), refusals of the security chain and of its URL
 * firewall, and exceptions nothing else handled. A path under {@code /api/}, or a client that does not take HTML,
 * gets an RFC 9457 problem document; a browser gets the Bearing error page. Neither shows internals: an unexpected
 * failure (500) is logged with its stack trace under an incident id, and the answer carries only the id.
 * <p>
 * It replaces Spring Boot's {@code BasicErrorController} (Boot backs off when an {@code ErrorController} bean exists).
 */
// only where there is a web server: the CLI commands (import, schedule, user) start the application without one
@ConditionalOnWebApplication
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorPages extends AbstractErrorController {
    private final ErrorAttributes errorAttributes;

    ErrorPages(ErrorAttributes errorAttributes) {
        super(errorAttributes);
        this.errorAttributes = errorAttributes;
    }

    /** A problem document or a page, by the path that failed and what the client accepts. */
    @RequestMapping
    Object error(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        // Asked for directly rather than sent here by the container: there is no failure, only no page at /error.
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null ? HttpStatus.NOT_FOUND : getStatus(request);
        Throwable failure = errorAttributes.getError(new ServletWebRequest(request));
        String incident = status.is5xxServerError() ? ApiProblems.incident(request.getMethod(), path, failure) : null;
        if (path.startsWith(request.getContextPath() + "/api/") || !acceptsHtml(request)) {
            return problem(status, path, incident, detail(status, failure, request, path));
        }
        if (incident != null) {
            return ErrorPage.incident(incident).view();
        }
        return page(status, request, path, failure).view();
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String path, String incident, String detail) {
        ProblemDetail p = incident == null ? ApiProblems.detail(status, type(status), title(status), detail) : ApiProblems.internalError(incident);
        p.setInstance(ApiProblems.instance(path));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    /** The page for a refusal (4xx): what the browser's user did that cannot be done, and how to go on. */
    private static ErrorPage page(HttpStatus status, HttpServletRequest request, String path, Throwable failure) {
        return switch (status) {
            case FORBIDDEN -> request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException
                    ? ErrorPage.of(status, "The form you sent was out of date: its security token no longer matches your session (you may"
                    + " have signed in again since it was opened). Nothing was changed. Go back, reload the page and try again.")
                    : ErrorPage.of(status, "Your account does not have the role this page needs. Account administration is for"
                    + " administrators; ask one if you need it done.");
            case UNAUTHORIZED -> ErrorPage.of(status, "This page is for signed-in users.", new ErrorPage.Link("/login", "Sign in"));
            case NOT_FOUND -> ErrorPage.of(status, "There is no page at " + path + ". The link may be mistyped, or what it"
                    + " showed was deleted.");
            default -> ErrorPage.of(status, detail(status, failure, request, path));
        };
    }

    /**
     * The problem in words, naming what the client sent and what the path takes: from the exception when one is
     * known, else the message the refusal was sent with, else what the status means.
     */
    static String detail(HttpStatus status, Throwable failure, HttpServletRequest request, String path) {
        if (failure instanceof NoResourceFoundException) {
            return "There is nothing at " + path;
        }
        if (failure instanceof HttpRequestMethodNotSupportedException e) {
            return e.getMethod() + " is not allowed at " + path + (e.getSupportedMethods() == null ? ""
                    : "; it takes " + java.util.Arrays.stream(e.getSupportedMethods()).sorted().collect(Collectors.joining(", ")));
        }
        if (failure instanceof HttpMediaTypeNotSupportedException e) {
            return ApiProblems.unsupported(e);
        }
        if (failure instanceof HttpMediaTypeNotAcceptableException e) {
            return "The answer at " + path + " cannot be given in a type the request accepts"
                    + (e.getSupportedMediaTypes().isEmpty() ? "" : "; accept " + e.getSupportedMediaTypes().stream()
                    .map(MediaType::toString).collect(Collectors.joining(" or ")));
        }
        if (failure instanceof ErrorResponse e && e.getBody().getDetail() != null) {
            return e.getBody().getDetail();
        }
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        if (message != null && !message.toString().isBlank()) {
            return message.toString();
        }
        return switch (status) {
            case NOT_FOUND -> "There is nothing at " + path;
            case FORBIDDEN -> "You may not do this";
            case UNAUTHORIZED -> "Authentication required";
            default -> status.getReasonPhrase();
        };
    }

    /** The problem type's last segment: the ones the API already uses where they fit, else {@code http-<status>}. */
    private static String type(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "invalid-request";
            case UNAUTHORIZED -> "unauthenticated";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            default -> "http-" + status.value();
        };
    }

    private static String title(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "Invalid request";
            case UNAUTHORIZED -> "Unauthenticated";
            case NOT_FOUND -> "Not found";
            default -> status.getReasonPhrase();
        };
    }

    /** A browser asks for HTML (or anything); a script that asks only for JSON gets a problem document. */
    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(m -> m.includes(MediaType.TEXT_HTML));
        } catch (InvalidMediaTypeException e) {
            return true;
        }
    }
}
