package org.bearing.interop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.mpxj.ProjectFile;
import org.mpxj.reader.UniversalProjectReader;

/** Opens a file with MPXJ's universal reader and names the problem when it cannot. */
final class MpxjFiles {
    private MpxjFiles() {
    }

    static ProjectFile open(Path file) throws ScheduleFileException {
        requireReadable(file);
        return open(file, file.toString());
    }

    static void requireReadable(Path file) throws ScheduleFileException {
        if (!Files.exists(file)) {
            throw new ScheduleFileException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new ScheduleFileException(file + ": is a directory, not a schedule file");
        }
        if (!Files.isReadable(file)) {
            throw new ScheduleFileException(file + ": not readable (permission denied)");
        }
    }

    /** Opens a file already screened; {@code label} names it in messages. */
    static ProjectFile open(Path file, String label) throws ScheduleFileException {
        ProjectFile project;
        try {
            project = new UniversalProjectReader().read(file.toFile());
        } catch (Exception | LinkageError | StackOverflowError e) {
            throw new ScheduleFileException(label + ": cannot be read as a schedule: " + describe(e), e);
        }
        if (project == null) {
            throw new ScheduleFileException(label + ": not a schedule format Bearing recognises "
                    + "(MS Project MPP/MSPDI/MPX, Primavera XER/PMXML, GanttProject, Planner, ...)");
        }
        return project;
    }

    /** Microsoft Project, Primavera or another tool, from the file type MPXJ detected. */
    static ScheduleFormat format(ProjectFile project) {
        String type = project.getProjectProperties().getFileType();
        String t = type == null ? "" : type.toUpperCase(Locale.ROOT);
        if (t.startsWith("MPP") || t.equals("MSPDI") || t.equals("MPX") || t.equals("MPD")) {
            return ScheduleFormat.MS_PROJECT;
        }
        if (t.equals("XER") || t.equals("PMXML") || t.startsWith("P6") || t.equals("PRIMAVERA")) {
            return ScheduleFormat.PRIMAVERA;
        }
        return ScheduleFormat.OTHER;
    }

    static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
