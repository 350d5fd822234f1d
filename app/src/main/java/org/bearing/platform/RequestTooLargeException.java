package org.bearing.platform;

/** Raised when a request body exceeds the configured limit; answered with 413. */
public class RequestTooLargeException extends RuntimeException {
    public RequestTooLargeException(long limitBytes) {
        super("The request body exceeds the limit of " + limitBytes + " bytes");
    }
}
