package org.bearing.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

import org.bearing.engine.schedule.CriticalPathScheduler;
import org.bearing.engine.schedule.Schedule;
import org.bearing.engine.schedule.ScheduleNetwork;

/**
 * Plain-Java timing of the critical path scheduler on a generated network (what {@code bearing bench schedule
 * --tasks N --json} runs): builds the network once, then runs forward + backward pass (with calendars, float
 * and warnings) a few times after warm-up and reports the best and median wall time and the heap in use.
 */
public final class ScheduleBench {

    /**
     * Figures of one benchmark run: task and link counts, network build time (generation and topological sort),
     * best and median wall time and best thread CPU time of a full schedule, best wall and CPU time of
     * rescheduling after a one-task duration edit, heap used with network and schedule alive (after GC), the
     * number of warnings and the project length in minutes as a sanity check.
     */
    public record Result(int tasks, int links, double buildMs, double scheduleMsBest, double scheduleMsMedian,
            double scheduleCpuMsBest, double rescheduleAfterEditMs, double rescheduleAfterEditCpuMs, long heapUsedBytes,
            int runs, int warnings, long projectFinishMinutes) {

        public String toJson() {
            return String.format(Locale.ROOT, "{\"benchmark\":\"schedule\",\"tasks\":%d,\"links\":%d,\"buildMs\":%.3f,"
                    + "\"ms\":%.3f,\"scheduleMsMedian\":%.3f,\"scheduleCpuMsBest\":%.3f,\"rescheduleAfterEditMs\":%.3f,"
                    + "\"rescheduleAfterEditCpuMs\":%.3f,\"memoryBytes\":%d,\"runs\":%d,\"warnings\":%d,\"projectFinishMinutes\":%d}", tasks, links, buildMs,
                    scheduleMsBest, scheduleMsMedian, scheduleCpuMsBest, rescheduleAfterEditMs, rescheduleAfterEditCpuMs,
                    heapUsedBytes, runs, warnings,
                    projectFinishMinutes);
        }
    }

    private ScheduleBench() {
    }

    /** Runs the benchmark with warm-up runs (about 2 million tasks' worth, at least 3) and 5 measured runs. */
    public static Result run(int tasks, long seed) {
        return run(tasks, seed, Math.max(3, 2_000_000 / tasks), 5);
    }

    public static Result run(int tasks, long seed, int warmups, int runs) {
        long t0 = System.nanoTime();
        ScheduleNetwork network = new NetworkGenerator(seed).generate(tasks);
        double buildMs = (System.nanoTime() - t0) / 1e6;
        CriticalPathScheduler scheduler = new CriticalPathScheduler();
        Schedule last = null;
        for (int i = 0; i < warmups; i++) {
            last = scheduler.schedule(network);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        double[] times = new double[runs];
        double cpuBest = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long c = cpu ? threads.getCurrentThreadCpuTime() : 0;
            long s = System.nanoTime();
            last = scheduler.schedule(network);
            times[i] = (System.nanoTime() - s) / 1e6;
            cpuBest = Math.min(cpuBest, cpu ? (threads.getCurrentThreadCpuTime() - c) / 1e6 : times[i]);
        }
        Arrays.sort(times);
        // one edit = copy-on-write of the edited attribute (topology reused) + a full re-run; best of several
        int editRuns = Math.max(3, Math.min(20, 2_000_000 / tasks));
        double editMs = Double.MAX_VALUE;
        double editCpuMs = Double.MAX_VALUE;
        Schedule after = null;
        for (int i = 0; i < editRuns; i++) {
            int edited = (int) ((tasks / 2 + 7919L * i) % tasks);
            long c = cpu ? threads.getCurrentThreadCpuTime() : 0;
            long e = System.nanoTime();
            ScheduleNetwork edit = network.withDuration(edited, network.duration(edited) + 480);
            after = scheduler.schedule(edit);
            double wall = (System.nanoTime() - e) / 1e6;
            editMs = Math.min(editMs, wall);
            editCpuMs = Math.min(editCpuMs, cpu ? (threads.getCurrentThreadCpuTime() - c) / 1e6 : wall);
        }
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap = rt.totalMemory() - rt.freeMemory();
        if (after.taskCount() != tasks) {
            throw new IllegalStateException("rescheduled network lost tasks");
        }
        return new Result(tasks, network.linkCount(), buildMs, times[0], times[runs / 2], cpuBest, editMs, editCpuMs, heap, runs,
                last.warnings().size(), last.projectFinish() - last.projectStart());
    }

    /** {@code java -cp bearing-engine.jar org.bearing.engine.bench.ScheduleBench [tasks] [seed]} prints JSON. */
    public static void main(String[] args) {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        System.out.println(run(tasks, seed).toJson());
    }
}
