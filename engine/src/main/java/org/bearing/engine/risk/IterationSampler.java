package org.bearing.engine.risk;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws one iteration's durations and cost from a {@link RiskModel}. Each iteration k has its own random
 * stream seeded by a hash of (seed, k), and draws in a fixed order (group factors, task durations in index
 * order, fixed costs, then per risk event: occurrence, duration impact, cost impact), so an iteration's
 * values do not depend on the thread that computes it nor on whether a risk is switched off.
 */
final class IterationSampler {

    private final long[] planned;
    private final int[] uncertain;
    private final Distribution[] distribution;
    /**
     * Per uncertain task: its distribution's kind (KIND_*), and for triangular ones the terms of
     * {@link Distribution.Triangular#quantile} computed once (each the same double the record computes per call):
     * the common shapes drawn without a call through the interface, which the JIT cannot inline with several
     * shapes in one model.
     */
    private final byte[] kind;
    private final double[] triMin;
    private final double[] triMax;
    private final double[] triWidth;
    private final double[] triMode;
    private final double[] triBelow;
    private final double[] triAbove;
    private final int[] groupOfUncertain;
    private final double[] groupLoading;
    private final double[] groupResidual;
    private final int[] costTasks;
    private final Distribution[] costDistribution;
    private final double[] costRate;
    private final int[] leaves;
    private final RiskEvent[] risks;
    private final int[][] riskTasks;

    IterationSampler(RiskModel model) {
        int n = model.network.taskCount();
        planned = new long[n];
        int u = 0;
        int c = 0;
        int l = 0;
        for (int i = 0; i < n; i++) {
            planned[i] = model.network.duration(i);
            u += model.duration[i] != null ? 1 : 0;
            c += model.fixedCost[i] != null ? 1 : 0;
            l += model.network.isSummary(i) ? 0 : 1;
        }
        int[] groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        List<CorrelationGroup> groups = model.groups;
        groupLoading = new double[groups.size()];
        groupResidual = new double[groups.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (int t : groups.get(g).tasks()) {
                groupOf[t] = g;
            }
            groupLoading[g] = Math.sqrt(groups.get(g).correlation());
            groupResidual[g] = Math.sqrt(1 - groups.get(g).correlation());
        }
        uncertain = new int[u];
        distribution = new Distribution[u];
        groupOfUncertain = new int[u];
        kind = new byte[u];
        triMin = new double[u];
        triMax = new double[u];
        triWidth = new double[u];
        triMode = new double[u];
        triBelow = new double[u];
        triAbove = new double[u];
        costTasks = new int[c];
        costDistribution = new Distribution[c];
        leaves = new int[l];
        u = 0;
        c = 0;
        l = 0;
        for (int i = 0; i < n; i++) {
            if (model.duration[i] != null) {
                uncertain[u] = i;
                distribution[u] = model.duration[i];
                groupOfUncertain[u] = groupOf[i];
                classify(u++, model.duration[i]);
            }
            if (model.fixedCost[i] != null) {
                costTasks[c] = i;
                costDistribution[c++] = model.fixedCost[i];
            }
            if (!model.network.isSummary(i)) {
                leaves[l++] = i;
            }
        }
        costRate = model.costRate.clone();
        risks = model.risks.toArray(new RiskEvent[0]);
        riskTasks = new int[risks.length][];
        for (int r = 0; r < risks.length; r++) {
            riskTasks[r] = risks[r].tasks();
        }
    }

    private static final byte KIND_OTHER = 0;
    private static final byte KIND_TRIANGULAR = 1;
    private static final byte KIND_PERT = 2;

    private void classify(int j, Distribution d) {
        if (d instanceof Distribution.Triangular t && t.max() - t.min() != 0) {
            kind[j] = KIND_TRIANGULAR;
            triMin[j] = t.min();
            triMax[j] = t.max();
            triWidth[j] = t.max() - t.min();
            triMode[j] = (t.mostLikely() - t.min()) / triWidth[j];
            triBelow[j] = t.mostLikely() - t.min();
            triAbove[j] = t.max() - t.mostLikely();
        } else if (d instanceof Distribution.BetaPert) {
            kind[j] = KIND_PERT;
        } else {
            kind[j] = KIND_OTHER;
        }
    }

    /** distribution[j].quantile(u) of the j-th uncertain task, computed exactly as the distribution computes it. */
    double quantile(int j, double u) {
        return switch (kind[j]) {
            case KIND_TRIANGULAR -> u < triMode[j] ? triMin[j] + Math.sqrt(u * triWidth[j] * triBelow[j])
                    : triMax[j] - Math.sqrt((1 - u) * triWidth[j] * triAbove[j]);
            case KIND_PERT -> ((Distribution.BetaPert) distribution[j]).quantile(u);
            default -> distribution[j].quantile(u);
        };
    }

    int riskCount() {
        return risks.length;
    }

    /** The seed of iteration k's stream: SplitMix64's finalizer over the seed and the iteration index. */
    static long streamSeed(long seed, long k) {
        return mix(seed ^ mix(k * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Fills {@code durations} (length n, working minutes) for iteration k and returns its cost.
     *
     * @param disabledRisk index of a risk event to switch off, or -1
     * @param occurred     if not null, receives whether each risk event occurred (for the disabled one: whether it
     *                     would have occurred; its impacts are then not applied)
     */
    double sample(long seed, long k, long[] durations, double[] groupFactor, int disabledRisk, boolean[] occurred) {
        return sample(seed, k, durations, groupFactor, disabledRisk,
                occurred != null ? occurred : new boolean[risks.length], new long[risks.length],
                new double[risks.length]);
    }

    /**
     * As {@link #sample(long, long, long[], double[], int, boolean[])} with the caller's arrays (one per risk event)
     * for the events' draws, so that a worker sampling many iterations allocates nothing per iteration.
     */
    double sample(long seed, long k, long[] durations, double[] groupFactor, int disabledRisk, boolean[] occurred,
            long[] extra, double[] eventCost) {
        double cost = sampleEvents(seed, k, durations, groupFactor, occurred, extra, eventCost);
        return withEvents(durations, cost, occurred, extra, eventCost, disabledRisk, durations);
    }

    /**
     * Draws iteration k (the first part of {@link #sample}) without applying the risk events: {@code durations} gets
     * the durations without any event, {@code occurred}, {@code extra} and {@code eventCost} whether each event
     * occurs and (if it does) its duration impact (working minutes) and cost impact. Returns the cost drawn so far
     * (fixed costs). {@link #withEvents} then gives the iteration with any one event switched off, without
     * drawing it again (the risk tornado).
     */
    double sampleEvents(long seed, long k, long[] durations, double[] groupFactor, boolean[] occurred, long[] extra,
            double[] eventCost) {
        SplittableRandom rnd = new SplittableRandom(streamSeed(seed, k));
        double cost = drawTasks(rnd, durations, groupFactor);
        for (int r = 0; r < risks.length; r++) {
            boolean occurs = rnd.nextDouble() < risks[r].probability();
            double du = open(rnd.nextDouble());
            double cu = open(rnd.nextDouble());
            occurred[r] = occurs;
            if (occurs) {
                extra[r] = Math.round(risks[r].durationImpact().quantile(du));
                eventCost[r] = risks[r].costImpact().quantile(cu);
            }
        }
        return cost;
    }

    /**
     * The iteration drawn by {@link #sampleEvents} (its event-free durations {@code base} and fixed cost
     * {@code cost}) with every event that occurred applied except {@code disabledRisk}, in event order: the
     * durations into {@code durations} (may be {@code base} itself) and the cost returned (the second part of
     * {@link #sample}).
     */
    double withEvents(long[] base, double cost, boolean[] occurred, long[] extra, double[] eventCost,
            int disabledRisk, long[] durations) {
        if (base != durations) {
            System.arraycopy(base, 0, durations, 0, base.length);
        }
        for (int r = 0; r < risks.length; r++) {
            if (!occurred[r] || r == disabledRisk) {
                continue;
            }
            for (int t : riskTasks[r]) {
                durations[t] = Math.max(0, durations[t] + extra[r]);
            }
            cost += eventCost[r];
        }
        return rateCost(durations, cost);
    }

    /** Group factors, task durations (into {@code durations}) and fixed costs of an iteration; returns the cost. */
    private double drawTasks(SplittableRandom rnd, long[] durations, double[] groupFactor) {
        System.arraycopy(planned, 0, durations, 0, planned.length);
        for (int g = 0; g < groupFactor.length; g++) {
            groupFactor[g] = NormalMath.quantile(open(rnd.nextDouble()));
        }
        for (int j = 0; j < uncertain.length; j++) {
            double u = open(rnd.nextDouble());
            int g = groupOfUncertain[j];
            if (g >= 0) {
                double z = groupLoading[g] * groupFactor[g] + groupResidual[g] * NormalMath.quantile(u);
                u = open(NormalMath.cdf(z));
            }
            durations[uncertain[j]] = Math.max(0, Math.round(quantile(j, u)));
        }
        double cost = 0;
        for (int j = 0; j < costTasks.length; j++) {
            cost += costDistribution[j].quantile(open(rnd.nextDouble()));
        }
        return cost;
    }

    /** {@code cost} plus every leaf's cost rate times its duration, in leaf order. */
    private double rateCost(long[] durations, double cost) {
        for (int i : leaves) {
            if (costRate[i] != 0) {
                cost += costRate[i] * durations[i];
            }
        }
        return cost;
    }

    /** Maps [0, 1) into the open interval (0, 1) that quantile functions expect. */
    private static double open(double u) {
        return u > 0 ? (u < 1 ? u : 1 - 0x1p-53) : 0x1p-60;
    }

    int groupCount() {
        return groupLoading.length;
    }
}
