package org.bearing.risk;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bearing.plan.Task;

/**
 * The uncertainty of a project's schedule and cost, as the Monte Carlo simulation reads it: per task a three-point
 * duration estimate and optionally a cost estimate, groups of tasks whose durations move together, and register risks
 * modelled as events that occur with a probability and then add duration to their tasks and cost to the project.
 * Tasks without an estimate keep their planned duration. The same document is read and written whole.
 */
public record QuantitativeRiskModel(List<Estimate> estimates, List<CorrelationGroup> correlationGroups, List<RiskEvent> riskEvents) {

    public QuantitativeRiskModel {
        estimates = estimates == null ? List.of() : List.copyOf(estimates);
        correlationGroups = correlationGroups == null ? List.of() : List.copyOf(correlationGroups);
        riskEvents = riskEvents == null ? List.of() : List.copyOf(riskEvents);
    }

    /**
     * This model with a default estimate added for every task that carries schedule uncertainty and has none yet: a
     * leaf that is neither a milestone nor finished, with a positive planned duration, gets {@code low},
     * {@code mostLikely} and {@code high} percent of that duration (e.g. 90 / 100 / 125, the spread
     * {@code bearing simulate} assumes for files without PERT durations). Existing estimates, groups and events are
     * kept as they are. The result still goes through {@link RiskModelPolicy} when stored.
     */
    public QuantitativeRiskModel withDefaultEstimates(List<Task> tasks, double low, double mostLikely, double high,
                                                      DistributionShape shape) {
        Set<Long> estimated = new HashSet<>();
        estimates.forEach(e -> estimated.add(e.taskId()));
        List<Estimate> all = new ArrayList<>(estimates);
        for (Task t : tasks) {
            boolean uncertain = !t.summary() && !t.milestone() && t.durationMinutes() > 0 && t.actualFinish() == null;
            if (uncertain && !estimated.contains(t.id())) {
                all.add(new Estimate(t.id(), Unit.PERCENT_OF_DURATION, low, mostLikely, high, shape, null, null, null, null, null));
            }
        }
        return new QuantitativeRiskModel(all, correlationGroups, riskEvents);
    }

    /** How the three duration values of an estimate are expressed. */
    public enum Unit {
        /** Working minutes of the task's calendar. */
        WORKING_MINUTES,
        /** Percent of the task's planned duration (90, 100, 130 = −10 % / as planned / +30 %). */
        PERCENT_OF_DURATION
    }

    /**
     * A task's three-point duration estimate and, optionally, its cost uncertainty (a three-point estimate of the
     * task's cost in the project currency, replacing its planned material and fixed cost in the simulation; its
     * planned labour still costs its rate per working minute of the sampled duration).
     *
     * @param correlationGroup the name of a {@link CorrelationGroup} of this model, or null
     */
    public record Estimate(Long taskId, Unit unit, Double min, Double mostLikely, Double max, DistributionShape distribution,
                           String correlationGroup, BigDecimal costMin, BigDecimal costMostLikely, BigDecimal costMax,
                           DistributionShape costDistribution) {
    }

    /**
     * Tasks whose durations move together (same team, same technology); {@code coefficient} is the correlation ρ
     * between any two of them (normal scores of a one-factor Gaussian copula).
     */
    public record CorrelationGroup(String name, Double coefficient) {
    }

    /**
     * A register risk as a risk event: in each iteration it occurs with {@code probability} (0..1); then one sampled
     * duration impact (working minutes) is added to each of its tasks and one sampled cost impact to the project cost.
     */
    public record RiskEvent(Long riskId, Double probability, Double durationMin, Double durationMostLikely, Double durationMax,
                            DistributionShape durationDistribution, BigDecimal costMin, BigDecimal costMostLikely,
                            BigDecimal costMax, DistributionShape costDistribution, List<Long> taskIds) {
        public RiskEvent {
            taskIds = taskIds == null ? List.of() : List.copyOf(taskIds);
        }
    }
}
