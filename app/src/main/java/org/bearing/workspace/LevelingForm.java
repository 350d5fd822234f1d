package org.bearing.workspace;

import java.time.LocalDateTime;
import java.util.Map;
import org.bearing.engine.leveling.LevelingLimit;
import org.bearing.engine.leveling.PriorityRule;
import org.bearing.schedule.Leveling;

/**
 * The leveling options as the planner typed them, echoed back into the form, with a message for each field that is
 * wrong (keyed by field name).
 */
public record LevelingForm(String limit, String mode, String seconds, String rule, Map<String, String> errors) {

    static LevelingForm defaults() {
        return new LevelingForm(LevelingLimit.FINISH_MAY_MOVE.name(), Leveling.Mode.SINGLE_PASS.name(), "5",
                PriorityRule.LATEST_FINISH.name(), Map.of());
    }

    /** The priority orders the form offers, each with the words a planner knows it by. */
    public static final Map<String, String> RULES = orderedRules();

    private static Map<String, String> orderedRules() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put(PriorityRule.LATEST_FINISH.name(), "Latest finish first (standard)");
        m.put(PriorityRule.LATEST_START.name(), "Latest start first");
        m.put(PriorityRule.MINIMUM_FLOAT.name(), "Least total float first");
        m.put(PriorityRule.EARLIEST_START.name(), "Earliest start first (ID order)");
        m.put(PriorityRule.MOST_TOTAL_SUCCESSORS.name(), "Most successors first");
        m.put(PriorityRule.GREATEST_RANK_POSITIONAL_WEIGHT.name(), "Greatest rank positional weight first");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The message of a wrong field, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    /** A task that leveling moves, with its dates before and after; delay in working minutes. */
    public record Move(long taskId, String name, LocalDateTime start, LocalDateTime finish, LocalDateTime leveledStart,
                       LocalDateTime leveledFinish, long delayMinutes) {
    }
}
