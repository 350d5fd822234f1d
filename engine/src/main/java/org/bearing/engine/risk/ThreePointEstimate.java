package org.bearing.engine.risk;

import java.util.Objects;

/**
 * A three-point estimate of a task duration (working minutes) or cost: minimum, most likely and maximum,
 * and the shape of the distribution drawn through them. NORMAL and LOGNORMAL use the Beta-PERT mean
 * (min + 4 most likely + max) / 6 and standard deviation (max - min) / 6.
 */
public record ThreePointEstimate(double min, double mostLikely, double max, Shape shape) {

    /** Distribution shapes for three-point estimates. */
    public enum Shape {
        TRIANGULAR, PERT, UNIFORM, NORMAL, LOGNORMAL
    }

    public ThreePointEstimate {
        Objects.requireNonNull(shape, "shape");
        if (!(min >= 0 && min <= mostLikely && mostLikely <= max) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("three-point estimate needs 0 <= min <= most likely <= max, got "
                    + min + ", " + mostLikely + ", " + max);
        }
    }

    /**
     * An estimate around a planned value: min = planned x (1 + low), max = planned x (1 + high), most likely =
     * planned; e.g. {@code around(4800, -0.10, 0.25, TRIANGULAR)}.
     */
    public static ThreePointEstimate around(double planned, double low, double high, Shape shape) {
        if (low > 0 || high < 0 || low < -1) {
            throw new IllegalArgumentException("need -1 <= low <= 0 <= high, got " + low + ", " + high);
        }
        return new ThreePointEstimate(planned * (1 + low), planned, planned * (1 + high), shape);
    }

    /** The distribution of this estimate. */
    public Distribution distribution() {
        if (max == min) {
            return Distribution.constant(min);
        }
        double mean = (min + 4 * mostLikely + max) / 6;
        double sd = (max - min) / 6;
        return switch (shape) {
            case TRIANGULAR -> Distribution.triangular(min, mostLikely, max);
            case PERT -> Distribution.pert(min, mostLikely, max);
            case UNIFORM -> Distribution.uniform(min, max);
            case NORMAL -> Distribution.normal(mean, sd);
            case LOGNORMAL -> Distribution.lognormal(mean, sd);
        };
    }
}
