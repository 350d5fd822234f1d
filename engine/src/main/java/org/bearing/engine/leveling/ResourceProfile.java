package org.bearing.engine.leveling;

import java.util.Arrays;

/**
 * Free units of every resource in every period [t, t + 1), grown on demand. Reset costs only the periods
 * touched since the last reset, so one profile serves thousands of schedules.
 */
final class ResourceProfile {
    private final int[] capacity;
    private final int[][] free;
    private int horizon;
    private int touched;

    ResourceProfile(int[] capacity, int initialHorizon) {
        this.capacity = capacity;
        this.horizon = Math.max(16, initialHorizon);
        this.free = new int[capacity.length][];
        for (int r = 0; r < capacity.length; r++) {
            free[r] = new int[horizon];
            Arrays.fill(free[r], capacity[r]);
        }
    }

    void reset() {
        for (int r = 0; r < capacity.length; r++) {
            Arrays.fill(free[r], 0, touched, capacity[r]);
        }
        touched = 0;
    }

    private void ensure(int end) {
        if (end <= horizon) {
            return;
        }
        int grown = Math.max(end, horizon * 2);
        for (int r = 0; r < capacity.length; r++) {
            int[] a = Arrays.copyOf(free[r], grown);
            Arrays.fill(a, horizon, grown, capacity[r]);
            free[r] = a;
        }
        horizon = grown;
    }

    /**
     * The earliest t ≥ {@code from} at which demands {@code [lo, hi)} fit in every period of [t, t + duration).
     * Scans each window from its end so that a conflict at period p moves t straight to p + 1.
     */
    int earliestFit(int from, int duration, int lo, int hi, int[] resource, int[] amount) {
        if (duration == 0 || lo == hi) {
            return from;
        }
        int t = from;
        search:
        while (true) {
            ensure(t + duration);
            for (int k = lo; k < hi; k++) {
                int[] f = free[resource[k]];
                int q = amount[k];
                for (int p = t + duration - 1; p >= t; p--) {
                    if (f[p] < q) {
                        t = p + 1;
                        continue search;
                    }
                }
            }
            return t;
        }
    }

    /** True if demands {@code [lo, hi)} fit in every period of [t, t + duration). */
    boolean fits(int t, int duration, int lo, int hi, int[] resource, int[] amount) {
        ensure(t + duration);
        for (int k = lo; k < hi; k++) {
            int[] f = free[resource[k]];
            int q = amount[k];
            for (int p = t; p < t + duration; p++) {
                if (f[p] < q) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Books demands {@code [lo, hi)} over [t, t + duration); free units may go negative (an overallocation). */
    void book(int t, int duration, int lo, int hi, int[] resource, int[] amount) {
        if (duration == 0 || lo == hi) {
            return;
        }
        ensure(t + duration);
        for (int k = lo; k < hi; k++) {
            int[] f = free[resource[k]];
            int q = amount[k];
            for (int p = t; p < t + duration; p++) {
                f[p] -= q;
            }
        }
        touched = Math.max(touched, t + duration);
    }
}
