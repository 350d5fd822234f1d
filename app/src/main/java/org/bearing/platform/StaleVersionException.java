package org.bearing.platform;

/** Raised when a write names a version (If-Match) that is no longer current; answered with 412. */
public class StaleVersionException extends RuntimeException {
    private final long expected;
    private final long current;

    public StaleVersionException(String what, long expected, long current) {
        super(what + " was changed by someone else: you sent version " + expected + ", the current version is " + current);
        this.expected = expected;
        this.current = current;
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
