package org.bearing.workspace;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One project as the portfolio home shows it: dates and health, earned-value indices when there is a baseline to
 * measure against, the next milestones and the worst open threats.
 *
 * @param earnedValue null when the project has no baseline: then there is no planned value, and no SPI or CPI
 * @param topRisks    up to three open threats, highest score first
 */
public record ProjectCard(long id, String code, String name, String program, String manager, LocalDate start,
                          LocalDate forecastFinish, LocalDate baselineFinish, LocalDate hardDeadline, ScheduleHealth health,
                          int criticalTasks, List<Milestone> nextMilestones, EarnedValue earnedValue, List<TopRisk> topRisks) {

    /** The card of a page that shows neither earned value nor risks (the project overview). */
    public ProjectCard(long id, String code, String name, String program, String manager, LocalDate start, LocalDate forecastFinish,
                       LocalDate baselineFinish, LocalDate hardDeadline, ScheduleHealth health, int criticalTasks,
                       List<Milestone> nextMilestones) {
        this(id, code, name, program, manager, start, forecastFinish, baselineFinish, hardDeadline, health, criticalTasks,
                nextMilestones, null, List.of());
    }

    /** A milestone still ahead, with its forecast date. */
    public record Milestone(String name, LocalDate date) {
    }

    /**
     * Earned value at the status date, in the project's currency. SPI = EV / PV and CPI = EV / AC; null when the
     * denominator is zero (nothing planned or spent yet).
     */
    public record EarnedValue(LocalDate statusDate, String currency, Double pv, Double ev, Double ac, Double spi, Double cpi) {
    }

    /** An open threat with its score, rating label and the rating's colour class, from the project's risk matrix. */
    public record TopRisk(String code, String title, int score, String rating, String colour) {
    }

    /**
     * Forecast finish minus baseline finish in calendar days: positive is a slip, negative is ahead. Null without a
     * baseline or a forecast.
     */
    public Long finishVarianceDays() {
        return forecastFinish == null || baselineFinish == null ? null : ChronoUnit.DAYS.between(baselineFinish, forecastFinish);
    }

    /** The variance as a TPM writes it: "+5 d", "−3 d", "on baseline", or a dash. */
    public String finishVariance() {
        Long d = finishVarianceDays();
        return d == null ? "—" : d == 0 ? "on baseline" : d > 0 ? "+" + d + " d" : "−" + (-d) + " d";
    }
}
