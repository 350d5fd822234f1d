package org.bearing.engine.bench;

import java.util.Locale;
import java.util.SplittableRandom;

import org.bearing.engine.risk.CorrelationGroup;
import org.bearing.engine.risk.Distribution;
import org.bearing.engine.risk.MonteCarloSimulation;
import org.bearing.engine.risk.RiskEvent;
import org.bearing.engine.risk.RiskModel;
import org.bearing.engine.risk.SimulationOptions;
import org.bearing.engine.risk.SimulationResult;
import org.bearing.engine.risk.ThreePointEstimate;
import org.bearing.engine.schedule.CriticalPathRerun;
import org.bearing.engine.schedule.ScheduleNetwork;

/**
 * Timing of the Monte Carlo simulation on a generated network with calendars (what {@code bearing bench
 * montecarlo} runs): every work task gets a three-point estimate (planned -10 % / +25 %, mostly triangular,
 * some Beta-PERT and lognormal) and a cost rate, two correlation groups, five risk events and the first
 * milestones reported.
 */
public final class MonteCarloBench {

    /**
     * Figures of one run: network size, iterations, threads, wall time, iterations per second, and the P50 and
     * P80 project finish in working days (480 min) from the project start.
     */
    public record Result(int tasks, int links, int iterations, int threads, double ms, double iterationsPerSecond,
            SimulationResult result) {

        public double p50Days() {
            return result.finishWorkingMinutesPercentile(50) / 480.0;
        }

        public double p80Days() {
            return result.finishWorkingMinutesPercentile(80) / 480.0;
        }
    }

    private MonteCarloBench() {
    }

    /** The risk model of the benchmark on a generated network (reproducible from {@code seed}). */
    public static RiskModel model(ScheduleNetwork network, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5EEDL);
        RiskModel.Builder b = RiskModel.builder(network);
        int n = network.taskCount();
        int[] work = new int[n];
        int w = 0;
        int milestones = 0;
        for (int i = 0; i < n; i++) {
            if (network.isSummary(i)) {
                continue;
            }
            long d = network.duration(i);
            if (d == 0) {
                if (milestones++ < 5) {
                    b.milestone(i);
                }
                continue;
            }
            work[w++] = i;
            int kind = rnd.nextInt(10);
            ThreePointEstimate.Shape shape = kind < 7 ? ThreePointEstimate.Shape.TRIANGULAR
                    : kind < 9 ? ThreePointEstimate.Shape.PERT : ThreePointEstimate.Shape.LOGNORMAL;
            b.estimate(i, ThreePointEstimate.around(d, -0.10, 0.25, shape));
            b.cost(i, null, 1.5);
        }
        int groupSize = Math.min(50, w / 4);
        if (groupSize >= 2) {
            int[] g1 = new int[groupSize];
            int[] g2 = new int[groupSize];
            for (int j = 0; j < groupSize; j++) {
                g1[j] = work[2 * j];
                g2[j] = work[2 * j + 1];
            }
            b.correlate(new CorrelationGroup("team A", 0.5, g1));
            b.correlate(new CorrelationGroup("team B", 0.3, g2));
        }
        for (int r = 0; r < 5 && w > 0; r++) {
            int[] tasks = {work[rnd.nextInt(w)], work[rnd.nextInt(w)]};
            b.risk(new RiskEvent("Risk " + (r + 1), 0.1 + 0.1 * r, tasks,
                    Distribution.triangular(480, 5 * 480, 15 * 480), Distribution.uniform(1_000, 20_000)));
        }
        return b.build();
    }

    public static Result run(ScheduleNetwork network, RiskModel model, int iterations, int threads, long seed) {
        MonteCarloSimulation sim = new MonteCarloSimulation(model);
        SimulationOptions options = SimulationOptions.of(iterations, seed, network.taskCount()).withThreads(threads);
        long t0 = System.nanoTime();
        SimulationResult r = sim.run(options);
        double ms = (System.nanoTime() - t0) / 1e6;
        return new Result(network.taskCount(), network.linkCount(), iterations, threads, ms, iterations / (ms / 1000),
                r);
    }

    /** Where {@link #parts} leaves its loops' results, so that the JIT cannot drop the work. */
    private static volatile long consumed;

    /**
     * Where one thread's time goes: seconds of thread CPU per 10,000 iterations for {@code [0]} sampling alone,
     * {@code [1]} sampling and the forward pass, {@code [2]} sampling and the full critical path (forward and
     * backward passes, float and criticality), {@code [3]} sampling, the forward pass and the longest path (the
     * default criticality), each the best of three rounds after one round of warm-up. The
     * differences are the passes' shares; Spearman ranking and result collection are not included.
     */
    public static double[] parts(ScheduleNetwork network, RiskModel model, int iterations, long seed) {
        MonteCarloSimulation sim = new MonteCarloSimulation(model);
        CriticalPathRerun rerun = new CriticalPathRerun(network);
        long[] durations = new long[network.taskCount()];
        long[] onPath = new long[network.taskCount()];
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int round = 0; round < 4; round++) {
            for (int part = 0; part < best.length; part++) {
                long t0 = mx.getCurrentThreadCpuTime();
                for (int k = 0; k < iterations; k++) {
                    sim.sample(seed, k, durations);
                    if (part == 1) {
                        rerun.runForward(durations);
                    } else if (part == 2) {
                        rerun.run(durations);
                    } else if (part == 3) {
                        rerun.runForward(durations);
                        rerun.countLongestPath(onPath);
                    }
                    sink += part > 0 ? rerun.projectFinish() : durations[k % durations.length];
                }
                double perTenThousand = (mx.getCurrentThreadCpuTime() - t0) / 1e9 * 10_000 / iterations;
                if (round > 0) {
                    best[part] = Math.min(best[part], perTenThousand);
                }
            }
        }
        consumed = sink + onPath[0];
        return best;
    }

    /**
     * {@code MonteCarloBench [tasks] [iterations] [threads] [seed] [--parts]}: warms up, then prints one line of
     * figures; with {@code --parts} one thread's CPU split between sampling and the passes ({@link #parts}).
     */
    public static void main(String[] args) {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        ScheduleNetwork network = new NetworkGenerator(seed).generate(tasks);
        RiskModel model = model(network, seed);
        if (args.length > 4 && args[4].equals("--parts")) {
            double[] p = parts(network, model, iterations, seed);
            System.out.println(String.format(Locale.ROOT, "tasks=%d one thread, CPU s per 10,000 iterations: "
                    + "sampling %.2f, sampling+forward %.2f, sampling+forward+backward %.2f, "
                    + "sampling+forward+longest path %.2f", network.taskCount(), p[0], p[1], p[2], p[3]));
            return;
        }
        run(network, model, Math.max(50, iterations / 10), threads, seed);
        long cpu0 = processCpuNanos();
        Result r = run(network, model, iterations, threads, seed);
        double cpuMs = (processCpuNanos() - cpu0) / 1e6;
        System.out.println(String.format(Locale.ROOT, "tasks=%d iterations=%d threads=%d ms=%.1f cpuMs=%.1f it/s=%.1f "
                + "P50=%.2fd P80=%.2fd digest=%x", r.tasks(), r.iterations(), r.threads(), r.ms(), cpuMs,
                r.iterationsPerSecond(), r.p50Days(), r.p80Days(), r.result().digest()));
    }

    /** CPU time of the whole process (all threads, JIT and GC included), or 0 if the JVM does not say. */
    public static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
