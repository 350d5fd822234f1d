package org.bearing.engine.earnedvalue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Earned value of every roll-up node at every status date: cumulative PV, EV, AC and bottom-up ETC of the tasks
 * under a node (task → WBS → project → program → portfolio), plus earned schedule from the node's own planned value
 * curve. One pass over the tasks per status date, O(tasks + nodes) each; PV curves of all nodes are built together on first use.
 *
 * <p>Earned value of a task (currency): with a method that follows accrual, EV = atStart·[started] + prorated·f +
 * atFinish·[f = 1]; otherwise EV = BAC·f, where f is {@link EvMethod#earnedFraction}.
 *
 * <p>Actual time AT of a node is the status time, except for a node whose tasks are all finished with a known actual
 * finish ({@link StatusUpdate#finishedAt}): its clock stopped when its last task finished, so AT = that finish. Without
 * this an element finished on time long ago would look ever later (SPI(t) = ES / status time shrinking towards 0).
 */
public final class EarnedValueHistory {
    private final Baseline baseline;
    private final List<StatusUpdate> updates;
    private final int nodes;
    private final double[] pv;
    private final double[] ev;
    private final double[] ac;
    private final double[] etc;
    private final double[] bac;
    /** Per period and node: tasks not finished with a known actual finish, and the latest actual finish of the others. */
    private final double[] unfinished;
    private final double[] lastFinish;
    private PlannedValueCurve[] curves;

    private EarnedValueHistory(Baseline baseline, List<StatusUpdate> updates) {
        this.baseline = baseline;
        this.updates = updates;
        this.nodes = baseline.breakdown.size();
        int periods = updates.size();
        pv = new double[periods * nodes];
        ev = new double[periods * nodes];
        ac = new double[periods * nodes];
        etc = new double[periods * nodes];
        bac = new double[nodes];
        unfinished = new double[periods * nodes];
        lastFinish = new double[periods * nodes];
        java.util.Arrays.fill(lastFinish, Double.NEGATIVE_INFINITY);
    }

    /**
     * Computes the history of {@code baseline} over status updates in increasing status-time order.
     *
     * @throws IllegalArgumentException if an update has another task count or the status times do not increase
     */
    public static EarnedValueHistory compute(Baseline baseline, List<StatusUpdate> updates) {
        Objects.requireNonNull(baseline, "baseline");
        List<StatusUpdate> copy = new ArrayList<>(updates);
        for (int p = 0; p < copy.size(); p++) {
            StatusUpdate u = copy.get(p);
            if (u.tasks() != baseline.n) {
                throw new IllegalArgumentException("status update " + (p + 1) + " has " + u.tasks()
                        + " tasks, the baseline has " + baseline.n);
            }
            if (p > 0 && !(u.statusTime > copy.get(p - 1).statusTime)) {
                throw new IllegalArgumentException("status update " + (p + 1) + " at " + u.statusTime
                        + " is not after the previous one at " + copy.get(p - 1).statusTime);
            }
        }
        EarnedValueHistory h = new EarnedValueHistory(baseline, copy);
        h.run();
        return h;
    }

    private void run() {
        Baseline b = baseline;
        int[] parent = b.breakdown.parents();
        for (int i = 0; i < b.n; i++) {
            bac[b.node[i]] += b.budget(i);
        }
        rollUp(bac, 0, parent);
        for (int p = 0; p < updates.size(); p++) {
            StatusUpdate u = updates.get(p);
            int off = p * nodes;
            double t = u.statusTime;
            for (int i = 0; i < b.n; i++) {
                int k = off + b.node[i];
                pv[k] += b.plannedValue(i, t);
                ev[k] += earnedValue(b, u, i);
                ac[k] += u.actualCost[i];
                etc[k] += u.estimateToComplete[i];
                if (finishedAt(u, i) > Double.NEGATIVE_INFINITY) {
                    lastFinish[k] = Math.max(lastFinish[k], u.actualFinish[i]);
                } else {
                    unfinished[k]++;
                }
            }
            rollUp(unfinished, off, parent);
            for (int n = nodes - 1; n > 0; n--) {
                int q = parent[n];
                if (q >= 0) {
                    lastFinish[off + q] = Math.max(lastFinish[off + q], lastFinish[off + n]);
                }
            }
            rollUp(pv, off, parent);
            rollUp(ev, off, parent);
            rollUp(ac, off, parent);
            rollUp(etc, off, parent);
        }
    }

    /** The actual finish of a task finished in update {@code u} (time units), or −∞ if it is not finished or not dated. */
    private static double finishedAt(StatusUpdate u, int i) {
        return u.percentComplete[i] >= 1.0 && Double.isFinite(u.actualFinish[i]) ? u.actualFinish[i] : Double.NEGATIVE_INFINITY;
    }

    /** Actual time AT: the status time, or the last actual finish (if earlier) of a node whose tasks have all finished. */
    private static double actualTime(double statusTime, double unfinished, double lastFinish) {
        return unfinished == 0 && lastFinish > Double.NEGATIVE_INFINITY ? Math.min(statusTime, lastFinish) : statusTime;
    }

    /** Earned value of one task in one update (currency), per the class comment. */
    static double earnedValue(Baseline b, StatusUpdate u, int i) {
        EvMethod m = b.method[i];
        double f = m.earnedFraction(u.started[i], u.percentComplete[i], u.physicalPercent[i], u.milestoneFraction[i]);
        if (!m.followsAccrual()) {
            return b.budget(i) * f;
        }
        return (u.started[i] ? b.atStart[i] : 0.0) + b.prorated[i] * f + (f >= 1.0 ? b.atFinish[i] : 0.0);
    }

    private void rollUp(double[] values, int off, int[] parent) {
        for (int k = nodes - 1; k > 0; k--) {
            int p = parent[k];
            if (p >= 0) {
                values[off + p] += values[off + k];
            }
        }
    }

    public int periods() {
        return updates.size();
    }

    public Baseline baseline() {
        return baseline;
    }

    /** Status time of period {@code period} (time units). */
    public double statusTime(int period) {
        return updates.get(period).statusTime;
    }

    /**
     * Measures of roll-up node {@code node} at the status date of {@code period}, earned schedule included (see
     * {@link PlannedValueCurve#earnedSchedule(double, double)}); AT as in the class comment.
     */
    public EarnedValueMeasures measures(int node, int period) {
        int k = period * nodes + node;
        PlannedValueCurve c = curve(node);
        double at = actualTime(statusTime(period), unfinished[k], lastFinish[k]);
        return new EarnedValueMeasures(pv[k], ev[k], ac[k], bac[node], etc[k], at, c.earnedSchedule(ev[k], at),
                c.plannedDuration());
    }

    /** Measures of a single task at the status date of {@code period}. */
    public EarnedValueMeasures taskMeasures(int task, int period) {
        StatusUpdate u = updates.get(period);
        PlannedValueCurve c = baseline.taskCurve(task);
        double e = earnedValue(baseline, u, task);
        double f = finishedAt(u, task);
        double at = actualTime(u.statusTime, f > Double.NEGATIVE_INFINITY ? 0 : 1, f);
        return new EarnedValueMeasures(baseline.plannedValue(task, u.statusTime), e, u.actualCost[task],
                baseline.budget(task), u.estimateToComplete[task], at, c.earnedSchedule(e, at), c.plannedDuration());
    }

    /** The planned value curve of a roll-up node (built on first use). */
    public PlannedValueCurve curve(int node) {
        if (curves == null) {
            curves = baseline.curves();
        }
        return curves[node];
    }

    /** Planned value of {@code node} per bucket (currency); see {@link PlannedValueCurve#byBucket}. */
    public double[] plannedValueByBucket(int node, double[] boundaries) {
        return curve(node).byBucket(boundaries);
    }

    /**
     * Earned value of {@code node} per bucket (currency): EV is known at status dates only, so a bucket holds the EV
     * reported at the last status date within it (a status at a boundary closes the earlier bucket) minus that of
     * the previous bucket.
     */
    public double[] earnedValueByBucket(int node, double[] boundaries) {
        return stepByBucket(ev, node, boundaries);
    }

    /** Actual cost of {@code node} per bucket (currency), by status date as {@link #earnedValueByBucket}. */
    public double[] actualCostByBucket(int node, double[] boundaries) {
        return stepByBucket(ac, node, boundaries);
    }

    private double[] stepByBucket(double[] values, int node, double[] boundaries) {
        double[] out = new double[Math.max(0, boundaries.length - 1)];
        double prev = cumulativeAt(values, node, boundaries.length > 0 ? boundaries[0] : 0);
        for (int i = 0; i < out.length; i++) {
            double cur = cumulativeAt(values, node, boundaries[i + 1]);
            out[i] = cur - prev;
            prev = cur;
        }
        return out;
    }

    private double cumulativeAt(double[] values, int node, double t) {
        double v = 0;
        for (int p = 0; p < updates.size() && updates.get(p).statusTime <= t; p++) {
            v = values[p * nodes + node];
        }
        return v;
    }
}
