package org.bearing.interop;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bearing.plan.Assignment;
import org.bearing.plan.Dependency;
import org.bearing.plan.LagUnit;
import org.bearing.plan.Resource;
import org.bearing.plan.Task;
import org.bearing.schedule.ScheduledTask;

/**
 * The task table CSV and XLSX share: one row per task in outline order, numbered from 1 like MS Project's ID column,
 * with the schedule's dates and floats, predecessors written as {@code 3FS+2d} and resources as {@code Ann[50%]}.
 * Durations, lags and floats in hours of work.
 */
final class PlanTable {
    static final List<String> HEADERS = List.of("ID", "WBS", "Outline level", "Name", "Type", "Duration (h)", "Start", "Finish",
            "Early start", "Early finish", "Late start", "Late finish", "Total float (h)", "Free float (h)", "Critical",
            "% complete", "Constraint", "Constraint date", "Deadline", "Predecessors", "Resources", "Notes");

    /** One task's row; dates are {@link LocalDateTime}, numbers {@link BigDecimal} or Integer, text String. */
    record Row(Task task, int level, List<Object> cells) {
    }

    static List<Row> rows(ExportedPlan plan) {
        Map<Long, Integer> number = new HashMap<>();
        for (Task t : plan.tasks()) {
            number.put(t.id(), number.size() + 1);
        }
        Map<Long, List<String>> predecessors = new HashMap<>();
        for (Dependency d : plan.dependencies()) {
            predecessors.computeIfAbsent(d.successorId(), k -> new ArrayList<>()).add(number.get(d.predecessorId()) + d.type().name() + lag(d));
        }
        Map<Long, Resource> resources = plan.resources().stream().collect(Collectors.toMap(Resource::id, r -> r));
        Map<Long, List<String>> assigned = new HashMap<>();
        for (Assignment a : plan.assignments()) {
            Resource r = resources.get(a.resourceId());
            if (r != null) {
                String units = a.units().compareTo(BigDecimal.ONE) == 0 ? ""
                        : "[" + a.units().multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%]";
                assigned.computeIfAbsent(a.taskId(), k -> new ArrayList<>()).add(r.name() + units);
            }
        }
        Map<Long, ScheduledTask> scheduled = plan.scheduled();
        Map<Long, Integer> levels = plan.levels();
        List<Row> rows = new ArrayList<>();
        for (Task t : plan.tasks()) {
            ScheduledTask s = scheduled.get(t.id());
            List<Object> cells = new ArrayList<>(HEADERS.size());
            cells.add(number.get(t.id()));
            cells.add(t.wbsCode());
            cells.add(levels.get(t.id()));
            cells.add(t.name());
            cells.add(t.summary() ? "Summary" : t.milestone() ? "Milestone" : "Task");
            cells.add(hours(t.durationMinutes()));
            cells.add(s == null ? t.plannedStart() : s.start());
            cells.add(s == null ? t.plannedFinish() : s.finish());
            cells.add(s == null ? null : s.earlyStart());
            cells.add(s == null ? null : s.earlyFinish());
            cells.add(s == null ? null : s.lateStart());
            cells.add(s == null ? null : s.lateFinish());
            cells.add(s == null ? null : hours(s.totalFloatMinutes()));
            cells.add(s == null ? null : hours(s.freeFloatMinutes()));
            cells.add(s != null && s.critical() ? "Yes" : "No");
            cells.add(t.percentComplete());
            cells.add(t.constraintType() == null ? null : t.constraintType().name());
            cells.add(t.constraintDate());
            cells.add(t.deadline());
            cells.add(String.join(";", predecessors.getOrDefault(t.id(), List.of())));
            cells.add(String.join(";", assigned.getOrDefault(t.id(), List.of())));
            cells.add(t.notes());
            rows.add(new Row(t, levels.get(t.id()), cells));
        }
        return rows;
    }

    static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static String lag(Dependency d) {
        long amount = d.lag().amount();
        if (amount == 0) {
            return "";
        }
        String sign = amount > 0 ? "+" : "";
        return d.lag().unit() == LagUnit.PERCENT ? sign + amount + "%"
                : sign + hours(amount).toPlainString() + (d.lag().unit() == LagUnit.ELAPSED_MINUTES ? "eh" : "h");
    }
}
