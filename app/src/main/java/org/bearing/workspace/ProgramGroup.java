package org.bearing.workspace;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A program and its projects on the portfolio home, with the roll-up line a steering committee reads first.
 * The program's health is its worst project's; its forecast and baseline finish are the latest of its projects';
 * SPI = ΣEV / ΣPV and CPI = ΣEV / ΣAC over the projects that have earned value, only when they share one currency
 * (sums across currencies would be meaningless).
 *
 * @param name null for the projects that belong to no program
 */
public record ProgramGroup(String name, List<ProjectCard> projects, ScheduleHealth.Status health, int red, int amber,
                           LocalDate forecastFinish, LocalDate baselineFinish, Double spi, Double cpi) {

    static ProgramGroup of(String name, List<ProjectCard> cards) {
        ScheduleHealth.Status worst = cards.stream().map(c -> c.health().status()).max(Comparator.naturalOrder())
                .orElse(ScheduleHealth.Status.GREEN);
        int red = (int) cards.stream().filter(c -> c.health().status() == ScheduleHealth.Status.RED).count();
        int amber = (int) cards.stream().filter(c -> c.health().status() == ScheduleHealth.Status.AMBER).count();
        LocalDate forecast = cards.stream().map(ProjectCard::forecastFinish).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        LocalDate baseline = cards.stream().map(ProjectCard::baselineFinish).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        List<ProjectCard.EarnedValue> evs = cards.stream().map(ProjectCard::earnedValue).filter(Objects::nonNull).toList();
        Double spi = null;
        Double cpi = null;
        if (!evs.isEmpty() && evs.stream().map(ProjectCard.EarnedValue::currency).distinct().count() == 1) {
            double pv = evs.stream().mapToDouble(e -> e.pv() == null ? 0 : e.pv()).sum();
            double ev = evs.stream().mapToDouble(e -> e.ev() == null ? 0 : e.ev()).sum();
            double ac = evs.stream().mapToDouble(e -> e.ac() == null ? 0 : e.ac()).sum();
            spi = pv > 0 ? ev / pv : null;
            cpi = ac > 0 ? ev / ac : null;
        }
        return new ProgramGroup(name, cards, worst, red, amber, forecast, baseline, spi, cpi);
    }

    /** Latest forecast finish minus latest baseline finish, as "+5 d", "−3 d", "on baseline" or a dash. */
    public String finishVariance() {
        if (forecastFinish == null || baselineFinish == null) {
            return "—";
        }
        long d = ChronoUnit.DAYS.between(baselineFinish, forecastFinish);
        return d == 0 ? "on baseline" : d > 0 ? "+" + d + " d" : "−" + (-d) + " d";
    }
}
