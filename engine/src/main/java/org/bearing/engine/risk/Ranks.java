package org.bearing.engine.risk;

import java.util.Arrays;

/** Ranks with ties averaged, and the Pearson correlation of two samples (Spearman's ρ when given ranks). */
final class Ranks {

    private Ranks() {
    }

    /** 1-based ranks of the values; tied values share the mean of their ranks. */
    static double[] of(double[] values) {
        int s = values.length;
        Integer[] order = new Integer[s];
        for (int i = 0; i < s; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[s];
        int i = 0;
        while (i < s) {
            int j = i;
            while (j + 1 < s && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double r = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = r;
            }
            i = j + 1;
        }
        return ranks;
    }

    /**
     * 1-based ranks of {@code length} non-negative values starting at {@code offset}, ties averaged; sorts
     * primitive keys (float bits, which order like the values when non-negative, above the index).
     */
    static double[] ofNonNegative(float[] values, int offset, int length) {
        double[] counted = countedRanks(values, offset, length);
        if (counted != null) {
            return counted;
        }
        long[] keys = new long[length];
        for (int i = 0; i < length; i++) {
            float v = values[offset + i];
            if (!(v >= 0)) {
                throw new IllegalArgumentException("negative or NaN value " + v);
            }
            keys[i] = ((long) Float.floatToIntBits(v) << 32) | i;
        }
        Arrays.sort(keys);
        double[] ranks = new double[length];
        int i = 0;
        while (i < length) {
            int j = i;
            long bits = keys[i] >>> 32;
            while (j + 1 < length && (keys[j + 1] >>> 32) == bits) {
                j++;
            }
            double r = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                ranks[(int) keys[k]] = r;
            }
            i = j + 1;
        }
        return ranks;
    }

    /**
     * The ranks of {@link #ofNonNegative} by counting, when the values are whole numbers in a range at most a few
     * times the sample size (sampled durations in minutes): linear time instead of a sort, same ranks. Null if
     * they are not.
     */
    private static double[] countedRanks(float[] values, int offset, int length) {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < length; i++) {
            float v = values[offset + i];
            if (!(v >= 0) || v != (float) (int) v) {
                return null;
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (length == 0 || max - min > 4L * length + 1024) {
            return null;
        }
        int base = (int) min;
        int[] count = new int[(int) max - base + 1];
        for (int i = 0; i < length; i++) {
            count[(int) values[offset + i] - base]++;
        }
        // the value's tied block occupies sorted positions [before, before + count - 1]: its rank is their mean
        double[] rankOf = new double[count.length];
        int before = 0;
        for (int v = 0; v < count.length; v++) {
            rankOf[v] = before + (count[v] - 1) / 2.0 + 1;
            before += count[v];
        }
        double[] ranks = new double[length];
        for (int i = 0; i < length; i++) {
            ranks[i] = rankOf[(int) values[offset + i] - base];
        }
        return ranks;
    }

    /** Pearson's r = cov(x, y) / (sd(x) sd(y)); 0 if either sample is constant. */
    static double pearson(double[] x, double[] y) {
        int s = x.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < s; i++) {
            mx += x[i];
            my += y[i];
        }
        mx /= s;
        my /= s;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < s; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
    }
}
