package org.bearing.platform;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns every failure of an API request into an RFC 9457 problem document. Each problem names the offending
 * field in {@code errors[].field} (or {@code field}) so that a client can show the message beside it.
 * <p>
 * It advises the API's controllers ({@link RestController}s) only, and before any other advice: a failure of a page
 * controller is the page advice's to render as a page, and a failure before any controller was chosen (no such path,
 * a method or media type the path does not take) goes to the error controller, which answers problem+json for
 * {@code /api/} paths too (an upload too large to read, to the upload advice).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    static final String TYPE_BASE = "https://bearing.dev/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One field-level error inside a problem document. */
    public record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), e.field());
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<Object> stale(StaleVersionException e) {
        ProblemDetail p = detail(HttpStatus.PRECONDITION_FAILED, "stale-version", "Stale version", e.getMessage());
        p.setProperty("currentVersion", e.current());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(p);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> raced(OptimisticLockingFailureException e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "stale-version", "Stale version", e.getMessage(), null);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage(), e.field());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException e) {
        log.debug("Integrity violation", e);
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict",
                "The change conflicts with existing data (a duplicate, or a record still in use)", null);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage(), e.field());
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Object> rule(RuleViolationException e) {
        ProblemDetail p = detail(HttpStatus.UNPROCESSABLE_CONTENT, e.rule(), "Rule violated: " + e.rule().replace('-', ' '), e.getMessage());
        if (e.field() != null) {
            p.setProperty("errors", List.of(new FieldProblem(e.field(), e.getMessage())));
        }
        e.properties().forEach(p::setProperty);
        return ResponseEntity.unprocessableContent().body(p);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                e.getName() + " must be " + expected(e.getRequiredType()) + "; got '" + e.getValue() + "'", e.getName());
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                "the query parameter " + ex.getParameterName() + " is required", ex.getParameterName());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        ProblemDetail p = detail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                unsupported(ex));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(p);
    }

    /** A request body of a type the endpoint does not read, in words: what was sent and what to send instead. */
    public static String unsupported(HttpMediaTypeNotSupportedException e) {
        String sent = e.getContentType() == null ? "The request has no Content-Type" : "Content-Type '" + e.getContentType() + "' is not accepted here";
        return sent + (e.getSupportedMediaTypes().isEmpty() ? "" : "; send " + e.getSupportedMediaTypes().stream()
                .map(MediaType::toString).collect(java.util.stream.Collectors.joining(" or ")));
    }

    /**
     * What a value of {@code type} looks like, in the client's terms rather than Java's: the constants of an enum
     * (a client cannot guess them from the type's name), "a whole number" or "a number", else the type's name.
     */
    public static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(java.util.stream.Collectors.joining(", "));
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (yyyy-mm-dd)";
        }
        if (type == java.time.LocalDateTime.class) {
            return "a date and time (yyyy-mm-ddThh:mm:ss)";
        }
        return "a " + type.getSimpleName();
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<Object> tooLarge(RequestTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "Request body too large", e.getMessage(), null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(fe.getField(), fe.getField() + " " + fe.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors().forEach(ge -> errors.add(new FieldProblem(ge.getObjectName(), ge.getDefaultMessage())));
        String detail = errors.stream().map(FieldProblem::message).reduce((a, b) -> a + "; " + b).orElse("Invalid request");
        ProblemDetail p = detail(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        p.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(p);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (cause instanceof RequestTooLargeException tooLarge) {
            return tooLarge(tooLarge);
        }
        if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
            String field = jsonPath(unknown.getPath());
            return problem(HttpStatus.BAD_REQUEST, "unknown-field", "Unknown field", "'" + field + "' is not a field of this request"
                    + " (known fields: " + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(java.util.stream.Collectors.joining(", ")) + ")", field);
        }
        if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = jsonPath(jackson.getPath());
            String expected = jackson instanceof MismatchedInputException m && m.getTargetType() != null
                    ? " (expected " + expected(m.getTargetType()) + ")" : "";
            return problem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
                    field + " has a value of the wrong type or format" + expected, field);
        }
        String detail = ex.getCause() instanceof JacksonException jackson
                ? "The request body is not valid JSON: " + jackson.getOriginalMessage()
                : "The request body is missing or is not valid JSON";
        return problem(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON", detail, null);
    }

    /**
     * Any other failure of an API request: 500 as a problem document whose detail says nothing about the internals (no
     * message, no stack trace, which could leak SQL or paths) but carries an incident id that is logged with the stack
     * trace. Outside {@code /api/} the exception goes on to the error page; security exceptions go on to the security
     * chain (401/403) and exceptions annotated with {@link ResponseStatus} keep their status.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/") || e instanceof AccessDeniedException
                || e instanceof AuthenticationException || AnnotatedElementUtils.hasAnnotation(e.getClass(), ResponseStatus.class)) {
            throw e;
        }
        return ResponseEntity.internalServerError().body(internalError(incident(request.getMethod(), request.getRequestURI(), e)));
    }

    /** The problem document of an unexpected failure: the incident id, nothing of the internals. */
    public static ProblemDetail internalError(String incident) {
        ProblemDetail p = detail(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "The server failed to answer this request. The failure is logged as incident " + incident + ".");
        p.setProperty("incident", incident);
        return p;
    }

    /**
     * Logs an unexpected failure with its stack trace under a new incident id and returns the id, which the answer
     * (problem document or error page) shows in place of the internals: the id is what joins a user's report to the log.
     */
    public static String incident(String method, String path, Throwable failure) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected failure of {} {} (incident {})", method, path, incident, failure);
        return incident;
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail p && (p.getType() == null || "about:blank".equals(p.getType().toString()))) {
            p.setType(URI.create(TYPE_BASE + "http-" + statusCode.value()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static String jsonPath(List<JacksonException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference r : path) {
            if (r.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** A problem document of {@code type} (the last segment of its URI under {@code https://bearing.dev/problems/}). */
    public static ProblemDetail detail(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE_BASE + type));
        p.setTitle(title);
        return p;
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String type, String title, String detail, String field) {
        ProblemDetail p = detail(status, type, title, detail);
        if (field != null) {
            p.setProperty("errors", List.of(new FieldProblem(field, detail)));
        }
        return ResponseEntity.status(status).body(p);
    }

    /** The path a client asked for as a problem's {@code instance}, encoded where the client sent it raw. */
    public static URI instance(String path) {
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return URI.create(org.springframework.web.util.UriUtils.encodePath(path, StandardCharsets.UTF_8));
        }
    }

    /**
     * Answers with a problem document from outside Spring MVC (a servlet filter, the security chain), where no
     * message converter runs; {@code instance} is the path the client asked for.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type, String title,
                             String detail) throws IOException {
        ProblemDetail p = detail(status, type, title, detail);
        p.setInstance(instance(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", p.getType().toString());
        body.put("title", p.getTitle());
        body.put("status", p.getStatus());
        body.put("detail", p.getDetail());
        body.put("instance", p.getInstance().toString());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
