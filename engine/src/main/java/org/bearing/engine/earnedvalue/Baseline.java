package org.bearing.engine.earnedvalue;

import java.util.Arrays;
import java.util.Objects;

/**
 * The performance measurement baseline: for each task its baseline start s and finish f on a {@link TimeAxis}
 * (time units since the project's origin), its budget at completion split by accrual (at start, prorated over
 * [s, f], at finish), its {@link EvMethod} and its WBS node in a {@link Breakdown}. Budgets are in currency units.
 *
 * <p>Planned value of a task at time t (cumulative, currency):
 * PV(t) = atStart·[t &gt; s] + prorated·clamp((t − s)/(f − s), 0, 1) + atFinish·[t ≥ f]; for f ≤ s the prorated
 * part is planned at once when t &gt; s. A task starting at t is therefore not yet planned at t itself, which matches
 * a status date at the close of business before it starts.
 */
public final class Baseline {
    final int n;
    final double[] start;
    final double[] finish;
    final double[] atStart;
    final double[] prorated;
    final double[] atFinish;
    final EvMethod[] method;
    final int[] node;
    final Breakdown breakdown;

    private Baseline(Builder b) {
        n = b.n;
        start = Arrays.copyOf(b.start, n);
        finish = Arrays.copyOf(b.finish, n);
        atStart = Arrays.copyOf(b.atStart, n);
        prorated = Arrays.copyOf(b.prorated, n);
        atFinish = Arrays.copyOf(b.atFinish, n);
        method = Arrays.copyOf(b.method, n);
        node = Arrays.copyOf(b.node, n);
        breakdown = b.breakdown;
    }

    /** A builder of tasks whose WBS nodes live in {@code breakdown}. */
    public static Builder builder(Breakdown breakdown) {
        return new Builder(Objects.requireNonNull(breakdown, "breakdown"));
    }

    public int taskCount() {
        return n;
    }

    public Breakdown breakdown() {
        return breakdown;
    }

    /** Budget at completion of a task: atStart + prorated + atFinish (currency). */
    public double budget(int task) {
        return atStart[task] + prorated[task] + atFinish[task];
    }

    /** Baseline start of a task (time units). */
    public double start(int task) {
        return start[task];
    }

    /** Baseline finish of a task (time units). */
    public double finish(int task) {
        return finish[task];
    }

    /** Cumulative planned value of one task at time {@code t} (currency), per the formula in the class comment. */
    public double plannedValue(int task, double t) {
        double s = start[task];
        if (!(t > s)) {
            return 0.0;
        }
        double f = finish[task];
        double v = atStart[task];
        v += f <= s || t >= f ? prorated[task] : prorated[task] * (t - s) / (f - s);
        if (t >= f) {
            v += atFinish[task];
        }
        return v;
    }

    /** Planned value curve of all tasks. */
    public PlannedValueCurve curve() {
        return PlannedValueCurve.of(this, null, 0, n);
    }

    /** Planned value curve of the tasks under roll-up node {@code node} (itself or any descendant). */
    public PlannedValueCurve curve(int node) {
        return curves()[node];
    }

    /** Planned value curve of a single task. */
    public PlannedValueCurve taskCurve(int task) {
        return PlannedValueCurve.of(this, new int[] {task}, 0, 1);
    }

    /**
     * Planned value curves of every roll-up node, built in one pass: each task is listed under its node and that
     * node's ancestors (O(tasks × depth)), then each list becomes a curve.
     */
    public PlannedValueCurve[] curves() {
        int m = breakdown.size();
        int[] parent = breakdown.parents();
        int[] count = new int[m + 1];
        for (int i = 0; i < n; i++) {
            for (int p = node[i]; p >= 0; p = parent[p]) {
                count[p + 1]++;
            }
        }
        for (int k = 0; k < m; k++) {
            count[k + 1] += count[k];
        }
        int[] fill = Arrays.copyOf(count, m);
        int[] tasks = new int[count[m]];
        for (int i = 0; i < n; i++) {
            for (int p = node[i]; p >= 0; p = parent[p]) {
                tasks[fill[p]++] = i;
            }
        }
        PlannedValueCurve[] curves = new PlannedValueCurve[m];
        for (int k = 0; k < m; k++) {
            curves[k] = PlannedValueCurve.of(this, tasks, count[k], count[k + 1]);
        }
        return curves;
    }

    /** Collects tasks; arrays grow as needed. */
    public static final class Builder {
        private final Breakdown breakdown;
        private int n;
        private double[] start = new double[16];
        private double[] finish = new double[16];
        private double[] atStart = new double[16];
        private double[] prorated = new double[16];
        private double[] atFinish = new double[16];
        private EvMethod[] method = new EvMethod[16];
        private int[] node = new int[16];

        private Builder(Breakdown breakdown) {
            this.breakdown = breakdown;
        }

        /** A task whose whole budget is prorated over its baseline dates, earned by % complete. */
        public int task(int wbsNode, double start, double finish, double budget) {
            return task(wbsNode, start, finish, 0, budget, 0, EvMethod.PERCENT_COMPLETE);
        }

        /**
         * Adds a task and returns its index.
         *
         * @throws IllegalArgumentException if a date is not finite, a budget is negative or not finite, or the node
         *         does not exist
         */
        public int task(int wbsNode, double start, double finish, double atStart, double prorated, double atFinish,
                EvMethod method) {
            if (wbsNode < 0 || wbsNode >= breakdown.size()) {
                throw new IllegalArgumentException("task " + n + ": WBS node " + wbsNode + " does not exist");
            }
            if (!Double.isFinite(start) || !Double.isFinite(finish)) {
                throw new IllegalArgumentException("task " + n + ": baseline start and finish must be finite, got "
                        + start + ", " + finish);
            }
            if (!(atStart >= 0) || !(prorated >= 0) || !(atFinish >= 0) || !Double.isFinite(atStart + prorated + atFinish)) {
                throw new IllegalArgumentException("task " + n + ": budgets must be finite and >= 0, got "
                        + atStart + ", " + prorated + ", " + atFinish);
            }
            if (n == this.start.length) {
                int c = n * 2;
                this.start = Arrays.copyOf(this.start, c);
                this.finish = Arrays.copyOf(this.finish, c);
                this.atStart = Arrays.copyOf(this.atStart, c);
                this.prorated = Arrays.copyOf(this.prorated, c);
                this.atFinish = Arrays.copyOf(this.atFinish, c);
                this.method = Arrays.copyOf(this.method, c);
                this.node = Arrays.copyOf(this.node, c);
            }
            this.start[n] = start;
            this.finish[n] = Math.max(start, finish);
            this.atStart[n] = atStart;
            this.prorated[n] = prorated;
            this.atFinish[n] = atFinish;
            this.method[n] = Objects.requireNonNull(method, "method");
            this.node[n] = wbsNode;
            return n++;
        }

        public Baseline build() {
            return new Baseline(this);
        }
    }
}
