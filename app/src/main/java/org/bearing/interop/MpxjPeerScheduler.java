package org.bearing.interop;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Set;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Task;
import org.mpxj.TaskField;
import org.mpxj.cpm.MicrosoftScheduler;
import org.mpxj.cpm.PrimaveraScheduler;
import org.mpxj.cpm.Scheduler;

/**
 * Bearing's peer for scheduling fidelity and speed: MPXJ's {@code MicrosoftScheduler} for MS Project files and
 * {@code PrimaveraScheduler} for P6 files. MPXJ overwrites the task fields it computes, so every run reads the
 * file afresh. MPXJ does not compute free slack: its runs report none ({@link #NOT_COMPUTED_FIELDS}).
 */
public final class MpxjPeerScheduler {

    /** Fields MPXJ's schedulers compute; free slack is not among them. */
    public static final Set<String> NOT_COMPUTED_FIELDS = Set.of("freeSlack");

    /** The result of one MPXJ run: which scheduler, its values by task unique id, and the scheduling time alone. */
    public record Run(String scheduler, Map<Integer, TaskDates> dates, long nanos) { }

    /**
     * @throws ScheduleFileException when the file cannot be read
     * @throws IllegalStateException when MPXJ's scheduler fails on the file (its message is kept)
     */
    public Run schedule(Path file) throws ScheduleFileException {
        ProjectFile project = MpxjFiles.open(file);
        ScheduleFormat format = MpxjFiles.format(project);
        Scheduler scheduler = format == ScheduleFormat.PRIMAVERA ? new PrimaveraScheduler() : new MicrosoftScheduler();
        ProjectProperties props = project.getProjectProperties();
        LocalDateTime start = props.getStartDate();
        if (format == ScheduleFormat.PRIMAVERA && props.getPlannedStart() != null) {
            start = props.getPlannedStart();
        }
        return run(scheduler, project, start);
    }

    /** Schedules a project built in memory (the benchmark network) with {@code MicrosoftScheduler}. */
    static Run scheduleMicrosoft(ProjectFile project, LocalDateTime start) {
        return run(new MicrosoftScheduler(), project, start);
    }

    private static Run run(Scheduler scheduler, ProjectFile project, LocalDateTime start) {
        // MPXJ's schedulers leave slack and the critical flag as read from the file; clear them so that what is
        // compared is what MPXJ computes (total slack and critical are derived from the new dates; free slack is not
        // computed by MPXJ and stays empty).
        for (Task task : project.getTasks()) {
            task.set(TaskField.FREE_SLACK, null);
            task.set(TaskField.TOTAL_SLACK, null);
            task.set(TaskField.CRITICAL, null);
        }
        long t0 = System.nanoTime();
        try {
            scheduler.schedule(project, start);
        } catch (Exception | StackOverflowError e) {
            throw new IllegalStateException("MPXJ " + scheduler.getClass().getSimpleName() + " failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
        long nanos = System.nanoTime() - t0;
        return new Run(scheduler.getClass().getSimpleName(), ProjectFileMapper.criticalPathValues(project), nanos);
    }
}
