package org.bearing.interop;

/** A schedule file larger than {@code bearing.import.max-bytes}; answered with 413. */
public class ImportTooLargeException extends ScheduleFileException {
    public ImportTooLargeException(String message) {
        super(message);
    }
}
