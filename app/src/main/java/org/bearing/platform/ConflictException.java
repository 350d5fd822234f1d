package org.bearing.platform;

/** Raised when a write collides with existing state (a duplicate name, a delete of something still referenced); answered with 409. */
public class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String message, String field) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
