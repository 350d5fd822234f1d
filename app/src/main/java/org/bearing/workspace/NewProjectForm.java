package org.bearing.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The New project form as shown: what the user typed (kept after a refused submit), a message per field that was
 * refused, and the choices of the selects.
 *
 * @param values   field name → text typed, for code, name, startDate, currency, manager, sponsor, programId, calendarId
 * @param errors   field name → message, in form order
 */
public record NewProjectForm(Map<String, String> values, Map<String, String> errors, List<Choice> programs, List<Choice> calendars,
                             String csrfParameter, String csrfToken) {

    /** One option of a select. */
    public record Choice(String value, String label) {
    }

    public NewProjectForm {
        values = new LinkedHashMap<>(values);
        errors = new LinkedHashMap<>(errors);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean selected(String field, String value) {
        return value.equals(value(field));
    }
}
