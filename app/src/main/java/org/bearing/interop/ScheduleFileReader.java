package org.bearing.interop;

import java.nio.file.Path;

/**
 * Reads any schedule file MPXJ understands (MS Project MPP/MSPDI/MPX, Primavera XER/PMXML, GanttProject, Planner,
 * ...) into an {@link ImportedSchedule}. Stateless and free of Spring, so the CLI uses it without a server.
 */
public final class ScheduleFileReader {

    /**
     * @throws ScheduleFileException when the file is missing, not a schedule, or cannot be parsed
     */
    public ImportedSchedule read(Path file) throws ScheduleFileException {
        return new ProjectFileMapper(MpxjFiles.open(file)).map(file.toString());
    }
}
