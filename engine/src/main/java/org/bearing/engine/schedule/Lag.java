package org.bearing.engine.schedule;

/**
 * The lag of a link: an {@code amount} in a {@link LagUnit}; negative amounts are leads. Working and elapsed
 * lags are in minutes; a percent lag of 50 means half the predecessor's duration.
 */
public record Lag(LagUnit unit, double amount) {

    /** No lag. */
    public static final Lag NONE = new Lag(LagUnit.WORKING_MINUTES, 0);

    public Lag {
        if (unit == null) {
            throw new IllegalArgumentException("lag unit is required");
        }
        if (Double.isNaN(amount) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("lag amount must be finite, got " + amount);
        }
    }

    /** A lag of working minutes (negative = lead). */
    public static Lag working(long minutes) {
        return new Lag(LagUnit.WORKING_MINUTES, minutes);
    }

    /** A lag of elapsed minutes (negative = lead). */
    public static Lag elapsed(long minutes) {
        return new Lag(LagUnit.ELAPSED_MINUTES, minutes);
    }

    /** A lag of a percentage of the predecessor's duration. */
    public static Lag percent(double percentOfPredecessor) {
        return new Lag(LagUnit.PERCENT_OF_PREDECESSOR, percentOfPredecessor);
    }

    public boolean isZero() {
        return amount == 0;
    }
}
