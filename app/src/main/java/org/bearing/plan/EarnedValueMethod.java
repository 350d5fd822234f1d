package org.bearing.plan;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a task earns its budget (its earned value technique). The names and formulas are those of the engine's
 * {@code org.bearing.engine.earnedvalue.EvMethod}, where f is the earned fraction of the task's budget (0..1):
 * <ul>
 *   <li>{@link #PERCENT_COMPLETE}: f = duration % complete (the default, and MS Project's "% Complete").</li>
 *   <li>{@link #ZERO_HUNDRED}: f = 0 until the task finishes, then 1.</li>
 *   <li>{@link #FIFTY_FIFTY}: f = 0.5 once started, 1 when finished.</li>
 *   <li>{@link #WEIGHTED_MILESTONES}: f = Σ weights of the achieved {@link EvMilestone}s / Σ all their weights
 *       (0 while the task has none).</li>
 *   <li>{@link #PHYSICAL_PERCENT}: f = physical % complete, as assessed by the task's owner (MS Project's "Physical %
 *       Complete", P6's "Physical" percent complete type).</li>
 * </ul>
 */
public enum EarnedValueMethod {
    PERCENT_COMPLETE("% complete"), ZERO_HUNDRED("0/100"), FIFTY_FIFTY("50/50"), WEIGHTED_MILESTONES("Weighted milestones"),
    PHYSICAL_PERCENT("Physical % complete");

    private final String label;

    EarnedValueMethod(String label) {
        this.label = label;
    }

    /** The name a user reads ("50/50"). */
    public String label() {
        return label;
    }

    /** The constant named {@code name} (exactly, as the API spells it), or empty. */
    public static Optional<EarnedValueMethod> named(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst();
    }

    /** The names a client may send, comma separated, for error messages. */
    public static String allowed() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
