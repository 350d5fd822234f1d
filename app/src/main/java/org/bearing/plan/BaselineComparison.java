package org.bearing.plan;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The current plan against one baseline, task by task, with MS Project's variances:
 * <ul>
 *   <li>finish (start) variance = current finish (start) − baseline finish (start), in working days of the project
 *       calendar; positive means later than baselined;</li>
 *   <li>duration and work variance = current − baseline, in working minutes;</li>
 *   <li>cost variance = current cost − baseline cost, in the project's currency; positive means over.</li>
 * </ul>
 * A task has <em>slipped</em> when its finish variance is positive (MS Project's "Slipped tasks" filter). Tasks added
 * since the baseline have no baseline values and no variances. The totals are those of the project: its finish is the
 * latest task finish, its cost the sum over top-level tasks (summaries already hold their subtasks' cost).
 */
public record BaselineComparison(Baseline baseline, List<Row> rows, Totals totals) {

    /** Working time between two instants on the project calendar, and how many working minutes make a day. */
    public interface WorkingTime {
        /** Working minutes in [from, to); negative when {@code to} is before {@code from}. */
        long minutesBetween(LocalDateTime from, LocalDateTime to);

        int minutesPerDay();
    }

    /** The current values of one task, as the plan holds them now (cost and work rolled up to summaries). */
    public record Current(Task task, String wbsCode, int outlineLevel, long workMinutes, BigDecimal cost) {
    }

    /** One task's current and baseline values and their variances; baseline values and variances are null for an added task. */
    public record Row(long taskId, String wbsCode, String name, int outlineLevel, boolean summary, boolean milestone,
                      LocalDateTime start, LocalDateTime finish, long durationMinutes, long workMinutes, BigDecimal cost,
                      LocalDateTime baselineStart, LocalDateTime baselineFinish, Long baselineDurationMinutes, Long baselineWorkMinutes,
                      BigDecimal baselineCost, Double startVarianceDays, Double finishVarianceDays, Long durationVarianceMinutes,
                      Long workVarianceMinutes, BigDecimal costVariance) {

        public boolean added() {
            return baselineFinish == null && baselineCost == null;
        }

        public boolean slipped() {
            return finishVarianceDays != null && finishVarianceDays > 0;
        }
    }

    /**
     * The project's finish and cost now and in the baseline, their variances (finish in working days), how many tasks
     * slipped, and how many were added or removed since the baseline.
     */
    public record Totals(LocalDateTime finish, LocalDateTime baselineFinish, Double finishVarianceDays, BigDecimal cost,
                         BigDecimal baselineCost, BigDecimal costVariance, int slipped, int added, int removed) {
    }

    public static BaselineComparison of(Baseline baseline, List<Current> current, WorkingTime time) {
        Map<Long, BaselineTask> frozen = new HashMap<>();
        baseline.tasks().forEach(t -> frozen.put(t.taskId(), t));
        List<Row> rows = new ArrayList<>(current.size());
        Set<Long> present = new HashSet<>();
        LocalDateTime finish = null;
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal baselineCost = BigDecimal.ZERO;
        int slipped = 0;
        int added = 0;
        for (Current c : current) {
            Task t = c.task();
            present.add(t.id());
            BaselineTask b = frozen.get(t.id());
            Row row = b == null
                    ? new Row(t.id(), c.wbsCode(), t.name(), c.outlineLevel(), t.summary(), t.milestone(), t.plannedStart(), t.plannedFinish(),
                    t.durationMinutes(), c.workMinutes(), c.cost(), null, null, null, null, null, null, null, null, null, null)
                    : new Row(t.id(), c.wbsCode(), t.name(), c.outlineLevel(), t.summary(), t.milestone(), t.plannedStart(), t.plannedFinish(),
                    t.durationMinutes(), c.workMinutes(), c.cost(), b.start(), b.finish(), b.durationMinutes(), b.workMinutes(), b.cost(),
                    days(time, b.start(), t.plannedStart()), days(time, b.finish(), t.plannedFinish()),
                    t.durationMinutes() - b.durationMinutes(), c.workMinutes() - b.workMinutes(), subtract(c.cost(), b.cost()));
            rows.add(row);
            if (row.added()) {
                added++;
            }
            if (row.slipped() && !t.summary()) {
                slipped++;
            }
            finish = later(finish, t.plannedFinish());
            if (t.parentId() == null) {
                cost = cost.add(c.cost() == null ? BigDecimal.ZERO : c.cost());
                baselineCost = baselineCost.add(b == null || b.cost() == null ? BigDecimal.ZERO : b.cost());
            }
        }
        LocalDateTime baselineFinish = null;
        for (BaselineTask b : baseline.tasks()) {
            baselineFinish = later(baselineFinish, b.finish());
        }
        int removed = (int) baseline.tasks().stream().filter(b -> !present.contains(b.taskId())).count();
        return new BaselineComparison(baseline, rows, new Totals(finish, baselineFinish, days(time, baselineFinish, finish), cost,
                baselineCost, cost.subtract(baselineCost), slipped, added, removed));
    }

    /** Working days from {@code baseline} to {@code now}, rounded to a tenth; null when either is unknown. */
    static Double days(WorkingTime time, LocalDateTime baseline, LocalDateTime now) {
        if (baseline == null || now == null) {
            return null;
        }
        double d = time.minutesBetween(baseline, now) / (double) Math.max(1, time.minutesPerDay());
        return Math.round(d * 10) / 10.0;
    }

    private static BigDecimal subtract(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }
}
