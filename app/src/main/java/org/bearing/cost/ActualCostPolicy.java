package org.bearing.cost;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Which actual cost (AC, in the project's currency) each leaf task reports, decided task by task so that recorded
 * actuals and progress can be mixed in one project.
 *
 * <ul>
 * <li><b>Recorded AC</b> of a task up to a date d = Σ approved cost entries dated ≤ d + Σ approved hours dated ≤ d ×
 * the resource's standard rate (per hour). Only {@link ApprovalStatus#APPROVED} entries count
 * ({@link ApprovalPolicy#countsInActualCost}); submitted and rejected ones never do.</li>
 * <li><b>Implied AC</b> of a task = fixed cost × % complete + for each assignment, once the task started: cost per use
 * + actual work (or % complete × planned work when no actual work is entered) × standard rate for work resources,
 * units × % complete × rate for materials; what progress implies, as MS Project does.</li>
 * <li><b>Carried AC</b> of a task with approved entries = its implied AC accrued by the end of the day before its
 * first approved entry (implied AC spread evenly over the task's working time from its actual start to its actual
 * finish, or the status date): the work done before anyone booked actuals on the task, as an opening balance.</li>
 * </ul>
 *
 * <p>The rule: a task with at least one approved entry dated on or before the status date takes its carried AC plus
 * its recorded AC ({@link Source#RECORDED}); any other task takes its implied AC ({@link Source#IMPLIED}). WBS elements
 * and the project sum their tasks whatever the source. Why per task: teams start booking actuals on some tasks while
 * the rest of the plan only reports progress; replacing the whole project's AC by the few entries booked so far makes
 * AC tiny and CPI absurd (one 8-hour entry gave a CPI of 1448 on a demo project). Why the carried balance: a task
 * that finished on progress alone and then gets one late booking (a forgotten invoice) would otherwise drop all the
 * cost its progress implied (a CPI of 39.5 on a demo task); P6 likewise adds timesheet hours to the actual units a
 * task already had when timesheets began. Entries dated back to the task's start carry nothing over.
 *
 * <p>Time-phased AC (the S-curve) keeps each task's source as of the status date: before its first entry a recorded
 * task accrues its implied AC; from that day on, its carried AC plus its entries dated up to the day.
 */
public final class ActualCostPolicy {

    /** Where a task's actual cost comes from. */
    public enum Source {
        /** Approved cost and time entries, on top of the implied AC carried from before the first of them. */
        RECORDED,
        /** What the task's progress implies. */
        IMPLIED
    }

    /** Approved cost per task, per day (currency), dated up to the status date. */
    private final Map<Long, NavigableMap<LocalDate, Double>> recorded;

    /**
     * @param approvedByTaskAndDay approved actual cost per task and per day, dated up to the status date (hours
     *                             already costed at the resource's rate)
     */
    public ActualCostPolicy(Map<Long, ? extends Map<LocalDate, Double>> approvedByTaskAndDay) {
        Map<Long, NavigableMap<LocalDate, Double>> copy = new HashMap<>();
        approvedByTaskAndDay.forEach((task, byDay) -> {
            if (!byDay.isEmpty()) {
                copy.put(task, Collections.unmodifiableNavigableMap(new TreeMap<>(byDay)));
            }
        });
        this.recorded = Map.copyOf(copy);
    }

    /** The source of a task's AC at the status date. */
    public Source source(long taskId) {
        return recorded.containsKey(taskId) ? Source.RECORDED : Source.IMPLIED;
    }

    /** The date of the task's first approved entry, if it has any (dated up to the status date). */
    public java.util.Optional<LocalDate> firstEntry(long taskId) {
        NavigableMap<LocalDate, Double> days = recorded.get(taskId);
        return days == null ? java.util.Optional.empty() : java.util.Optional.of(days.firstKey());
    }

    /**
     * The task's AC at the status date: {@code carried} plus its approved entries when it has any, else
     * {@code implied}.
     *
     * @param implied the task's implied AC at the status date
     * @param carried the task's implied AC accrued by the end of the day before {@link #firstEntry} (ignored for a
     *                task without entries)
     */
    public double actualCost(long taskId, double implied, double carried) {
        NavigableMap<LocalDate, Double> days = recorded.get(taskId);
        return days == null ? implied : nonNegative(carried + sum(days));
    }

    /**
     * The task's AC at the end of {@code date} (on or before the status date): a recorded task from its first entry on
     * counts {@code carried} plus its entries dated up to it; before that, and for implied tasks, {@code impliedAtDate},
     * the implied AC accrued by that date.
     */
    public double actualCostAt(long taskId, LocalDate date, double impliedAtDate, double carried) {
        NavigableMap<LocalDate, Double> days = recorded.get(taskId);
        if (days == null || date.isBefore(days.firstKey())) {
            return impliedAtDate;
        }
        return nonNegative(carried + sum(days.headMap(date, true)));
    }

    private static double sum(Map<LocalDate, Double> byDay) {
        return byDay.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /**
     * A credit (negative cost entry) booked before the charge it reverses could leave a task's running sum below zero
     * for a while; actual cost to date is never negative, so it reads 0 until the charge is booked.
     */
    private static double nonNegative(double v) {
        return Math.max(0, v);
    }
}
