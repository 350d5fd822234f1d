package org.bearing.engine.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.bearing.engine.schedule.ScheduleNetwork;

/**
 * The outcome of a {@link MonteCarloSimulation}. Definitions (K iterations, values sorted ascending x₁ ≤ … ≤ x_K):
 * <ul>
 * <li>Percentile P_p (nearest rank): x_⌈pK/100⌉, so P80 is the value met or beaten in at least 80 % of iterations.
 * <li>Project finish: the latest early finish of a non-summary task (minutes since 1970 wall time); project
 * duration: working minutes of the project calendar from project start to finish.
 * <li>Criticality index CI_i: the fraction of iterations in which task i is critical: on the longest path, or
 * with total float at or below the network's critical float ({@link SimulationOptions#criticality()}).
 * <li>Sensitivity: Spearman's rank correlation ρ_i between task i's sampled duration and the project duration
 * over the first {@link SimulationOptions#sensitivityIterations()} iterations.
 * <li>Duration sensitivity index DSI_i = CI_i x σ_i / σ_P, with σ_i the standard deviation of task i's
 * duration and σ_P that of the project duration (both working minutes).
 * </ul>
 */
public final class SimulationResult {

    private final RiskModel model;
    private final SimulationOptions options;
    private final long[] finish;
    private final long[] workingDuration;
    private final double[] cost;
    private final long[] sortedFinish;
    private final long[] sortedDuration;
    private final double[] sortedCost;
    private final long[][] sortedMilestones;
    private final long[] critical;
    private final long[] durationSum;
    private final long[] durationSumSq;
    private final long[] riskOccurrences;
    private final int[] varying;
    private final double[] spearman;
    private final long deterministicFinish;
    /**
     * Which risk events occurred in each iteration: bit r % 64 of word k * w + r / 64, w = ⌈risks / 64⌉ (the
     * risk tornado re-schedules only the iterations where the event it switches off occurred).
     */
    private final long[] occurrenceBits;

    SimulationResult(RiskModel model, SimulationOptions options, long[] finish, long[] workingDuration, double[] cost,
            long[][] milestoneFinish, long[] critical, long[] durationSum, long[] durationSumSq,
            long[] riskOccurrences, long[] occurrenceBits, int[] varying, double[] spearman,
            long deterministicFinish) {
        this.model = model;
        this.options = options;
        this.finish = finish;
        this.workingDuration = workingDuration;
        this.cost = cost;
        this.sortedFinish = finish.clone();
        Arrays.sort(sortedFinish);
        this.sortedDuration = workingDuration.clone();
        Arrays.sort(sortedDuration);
        this.sortedCost = cost.clone();
        Arrays.sort(sortedCost);
        this.sortedMilestones = new long[milestoneFinish.length][];
        for (int j = 0; j < milestoneFinish.length; j++) {
            sortedMilestones[j] = milestoneFinish[j].clone();
            Arrays.sort(sortedMilestones[j]);
        }
        this.critical = critical;
        this.durationSum = durationSum;
        this.durationSumSq = durationSumSq;
        this.riskOccurrences = riskOccurrences;
        this.occurrenceBits = occurrenceBits;
        this.varying = varying;
        this.spearman = spearman;
        this.deterministicFinish = deterministicFinish;
    }

    static long percentile(long[] sorted, double p) {
        return sorted[rank(sorted.length, p)];
    }

    static double percentile(double[] sorted, double p) {
        return sorted[rank(sorted.length, p)];
    }

    private static int rank(int k, double p) {
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100], got " + p);
        }
        return Math.max(0, (int) Math.ceil(p / 100 * k) - 1);
    }

    /**
     * A 64-bit digest of every iteration's finish and cost, every task's criticality count and rank correlation,
     * to check at a glance that two runs (e.g. on different thread counts) gave identical results.
     */
    public long digest() {
        long h = 1125899906842597L;
        for (int k = 0; k < finish.length; k++) {
            h = 31 * h + finish[k];
            h = 31 * h + Double.doubleToLongBits(cost[k]);
        }
        for (long c : critical) {
            h = 31 * h + c;
        }
        for (double r : spearman) {
            h = 31 * h + Double.doubleToLongBits(r);
        }
        return h;
    }

    public SimulationOptions options() {
        return options;
    }

    public int iterations() {
        return finish.length;
    }

    public ScheduleNetwork network() {
        return model.network;
    }

    /** The project finish of the critical path with planned durations (no uncertainty). */
    public long deterministicFinish() {
        return deterministicFinish;
    }

    /** The fraction of iterations finishing at or before {@code date}. */
    public double probabilityOfFinishingBy(long date) {
        int met = 0;
        while (met < sortedFinish.length && sortedFinish[met] <= date) {
            met++;
        }
        return met / (double) sortedFinish.length;
    }

    /** Project finish percentile P_p (minutes since 1970). */
    public long finishPercentile(double p) {
        return percentile(sortedFinish, p);
    }

    /** Project duration percentile P_p in working minutes of the project calendar. */
    public long finishWorkingMinutesPercentile(double p) {
        return percentile(sortedDuration, p);
    }

    /** Finish percentile of the j-th reported milestone ({@link RiskModel#milestones()}). */
    public long milestonePercentile(int j, double p) {
        return percentile(sortedMilestones[j], p);
    }

    public double costPercentile(double p) {
        return percentile(sortedCost, p);
    }

    /** The project finish of iteration k (minutes since 1970). */
    public long finish(int k) {
        return finish[k];
    }

    /** The project duration of iteration k in working minutes of the project calendar. */
    long workingDuration(int k) {
        return workingDuration[k];
    }

    /** The project cost of iteration k. */
    public double cost(int k) {
        return cost[k];
    }

    /** Mean project duration in working minutes. */
    public double meanWorkingMinutes() {
        double s = 0;
        for (long v : workingDuration) {
            s += v;
        }
        return s / workingDuration.length;
    }

    /** Standard deviation σ_P of the project duration in working minutes (population formula). */
    public double sdWorkingMinutes() {
        double m = meanWorkingMinutes();
        double s = 0;
        for (long v : workingDuration) {
            s += (v - m) * (v - m);
        }
        return Math.sqrt(s / workingDuration.length);
    }

    public double meanCost() {
        double s = 0;
        for (double v : cost) {
            s += v;
        }
        return s / cost.length;
    }

    /** Criticality index CI_i in [0, 1]. */
    public double criticality(int task) {
        return critical[task] / (double) finish.length;
    }

    /** Mean sampled duration of a task in working minutes (planned duration if it does not vary). */
    public double meanDuration(int task) {
        int j = Arrays.binarySearch(varying, task);
        return j >= 0 ? durationSum[task] / (double) finish.length : model.network.duration(task);
    }

    /** Standard deviation of a task's sampled duration in working minutes. */
    public double sdDuration(int task) {
        if (Arrays.binarySearch(varying, task) < 0) {
            return 0;
        }
        double k = finish.length;
        double m = durationSum[task] / k;
        return Math.sqrt(Math.max(0, durationSumSq[task] / k - m * m));
    }

    /** Spearman's ρ between the task's duration and the project duration; 0 for tasks that do not vary. */
    public double spearman(int task) {
        int j = Arrays.binarySearch(varying, task);
        return j >= 0 ? spearman[j] : 0;
    }

    /** Duration sensitivity index DSI_i = CI_i x σ_i / σ_P (0 if the project duration does not vary). */
    public double durationSensitivity(int task) {
        double sp = sdWorkingMinutes();
        return sp == 0 ? 0 : criticality(task) * sdDuration(task) / sp;
    }

    /** Whether risk event r occurred in iteration k. */
    boolean riskOccurred(int r, int k) {
        int words = (riskOccurrences.length + 63) >>> 6;
        return (occurrenceBits[k * words + (r >>> 6)] & 1L << r) != 0;
    }

    /** Fraction of iterations in which risk event r occurred. */
    public double riskOccurrence(int r) {
        return riskOccurrences[r] / (double) finish.length;
    }

    /** Non-summary tasks by criticality index, then |Spearman ρ|, highest first; at most {@code limit}. */
    public List<Integer> mostCriticalTasks(int limit) {
        List<Integer> tasks = new ArrayList<>();
        for (int i = 0; i < model.network.taskCount(); i++) {
            if (!model.network.isSummary(i)) {
                tasks.add(i);
            }
        }
        tasks.sort(Comparator.comparingDouble((Integer i) -> -criticality(i))
                .thenComparingDouble(i -> -Math.abs(spearman(i))).thenComparingInt(i -> i));
        return tasks.subList(0, Math.min(limit, tasks.size()));
    }

    /** Varying tasks by |Spearman ρ|, highest first; at most {@code limit}. */
    public List<Integer> mostSensitiveTasks(int limit) {
        List<Integer> tasks = new ArrayList<>();
        for (int i : varying) {
            tasks.add(i);
        }
        tasks.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(spearman(i))).thenComparingInt(i -> i));
        return tasks.subList(0, Math.min(limit, tasks.size()));
    }

    /** Histogram of the project finish (minutes since 1970) in {@code bins} equal-width bins. */
    public Histogram finishHistogram(int bins) {
        double[] v = new double[sortedFinish.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = sortedFinish[i];
        }
        return Histogram.of(v, bins);
    }

    /** Histogram of the project cost in {@code bins} equal-width bins. */
    public Histogram costHistogram(int bins) {
        return Histogram.of(sortedCost, bins);
    }
}
