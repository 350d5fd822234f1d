package org.bearing.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * The value axis of a chart drawn on the server: bounds and gridlines on multiples of a round step (1, 2 or 5 × 10^k),
 * so that the labels read 0.90, 1.00, 1.10 or 0, 1.0M, 2.0M rather than 0.93, 1.05, 1.17 or 0, 842k, 1.7M.
 *
 * @param low  the bottom of the axis, a multiple of {@code step}
 * @param high the top of the axis, a multiple of {@code step}, above {@code low}
 * @param step the distance between gridlines
 */
public record ChartScale(double low, double high, double step) {

    /** The smallest round step at or above {@code range / intervals}, and at least {@code minStep}. */
    public static double roundStep(double range, int intervals, double minStep) {
        double raw = Math.max(range / intervals, minStep);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * magnitude >= raw - 1e-9 * magnitude) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** The axis over [min, max] with about {@code intervals} gridline intervals of at least {@code minStep}. */
    public static ChartScale covering(double min, double max, int intervals, double minStep) {
        double step = roundStep(Math.max(max - min, minStep), intervals, minStep);
        double low = step * Math.floor(min / step + 1e-9);
        double high = step * Math.ceil(max / step - 1e-9);
        return new ChartScale(low, high > low ? high : low + step, step);
    }

    /** The values of the gridlines from {@code low} to {@code high}. */
    public List<Double> gridlines() {
        List<Double> lines = new ArrayList<>();
        long n = Math.round((high - low) / step);
        double perUnit = Math.rint(1 / step);
        boolean fraction = perUnit >= 1 && Math.abs(1 / step - perUnit) < 1e-9;
        for (long k = 0; k <= n; k++) {
            double v = low + k * step;
            // 11 / 10 rather than 11 × 0.1, which is 1.1000000000000001
            lines.add(fraction ? Math.rint(v * perUnit) / perUnit : v);
        }
        return lines;
    }
}
