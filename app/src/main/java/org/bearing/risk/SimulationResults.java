package org.bearing.risk;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a Monte Carlo run found. Percentiles are nearest-rank over all iterations (P80 = the finish met or beaten in
 * at least 80 % of them). Project duration: working days of the project calendar from project start to finish.
 * Criticality index CI = share of iterations in which the task is critical; sensitivity = Spearman's rank correlation
 * ρ between the task's sampled duration and the project duration; duration sensitivity index DSI = CI × σ_task / σ_project.
 * A run is executed in {@link #batches()} batches of iterations (that is how progress is reported); project finish
 * and cost percentiles, histograms, CI and σ are computed over all iterations, while ρ, milestone percentiles and
 * the tornado shifts are the iteration-weighted means of the per-batch values.
 *
 * @param probabilityOfDeterministicFinish share of iterations finishing by the plan's own (deterministic) finish
 * @param drivers the risk tornado: per modelled register risk, how much earlier P80 finish and P80 cost are when the
 *                risk is switched off (same random numbers otherwise), largest first
 */
public record SimulationResults(int iterations, long seed, int batches, int tasks, int estimatedTasks, int riskEvents,
                                LocalDateTime deterministicFinish, double probabilityOfDeterministicFinish,
                                double meanWorkingDays, double sdWorkingDays, List<FinishPercentile> finish,
                                List<Milestone> milestones, Cost cost, List<Bin> histogram, List<TaskRisk> tasksByCriticality,
                                List<Driver> drivers, long digest) {

    /** The project finish at percentile {@code percent}. */
    public record FinishPercentile(int percent, LocalDateTime date, double workingDays) {
    }

    /** A milestone's finish percentiles. */
    public record Milestone(long taskId, String name, LocalDateTime p10, LocalDateTime p50, LocalDateTime p80, LocalDateTime p90) {
    }

    /** Project cost: planned (deterministic) estimate is not sampled; mean and percentiles of the sampled cost. */
    public record Cost(double mean, List<CostPercentile> percentiles, List<CostBin> histogram) {
    }

    public record CostPercentile(int percent, double value) {
    }

    public record CostBin(double from, double to, long iterations, double cumulative) {
    }

    /** One histogram bin of the project finish: [from, to), iterations in it, and the share finishing before {@code to}. */
    public record Bin(LocalDateTime from, LocalDateTime to, long iterations, double cumulative) {
    }

    public record TaskRisk(long taskId, String name, double criticality, double spearman, double durationSensitivity,
                           double meanDays, double sdDays) {
    }

    public record Driver(long riskId, String code, String title, double occurrence, double finishShiftDays, double costShift) {
    }

    /** The finish at percentile {@code percent} (10, 20, ..., 90), or null. */
    public FinishPercentile at(int percent) {
        return finish.stream().filter(f -> f.percent() == percent).findFirst().orElse(null);
    }
}
