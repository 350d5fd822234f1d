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

    /**
     * The planned cost split by kind, unrounded: labour (work assignments), material (material assignments) and fixed
     * (the task's fixed cost + cost per use of cost resources).
     */
    public record Parts(BigDecimal labour, BigDecimal material, BigDecimal fixed) {
        public BigDecimal total() {
            return labour.add(material).add(fixed);
        }
    }

    public static BigDecimal of(Task task, Collection<Assignment> assignments, Map<Long, Resource> resources) {
        return parts(task, assignments, resources).total().setScale(2, RoundingMode.HALF_UP);
    }

    public static Parts parts(Task task, Collection<Assignment> assignments, Map<Long, Resource> resources) {
        BigDecimal labour = BigDecimal.ZERO;
        BigDecimal material = BigDecimal.ZERO;
        BigDecimal fixed = task.fixedCost() == null ? BigDecimal.ZERO : task.fixedCost();
        for (Assignment a : assignments) {
            Resource r = resources.get(a.resourceId());
            if (r == null) {
                continue;
            }
            switch (r.type()) {
                case WORK -> labour = labour.add(BigDecimal.valueOf(a.workMinutes()).divide(BigDecimal.valueOf(60), MathContext.DECIMAL64)
                        .multiply(r.standardRate())).add(r.costPerUse());
                case MATERIAL -> material = material.add(a.units().multiply(r.standardRate())).add(r.costPerUse());
                case COST -> fixed = fixed.add(r.costPerUse());
            }
        }
        return new Parts(labour, material, fixed);
    }
}
