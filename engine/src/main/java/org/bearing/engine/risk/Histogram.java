package org.bearing.engine.risk;

/**
 * Equal-width bins over [min, max] of a sample: bin b covers [lower(b), lower(b) + width), the last bin also
 * its upper edge. The cumulative curve gives F(upper(b)) = (count of values in bins 0..b) / K.
 */
public record Histogram(double min, double width, long[] counts) {

    static Histogram of(double[] sorted, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1, got " + bins);
        }
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        double width = max > min ? (max - min) / bins : 1;
        long[] counts = new long[bins];
        for (double v : sorted) {
            int b = (int) Math.min(bins - 1, Math.floor((v - min) / width));
            counts[b]++;
        }
        return new Histogram(min, width, counts);
    }

    public int bins() {
        return counts.length;
    }

    public double lower(int bin) {
        return min + bin * width;
    }

    public double upper(int bin) {
        return min + (bin + 1) * width;
    }

    /** Cumulative probability at the upper edge of each bin; the last is 1. */
    public double[] cumulative() {
        double[] c = new double[counts.length];
        long total = 0;
        for (long v : counts) {
            total += v;
        }
        long run = 0;
        for (int b = 0; b < counts.length; b++) {
            run += counts[b];
            c[b] = run / (double) total;
        }
        return c;
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }
}
