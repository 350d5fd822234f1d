package org.bearing.cost;

/** A DSLIB workbook that cannot be read: the message names the file, the sheet and the cell. */
public final class DslibFormatException extends RuntimeException {
    public DslibFormatException(String message) {
        super(message);
    }

    public DslibFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
