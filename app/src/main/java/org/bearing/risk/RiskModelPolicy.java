package org.bearing.risk;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bearing.plan.Task;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
import org.bearing.platform.RuleViolationException;

/**
 * What a quantitative risk model must satisfy before it is stored: every three-point estimate has
 * 0 ≤ min ≤ most likely ≤ max, probabilities are in [0, 1], correlation coefficients in [−1, 1], and every task, risk and
 * group it names exists. Each error names the field, e.g. {@code estimates[2].mostLikely}.
 */
public final class RiskModelPolicy {
    /** Largest duration a three-point value may have: 100 years of working minutes. */
    static final double MAX_MINUTES = 100.0 * 365 * 24 * 60;

    private RiskModelPolicy() {
    }

    public static void check(QuantitativeRiskModel m, Map<Long, Task> tasks, Set<Long> riskIds) {
        Set<String> groups = new HashSet<>();
        for (int g = 0; g < m.correlationGroups().size(); g++) {
            QuantitativeRiskModel.CorrelationGroup group = m.correlationGroups().get(g);
            String at = "correlationGroups[" + g + "].";
            if (group.name() == null || group.name().isBlank() || group.name().length() > 200) {
                throw new InvalidFieldException(at + "name", "a correlation group needs a name of 1..200 characters");
            }
            if (!groups.add(group.name())) {
                throw new InvalidFieldException(at + "name", "correlation group '" + group.name() + "' is named twice");
            }
            Double rho = group.coefficient();
            if (rho == null || !(rho >= -1 && rho <= 1)) {
                throw new InvalidFieldException(at + "coefficient", "the correlation coefficient must be in [-1, 1], got " + rho);
            }
            if (rho < 0 || rho >= 1) {
                // A one-factor copula gives every pair the same ρ; only 0 ≤ ρ < 1 keeps the construction valid.
                throw new RuleViolationException("correlation-not-modelled", at + "coefficient",
                        "a correlation group models a shared driver: its coefficient must be in [0, 1), got " + rho);
            }
        }
        Set<Long> estimated = new HashSet<>();
        for (int i = 0; i < m.estimates().size(); i++) {
            QuantitativeRiskModel.Estimate e = m.estimates().get(i);
            String at = "estimates[" + i + "].";
            Task task = task(e.taskId(), tasks, at + "taskId");
            if (!estimated.add(task.id())) {
                throw new InvalidFieldException(at + "taskId", "task " + task.id() + " has two estimates");
            }
            if (e.unit() == null) {
                throw new InvalidFieldException(at + "unit", "unit is WORKING_MINUTES or PERCENT_OF_DURATION");
            }
            if (e.distribution() == null) {
                throw new InvalidFieldException(at + "distribution", "distribution is one of TRIANGULAR, BETA_PERT, UNIFORM, NORMAL, LOGNORMAL");
            }
            threePoint(at, "min", "mostLikely", "max", e.min(), e.mostLikely(), e.max());
            if (e.correlationGroup() != null && !groups.contains(e.correlationGroup())) {
                throw new InvalidFieldException(at + "correlationGroup", "no correlation group '" + e.correlationGroup() + "' in this model");
            }
            money(at, "costMin", "costMostLikely", "costMax", e.costMin(), e.costMostLikely(), e.costMax());
        }
        Set<Long> modelled = new HashSet<>();
        for (int r = 0; r < m.riskEvents().size(); r++) {
            QuantitativeRiskModel.RiskEvent ev = m.riskEvents().get(r);
            String at = "riskEvents[" + r + "].";
            if (ev.riskId() == null) {
                throw new InvalidFieldException(at + "riskId", "riskId names a risk of this project's register");
            }
            if (!riskIds.contains(ev.riskId())) {
                throw new NotFoundException("Risk", ev.riskId() + " in this project's register", at + "riskId");
            }
            if (!modelled.add(ev.riskId())) {
                throw new InvalidFieldException(at + "riskId", "risk " + ev.riskId() + " is modelled twice");
            }
            if (ev.probability() == null || !(ev.probability() >= 0 && ev.probability() <= 1)) {
                throw new InvalidFieldException(at + "probability", "probability must be in [0, 1], got " + ev.probability());
            }
            if (ev.durationDistribution() == null) {
                throw new InvalidFieldException(at + "durationDistribution", "durationDistribution is one of TRIANGULAR, BETA_PERT, UNIFORM, NORMAL, LOGNORMAL");
            }
            threePoint(at, "durationMin", "durationMostLikely", "durationMax", ev.durationMin(), ev.durationMostLikely(), ev.durationMax());
            money(at, "costMin", "costMostLikely", "costMax", ev.costMin(), ev.costMostLikely(), ev.costMax());
            if (ev.taskIds().isEmpty()) {
                throw new InvalidFieldException(at + "taskIds", "a risk event affects at least one task");
            }
            for (int t = 0; t < ev.taskIds().size(); t++) {
                task(ev.taskIds().get(t), tasks, at + "taskIds[" + t + "]");
            }
        }
    }

    private static Task task(Long id, Map<Long, Task> tasks, String field) {
        if (id == null) {
            throw new InvalidFieldException(field, "a task id is required");
        }
        Task t = tasks.get(id);
        if (t == null) {
            throw new NotFoundException("Task", id + " in this project", field);
        }
        if (t.summary()) {
            throw new RuleViolationException("summary-task-not-estimated", field,
                    "task " + id + " is a summary: its duration comes from its subtasks, estimate those");
        }
        return t;
    }

    private static void threePoint(String at, String minName, String mlName, String maxName, Double min, Double ml, Double max) {
        for (Object[] v : List.of(new Object[] {minName, min}, new Object[] {mlName, ml}, new Object[] {maxName, max})) {
            Double x = (Double) v[1];
            if (x == null || !(x >= 0 && x <= MAX_MINUTES)) {
                throw new InvalidFieldException(at + v[0], v[0] + " must be a number from 0 to " + (long) MAX_MINUTES + ", got " + x);
            }
        }
        if (ml < min) {
            throw new InvalidFieldException(at + mlName, "needs min <= most likely <= max, but most likely " + ml + " < min " + min);
        }
        if (max < ml) {
            throw new InvalidFieldException(at + maxName, "needs min <= most likely <= max, but max " + max + " < most likely " + ml);
        }
    }

    private static void money(String at, String minName, String mlName, String maxName, BigDecimal min, BigDecimal ml, BigDecimal max) {
        if (min == null && ml == null && max == null) {
            return;
        }
        String[] names = {minName, mlName, maxName};
        BigDecimal[] values = {min, ml, max};
        for (int i = 0; i < 3; i++) {
            if (values[i] == null || values[i].signum() < 0 || values[i].compareTo(new BigDecimal("1e13")) > 0) {
                throw new InvalidFieldException(at + names[i], "a cost estimate needs all three values, each from 0 to 1e13");
            }
        }
        if (ml.compareTo(min) < 0) {
            throw new InvalidFieldException(at + mlName, "needs min <= most likely <= max, but most likely " + ml + " < min " + min);
        }
        if (max.compareTo(ml) < 0) {
            throw new InvalidFieldException(at + maxName, "needs min <= most likely <= max, but max " + max + " < most likely " + ml);
        }
    }
}
