package org.bearing.platform;

import java.util.Map;

/**
 * Raised when a well-formed request breaks a business rule (a dependency cycle, a task depending on itself);
 * answered with 422. {@code properties} become extra members of the problem document.
 */
public class RuleViolationException extends RuntimeException {
    private final String rule;
    private final String field;
    private final Map<String, Object> properties;

    public RuleViolationException(String rule, String field, String message, Map<String, Object> properties) {
        super(message);
        this.rule = rule;
        this.field = field;
        this.properties = Map.copyOf(properties);
    }

    public RuleViolationException(String rule, String field, String message) {
        this(rule, field, message, Map.of());
    }

    /** A stable, kebab-case name of the rule, used in the problem type URI. */
    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
