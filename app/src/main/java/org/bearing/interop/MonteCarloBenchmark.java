package org.bearing.interop;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.engine.bench.MonteCarloBench;
import org.bearing.engine.bench.NetworkGenerator;
import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.risk.Criticality;
import org.bearing.engine.risk.MonteCarloSimulation;
import org.bearing.engine.risk.RiskDriver;
import org.bearing.engine.risk.RiskModel;
import org.bearing.engine.risk.SimulationOptions;
import org.bearing.engine.risk.SimulationResult;
import org.bearing.engine.schedule.ScheduleNetwork;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.cpm.MicrosoftScheduler;

/**
 * Times Bearing's Monte Carlo simulation ({@link MonteCarloSimulation}) and, in the same run, Monte Carlo the way a
 * Java user would do it today: set the sampled durations on an MPXJ {@link ProjectFile} and reschedule it with
 * {@code MicrosoftScheduler} once per iteration. The main figure runs on the engine's generated network with four
 * calendars ({@link NetworkGenerator}); the peer comparison on a one-calendar network both tools can schedule
 * ({@link BenchNetworkGenerator}), where MPXJ replays Bearing's first iterations with exactly the same durations.
 * Iterations/s ratio = Bearing (1 thread) iterations/s / MPXJ iterations/s; on the peer network Bearing counts
 * criticality by total float, which needs the backward pass MPXJ's scheduler also runs. The risk tornado
 * ({@link MonteCarloSimulation#riskDrivers}) and reading every report figure are timed apart from the simulation.
 */
public final class MonteCarloBenchmark {

    /**
     * The main run on the generated network with calendars; {@code processCpuMs} is the CPU time the process used
     * during the run (on a machine shared with other work, wall time overstates the cost); {@code digest} is {@link SimulationResult#digest()}
     * in hex, equal for equal seeds whatever the thread count; {@code tornadoMs} the risk tornado at P80 after
     * the run, {@code reportMs} reading every report figure, {@code peakHeapMb} the heap pools' peak during them;
     * {@code criticality} what the criticality index counted (the longest path needs no backward pass).
     */
    public record Main(int tasks, int links, int iterations, int threads, long seed, Criticality criticality,
                       double ms, double processCpuMs,
                       double iterationsPerSecond, LocalDateTime deterministicFinish, LocalDateTime p50Finish,
                       LocalDateTime p80Finish, double p50WorkingDays, double p80WorkingDays, String digest,
                       double tornadoMs, double tornadoProcessCpuMs, double reportMs, double peakHeapMb,
                       String topRiskDriver) { }

    /**
     * The peer comparison: Bearing on 1 and on {@code threads} threads, MPXJ on fewer iterations, and the share
     * of MPXJ's iterations whose project finish equals Bearing's for the same sampled durations.
     */
    public record Peer(int tasks, int bearingIterations, double bearingIterationsPerSecond,
                       double bearingIterationsPerSecondAllThreads, int mpxjIterations, double mpxjMs,
                       double mpxjIterationsPerSecond, double ratio, double ratioAllThreads,
                       double finishAgreementPercent) { }

    public record Result(Main bearing, Peer peer) { }

    private MonteCarloBenchmark() {
    }

    /**
     * @param peerTasks      leaf tasks of the peer network (0 skips the peer)
     * @param peerIterations MPXJ iterations (Bearing runs 10x as many, at least 1000, on the peer network)
     */
    public static Result run(int tasks, int iterations, int threads, long seed, int peerTasks, int peerIterations) {
        return run(tasks, iterations, threads, seed, peerTasks, peerIterations, Criticality.LONGEST_PATH);
    }

    /** As {@link #run(int, int, int, long, int, int)} with the main run's criticality index counted as given. */
    public static Result run(int tasks, int iterations, int threads, long seed, int peerTasks, int peerIterations,
            Criticality criticality) {
        ScheduleNetwork network = new NetworkGenerator(seed).generate(tasks);
        RiskModel model = MonteCarloBench.model(network, seed);
        MonteCarloSimulation sim = new MonteCarloSimulation(model);
        // warm-up: compiles the CPM and sampling paths before timing
        sim.run(SimulationOptions.of(Math.max(20, Math.min(iterations, 200_000 / tasks)), seed + 1, tasks)
                .withThreads(threads).withCriticality(criticality));
        SimulationOptions options = SimulationOptions.of(iterations, seed, tasks).withThreads(threads)
                .withCriticality(criticality);
        System.gc();
        resetPeakHeap();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        SimulationResult r = sim.run(options);
        double ms = (System.nanoTime() - t0) / 1e6;
        double cpuMs = (processCpuNanos() - cpu0) / 1e6;
        // the tornado (risk events switched off one at a time) and the report figures, timed apart
        long cpu1 = processCpuNanos();
        long t1 = System.nanoTime();
        List<RiskDriver> drivers = sim.riskDrivers(r, 80);
        double tornadoMs = (System.nanoTime() - t1) / 1e6;
        double tornadoCpuMs = (processCpuNanos() - cpu1) / 1e6;
        long t2 = System.nanoTime();
        report(r, model, network.taskCount());
        double reportMs = (System.nanoTime() - t2) / 1e6;
        Main main = new Main(network.taskCount(), network.linkCount(), iterations, threads, seed, criticality, ms, cpuMs,
                iterations / (ms / 1000), WallClock.dateTime(r.deterministicFinish()),
                WallClock.dateTime(r.finishPercentile(50)), WallClock.dateTime(r.finishPercentile(80)),
                r.finishWorkingMinutesPercentile(50) / 480.0, r.finishWorkingMinutesPercentile(80) / 480.0,
                Long.toHexString(r.digest()), tornadoMs, tornadoCpuMs, reportMs, peakHeapBytes() / 1048576.0,
                drivers.isEmpty() ? null : drivers.get(0).risk());
        Peer peer = peerTasks > 0 && peerIterations > 0 ? peer(peerTasks, peerIterations, threads, seed) : null;
        return new Result(main, peer);
    }

    private static Peer peer(int tasks, int mpxjIterations, int threads, long seed) {
        ImportedSchedule imported = BenchNetworkGenerator.generate(tasks, seed);
        EngineNetworkMapper.Mapped mapped = EngineNetworkMapper.map(imported);
        ScheduleNetwork network = mapped.network();
        MonteCarloSimulation sim = new MonteCarloSimulation(MonteCarloBench.model(network, seed));
        int bearingIterations = Math.max(1000, 10 * mpxjIterations);
        // total float criticality: the backward pass MPXJ's scheduler runs too
        SimulationOptions options = SimulationOptions.of(bearingIterations, seed, network.taskCount())
                .withCriticality(Criticality.TOTAL_FLOAT);
        sim.run(options.withThreads(1));
        long t0 = System.nanoTime();
        SimulationResult one = sim.run(options.withThreads(1));
        double oneMs = (System.nanoTime() - t0) / 1e6;
        long t1 = System.nanoTime();
        sim.run(options.withThreads(threads));
        double allMs = (System.nanoTime() - t1) / 1e6;

        ProjectFile project = MpxjProjectBuilder.build(imported);
        Map<Integer, Task> byUniqueId = new HashMap<>();
        for (Task t : project.getTasks()) {
            byUniqueId.put(t.getUniqueID(), t);
        }
        long[] durations = new long[network.taskCount()];
        MicrosoftScheduler scheduler = new MicrosoftScheduler();
        // warm-up on the planned durations
        schedule(scheduler, project, imported.projectStart());
        int same = 0;
        long t2 = System.nanoTime();
        for (int k = 0; k < mpxjIterations; k++) {
            sim.sample(seed, k, durations);
            for (int i = 0; i < durations.length; i++) {
                if (!network.isSummary(i)) {
                    Task task = byUniqueId.get(mapped.uniqueIds()[i]);
                    Duration d = Duration.getInstance((double) durations[i], TimeUnit.MINUTES);
                    task.setDuration(d);
                    task.setRemainingDuration(d);
                }
            }
            long finish = schedule(scheduler, project, imported.projectStart());
            if (finish == one.finish(k)) {
                same++;
            }
        }
        double mpxjMs = (System.nanoTime() - t2) / 1e6;
        double bearingRate = bearingIterations / (oneMs / 1000);
        double bearingAllRate = bearingIterations / (allMs / 1000);
        double mpxjRate = mpxjIterations / (mpxjMs / 1000);
        return new Peer(network.taskCount(), bearingIterations, bearingRate, bearingAllRate, mpxjIterations, mpxjMs,
                mpxjRate, bearingRate / mpxjRate, bearingAllRate / mpxjRate, 100.0 * same / mpxjIterations);
    }

    /**
     * Reads every output a risk report shows: milestone and cost percentiles, histograms, criticality, Spearman
     * sensitivity and duration sensitivity of every task.
     */
    private static double report(SimulationResult r, RiskModel model, int tasks) {
        double sum = r.costPercentile(50) + r.costPercentile(80) + r.finishHistogram(40).counts().length
                + r.costHistogram(40).counts().length;
        for (int j = 0; j < model.milestones().length; j++) {
            sum += r.milestonePercentile(j, 80);
        }
        for (int i = 0; i < tasks; i++) {
            sum += r.criticality(i) + r.spearman(i) + r.durationSensitivity(i);
        }
        sum += r.mostCriticalTasks(20).size() + r.mostSensitiveTasks(20).size();
        return sum;
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since {@link #resetPeakHeap()} (an upper bound of the peak heap). */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** CPU time of the whole process (all threads, JIT and GC included), or -1e6 if the JVM does not say. */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1_000_000;
    }

    /** Schedules with MPXJ and returns the project finish: the latest finish of a non-summary task. */
    private static long schedule(MicrosoftScheduler scheduler, ProjectFile project, LocalDateTime start) {
        try {
            scheduler.schedule(project, start);
        } catch (Exception e) {
            throw new IllegalStateException("MPXJ MicrosoftScheduler failed: " + e.getMessage(), e);
        }
        long finish = Long.MIN_VALUE;
        for (Task t : project.getTasks()) {
            if (!t.getSummary() && t.getFinish() != null) {
                finish = Math.max(finish, WallClock.minutes(t.getFinish()));
            }
        }
        return finish;
    }
}
