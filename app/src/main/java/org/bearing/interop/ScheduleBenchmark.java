package org.bearing.interop;

import java.util.Arrays;
import org.mpxj.ProjectFile;

/**
 * Times Bearing's scheduler against MPXJ's {@code MicrosoftScheduler} on the same generated network
 * ({@link BenchNetworkGenerator}). Bearing's time is the median of several runs after warm-up; MPXJ runs once after
 * a warm-up on a small network, since one run at 100,000 tasks takes seconds.
 * Speed ratio = MPXJ ms per task / Bearing ms per task (equal to MPXJ ms / Bearing ms when both schedule the same
 * number of tasks).
 */
public final class ScheduleBenchmark {

    /** One side: tasks scheduled, scheduling time, heap retained by the scheduled network (approximate). */
    public record Side(String scheduler, int tasks, int links, double millis, long memoryBytes, int runs) { }

    /**
     * @param peerCapped true when MPXJ scheduled a smaller network than Bearing ({@code --peer-tasks}); the ratio is
     *                   then per task, assuming MPXJ's time grows at least linearly with the task count
     */
    public record Result(long seed, Side bearing, Side mpxj, Double speedRatio, boolean peerCapped, String note) { }

    private ScheduleBenchmark() {
    }

    /**
     * @param tasks     leaf tasks Bearing schedules
     * @param peerTasks leaf tasks MPXJ schedules (0 skips MPXJ)
     * @param runs      measured Bearing runs (median reported)
     */
    public static Result run(Rescheduler bearing, int tasks, int peerTasks, long seed, int runs) {
        Side bearingSide = bearing == null ? null : bearing(bearing, tasks, seed, runs);
        Side mpxjSide = peerTasks <= 0 ? null : mpxj(peerTasks, seed);
        Double ratio = null;
        if (bearingSide != null && mpxjSide != null && bearingSide.millis() > 0) {
            ratio = (mpxjSide.millis() / mpxjSide.tasks()) / (bearingSide.millis() / bearingSide.tasks());
        }
        boolean capped = mpxjSide != null && peerTasks != tasks;
        String note = bearing == null ? "Bearing's scheduling engine is not available in this build" : null;
        if (capped) {
            note = "MPXJ scheduled " + peerTasks + " tasks (--peer-tasks), Bearing " + tasks
                    + "; the speed ratio compares time per task";
        }
        return new Result(seed, bearingSide, mpxjSide, ratio, capped, note);
    }

    private static Side bearing(Rescheduler bearing, int tasks, long seed, int runs) {
        ImportedSchedule network = BenchNetworkGenerator.generate(Math.min(tasks, 2000), seed);
        for (int i = 0; i < 5; i++) {
            bearing.schedule(network);
        }
        network = BenchNetworkGenerator.generate(tasks, seed);
        long before = usedHeap();
        double[] millis = new double[Math.max(1, runs)];
        Object keep = null;
        for (int i = 0; i < millis.length; i++) {
            long t0 = System.nanoTime();
            keep = bearing.schedule(network);
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        long memory = Math.max(0, usedHeap() - before);
        Arrays.sort(millis);
        if (keep == null) {
            throw new IllegalStateException("no result");
        }
        return new Side(bearing.name(), tasks, network.links().size(), millis[millis.length / 2], memory,
                millis.length);
    }

    private static Side mpxj(int tasks, long seed) {
        ImportedSchedule warm = BenchNetworkGenerator.generate(Math.min(tasks, 500), seed);
        MpxjPeerScheduler.scheduleMicrosoft(MpxjProjectBuilder.build(warm), warm.projectStart());
        ImportedSchedule network = BenchNetworkGenerator.generate(tasks, seed);
        long before = usedHeap();
        ProjectFile project = MpxjProjectBuilder.build(network);
        MpxjPeerScheduler.Run run = MpxjPeerScheduler.scheduleMicrosoft(project, network.projectStart());
        long memory = Math.max(0, usedHeap() - before);
        if (run.dates().isEmpty()) {
            throw new IllegalStateException("MPXJ scheduled nothing");
        }
        return new Side("MPXJ " + run.scheduler(), tasks, network.links().size(), run.nanos() / 1e6, memory, 1);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
