package org.bearing.platform;

/** Raised when a referenced aggregate does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {
    private final String field;

    public NotFoundException(String what, Object id) {
        this(what, id, null);
    }

    /** @param field the request field that carried the unknown id, or null when it was in the path */
    public NotFoundException(String what, Object id, String field) {
        super(what + " " + id + " does not exist");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
