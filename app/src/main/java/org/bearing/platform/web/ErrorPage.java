package org.bearing.platform.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the error page says: the HTTP status, a heading in plain words, the message that names the problem, the
 * incident id of an unexpected failure (the id the log carries beside the stack trace, which the page never shows),
 * and the links that lead back into the application.
 *
 * @param status   the HTTP status code the page is sent with
 * @param heading  what happened, in a few words ("Page not found")
 * @param message  the problem in a sentence, naming the value or path at fault
 * @param incident the incident id of an unexpected failure (500), else {@code null}
 * @param links    ways back: the page with its default options, the portfolio
 */
public record ErrorPage(int status, String heading, String message, String incident, List<Link> links) {
    /** The template that draws the page ({@code app/src/main/jte/platform/error.jte}). */
    static final String VIEW = "platform/error";
    /** The home page lists every project; it is the way back from any failure. */
    static final Link HOME = new Link("/", "Back to the portfolio (the list of projects)");

    /** A link on the error page. */
    public record Link(String href, String label) {
    }

    /** A page for {@code status} with a way home after any other {@code links}. */
    static ErrorPage of(HttpStatus status, String message, Link... links) {
        List<Link> all = new java.util.ArrayList<>(List.of(links));
        all.add(HOME);
        return new ErrorPage(status.value(), heading(status), message, null, List.copyOf(all));
    }

    /** The page of an unexpected failure: no internals, only the incident id under which the log has them. */
    static ErrorPage incident(String incident) {
        return new ErrorPage(500, heading(HttpStatus.INTERNAL_SERVER_ERROR),
                "The server failed to answer this request. This is a fault in Bearing, not in what you did; trying again"
                        + " may not help. The failure is logged as incident " + incident + ".", incident, List.of(HOME));
    }

    /** The model and view that render this page with its status. */
    ModelAndView view() {
        return new ModelAndView(VIEW, Map.of("error", this), HttpStatus.valueOf(status));
    }

    /** What a status means to someone using the pages, in place of its reason phrase. */
    static String heading(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "This request cannot be answered";
            case UNAUTHORIZED -> "Please sign in";
            case FORBIDDEN -> "You may not do this";
            case NOT_FOUND -> "Not found";
            case METHOD_NOT_ALLOWED -> "This page does not take that request";
            case CONFLICT -> "This conflicts with existing data";
            case PRECONDITION_FAILED -> "Someone else changed this first";
            case CONTENT_TOO_LARGE -> "Too large";
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported content";
            case UNPROCESSABLE_CONTENT -> "The change was refused";
            case INTERNAL_SERVER_ERROR -> "Something went wrong in Bearing";
            default -> status.getReasonPhrase();
        };
    }
}
