package org.bearing.platform;

/** Raised when one field of a request is malformed or out of range; answered with 400 naming the field. */
public class InvalidFieldException extends RuntimeException {
    private final String field;

    public InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
