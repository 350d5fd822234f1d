package org.bearing.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.engine.earnedvalue.Granularity;
import org.bearing.plan.Assignment;
import org.bearing.plan.Assignments;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.plan.Resource;
import org.bearing.plan.Resources;
import org.bearing.plan.Task;
import org.bearing.plan.TaskCost;
import org.bearing.plan.Tasks;
import org.bearing.plan.WorkBreakdown;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a project's {@link Budget}: the cost breakdown by task and WBS, the reserves and the funding against PV. */
@Service
@Transactional(readOnly = true)
public class Budgets {
    private final Projects projects;
    private final Tasks tasks;
    private final Assignments assignments;
    private final Resources resources;
    private final Actuals actuals;
    private final EarnedValues earnedValues;
    private final ControlAccounts controlAccounts;

    Budgets(Projects projects, Tasks tasks, Assignments assignments, Resources resources, Actuals actuals, EarnedValues earnedValues,
            ControlAccounts controlAccounts) {
        this.controlAccounts = controlAccounts;
        this.projects = projects;
        this.tasks = tasks;
        this.assignments = assignments;
        this.resources = resources;
        this.actuals = actuals;
        this.earnedValues = earnedValues;
    }

    public Budget budget(long projectId) {
        Project project = projects.get(projectId);
        WorkBreakdown wbs = tasks.breakdown(projectId);
        Map<Long, Resource> byId = new HashMap<>();
        resources.visibleTo(projectId).forEach(r -> byId.put(r.id(), r));
        Map<Long, List<Assignment>> byTask = new HashMap<>();
        assignments.all(projectId).forEach(a -> byTask.computeIfAbsent(a.taskId(), k -> new ArrayList<>()).add(a));
        Map<Long, Task> taskById = new HashMap<>();
        wbs.outline().forEach(t -> taskById.put(t.id(), t));

        // [labour, material, fixed] per task; a leaf's money is added to itself and to every summary above it
        Map<Long, BigDecimal[]> sums = new HashMap<>();
        BigDecimal bac = BigDecimal.ZERO;
        for (Task t : wbs.outline()) {
            if (t.summary()) {
                continue;
            }
            TaskCost.Parts parts = TaskCost.parts(t, byTask.getOrDefault(t.id(), List.of()), byId);
            BigDecimal[] own = {parts.labour(), parts.material(), parts.fixed()};
            bac = bac.add(own[0]).add(own[1]).add(own[2]);
            for (Long id = t.id(); id != null; id = taskById.containsKey(id) ? taskById.get(id).parentId() : null) {
                BigDecimal[] acc = sums.computeIfAbsent(id, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                for (int i = 0; i < 3; i++) {
                    acc[i] = acc[i].add(own[i]);
                }
            }
        }
        Map<Long, String> managers = controlAccounts.managers(projectId);
        List<Budget.Line> lines = new ArrayList<>();
        BigDecimal inControlAccounts = BigDecimal.ZERO;
        for (Task t : wbs.outline()) {
            BigDecimal[] v = sums.getOrDefault(t.id(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            Budget.Line line = new Budget.Line(t.id(), wbs.wbsCode(t), t.name(), wbs.level(t.id()), t.summary(), cents(v[0]), cents(v[1]),
                    cents(v[2]), cents(v[0].add(v[1]).add(v[2])), managers.get(t.id()));
            lines.add(line);
            if (line.controlAccountManager() != null) {
                // control accounts do not nest, so their budgets add up without counting anything twice
                inControlAccounts = inControlAccounts.add(v[0]).add(v[1]).add(v[2]);
            }
        }
        bac = cents(bac);
        Actual.Reserves reserves = actuals.reserves(projectId);
        BigDecimal costBaseline = bac.add(reserves.contingency());
        List<Actual.FundingPeriod> funding = actuals.funding(projectId);
        BigDecimal funded = funding.stream().map(Actual.FundingPeriod::amount).reduce(BigDecimal.ZERO, BigDecimal::add);

        var report = earnedValues.reportIfBaselined(projectId, Granularity.WEEK);
        List<EarnedValueReport.CurvePoint> pv = report.map(EarnedValueReport::sCurve).orElse(List.of());
        return new Budget(projectId, project.currency(), lines, bac, reserves, costBaseline,
                costBaseline.add(reserves.managementReserve()), funding, funded, report.map(EarnedValueReport::baseline).orElse(null),
                report.map(r -> r.project().bac()).orElse(null), pv, shortfall(pv, funding),
                bac.subtract(cents(inControlAccounts)));
    }

    /** The first period end where cumulative PV is more than the funds of the periods started by then. */
    static LocalDate shortfall(List<EarnedValueReport.CurvePoint> pv, List<Actual.FundingPeriod> funding) {
        for (EarnedValueReport.CurvePoint p : pv) {
            BigDecimal available = funding.stream().filter(f -> !f.start().isAfter(p.date())).map(Actual.FundingPeriod::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (BigDecimal.valueOf(p.pv()).compareTo(available) > 0) {
                return p.date();
            }
        }
        return null;
    }

    private static BigDecimal cents(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
