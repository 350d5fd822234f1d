package org.bearing.interop;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads any schedule file MPXJ understands (MS Project MPP/MSPDI/MPX, Primavera XER/PMXML, GanttProject, Planner,
 * ...) into an {@link ImportedSchedule}, after {@link ScheduleFileGuard} screened it and within the time limit of
 * {@link ImportLimits}. Stateless and free of Spring, so the CLI uses it without a server.
 */
public final class ScheduleFileReader {
    private final ImportLimits limits;

    public ScheduleFileReader() {
        this(ImportLimits.DEFAULT);
    }

    public ScheduleFileReader(ImportLimits limits) {
        this.limits = limits;
    }

    /**
     * @throws ScheduleFileException when the file is missing, not a schedule, or cannot be parsed
     */
    public ImportedSchedule read(Path file) throws ScheduleFileException {
        return read(file, file.toString());
    }

    /**
     * @param name the file's own name (an upload's original name), used in messages and to check the extension
     * @throws ImportTooLargeException when the file is over the size limit
     * @throws ScheduleFileException   when the file is not a schedule, is damaged, unsafe or too slow to parse
     */
    public ImportedSchedule read(Path file, String name) throws ScheduleFileException {
        String label = name == null ? file.toString() : name;
        MpxjFiles.requireReadable(file);
        new ScheduleFileGuard(limits).check(file, label);
        FutureTask<ImportedSchedule> parse = new FutureTask<>(() -> new ProjectFileMapper(MpxjFiles.open(file, label)).mapWithResources(label));
        Thread worker = new Thread(parse, "schedule-import");
        worker.setDaemon(true);
        worker.start();
        try {
            return parse.get(limits.timeLimit().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            throw new ScheduleFileException(label + ": reading took longer than the limit of " + limits.timeLimit().toSeconds()
                    + " s; the file is damaged or far larger than a schedule", e);
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new ScheduleFileException(label + ": the import was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ScheduleFileException s) {
                throw s;
            }
            throw new ScheduleFileException(label + ": cannot be read as a schedule: " + MpxjFiles.describe(cause), cause);
        }
    }

    /** The extension of a name, lower case, or "" when it has none. */
    static String extension(String name) {
        int dot = name == null ? -1 : name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
