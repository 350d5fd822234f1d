package org.bearing.interop;

import java.util.List;

/**
 * How closely Bearing and MPXJ reproduce the critical-path values stored in a set of files.
 * A task matches when every field (early/late start and finish, total and free slack, critical) is within one
 * minute of the stored value. Match % = matched tasks / compared tasks × 100.
 */
public record FidelityReport(List<FileResult> files) {

    /** One file: skipped with a reason, or compared task by task by both schedulers. */
    public record FileResult(String file, ScheduleFormat format, String application, String skippedReason,
                             int compared, Side bearing, Side mpxj) {
        public boolean skipped() {
            return skippedReason != null;
        }
    }

    /**
     * One scheduler on one file.
     *
     * @param error       why the scheduler produced nothing for this file, null when it ran
     * @param notCompared fields this scheduler does not compute, left out of its comparison (MPXJ: free slack)
     * @param mismatches  the first tasks that differ, with the fields that differ
     */
    public record Side(String scheduler, int matched, int compared, long millis, String error,
                       List<String> notCompared, List<Mismatch> mismatches) {
        /** Matched / compared × 100, or null when nothing was compared or the scheduler failed. */
        public Double percent() {
            return error != null || compared == 0 ? null : 100.0 * matched / compared;
        }
    }

    /** A task whose computed values differ from the stored ones. */
    public record Mismatch(int uniqueId, String name, List<String> fields, TaskDates expected, TaskDates actual) { }

    /** Tasks compared over all files that were not skipped. */
    public int compared() {
        return files.stream().filter(f -> !f.skipped()).mapToInt(FileResult::compared).sum();
    }

    /** Tasks the given side matched over all files; a failed run counts as no match. */
    public int matched(boolean bearingSide) {
        return files.stream().filter(f -> !f.skipped())
                .map(f -> bearingSide ? f.bearing() : f.mpxj())
                .filter(s -> s != null && s.error() == null).mapToInt(Side::matched).sum();
    }

    /** Overall match %: matched / compared × 100 over all compared files, or null when nothing was compared. */
    public Double percent(boolean bearingSide) {
        int compared = compared();
        return compared == 0 ? null : 100.0 * matched(bearingSide) / compared;
    }
}
