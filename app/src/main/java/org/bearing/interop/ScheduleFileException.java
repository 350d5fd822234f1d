package org.bearing.interop;

/** A schedule file that cannot be read: missing, not a schedule, or damaged. The message names the file and why. */
public class ScheduleFileException extends Exception {
    public ScheduleFileException(String message) {
        super(message);
    }

    public ScheduleFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
