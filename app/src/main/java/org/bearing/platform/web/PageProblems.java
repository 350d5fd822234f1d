package org.bearing.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.bearing.platform.ApiProblems;
import org.bearing.platform.ConflictException;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
import org.bearing.platform.RequestTooLargeException;
import org.bearing.platform.RuleViolationException;
import org.bearing.platform.StaleVersionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Renders the failures of page controllers as the Bearing error page, with the status the API would answer and a
 * message in the page's words. One rule for every page: a query parameter the page cannot use (an unknown constant
 * such as {@code ?granularity=year}, text where a number belongs) answers 400 with the error page naming the parameter
 * and the values it takes, and a link to the same page with that parameter's default (when it has one). Nothing is written by a refused
 * request: the controller never ran, or its transaction rolled back.
 * <p>
 * It comes after {@link ApiProblems}, which advises the API's controllers; both apply to a {@code @RestController},
 * so the order decides that the API keeps its problem documents.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String message = e.getName() + " must be " + values(e.getRequiredType()) + ", not '" + e.getValue() + "'.";
        RequestParam query = e.getParameter().getParameterAnnotation(RequestParam.class);
        if (query != null && "GET".equals(request.getMethod())
                && (!query.required() || !ValueConstants.DEFAULT_NONE.equals(query.defaultValue()))) {
            String withDefault = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                    .replaceQueryParam(e.getName()).build().toUriString();
            return ErrorPage.of(HttpStatus.BAD_REQUEST, message, new ErrorPage.Link(withDefault,
                    "Open the page with the default " + e.getName())).view();
        }
        return ErrorPage.of(HttpStatus.BAD_REQUEST, message).view();
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missingParameter(MissingServletRequestParameterException e) {
        return ErrorPage.of(HttpStatus.BAD_REQUEST, "This page needs the parameter " + e.getParameterName() + ".").view();
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return ErrorPage.of(HttpStatus.NOT_FOUND, sentence(e.getMessage())).view();
    }

    @ExceptionHandler(InvalidFieldException.class)
    ModelAndView invalid(InvalidFieldException e) {
        return ErrorPage.of(HttpStatus.BAD_REQUEST, sentence(e.getMessage())).view();
    }

    @ExceptionHandler(RuleViolationException.class)
    ModelAndView refused(RuleViolationException e) {
        return ErrorPage.of(HttpStatus.UNPROCESSABLE_CONTENT, sentence(e.getMessage()) + " Nothing was changed.").view();
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return ErrorPage.of(HttpStatus.CONFLICT, sentence(e.getMessage()) + " Nothing was changed.").view();
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView integrity(DataIntegrityViolationException e) {
        return ErrorPage.of(HttpStatus.CONFLICT, "The change conflicts with existing data (a duplicate, or a record still in use)."
                + " Nothing was changed.").view();
    }

    @ExceptionHandler({StaleVersionException.class, OptimisticLockingFailureException.class})
    ModelAndView stale(RuntimeException e) {
        return ErrorPage.of(HttpStatus.PRECONDITION_FAILED, "Someone else changed this after you opened the page, so your change"
                + " was not saved. Go back and reload the page to see theirs, then make yours again.").view();
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ModelAndView tooLarge(RequestTooLargeException e) {
        return ErrorPage.of(HttpStatus.CONTENT_TOO_LARGE, sentence(e.getMessage())).view();
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ModelAndView unreadable(HttpMessageNotReadableException e) {
        return ErrorPage.of(HttpStatus.BAD_REQUEST, "The request's content could not be read.").view();
    }

    /**
     * Anything else: a refusal that carries its status (Spring's own, {@code ResponseStatusException}) keeps it; a
     * failure nobody foresaw is logged under an incident id and the page shows only the id. Security exceptions go on
     * to the security chain (sign-in or 403) and exceptions annotated with {@link ResponseStatus} to the error page.
     */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException
                || AnnotatedElementUtils.hasAnnotation(e.getClass(), ResponseStatus.class)) {
            throw e;
        }
        if (e instanceof ErrorResponse refusal && !refusal.getStatusCode().is5xxServerError()) {
            String detail = refusal.getBody().getDetail();
            return ErrorPage.of(HttpStatus.valueOf(refusal.getStatusCode().value()),
                    detail == null ? HttpStatus.valueOf(refusal.getStatusCode().value()).getReasonPhrase() : sentence(detail)).view();
        }
        return ErrorPage.incident(ApiProblems.incident(request.getMethod(), request.getRequestURI(), e)).view();
    }

    /** The values a parameter takes, for a reader: "DAY, WEEK or MONTH", "a whole number", "true or false". */
    static String values(Class<?> type) {
        if (type != null && type.isEnum()) {
            String[] names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toArray(String[]::new);
            return names.length == 1 ? names[0] : Arrays.stream(names, 0, names.length - 1).collect(Collectors.joining(", "))
                    + " or " + names[names.length - 1];
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return ApiProblems.expected(type);
    }

    private static String sentence(String message) {
        return message == null || message.isBlank() ? "" : message.endsWith(".") ? message : message + ".";
    }
}
