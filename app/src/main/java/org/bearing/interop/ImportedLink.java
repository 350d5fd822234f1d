package org.bearing.interop;

/**
 * A dependency between two tasks as the file defines it.
 *
 * @param lagMinutes the lag (negative for a lead): working minutes for {@link LagKind#WORKING}, elapsed minutes
 *                   for {@link LagKind#ELAPSED}; for {@link LagKind#PERCENT} it is 0 and {@code lagPercent} holds the
 *                   percentage of the predecessor's duration
 */
public record ImportedLink(int predecessorUniqueId, int successorUniqueId, Type type,
                           long lagMinutes, LagKind lagKind, double lagPercent) {

    /** The lag as a plan dependency holds it: minutes, or a whole percentage for {@link LagKind#PERCENT}. */
    public long lagAmount() {
        return lagKind == LagKind.PERCENT ? Math.round(lagPercent) : lagMinutes;
    }

    /** The plan's unit of {@link #lagAmount()}. */
    public org.bearing.plan.LagUnit lagUnit() {
        return switch (lagKind) {
            case WORKING -> org.bearing.plan.LagUnit.WORKING_MINUTES;
            case ELAPSED -> org.bearing.plan.LagUnit.ELAPSED_MINUTES;
            case PERCENT -> org.bearing.plan.LagUnit.PERCENT;
        };
    }

    /** Finish-to-start, start-to-start, finish-to-finish, start-to-finish. */
    public enum Type { FS, SS, FF, SF }

    /** How a lag is measured: working time of a calendar, elapsed clock time, or a percentage of the predecessor. */
    public enum LagKind { WORKING, ELAPSED, PERCENT }
}
