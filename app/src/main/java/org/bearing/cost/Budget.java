package org.bearing.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A project's budget in its currency. Each task's planned cost ({@link org.bearing.plan.TaskCost}, as baselines freeze
 * it) splits into labour (work assignments: work hours × standard rate + cost per use), material (material
 * assignments: units × standard rate + cost per use) and fixed (the task's fixed cost + cost per use of cost
 * resources); summaries roll up their subtasks. Budget at completion BAC = Σ leaf tasks of the current plan; cost
 * baseline = BAC + contingency (reserve for identified risks); project budget = cost baseline + management reserve
 * (for unknown unknowns, released by management).
 *
 * @param baseline      name of the latest baseline, or null when the project has none (then there is no PV)
 * @param baselineBac   BAC of that baseline (what earned value measures against), or null
 * @param plannedValue  cumulative planned value by period end against that baseline; empty without a baseline
 * @param shortfallFrom the first period end at which cumulative PV exceeds the funds available by then, or null
 * @param outsideControlAccounts the part of BAC in no control account (all of it when the project has none)
 */
public record Budget(long projectId, String currency, List<Line> lines, BigDecimal bac, Actual.Reserves reserves,
                     BigDecimal costBaseline, BigDecimal projectBudget, List<Actual.FundingPeriod> funding, BigDecimal funded,
                     String baseline, Double baselineBac, List<EarnedValueReport.CurvePoint> plannedValue, LocalDate shortfallFrom,
                     BigDecimal outsideControlAccounts) {

    /**
     * One task's budget; a summary's is the sum of its subtasks. {@code total = labour + material + fixed}.
     *
     * @param controlAccountManager the manager when the task is a control account, else null
     */
    public record Line(long taskId, String wbsCode, String name, int level, boolean summary, BigDecimal labour, BigDecimal material,
                       BigDecimal fixed, BigDecimal total, String controlAccountManager) {
    }
}
