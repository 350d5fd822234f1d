package org.bearing.interop;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import org.bearing.engine.schedule.CriticalPathScheduler;
import org.bearing.engine.schedule.Schedule;
import org.mpxj.ProjectFile;

/**
 * Times Bearing's critical-path scheduler against MPXJ's {@code MicrosoftScheduler} on the same generated network
 * ({@link BenchNetworkGenerator}). Both sides time scheduling alone: Bearing's {@code CriticalPathScheduler.schedule}
 * on a built network, MPXJ's {@code schedule} on a built {@code ProjectFile}; building is timed separately.
 * Bearing's time is the median of several runs after warm-up; MPXJ runs once after a warm-up on a small network,
 * since one run at 100,000 tasks takes seconds.
 * Speed ratio = MPXJ ms per task / Bearing ms per task (= MPXJ ms / Bearing ms when both schedule the same network),
 * by wall time and by CPU time of the scheduling thread (the latter is steadier on a shared machine).
 */
public final class ScheduleBenchmark {

    /**
     * One side: tasks (leaves and summaries) scheduled, scheduling wall time and CPU time of the scheduling thread
     * (medians for Bearing), building time, heap retained by the built and scheduled network (approximate, after GC).
     */
    public record Side(String scheduler, int tasks, int links, double millis, double cpuMillis, double buildMillis,
                       long memoryBytes, int runs) { }

    /**
     * @param peerCapped   true when MPXJ scheduled a smaller network than Bearing ({@code --peer-tasks})
     * @param agreementPercent % of tasks on which Bearing and MPXJ agree on every field MPXJ computes (within a
     *                     minute) when both scheduled the same network; null otherwise
     */
    public record Result(int leafTasks, long seed, Side bearing, Side mpxj, Double speedRatio, Double cpuSpeedRatio,
                         boolean peerCapped, Double agreementPercent, String note) { }

    private ScheduleBenchmark() {
    }

    /**
     * @param tasks     leaf tasks Bearing schedules
     * @param peerTasks leaf tasks MPXJ schedules (0 skips MPXJ)
     * @param runs      measured Bearing runs (median reported)
     */
    public static Result run(int tasks, int peerTasks, long seed, int runs) {
        ImportedSchedule network = BenchNetworkGenerator.generate(tasks, seed);
        BearingRun bearing = bearing(network, runs);
        Side mpxjSide = null;
        Double agreement = null;
        if (peerTasks > 0) {
            ImportedSchedule peerNetwork = peerTasks == tasks ? network : BenchNetworkGenerator.generate(peerTasks, seed);
            MpxjRun mpxj = mpxj(peerNetwork, seed);
            mpxjSide = mpxj.side();
            if (peerTasks == tasks) {
                agreement = agreement(bearing.dates(), mpxj.dates());
            }
        }
        Double ratio = null;
        Double cpuRatio = null;
        if (mpxjSide != null && bearing.side().millis() > 0) {
            ratio = (mpxjSide.millis() / mpxjSide.tasks()) / (bearing.side().millis() / bearing.side().tasks());
        }
        if (mpxjSide != null && bearing.side().cpuMillis() > 0 && mpxjSide.cpuMillis() > 0) {
            cpuRatio = (mpxjSide.cpuMillis() / mpxjSide.tasks()) / (bearing.side().cpuMillis() / bearing.side().tasks());
        }
        boolean capped = mpxjSide != null && peerTasks != tasks;
        String note = capped ? "MPXJ scheduled " + peerTasks + " leaf tasks (--peer-tasks), Bearing " + tasks
                + "; the speed ratio compares time per task" : null;
        return new Result(tasks, seed, bearing.side(), mpxjSide, ratio, cpuRatio, capped, agreement, note);
    }

    private record BearingRun(Side side, Map<Integer, TaskDates> dates) { }

    private record MpxjRun(Side side, Map<Integer, TaskDates> dates) { }

    private static BearingRun bearing(ImportedSchedule network, int runs) {
        CriticalPathScheduler scheduler = new CriticalPathScheduler();
        ImportedSchedule warm = BenchNetworkGenerator.generate(Math.min(network.tasks().size(), 2000), 1);
        EngineNetworkMapper.Mapped warmMapped = EngineNetworkMapper.map(warm);
        for (int i = 0; i < 20; i++) {
            scheduler.schedule(warmMapped.network());
        }
        long before = usedHeap();
        long t0 = System.nanoTime();
        EngineNetworkMapper.Mapped mapped = EngineNetworkMapper.map(network);
        double buildMillis = (System.nanoTime() - t0) / 1e6;
        double[] millis = new double[Math.max(1, runs)];
        double[] cpu = new double[millis.length];
        Schedule schedule = null;
        for (int i = 0; i < millis.length; i++) {
            long c0 = cpuNanos();
            long s0 = System.nanoTime();
            schedule = scheduler.schedule(mapped.network());
            millis[i] = (System.nanoTime() - s0) / 1e6;
            cpu[i] = (cpuNanos() - c0) / 1e6;
        }
        long memory = Math.max(0, usedHeap() - before);
        Arrays.sort(millis);
        Arrays.sort(cpu);
        Map<Integer, TaskDates> dates = EngineRescheduler.dates(mapped, schedule);
        return new BearingRun(new Side("Bearing", mapped.network().taskCount(), mapped.network().linkCount(),
                millis[millis.length / 2], cpu[cpu.length / 2], buildMillis, memory, millis.length), dates);
    }

    private static MpxjRun mpxj(ImportedSchedule network, long seed) {
        ImportedSchedule warm = BenchNetworkGenerator.generate(Math.min(network.tasks().size(), 500), seed);
        MpxjPeerScheduler.scheduleMicrosoft(MpxjProjectBuilder.build(warm), warm.projectStart());
        long before = usedHeap();
        long t0 = System.nanoTime();
        ProjectFile project = MpxjProjectBuilder.build(network);
        double buildMillis = (System.nanoTime() - t0) / 1e6;
        long c0 = cpuNanos();
        MpxjPeerScheduler.Run run = MpxjPeerScheduler.scheduleMicrosoft(project, network.projectStart());
        double cpuMillis = (cpuNanos() - c0) / 1e6;
        long memory = Math.max(0, usedHeap() - before);
        return new MpxjRun(new Side("MPXJ " + run.scheduler(), run.dates().size(), network.links().size(),
                run.nanos() / 1e6, cpuMillis, buildMillis, memory, 1), run.dates());
    }

    /** % of MPXJ's tasks on which Bearing agrees on every field. */
    private static double agreement(Map<Integer, TaskDates> bearing, Map<Integer, TaskDates> mpxj) {
        int same = 0;
        for (TaskDates expected : mpxj.values()) {
            if (TaskDatesComparison.mismatchedFields(expected, bearing.get(expected.uniqueId()),
                    MpxjPeerScheduler.NOT_COMPUTED_FIELDS).isEmpty()) {
                same++;
            }
        }
        return mpxj.isEmpty() ? 0 : 100.0 * same / mpxj.size();
    }

    /** CPU time of this thread: unlike wall time, not inflated when other processes share the cores. */
    private static long cpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
