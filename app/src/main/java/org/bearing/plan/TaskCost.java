package org.bearing.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;

/**
 * The planned cost of a task, in the project's currency:
 * cost = fixed cost + Σ work assignments (work hours × standard rate + cost per use)
 * + Σ material assignments (units × standard rate + cost per use) + Σ cost-resource assignments (cost per use).
 */
public final class TaskCost {
    private TaskCost() {
    }

    public static BigDecimal of(Task task, Collection<Assignment> assignments, Map<Long, Resource> resources) {
        BigDecimal cost = task.fixedCost() == null ? BigDecimal.ZERO : task.fixedCost();
        for (Assignment a : assignments) {
            Resource r = resources.get(a.resourceId());
            if (r == null) {
                continue;
            }
            BigDecimal variable = switch (r.type()) {
                case WORK -> BigDecimal.valueOf(a.workMinutes()).divide(BigDecimal.valueOf(60), MathContext.DECIMAL64).multiply(r.standardRate());
                case MATERIAL -> a.units().multiply(r.standardRate());
                case COST -> BigDecimal.ZERO;
            };
            cost = cost.add(variable).add(r.costPerUse());
        }
        return cost.setScale(2, RoundingMode.HALF_UP);
    }
}
