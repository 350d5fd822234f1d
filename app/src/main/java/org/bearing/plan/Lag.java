package org.bearing.plan;

/**
 * The offset a dependency adds between predecessor and successor; a negative amount is a lead.
 * Working and elapsed lags are bounded by ten years, percentage lags by ±1000 %.
 */
public record Lag(long amount, LagUnit unit) {
    /** 10 years of elapsed minutes: far beyond any real lag, small enough to keep date arithmetic safe. */
    public static final long MAX_MINUTES = 10L * 365 * 24 * 60;
    public static final long MAX_PERCENT = 1000;
    public static final Lag NONE = new Lag(0, LagUnit.WORKING_MINUTES);

    public Lag {
        if (unit == null) {
            unit = LagUnit.WORKING_MINUTES;
        }
    }

    /** @return null when the lag is in range, else a message naming the limit */
    public String rangeProblem() {
        long max = unit == LagUnit.PERCENT ? MAX_PERCENT : MAX_MINUTES;
        return Math.abs(amount) > max
                ? "lag of " + amount + " " + unit.name().toLowerCase().replace('_', ' ') + " is out of range: at most ±" + max
                : null;
    }
}
