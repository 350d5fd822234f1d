package org.bearing.risk.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bearing.platform.ETags;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * The one rule for read-only fields in a written {@link Representation}, the same for risks and issues:
 * <ul>
 * <li>POST (record, raise): read-only fields must be left out or null; the server assigns them. Otherwise 422
 * {@code read-only-field} naming the field.</li>
 * <li>PUT (replace): read-only fields may be left out, or sent back with the value the entry has now (the value a GET
 * returns now, computed ones included), and are then ignored. A different value is 422 {@code read-only-field}
 * naming the field. {@code version} in the body is the version the copy was read at and works like {@code If-Match}:
 * 412 when it is not current.</li>
 * </ul>
 * Then the writable fields are checked (400 naming the field, e.g. {@code impact.schedule}), then the register's rules.
 * A refused write changes nothing.
 */
@Component
class RepresentationWrites {
    static final String READ_ONLY = "read-only-field";

    private final Validator validator;

    RepresentationWrites(Validator validator) {
        this.validator = validator;
    }

    /** The draft of a new entry; the body must leave the server's fields out. */
    <D> D toCreate(Representation<D> body) {
        body.readOnly().forEach((field, sent) -> {
            if (sent != null) {
                throw readOnly(field, field + " is assigned by Bearing; leave it out when creating (sent " + sent + ")");
            }
        });
        if (body.version() != null) {
            throw readOnly("version", "version is assigned by Bearing; leave it out when creating");
        }
        return valid(body.draft());
    }

    /**
     * The draft that replaces {@code current}, the entry as a GET shows it now; {@code ifMatch} is the version the
     * If-Match header names, if any.
     */
    <D> D toReplace(Representation<D> body, Representation<D> current, Long ifMatch, String what) {
        ETags.requireCurrent(what, ifMatch, current.version());
        ETags.requireCurrent(what, body.version(), current.version());
        Map<String, Object> now = current.readOnly();
        body.readOnly().forEach((field, sent) -> {
            Object value = now.get(field);
            if (sent != null && !same(sent, value)) {
                throw readOnly(field, field + " is read-only: it is " + value + " and cannot be changed to " + sent
                        + " (send it back unchanged or leave it out)");
            }
        });
        return valid(body.draft());
    }

    private static boolean same(Object sent, Object value) {
        if (sent instanceof BigDecimal a && value instanceof BigDecimal b) {
            return a.compareTo(b) == 0; // 25000 and 25000.00 are the same amount
        }
        return Objects.equals(sent, value);
    }

    private static RuleViolationException readOnly(String field, String message) {
        return new RuleViolationException(READ_ONLY, field, message);
    }

    /** The draft when bean validation accepts it, else 400 naming the first field refused (all are in the detail). */
    private <D> D valid(D draft) {
        List<? extends ConstraintViolation<D>> violations = validator.validate(draft).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
        if (!violations.isEmpty()) {
            String detail = String.join("; ", violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).toList());
            throw new InvalidFieldException(violations.get(0).getPropertyPath().toString(), detail);
        }
        return draft;
    }
}
