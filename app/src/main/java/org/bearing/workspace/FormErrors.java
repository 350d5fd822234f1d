package org.bearing.workspace;

import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.bearing.platform.ConflictException;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
import org.bearing.platform.RuleViolationException;
import org.bearing.platform.StaleVersionException;

/**
 * Messages to show next to a form's fields, keyed by the field names the plan services use ({@code name},
 * {@code week[0].periods}, {@code baseCalendarId}...); {@code ""} holds a message that belongs to no one field.
 * A page re-renders with these when a write was refused, so the user sees why and nothing changed.
 */
public final class FormErrors {
    private final Map<String, String> messages = new LinkedHashMap<>();

    static FormErrors none() {
        return new FormErrors();
    }

    /** The field a refused write names, with its message; null when the exception is not a refusal of input. */
    static FormErrors of(RuntimeException e) {
        String field;
        if (e instanceof InvalidFieldException i) {
            field = i.field();
        } else if (e instanceof RuleViolationException r) {
            field = r.field();
        } else if (e instanceof ConflictException c) {
            field = c.field();
        } else if (e instanceof NotFoundException n) {
            field = n.field();
        } else if (e instanceof StaleVersionException) {
            field = "";
        } else {
            return null;
        }
        return new FormErrors().put(field == null ? "" : field, e.getMessage());
    }

    static FormErrors of(Set<? extends ConstraintViolation<?>> violations) {
        FormErrors errors = new FormErrors();
        for (ConstraintViolation<?> v : violations) {
            errors.put(v.getPropertyPath().toString(), v.getMessage());
        }
        return errors;
    }

    FormErrors put(String field, String message) {
        messages.putIfAbsent(field, message);
        return this;
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    /** The message for a field, or null. */
    public String get(String field) {
        return messages.get(field);
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    /** Every message, for a summary at the top of the form. */
    public Map<String, String> all() {
        return Map.copyOf(messages);
    }
}
