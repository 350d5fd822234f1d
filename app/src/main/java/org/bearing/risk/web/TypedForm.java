package org.bearing.risk.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form kept as typed (text per field) with the messages to show beside its fields, so that a refused form
 * re-renders with what the user typed; {@code ""} holds a message that belongs to no one field.
 */
public abstract class TypedForm {
    final Map<String, String> values = new LinkedHashMap<>();
    final Map<String, String> errors = new LinkedHashMap<>();

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    public Map<String, String> errors() {
        return errors;
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The text of a field, empty when it has none. */
    public String value(String field) {
        String v = values.get(field);
        return v == null ? "" : v;
    }

    /** Whether a choice field holds {@code option}, to mark it selected. */
    public boolean is(String field, String option) {
        return value(field).equals(option);
    }
}
