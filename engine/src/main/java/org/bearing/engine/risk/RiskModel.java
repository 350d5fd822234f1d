package org.bearing.engine.risk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.bearing.engine.schedule.ScheduleNetwork;

/**
 * The uncertainty of a schedule network: per task a duration distribution (working minutes; tasks without one
 * keep their planned duration), a cost (a fixed-cost distribution plus a rate per working minute, so cost moves
 * with duration), correlation groups, risk events, and the milestones whose finish dates are reported.
 * Built with {@link #builder(ScheduleNetwork)}; immutable.
 */
public final class RiskModel {

    final ScheduleNetwork network;
    final Distribution[] duration;
    final Distribution[] fixedCost;
    final double[] costRate;
    final List<CorrelationGroup> groups;
    final List<RiskEvent> risks;
    final int[] milestones;

    private RiskModel(Builder b) {
        network = b.network;
        duration = b.duration.clone();
        fixedCost = b.fixedCost.clone();
        costRate = b.costRate.clone();
        groups = List.copyOf(b.groups);
        risks = List.copyOf(b.risks);
        milestones = b.milestones.stream().mapToInt(Integer::intValue).toArray();
    }

    public static Builder builder(ScheduleNetwork network) {
        return new Builder(network);
    }

    public ScheduleNetwork network() {
        return network;
    }

    /** The task's duration distribution in working minutes, or null if its duration is fixed. */
    public Distribution duration(int task) {
        return duration[task];
    }

    public List<CorrelationGroup> correlationGroups() {
        return groups;
    }

    public List<RiskEvent> risks() {
        return risks;
    }

    public int[] milestones() {
        return milestones.clone();
    }

    /** Whether any task has a cost, so that cost results are meaningful. */
    public boolean hasCost() {
        for (int i = 0; i < costRate.length; i++) {
            if (costRate[i] != 0 || fixedCost[i] != null) {
                return true;
            }
        }
        for (RiskEvent r : risks) {
            if (r.costImpact().mean() != 0) {
                return true;
            }
        }
        return false;
    }

    /** Builds a {@link RiskModel}; every method names the task in its error. */
    public static final class Builder {
        private final ScheduleNetwork network;
        private final Distribution[] duration;
        private final Distribution[] fixedCost;
        private final double[] costRate;
        private final int[] groupOf;
        private final List<CorrelationGroup> groups = new ArrayList<>();
        private final List<RiskEvent> risks = new ArrayList<>();
        private final List<Integer> milestones = new ArrayList<>();

        private Builder(ScheduleNetwork network) {
            this.network = Objects.requireNonNull(network, "network");
            int n = network.taskCount();
            duration = new Distribution[n];
            fixedCost = new Distribution[n];
            costRate = new double[n];
            groupOf = new int[n];
            Arrays.fill(groupOf, -1);
        }

        /** The duration distribution of a (non-summary) task, in working minutes. */
        public Builder duration(int task, Distribution distribution) {
            check(task);
            if (network.isSummary(task)) {
                throw new IllegalArgumentException("task '" + network.name(task)
                        + "' is a summary: its duration rolls up from its children");
            }
            duration[task] = Objects.requireNonNull(distribution, "distribution");
            return this;
        }

        public Builder estimate(int task, ThreePointEstimate estimate) {
            return duration(task, estimate.distribution());
        }

        /**
         * The task's cost = fixed cost (sampled; null for none) + rate x sampled duration in working minutes.
         */
        public Builder cost(int task, Distribution fixed, double ratePerWorkingMinute) {
            check(task);
            if (!(ratePerWorkingMinute >= 0) || Double.isInfinite(ratePerWorkingMinute)) {
                throw new IllegalArgumentException("cost rate of task '" + network.name(task)
                        + "' must be finite and >= 0, got " + ratePerWorkingMinute);
            }
            fixedCost[task] = fixed;
            costRate[task] = ratePerWorkingMinute;
            return this;
        }

        public Builder correlate(CorrelationGroup group) {
            for (int t : group.tasks()) {
                check(t);
                if (groupOf[t] >= 0) {
                    throw new IllegalArgumentException("task '" + network.name(t) + "' is already in correlation group '"
                            + groups.get(groupOf[t]).name() + "'");
                }
                groupOf[t] = groups.size();
            }
            groups.add(group);
            return this;
        }

        public Builder risk(RiskEvent risk) {
            for (int t : risk.tasks()) {
                check(t);
                if (network.isSummary(t)) {
                    throw new IllegalArgumentException("risk '" + risk.name() + "' is linked to summary task '"
                            + network.name(t) + "'; link it to work tasks");
                }
            }
            risks.add(risk);
            return this;
        }

        /** Reports this task's finish percentiles (any task may be named, usually a milestone). */
        public Builder milestone(int task) {
            check(task);
            if (!milestones.contains(task)) {
                milestones.add(task);
            }
            return this;
        }

        public RiskModel build() {
            return new RiskModel(this);
        }

        private void check(int task) {
            if (task < 0 || task >= network.taskCount()) {
                throw new IllegalArgumentException("no task " + task + " (the network has " + network.taskCount()
                        + ")");
            }
        }
    }
}
