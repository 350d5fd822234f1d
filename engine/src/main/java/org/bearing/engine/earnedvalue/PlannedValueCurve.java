package org.bearing.engine.earnedvalue;

import java.util.Arrays;

/**
 * Cumulative planned value PV(t) of a set of tasks (currency), the sum of each task's PV as defined in
 * {@link Baseline}. Built once in O(n log n); {@link #at(double)} is O(log n) by prefix sums over the sorted starts
 * and finishes: the linear part is Σ_{s_i &lt; t} r_i·(t − s_i) − Σ_{f_i &lt; t} r_i·(t − f_i) with rate
 * r_i = prorated_i / (f_i − s_i) (currency per time unit).
 */
public final class PlannedValueCurve {
    private final double[] rampStart;
    private final double[] rampStartRate;
    private final double[] rampStartRateTime;
    private final double[] rampFinish;
    private final double[] rampFinishRate;
    private final double[] rampFinishRateTime;
    private final double[] jumpStart;
    private final double[] jumpStartSum;
    private final double[] jumpFinish;
    private final double[] jumpFinishSum;
    private final double budget;
    private final double plannedDuration;
    /** PV at each whole time unit 0..floor(PD), built on the first earned schedule query. */
    private double[] perUnit;

    private PlannedValueCurve(double[][] ramps, double[][] jumpsAtStart, double[][] jumpsAtFinish, double budget,
            double plannedDuration) {
        double[][] byStart = sortBy(ramps[0], ramps[2]);
        double[][] byFinish = sortBy(ramps[1], ramps[2]);
        rampStart = byStart[0];
        rampStartRate = prefix(byStart[1], null);
        rampStartRateTime = prefix(byStart[1], byStart[0]);
        rampFinish = byFinish[0];
        rampFinishRate = prefix(byFinish[1], null);
        rampFinishRateTime = prefix(byFinish[1], byFinish[0]);
        double[][] js = sortBy(jumpsAtStart[0], jumpsAtStart[1]);
        jumpStart = js[0];
        jumpStartSum = prefix(js[1], null);
        double[][] jf = sortBy(jumpsAtFinish[0], jumpsAtFinish[1]);
        jumpFinish = jf[0];
        jumpFinishSum = prefix(jf[1], null);
        this.budget = budget;
        this.plannedDuration = plannedDuration;
    }

    /** The curve of the tasks {@code tasks[from..to)} of {@code baseline} (all tasks if {@code tasks} is null). */
    static PlannedValueCurve of(Baseline b, int[] tasks, int from, int to) {
        int count = tasks == null ? b.n : to - from;
        double[][] ramps = new double[3][count];
        double[][] starts = new double[2][count];
        double[][] finishes = new double[2][count];
        int r = 0;
        double bac = 0;
        double pd = 0;
        for (int k = 0; k < count; k++) {
            int i = tasks == null ? k : tasks[from + k];
            double s = b.start[i];
            double f = b.finish[i];
            bac += b.budget(i);
            pd = Math.max(pd, f);
            double atStart = b.atStart[i];
            double atFinish = b.atFinish[i];
            if (f > s) {
                ramps[0][r] = s;
                ramps[1][r] = f;
                ramps[2][r] = b.prorated[i] / (f - s);
                r++;
            } else {
                // a milestone is planned in full just after its date, like any cost accrued at a start
                atStart += b.prorated[i] + atFinish;
                atFinish = 0;
            }
            starts[0][k] = s;
            starts[1][k] = atStart;
            finishes[0][k] = f;
            finishes[1][k] = atFinish;
        }
        for (int j = 0; j < 3; j++) {
            ramps[j] = Arrays.copyOf(ramps[j], r);
        }
        return new PlannedValueCurve(ramps, starts, finishes, bac, pd);
    }

    /** Cumulative planned value at time {@code t} (currency). */
    public double at(double t) {
        double v = 0;
        int a = countBelow(jumpStart, t, true);
        v += jumpStartSum[a];
        int c = countBelow(jumpFinish, t, false);
        v += jumpFinishSum[c];
        int s = countBelow(rampStart, t, true);
        int f = countBelow(rampFinish, t, true);
        v += (rampStartRate[s] - rampFinishRate[f]) * t - (rampStartRateTime[s] - rampFinishRateTime[f]);
        return Math.min(Math.max(v, 0.0), budget);
    }

    /** Budget at completion of the tasks of this curve (currency). */
    public double budget() {
        return budget;
    }

    /** Planned duration PD: the latest baseline finish (time units since the origin). */
    public double plannedDuration() {
        return plannedDuration;
    }

    /**
     * Earned schedule (Lipke), time units: ES = C + (EV − PV_C) / (PV_{C+1} − PV_C) where C is the largest whole
     * number of units with PV_C ≤ EV; ES = PD once EV reaches PV(PD) (at completion).
     */
    public double earnedSchedule(double ev) {
        double pd = plannedDuration;
        double tolerance = 1e-9 * Math.max(1.0, budget);
        if (at(pd) <= ev + tolerance) {
            return pd;
        }
        double[] grid = perUnit();
        if (grid[0] > ev + tolerance) {
            return 0.0;
        }
        int lo = 0;
        int hi = grid.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (grid[mid] <= ev + tolerance) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        double next = Math.min(lo + 1.0, pd);
        double pvC = grid[lo];
        double step = (lo + 1 < grid.length ? grid[lo + 1] : at(next)) - pvC;
        return step > 0 ? lo + (next - lo) * Math.min(1.0, Math.max(0.0, (ev - pvC) / step)) : lo;
    }

    /**
     * Earned schedule at actual time {@code at} (time units): as {@link #earnedSchedule(double)}, except that a project
     * exactly on schedule (EV = PV(AT), within 10⁻⁹ of BAC) has ES = AT even where PV is flat around AT (a pause
     * between tasks), so that SV(t) = 0 whenever SV = 0. Lipke's formula alone would put ES at the end of the pause.
     */
    public double earnedSchedule(double ev, double at) {
        if (at >= 0 && at <= plannedDuration && Math.abs(ev - at(at)) <= 1e-9 * Math.max(1.0, budget)) {
            return at;
        }
        return earnedSchedule(ev);
    }

    private double[] perUnit() {
        double[] grid = perUnit;
        if (grid == null) {
            if (plannedDuration > 50_000_000) {
                throw new IllegalStateException("planned duration of " + plannedDuration
                        + " time units is too long for earned schedule; use a coarser time unit");
            }
            grid = new double[(int) Math.floor(plannedDuration) + 1];
            for (int k = 0; k < grid.length; k++) {
                grid[k] = at(k);
            }
            perUnit = grid;
        }
        return grid;
    }

    /**
     * Planned value per bucket (currency): element i is PV(boundaries[i+1]) − PV(boundaries[i]).
     *
     * @param boundaries increasing bucket boundaries on the time axis, e.g. from {@link Granularity#boundaries}
     */
    public double[] byBucket(double[] boundaries) {
        double[] out = new double[Math.max(0, boundaries.length - 1)];
        double prev = boundaries.length > 0 ? at(boundaries[0]) : 0;
        for (int i = 0; i < out.length; i++) {
            double cur = at(boundaries[i + 1]);
            out[i] = cur - prev;
            prev = cur;
        }
        return out;
    }

    /** Number of elements of sorted {@code a} below {@code t} (strictly if {@code strict}, else at or below). */
    private static int countBelow(double[] a, double t, boolean strict) {
        int lo = 0;
        int hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (strict ? a[mid] < t : a[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Copies of {@code key} and {@code value} sorted together by key. */
    private static double[][] sortBy(double[] key, double[] value) {
        double[] k = key.clone();
        double[] v = value.clone();
        sort(k, v, 0, k.length - 1);
        return new double[][] {k, v};
    }

    /** Quicksort of {@code k[lo..hi]} carrying {@code v} along (no boxing: curves of 10^5 tasks sort in a few ms). */
    private static void sort(double[] k, double[] v, int lo, int hi) {
        while (hi - lo > 16) {
            int mid = (lo + hi) >>> 1;
            double pivot = median(k[lo], k[mid], k[hi]);
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (k[i] < pivot) {
                    i++;
                }
                while (k[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(k, v, i++, j--);
                }
            }
            if (j - lo < hi - i) {
                sort(k, v, lo, j);
                lo = i;
            } else {
                sort(k, v, i, hi);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++) {
            for (int j = i; j > lo && k[j - 1] > k[j]; j--) {
                swap(k, v, j, j - 1);
            }
        }
    }

    private static double median(double a, double b, double c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    private static void swap(double[] k, double[] v, int i, int j) {
        double t = k[i];
        k[i] = k[j];
        k[j] = t;
        t = v[i];
        v[i] = v[j];
        v[j] = t;
    }

    private static double[] prefix(double[] values, double[] times) {
        double[] p = new double[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            p[i + 1] = p[i] + (times == null ? values[i] : values[i] * times[i]);
        }
        return p;
    }
}
