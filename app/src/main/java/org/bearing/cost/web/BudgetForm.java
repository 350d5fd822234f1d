package org.bearing.cost.web;

import java.util.Map;

/**
 * The Budget tab's forms after a refused edit: the text the user typed ({@code values}, by field name) and the messages
 * ({@code errors}, keyed {@code reserves.FIELD} or {@code funding.FIELD}).
 */
public record BudgetForm(Map<String, String> values, Map<String, String> errors) {

    /** What a field of {@code form} shows: the typed text after a refusal of that form, else {@code current}. */
    public String value(String form, String field, String current) {
        return errors.keySet().stream().anyMatch(k -> k.startsWith(form + ".")) ? values.getOrDefault(field, "") : current;
    }

    public String error(String key) {
        return errors.get(key);
    }
}
