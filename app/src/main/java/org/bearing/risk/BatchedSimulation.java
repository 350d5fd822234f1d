package org.bearing.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;
import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.calendar.WorkCalendar;
import org.bearing.engine.risk.Criticality;
import org.bearing.engine.risk.MonteCarloSimulation;
import org.bearing.engine.risk.RiskDriver;
import org.bearing.engine.risk.SimulationOptions;
import org.bearing.engine.risk.SimulationResult;
import org.bearing.engine.schedule.ScheduleNetwork;

/**
 * Runs K iterations of a {@link SimulationModel} as a fixed sequence of engine runs (batches), reporting progress
 * after each, and merges them into {@link SimulationResults}. Batch b draws from seed mix(seed, b); the batch sizes
 * depend on K only, so the same seed and K give the same results on any thread count.
 */
final class BatchedSimulation {
    static final int PERCENT_FOR_DRIVERS = 80;
    static final int MAX_TASKS_REPORTED = 200;
    private static final int BINS = 24;

    private BatchedSimulation() {
    }

    /** Iterations per batch: at least 250, at most 20 batches. */
    /** What the app's criticality index counts: the longest path (the driving chain a TPM reads). */
    static final Criticality CRITICALITY = Criticality.LONGEST_PATH;

    static int batchSize(int iterations) {
        return Math.max(250, (iterations + 19) / 20);
    }

    static SimulationResults run(SimulationModel sm, int iterations, long seed, int threads, IntConsumer progressPercent) {
        ScheduleNetwork net = sm.model.network();
        int n = net.taskCount();
        int size = batchSize(iterations);
        int batches = (iterations + size - 1) / size;
        MonteCarloSimulation simulation = new MonteCarloSimulation(sm.model);
        long[] finish = new long[iterations];
        double[] cost = new double[iterations];
        double[] ci = new double[n];
        double[] mean = new double[n];
        double[] meanSq = new double[n];
        double[] rho = new double[n];
        int milestones = sm.model.milestones().length;
        double[][] milestoneP = new double[milestones][4];
        int risks = sm.riskEvents.size();
        double[] occurrence = new double[risks];
        double[] finishShift = new double[risks];
        double[] costShift = new double[risks];
        long deterministic = 0;
        long digest = 17;
        int done = 0;
        for (int b = 0; b < batches; b++) {
            int k = Math.min(size, iterations - done);
            double w = (double) k / iterations;
            SimulationOptions options = SimulationOptions.of(k, seed * 0x9E3779B97F4A7C15L + b, n).withThreads(threads)
                    .withCriticality(CRITICALITY);
            SimulationResult r = simulation.run(options);
            deterministic = r.deterministicFinish();
            digest = digest * 31 + r.digest();
            for (int i = 0; i < k; i++) {
                finish[done + i] = r.finish(i);
                cost[done + i] = r.cost(i);
            }
            for (int t = 0; t < n; t++) {
                ci[t] += w * r.criticality(t);
                double m = r.meanDuration(t);
                double sd = r.sdDuration(t);
                mean[t] += w * m;
                meanSq[t] += w * (sd * sd + m * m);
                rho[t] += w * r.spearman(t);
            }
            int[] pcts = {10, 50, 80, 90};
            for (int j = 0; j < milestones; j++) {
                for (int q = 0; q < 4; q++) {
                    milestoneP[j][q] += w * r.milestonePercentile(j, pcts[q]);
                }
            }
            if (risks > 0) {
                for (RiskDriver d : simulation.riskDrivers(r, PERCENT_FOR_DRIVERS)) {
                    occurrence[d.index()] += w * d.occurrence();
                    finishShift[d.index()] += w * d.finishShiftMinutes();
                    costShift[d.index()] += w * d.costShift();
                }
            }
            done += k;
            progressPercent.accept((int) Math.floor(100.0 * done / iterations));
        }
        return merge(sm, iterations, seed, batches, finish, cost, ci, mean, meanSq, rho, milestoneP, occurrence, finishShift,
                costShift, deterministic, digest);
    }

    private static SimulationResults merge(SimulationModel sm, int iterations, long seed, int batches, long[] finish, double[] cost,
                                           double[] ci, double[] mean, double[] meanSq, double[] rho, double[][] milestoneP,
                                           double[] occurrence, double[] finishShift, double[] costShift, long deterministic,
                                           long digest) {
        ScheduleNetwork net = sm.model.network();
        WorkCalendar calendar = net.projectCalendar();
        long start = net.projectStart();
        double minutesPerDay = net.durationUnits().minutesPerDay();
        long[] working = new long[iterations];
        double sum = 0;
        double sumSq = 0;
        long metDeterministic = 0;
        for (int k = 0; k < iterations; k++) {
            working[k] = calendar.workingBetween(start, finish[k]);
            sum += working[k];
            sumSq += (double) working[k] * working[k];
            metDeterministic += finish[k] <= deterministic ? 1 : 0;
        }
        double meanP = sum / iterations;
        double sdP = Math.sqrt(Math.max(0, sumSq / iterations - meanP * meanP));
        long[] sortedFinish = finish.clone();
        Arrays.sort(sortedFinish);
        long[] sortedWorking = working.clone();
        Arrays.sort(sortedWorking);
        List<SimulationResults.FinishPercentile> percentiles = new ArrayList<>();
        for (int p = 10; p <= 90; p += 10) {
            percentiles.add(new SimulationResults.FinishPercentile(p, WallClock.dateTime(sortedFinish[rank(iterations, p)]),
                    sortedWorking[rank(iterations, p)] / minutesPerDay));
        }
        List<SimulationResults.Milestone> milestones = new ArrayList<>();
        int[] ms = sm.model.milestones();
        for (int j = 0; j < ms.length; j++) {
            milestones.add(new SimulationResults.Milestone(sm.taskIds[ms[j]], net.name(ms[j]), date(milestoneP[j][0]),
                    date(milestoneP[j][1]), date(milestoneP[j][2]), date(milestoneP[j][3])));
        }
        SimulationResults.Cost costs = null;
        if (sm.model.hasCost()) {
            double[] sortedCost = cost.clone();
            Arrays.sort(sortedCost);
            List<SimulationResults.CostPercentile> cp = new ArrayList<>();
            for (int p = 10; p <= 90; p += 10) {
                cp.add(new SimulationResults.CostPercentile(p, sortedCost[rank(iterations, p)]));
            }
            costs = new SimulationResults.Cost(Arrays.stream(cost).average().orElse(0), cp, costBins(sortedCost));
        }
        List<SimulationResults.TaskRisk> tasks = new ArrayList<>();
        for (int t = 0; t < net.taskCount(); t++) {
            if (net.isSummary(t)) {
                continue;
            }
            double sd = Math.sqrt(Math.max(0, meanSq[t] - mean[t] * mean[t]));
            double dsi = sdP == 0 ? 0 : ci[t] * sd / sdP;
            tasks.add(new SimulationResults.TaskRisk(sm.taskIds[t], net.name(t), round(ci[t]), round(rho[t]), round(dsi),
                    round(mean[t] / minutesPerDay), round(sd / minutesPerDay)));
        }
        tasks.sort(Comparator.comparingDouble(SimulationResults.TaskRisk::criticality).reversed()
                .thenComparing(Comparator.comparingDouble((SimulationResults.TaskRisk t) -> Math.abs(t.spearman())).reversed()));
        List<SimulationResults.Driver> drivers = new ArrayList<>();
        for (int r = 0; r < sm.riskEvents.size(); r++) {
            Risk risk = sm.riskEvents.get(r);
            drivers.add(new SimulationResults.Driver(risk.id(), risk.code(), risk.title(), round(occurrence[r]),
                    round(finishShift[r] / minutesPerDay), Math.round(costShift[r] * 100) / 100.0));
        }
        drivers.sort(Comparator.comparingDouble(SimulationResults.Driver::finishShiftDays).reversed()
                .thenComparing(Comparator.comparingDouble(SimulationResults.Driver::costShift).reversed()));
        int estimated = 0;
        for (int t = 0; t < net.taskCount(); t++) {
            estimated += sm.model.duration(t) != null ? 1 : 0;
        }
        return new SimulationResults(iterations, seed, batches, net.taskCount(), estimated, sm.riskEvents.size(),
                WallClock.dateTime(deterministic), round((double) metDeterministic / iterations), meanP / minutesPerDay,
                sdP / minutesPerDay, percentiles, milestones, costs, finishBins(sortedFinish),
                tasks.subList(0, Math.min(MAX_TASKS_REPORTED, tasks.size())), drivers, digest);
    }

    /** Nearest-rank index of percentile p among k sorted values. */
    static int rank(int k, double p) {
        return Math.max(0, (int) Math.ceil(p / 100 * k) - 1);
    }

    /** BINS equal-width bins over [min, max] of sorted values: per bin {from, to, count, share at or below to}. */
    private static List<double[]> bins(double[] sorted, double minWidth) {
        double min = sorted[0];
        double width = Math.max(minWidth, (sorted[sorted.length - 1] - min) / BINS);
        long[] counts = new long[BINS];
        for (double v : sorted) {
            counts[Math.min(BINS - 1, (int) ((v - min) / width))]++;
        }
        List<double[]> bins = new ArrayList<>();
        long cumulative = 0;
        for (int b = 0; b < BINS; b++) {
            cumulative += counts[b];
            bins.add(new double[] {min + b * width, min + (b + 1) * width, counts[b], round((double) cumulative / sorted.length)});
        }
        return bins;
    }

    private static List<SimulationResults.Bin> finishBins(long[] sorted) {
        return bins(java.util.Arrays.stream(sorted).asDoubleStream().toArray(), 1).stream()
                .map(b -> new SimulationResults.Bin(date(b[0]), date(b[1]), (long) b[2], b[3])).toList();
    }

    private static List<SimulationResults.CostBin> costBins(double[] sorted) {
        return bins(sorted, 1e-9).stream().map(b -> new SimulationResults.CostBin(b[0], b[1], (long) b[2], b[3])).toList();
    }

    private static java.time.LocalDateTime date(double minutes) {
        return WallClock.dateTime(Math.round(minutes));
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
