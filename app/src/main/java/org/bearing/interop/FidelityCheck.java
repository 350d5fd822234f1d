package org.bearing.interop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reschedules schedule files with Bearing and with MPXJ's peer scheduler and compares both with the
 * critical-path values stored by the tool that saved each file.
 */
public final class FidelityCheck {
    private static final int MISMATCHES_KEPT = 100;

    private final Rescheduler bearing;
    private final ScheduleFileReader reader = new ScheduleFileReader();
    private final MpxjPeerScheduler peer = new MpxjPeerScheduler();

    /** @param bearing Bearing's scheduler; null reports the Bearing side as not run */
    public FidelityCheck(Rescheduler bearing) {
        this.bearing = bearing;
    }

    /** Checks every regular file under {@code dir}, recursively, in path order. */
    public FidelityReport checkAll(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a directory");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        List<FidelityReport.FileResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(check(dir.relativize(file).toString(), file));
        }
        return new FidelityReport(results);
    }

    /** Checks one file; never throws: problems become a skip reason or a side's error. */
    public FidelityReport.FileResult check(String label, Path file) {
        ImportedSchedule schedule;
        try {
            schedule = reader.read(file);
        } catch (ScheduleFileException e) {
            return skipped(label, null, null, "unreadable: " + e.getMessage());
        } catch (RuntimeException e) {
            return skipped(label, null, null, "unreadable: " + e);
        }
        Map<Integer, TaskDates> expected = comparable(schedule.storedDates());
        if (expected.isEmpty()) {
            String reason = schedule.storedDatesNote() != null ? schedule.storedDatesNote()
                    : "no task has stored early/late dates and slack";
            return skipped(label, schedule.format(), schedule.application(), reason);
        }
        FidelityReport.Side bearingSide = bearingSide(schedule, expected);
        FidelityReport.Side mpxjSide;
        try {
            MpxjPeerScheduler.Run run = peer.schedule(file);
            mpxjSide = compare(run.scheduler(), expected, run.dates(), run.nanos() / 1_000_000,
                    MpxjPeerScheduler.NOT_COMPUTED_FIELDS);
        } catch (ScheduleFileException | RuntimeException e) {
            mpxjSide = failed("MPXJ", expected.size(), e);
        }
        return new FidelityReport.FileResult(label, schedule.format(), schedule.application(), null,
                expected.size(), bearingSide, mpxjSide);
    }

    private FidelityReport.Side bearingSide(ImportedSchedule schedule, Map<Integer, TaskDates> expected) {
        if (bearing == null) {
            return new FidelityReport.Side("Bearing", 0, expected.size(), 0,
                    "not run: Bearing's scheduling engine is not available in this build", List.of(), List.of());
        }
        try {
            long t0 = System.nanoTime();
            Map<Integer, TaskDates> actual = bearing.schedule(schedule);
            long millis = (System.nanoTime() - t0) / 1_000_000;
            return compare(bearing.name(), expected, actual, millis, Set.of());
        } catch (RuntimeException e) {
            return failed(bearing.name(), expected.size(), e);
        }
    }

    /** Tasks whose stored values are complete: only they can be compared on every field. */
    private static Map<Integer, TaskDates> comparable(Map<Integer, TaskDates> stored) {
        Map<Integer, TaskDates> result = new LinkedHashMap<>();
        stored.forEach((id, dates) -> {
            if (dates.comparable()) {
                result.put(id, dates);
            }
        });
        return result;
    }

    private static FidelityReport.Side compare(String scheduler, Map<Integer, TaskDates> expected,
                                               Map<Integer, TaskDates> actual, long millis,
                                               Set<String> notComputed) {
        int matched = 0;
        List<FidelityReport.Mismatch> mismatches = new ArrayList<>();
        for (TaskDates want : expected.values()) {
            TaskDates got = actual.get(want.uniqueId());
            List<String> fields = TaskDatesComparison.mismatchedFields(want, got, notComputed);
            if (fields.isEmpty()) {
                matched++;
            } else if (mismatches.size() < MISMATCHES_KEPT) {
                mismatches.add(new FidelityReport.Mismatch(want.uniqueId(), want.name(), fields, want, got));
            }
        }
        return new FidelityReport.Side(scheduler, matched, expected.size(), millis, null,
                List.copyOf(notComputed), List.copyOf(mismatches));
    }

    private static FidelityReport.Side failed(String scheduler, int compared, Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new FidelityReport.Side(scheduler, 0, compared, 0, message, List.of(), List.of());
    }

    private static FidelityReport.FileResult skipped(String label, ScheduleFormat format, String application,
                                                     String reason) {
        return new FidelityReport.FileResult(label, format, application, reason, 0, null, null);
    }
}
