package org.bearing.cost;

import java.time.LocalDate;
import java.util.List;

/**
 * A project's earned value at its status date against a baseline, with the S-curve behind it. Money is in the
 * project's currency; durations (ES, AT, SV(t), EAC(t)) are in working days of the project calendar.
 * SPI = EV / PV, CPI = EV / AC, SPI(t) = ES / AT; ratios with a zero denominator are null. Each leaf task's AC is
 * chosen by the {@link ActualCostPolicy}; {@code tasks} says which source each task's AC came from.
 */
public record EarnedValueReport(long projectId, String currency, String baseline, LocalDate statusDate, Measures project,
                                List<Node> breakdown, List<CurvePoint> sCurve, List<TaskLine> tasks) {

    /** A report without its per-task lines (for callers that only need the roll-ups). */
    public EarnedValueReport(long projectId, String currency, String baseline, LocalDate statusDate, Measures project,
                             List<Node> breakdown, List<CurvePoint> sCurve) {
        this(projectId, currency, baseline, statusDate, project, breakdown, sCurve, List.of());
    }

    /**
     * One baselined leaf task: how it earns ({@code evMethod}, an {@code org.bearing.plan.EarnedValueMethod} name), the
     * progress that method reads (duration and physical % complete, 0..100; achieved / total milestone weight, 0..1),
     * its measures, and where its AC came from ({@link ActualCostPolicy}).
     */
    public record TaskLine(long taskId, String name, String evMethod, double percentComplete, double physicalPercentComplete,
                           double milestonesAchieved, Measures measures, ActualCostPolicy.Source acSource) {
    }

    /** The measures of one node of the breakdown (the project, or a summary task). */
    public record Measures(Double bac, Double pv, Double ev, Double ac, Double cv, Double sv, Double cpi, Double spi,
                           Double tcpi, Double eacCpi, Double eacCpiSpi, Double eacAtBudget, Double vac, Double es, Double at,
                           Double svt, Double spit, Double plannedDuration, Double eact) {
    }

    /** A summary task with its measures, for the roll-up table. */
    public record Node(String name, int level, Measures measures) {
    }

    /**
     * Cumulative planned value at the end of a period, with EV and AC where the period is reported (the status date's
     * period only; {@link SCurves} gives EV and AC for every period and the forecast).
     */
    public record CurvePoint(LocalDate date, double pv, Double ev, Double ac) {
    }
}
