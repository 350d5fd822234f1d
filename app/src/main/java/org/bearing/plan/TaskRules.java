package org.bearing.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.RuleViolationException;

/** Consistency rules of one task's own fields, checked before every write. */
public final class TaskRules {
    private TaskRules() {
    }

    public static void check(TaskDraft d) {
        ConstraintType type = d.constraintType() == null ? ConstraintType.ASAP : d.constraintType();
        if (type.needsDate() && d.constraintDate() == null) {
            throw new InvalidFieldException("constraintDate", "constraintDate is required for a " + type + " constraint");
        }
        if (d.actualFinish() != null && d.actualStart() == null) {
            throw new InvalidFieldException("actualStart", "actualStart is required when actualFinish is set");
        }
        if (d.actualFinish() != null && d.actualFinish().isBefore(d.actualStart())) {
            throw new InvalidFieldException("actualFinish", "actualFinish " + d.actualFinish() + " is before actualStart " + d.actualStart());
        }
        if (d.plannedStart() != null && d.plannedFinish() != null && d.plannedFinish().isBefore(d.plannedStart())) {
            throw new InvalidFieldException("plannedFinish", "plannedFinish is before plannedStart");
        }
        checkEarning(d);
    }

    /**
     * The earning rules (answered with 422 naming the field): a known {@link EarnedValueMethod}, physical % complete
     * within 0..100, and milestone steps with a name and a positive weight.
     */
    static void checkEarning(TaskDraft d) {
        if (d.evMethod() != null && EarnedValueMethod.named(d.evMethod()).isEmpty()) {
            throw new RuleViolationException("unknown-ev-method", "evMethod", "evMethod must be one of "
                    + EarnedValueMethod.allowed() + "; got '" + d.evMethod() + "'",
                    Map.of("allowed", List.of(EarnedValueMethod.values()).stream().map(Enum::name).toList()));
        }
        BigDecimal physical = d.physicalPercentComplete();
        if (physical != null && (physical.signum() < 0 || physical.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new RuleViolationException("physical-percent-out-of-range", "physicalPercentComplete",
                    "physicalPercentComplete must be within 0..100; got " + physical.toPlainString());
        }
        List<EvMilestone> steps = d.evMilestones() == null ? List.of() : d.evMilestones();
        if (steps.size() > EvMilestone.MAX_STEPS) {
            throw new RuleViolationException("too-many-ev-milestones", "evMilestones",
                    "a task has at most " + EvMilestone.MAX_STEPS + " milestone steps; got " + steps.size());
        }
        for (int i = 0; i < steps.size(); i++) {
            EvMilestone s = steps.get(i);
            String at = "evMilestones[" + i + "]";
            if (s == null || s.name() == null || s.name().isBlank() || s.name().length() > EvMilestone.MAX_NAME
                    || s.name().contains("\n") || s.name().contains("\r")) {
                throw new RuleViolationException("invalid-ev-milestone", at + ".name",
                        at + ".name must be one line of 1.." + EvMilestone.MAX_NAME + " characters");
            }
            if (s.weight() == null || s.weight().signum() <= 0 || s.weight().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                throw new RuleViolationException("invalid-ev-milestone", at + ".weight",
                        at + ".weight must be a number above 0 and at most 1,000,000");
            }
        }
    }
}
