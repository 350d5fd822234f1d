package org.bearing.engine.leveling;

/**
 * The four dependency types between a predecessor P and a successor S, each with a lag L in time units
 * (negative lag = lead). With start s and finish f = s + duration:
 * <ul>
 *   <li>FS: s(S) ≥ f(P) + L</li>
 *   <li>SS: s(S) ≥ s(P) + L</li>
 *   <li>FF: f(S) ≥ f(P) + L</li>
 *   <li>SF: f(S) ≥ s(P) + L</li>
 * </ul>
 */
public enum DependencyType {
    FINISH_TO_START, START_TO_START, FINISH_TO_FINISH, START_TO_FINISH;

    /**
     * Every type is a minimum distance between the two starts: s(S) − s(P) ≥ the returned value.
     *
     * @param predecessorDuration duration of P
     * @param successorDuration duration of S
     * @param lag the dependency's lag
     */
    public int startToStartDistance(int predecessorDuration, int successorDuration, int lag) {
        return switch (this) {
            case FINISH_TO_START -> predecessorDuration + lag;
            case START_TO_START -> lag;
            case FINISH_TO_FINISH -> predecessorDuration - successorDuration + lag;
            case START_TO_FINISH -> lag - successorDuration;
        };
    }

    /** True when the starts {@code predecessorStart} and {@code successorStart} satisfy this dependency. */
    public boolean isSatisfied(int predecessorStart, int predecessorDuration, int successorStart, int successorDuration, int lag) {
        int pf = predecessorStart + predecessorDuration;
        int sf = successorStart + successorDuration;
        return switch (this) {
            case FINISH_TO_START -> successorStart >= pf + lag;
            case START_TO_START -> successorStart >= predecessorStart + lag;
            case FINISH_TO_FINISH -> sf >= pf + lag;
            case START_TO_FINISH -> sf >= predecessorStart + lag;
        };
    }
}
