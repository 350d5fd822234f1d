package org.bearing.engine.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.bearing.engine.calendar.WorkCalendar;
import org.bearing.engine.schedule.CriticalPathRerun;
import org.bearing.engine.schedule.ScheduleNetwork;

/**
 * Monte Carlo simulation of schedule and cost risk: K iterations, each sampling durations, costs and risk
 * events from a {@link RiskModel} and running the critical path method ({@link CriticalPathRerun}: forward pass
 * and longest path trace, or with the {@link Criticality#TOTAL_FLOAT} criticality the backward pass too; the
 * compiled network is shared, each thread re-uses one set of arrays). Iterations run in parallel in chunks;
 * each iteration's results are stored by its index and integer counters are summed, so results are identical
 * for any thread count.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MonteCarloSimulation {

    private static final int CHUNK = 16;

    private final RiskModel model;
    private final IterationSampler sampler;
    private final int[] varying;
    /** Source of the calendar tables every worker's re-run shares (never run itself after construction). */
    private final CriticalPathRerun prototype;

    public MonteCarloSimulation(RiskModel model) {
        this.model = model;
        this.prototype = new CriticalPathRerun(model.network);
        this.sampler = new IterationSampler(model);
        ScheduleNetwork net = model.network;
        boolean[] v = new boolean[net.taskCount()];
        for (int i = 0; i < v.length; i++) {
            v[i] = model.duration[i] != null;
        }
        for (RiskEvent r : model.risks) {
            for (int t : r.tasks()) {
                v[t] = true;
            }
        }
        int count = 0;
        for (boolean b : v) {
            count += b ? 1 : 0;
        }
        varying = new int[count];
        for (int i = 0, j = 0; i < v.length; i++) {
            if (v[i]) {
                varying[j++] = i;
            }
        }
    }

    public RiskModel model() {
        return model;
    }

    /**
     * The durations (working minutes, into {@code durations}) and returns the cost that iteration k of a run
     * with this seed samples: lets a peer scheduler replay exactly the simulation's iterations.
     */
    public double sample(long seed, int k, long[] durations) {
        if (durations.length != model.network.taskCount()) {
            throw new IllegalArgumentException("expected " + model.network.taskCount() + " durations, got "
                    + durations.length);
        }
        return sampler.sample(seed, k, durations, new double[sampler.groupCount()], -1, null);
    }

    /** The project finish with the planned durations (on the prototype's calendar tables, built once). */
    private long deterministicFinish() {
        CriticalPathRerun planned = new CriticalPathRerun(prototype);
        planned.run(planned.plannedDurations());
        return planned.projectFinish();
    }

    /** Runs the simulation: percentiles, histograms, criticality and sensitivity. */
    public SimulationResult run(SimulationOptions options) {
        Pass pass = new Pass(options, -1, true);
        pass.execute();
        double[] spearman = spearman(pass, options.threads());
        return new SimulationResult(model, options, pass.finish, pass.workingDuration, pass.cost, pass.milestoneFinish,
                pass.critical, pass.durationSum, pass.durationSumSq, pass.riskOccurrences, pass.occurrenceBits, varying,
                spearman, deterministicFinish());
    }

    /**
     * The risk tornado: for each risk event, the simulation again with that event switched off (same seed and
     * options as {@code base}), and the fall of the given percentile of finish and cost. Sorted by finish
     * shift, then cost shift, largest first. An iteration in which the event does not occur samples exactly the
     * same durations and cost with the event switched off, so only the iterations where it occurs (recorded by
     * {@code base}) are scheduled again (the others take {@code base}'s figures): about probability x K forward
     * critical path runs per event. Each such iteration is drawn once for all events ({@link
     * IterationSampler#sampleEvents}), then scheduled once per event that occurred in it, with that event off.
     */
    public List<RiskDriver> riskDrivers(SimulationResult base, double percentile) {
        return riskDrivers(base, percentile, true);
    }

    /**
     * {@link #riskDrivers(SimulationResult, double)}; without {@code reuse} every iteration is sampled and
     * scheduled again, one pass per event (the reference the shortcuts are checked against).
     */
    List<RiskDriver> riskDrivers(SimulationResult base, double percentile, boolean reuse) {
        List<RiskDriver> out = new ArrayList<>();
        long baseFinish = base.finishWorkingMinutesPercentile(percentile);
        double baseCost = base.costPercentile(percentile);
        int risks = sampler.riskCount();
        int k = base.iterations();
        // events in batches whose per-iteration figures take at most about 32 MB
        int batch = Math.max(1, Math.min(risks, 2_000_000 / k));
        for (int from = 0; from < risks; from += batch) {
            int to = Math.min(risks, from + batch);
            double[][] costs = new double[to - from][k];
            long[][] durations = new long[to - from][];
            if (reuse) {
                durations = workingDurationsWithout(base, from, to, costs);
            } else {
                for (int r = from; r < to; r++) {
                    durations[r - from] = rerunWithout(base, r, costs[r - from]);
                }
            }
            for (int r = from; r < to; r++) {
                long finish = SimulationResult.percentile(sorted(durations[r - from]), percentile);
                double cost = SimulationResult.percentile(sorted(costs[r - from]), percentile);
                out.add(new RiskDriver(model.risks.get(r).name(), r, base.riskOccurrence(r), baseFinish - finish,
                        baseCost - cost));
            }
        }
        out.sort(Comparator.comparingLong(RiskDriver::finishShiftMinutes).reversed()
                .thenComparing(Comparator.comparingDouble(RiskDriver::costShift).reversed()));
        return out;
    }

    /**
     * The project duration (working minutes) of every iteration of {@code base}'s options with risk event r
     * switched off, every iteration sampled and scheduled again; each iteration's cost into {@code costs}.
     */
    long[] rerunWithout(SimulationResult base, int r, double[] costs) {
        Pass without = new Pass(base.options(), r, false);
        without.execute();
        System.arraycopy(without.cost, 0, costs, 0, costs.length);
        return without.workingDuration;
    }

    /**
     * As {@link #rerunWithout} for the events {@code from..to-1} at once ([event - from][iteration]), scheduling
     * only the iterations where the event occurred in {@code base}.
     */
    long[][] workingDurationsWithout(SimulationResult base, int from, int to, double[][] costs) {
        Tornado tornado = new Tornado(base, from, to, costs);
        parallel(base.options().threads(), base.iterations(), () -> tornado.new Worker());
        return tornado.workingDuration;
    }

    private static long[] sorted(long[] a) {
        long[] c = a.clone();
        java.util.Arrays.sort(c);
        return c;
    }

    private static double[] sorted(double[] a) {
        double[] c = a.clone();
        java.util.Arrays.sort(c);
        return c;
    }

    /** One set of K iterations, optionally with one risk event switched off. */
    private final class Pass {
        final SimulationOptions options;
        final int disabledRisk;
        final boolean full;
        final long[] finish;
        final long[] workingDuration;
        final double[] cost;
        final long[][] milestoneFinish;
        final int sensitivityIterations;
        final float[] sample;
        long[] critical;
        long[] durationSum;
        long[] durationSumSq;
        long[] riskOccurrences;
        /** Full pass: which risk events occurred per iteration (as {@link SimulationResult}'s occurrenceBits). */
        final long[] occurrenceBits;
        final int occurrenceWords;

        Pass(SimulationOptions options, int disabledRisk, boolean full) {
            this.options = options;
            this.disabledRisk = disabledRisk;
            this.full = full;
            int k = options.iterations();
            finish = new long[k];
            workingDuration = new long[k];
            cost = new double[k];
            milestoneFinish = new long[full ? model.milestones.length : 0][k];
            sensitivityIterations = full ? Math.min(k, options.sensitivityIterations()) : 0;
            sample = new float[Math.multiplyExact(varying.length, sensitivityIterations)];
            occurrenceWords = (sampler.riskCount() + 63) >>> 6;
            occurrenceBits = new long[full ? Math.multiplyExact(k, occurrenceWords) : 0];
        }

        void execute() {
            int n = model.network.taskCount();
            List<Worker> workers = parallel(options.threads(), options.iterations(), Worker::new);
            critical = new long[n];
            durationSum = new long[n];
            durationSumSq = new long[n];
            riskOccurrences = new long[sampler.riskCount()];
            for (Worker w : workers) {
                for (int i = 0; i < w.critical.length; i++) {
                    critical[i] += w.critical[i];
                    durationSum[i] += w.sum[i];
                    durationSumSq[i] += w.sumSq[i];
                }
                for (int r = 0; r < riskOccurrences.length; r++) {
                    riskOccurrences[r] += w.occurrences[r];
                }
            }
        }

        /** One thread's re-used arrays and integer counters. */
        final class Worker implements java.util.function.IntConsumer {
            final CriticalPathRerun rerun = new CriticalPathRerun(prototype);
            final long[] durations = new long[model.network.taskCount()];
            final double[] groupFactor = new double[sampler.groupCount()];
            final boolean[] occurred = new boolean[sampler.riskCount()];
            final long[] critical = new long[full ? durations.length : 0];
            final long[] sum = new long[full ? durations.length : 0];
            final long[] sumSq = new long[full ? durations.length : 0];
            final long[] occurrences = new long[sampler.riskCount()];
            final long[] extra = new long[sampler.riskCount()];
            final double[] eventCost = new double[sampler.riskCount()];
            final WorkCalendar calendar = model.network.projectCalendar();
            final long start = model.network.projectStart();
            /**
             * The kept durations of this worker's current chunk of iterations, by task then iteration, written to
             * {@code sample} one run of CHUNK values per task when the chunk ends: one pass over the large
             * task-major array per chunk instead of one scattered write per task and iteration.
             */
            final float[] kept = new float[sensitivityIterations > 0 ? varying.length * CHUNK : 0];

            @Override
            public void accept(int k) {
                cost[k] = sampler.sample(options.seed(), k, durations, groupFactor, disabledRisk, occurred, extra,
                        eventCost);
                if (full && options.criticality() == Criticality.TOTAL_FLOAT) {
                    rerun.run(durations);
                } else {
                    // the longest path and the tornado need early dates only
                    rerun.runForward(durations);
                }
                long f = rerun.projectFinish();
                finish[k] = f;
                workingDuration[k] = calendar.workingBetween(start, f);
                if (!full) {
                    return;
                }
                for (int r = 0; r < occurred.length; r++) {
                    if (occurred[r]) {
                        occurrences[r]++;
                        occurrenceBits[k * occurrenceWords + (r >>> 6)] |= 1L << r;
                    }
                }
                for (int j = 0; j < milestoneFinish.length; j++) {
                    milestoneFinish[j][k] = rerun.finish(model.milestones[j]);
                }
                if (options.criticality() == Criticality.TOTAL_FLOAT) {
                    rerun.countCritical(critical);
                } else {
                    rerun.countLongestPath(critical);
                }
                for (int i : varying) {
                    long d = durations[i];
                    sum[i] += d;
                    sumSq[i] += d * d;
                }
                if (k < sensitivityIterations) {
                    keep(k);
                }
            }

            /** Keeps iteration k's durations; chunks start at multiples of CHUNK and run in one worker in order. */
            private void keep(int k) {
                int slot = k % CHUNK;
                for (int j = 0; j < varying.length; j++) {
                    kept[j * CHUNK + slot] = durations[varying[j]];
                }
                if (slot == CHUNK - 1 || k == sensitivityIterations - 1 || k == finish.length - 1) {
                    int first = k - slot;
                    for (int j = 0; j < varying.length; j++) {
                        System.arraycopy(kept, j * CHUNK, sample, j * sensitivityIterations + first, slot + 1);
                    }
                }
            }
        }
    }

    /** The risk tornado's iterations for events from..to-1 switched off one at a time (see {@link #riskDrivers}). */
    private final class Tornado {
        final SimulationResult base;
        final int from;
        final int to;
        final long[][] workingDuration;
        final double[][] cost;

        Tornado(SimulationResult base, int from, int to, double[][] cost) {
            this.base = base;
            this.from = from;
            this.to = to;
            this.cost = cost;
            workingDuration = new long[to - from][base.iterations()];
        }

        /** One thread's re-used arrays. */
        final class Worker implements java.util.function.IntConsumer {
            final CriticalPathRerun rerun = new CriticalPathRerun(prototype);
            final long[] eventFree = new long[model.network.taskCount()];
            final long[] durations = new long[model.network.taskCount()];
            final double[] groupFactor = new double[sampler.groupCount()];
            final boolean[] occurred = new boolean[sampler.riskCount()];
            final long[] extra = new long[sampler.riskCount()];
            final double[] eventCost = new double[sampler.riskCount()];
            final WorkCalendar calendar = model.network.projectCalendar();
            final long start = model.network.projectStart();

            @Override
            public void accept(int k) {
                boolean any = false;
                for (int r = from; r < to; r++) {
                    if (base.riskOccurred(r, k)) {
                        any = true;
                    } else {
                        // the same draws as base's iteration, the switched-off event not among them
                        workingDuration[r - from][k] = base.workingDuration(k);
                        cost[r - from][k] = base.cost(k);
                    }
                }
                if (!any) {
                    return;
                }
                double fixed = sampler.sampleEvents(base.options().seed(), k, eventFree, groupFactor, occurred, extra,
                        eventCost);
                for (int r = from; r < to; r++) {
                    if (base.riskOccurred(r, k)) {
                        cost[r - from][k] = sampler.withEvents(eventFree, fixed, occurred, extra, eventCost, r,
                                durations);
                        rerun.runForward(durations);
                        workingDuration[r - from][k] = calendar.workingBetween(start, rerun.projectFinish());
                    }
                }
            }
        }
    }

    /** Spearman's ρ between each varying task's duration and the project duration, on the kept iterations. */
    private double[] spearman(Pass pass, int threads) {
        int s = pass.sensitivityIterations;
        double[] rho = new double[varying.length];
        if (s < 3) {
            return rho;
        }
        double[] finishValues = new double[s];
        for (int k = 0; k < s; k++) {
            finishValues[k] = pass.workingDuration[k];
        }
        double[] finishRanks = Ranks.of(finishValues);
        parallel(threads, varying.length,
                () -> j -> rho[j] = Ranks.pearson(Ranks.ofNonNegative(pass.sample, j * s, s), finishRanks));
        return rho;
    }

    /**
     * Calls each worker's {@code accept(i)} for i in 0..count-1, chunked over {@code threads} threads; returns
     * the workers (one per thread) for merging.
     */
    static <W extends java.util.function.IntConsumer> List<W> parallel(int threads, int count, Supplier<W> workers) {
        int t = Math.min(threads, Math.max(1, (count + CHUNK - 1) / CHUNK));
        List<W> list = new ArrayList<>();
        for (int i = 0; i < t; i++) {
            list.add(workers.get());
        }
        AtomicInteger next = new AtomicInteger();
        if (t == 1) {
            for (int i = 0; i < count; i++) {
                list.get(0).accept(i);
            }
            return list;
        }
        ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "monte-carlo");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (W w : list) {
                futures.add(pool.submit(() -> {
                    for (int c = next.getAndIncrement(); c * CHUNK < count; c = next.getAndIncrement()) {
                        int end = Math.min(count, (c + 1) * CHUNK);
                        for (int i = c * CHUNK; i < end; i++) {
                            w.accept(i);
                        }
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        return list;
    }
}
