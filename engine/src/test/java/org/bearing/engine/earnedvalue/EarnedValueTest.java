package org.bearing.engine.earnedvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.bearing.engine.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

/** Textbook earned value and earned schedule examples, checked by hand. */
class EarnedValueTest {
    private static final double EPS = 1e-6;

    @Test
    void costAndScheduleMeasuresOfTheTextbookStatus() {
        // BAC 100,000; PV 50,000; EV 40,000; AC 45,000
        EarnedValueMeasures m = new EarnedValueMeasures(50_000, 40_000, 45_000, 100_000, 50_000, 5, 4, 10);
        assertThat(m.cv()).isEqualTo(-5_000);
        assertThat(m.sv()).isEqualTo(-10_000);
        assertThat(m.cpi()).isCloseTo(0.888889, within(1e-6));
        assertThat(m.spi()).isCloseTo(0.8, within(EPS));
        assertThat(m.tcpi()).isCloseTo(60_000 / 55_000.0, within(EPS));
        assertThat(m.eacAtBudget()).isCloseTo(105_000, within(EPS));
        assertThat(m.eacCpi()).isCloseTo(112_500, within(1e-6));
        assertThat(m.eacCpiSpi()).isCloseTo(45_000 + 60_000 / (0.8 * 40_000 / 45_000.0), within(1e-6));
        assertThat(m.eacCpiSpi()).isCloseTo(129_375, within(1e-6));
        assertThat(m.eacBottomUp()).isEqualTo(95_000);
        assertThat(m.vac(m.eacCpi())).isCloseTo(-12_500, within(1e-6));
        assertThat(m.tcpi(m.eacCpi())).isCloseTo(60_000 / 67_500.0, within(EPS));
        assertThat(new EarnedValueMeasures(0, 0, 0, 100, 0, 0, 0, 10).cpi()).isNaN();
    }

    /** Lipke's construction: A over units 0..4 (100/unit), B over 2..6 (200/unit); EV 650 at AT 5. */
    @Test
    void earnedScheduleInterpolatesBetweenWholeUnitsOfPlannedValue() {
        Breakdown tree = new Breakdown();
        int project = tree.root("P", Breakdown.Level.PROJECT);
        Baseline.Builder b = Baseline.builder(tree);
        int a = b.task(project, 0, 4, 400);
        int bTask = b.task(project, 2, 6, 800);
        Baseline baseline = b.build();
        PlannedValueCurve pv = baseline.curve();
        assertThat(new double[] {pv.at(1), pv.at(2), pv.at(3), pv.at(4), pv.at(5), pv.at(6)})
                .containsExactly(new double[] {100, 200, 500, 800, 1000, 1200}, within(EPS));
        assertThat(pv.earnedSchedule(650)).isCloseTo(3.5, within(EPS)); // C = 3, 3 + (650 - 500) / (800 - 500)
        assertThat(pv.earnedSchedule(1200)).isEqualTo(6.0);
        assertThat(pv.earnedSchedule(0)).isEqualTo(0.0);

        // EV 650 = A 100 % (400) + B 31.25 % (250); AC 700
        StatusUpdate u = new StatusUpdate(2, 5).progress(a, true, 1.0, 420).progress(bTask, true, 0.3125, 280);
        EarnedValueMeasures m = EarnedValueHistory.compute(baseline, List.of(u)).measures(project, 0);
        assertThat(m.pv()).isCloseTo(1000, within(EPS));
        assertThat(m.ev()).isCloseTo(650, within(EPS));
        assertThat(m.ac()).isCloseTo(700, within(EPS));
        assertThat(m.es()).isCloseTo(3.5, within(EPS));
        assertThat(m.svt()).isCloseTo(-1.5, within(EPS));
        assertThat(m.spit()).isCloseTo(0.7, within(EPS));
        assertThat(m.tspi()).isCloseTo((6 - 3.5) / (6 - 5.0), within(EPS));
        assertThat(m.ieact()).isCloseTo(6 / 0.7, within(EPS));
        assertThat(m.eactAtPlan()).isCloseTo(7.5, within(EPS));
        assertThat(m.eactSpit()).isCloseTo(5 + 2.5 / 0.7, within(EPS));
        assertThat(m.eactSci()).isCloseTo(5 + 2.5 / (0.7 * 650 / 700), within(EPS));
        assertThat(m.eactPlannedValue()).isCloseTo(6 / 0.65, within(EPS));
        assertThat(m.etc()).isNaN();
    }

    /** A pause in the plan: A over 0..4, B over 10..14. On schedule at AT 7, ES is 7, not the end of the pause. */
    @Test
    void aProjectOnScheduleDuringAPauseHasEarnedScheduleEqualToActualTime() {
        Breakdown tree = new Breakdown();
        int project = tree.root("P", Breakdown.Level.PROJECT);
        Baseline.Builder b = Baseline.builder(tree);
        b.task(project, 0, 4, 400);
        b.task(project, 10, 14, 400);
        Baseline baseline = b.build();
        PlannedValueCurve pv = baseline.curve();
        assertThat(pv.earnedSchedule(400)).isEqualTo(10.0); // Lipke alone: the last unit with PV <= EV
        assertThat(pv.earnedSchedule(400, 7)).isEqualTo(7.0);
        assertThat(pv.earnedSchedule(300, 7)).isCloseTo(3.0, within(EPS));
        StatusUpdate u = new StatusUpdate(2, 7).progress(0, true, 1.0, 400);
        EarnedValueMeasures m = EarnedValueHistory.compute(baseline, List.of(u)).measures(project, 0);
        assertThat(m.svt()).isZero();
        assertThat(m.spit()).isEqualTo(1.0);
    }

    /**
     * A WBS element finished on time (A over 0..10, finished at 10) stays on time: at status 140 its AT is its actual
     * finish 10, not 140 (which gave SPI(t) = 10 / 140 = 0.07). The project, still running, keeps AT = 140.
     */
    @Test
    void aFinishedElementStopsItsClockAtItsActualFinish() {
        Breakdown tree = new Breakdown();
        int project = tree.root("P", Breakdown.Level.PROJECT);
        int done = tree.add("Design", Breakdown.Level.WBS, project);
        int late = tree.add("Build", Breakdown.Level.WBS, project);
        Baseline.Builder b = Baseline.builder(tree);
        int a = b.task(done, 0, 10, 1000);
        int c = b.task(late, 10, 200, 1900);
        Baseline baseline = b.build();
        StatusUpdate u = new StatusUpdate(2, 140).progress(a, true, 1.0, 1000).finishedAt(a, 10)
                .progress(c, true, 0.5, 950);
        EarnedValueHistory h = EarnedValueHistory.compute(baseline, List.of(u));
        EarnedValueMeasures m = h.measures(done, 0);
        assertThat(m.at()).isEqualTo(10.0);
        assertThat(m.es()).isEqualTo(10.0);
        assertThat(m.spit()).isEqualTo(1.0);
        assertThat(m.svt()).isZero();
        assertThat(h.taskMeasures(a, 0).spit()).isEqualTo(1.0);
        assertThat(h.measures(project, 0).at()).isEqualTo(140.0);
        assertThat(h.measures(late, 0).at()).isEqualTo(140.0);
        // finished late (at 15): SPI(t) = 10 / 15; finished early (at 8): 10 / 8; no actual finish known: status time
        StatusUpdate lateFinish = new StatusUpdate(2, 140).progress(a, true, 1.0, 1000).finishedAt(a, 15);
        assertThat(EarnedValueHistory.compute(baseline, List.of(lateFinish)).measures(done, 0).spit())
                .isCloseTo(10 / 15.0, within(EPS));
        StatusUpdate early = new StatusUpdate(2, 140).progress(a, true, 1.0, 1000).finishedAt(a, 8);
        assertThat(EarnedValueHistory.compute(baseline, List.of(early)).measures(done, 0).spit()).isCloseTo(1.25, within(EPS));
        StatusUpdate undated = new StatusUpdate(2, 140).progress(a, true, 1.0, 1000);
        assertThat(EarnedValueHistory.compute(baseline, List.of(undated)).measures(done, 0).at()).isEqualTo(140.0);
    }

    @Test
    void eachEarningMethodEarnsItsShareOfTheBudget() {
        Breakdown tree = new Breakdown();
        int wbs = tree.root("W", Breakdown.Level.WBS);
        Baseline.Builder b = Baseline.builder(tree);
        for (EvMethod method : EvMethod.values()) {
            b.task(wbs, 0, 10, 0, 1000, 0, method);
        }
        Baseline baseline = b.build();
        StatusUpdate u = new StatusUpdate(5, 3);
        for (int i = 0; i < 5; i++) {
            u.progress(i, true, 0.3, 100).physicalPercent(i, 0.4).milestonesAchieved(i, 0.25);
        }
        double[] expected = {300, 0, 500, 250, 400}; // % complete, 0/100, 50/50, weighted milestones, physical %
        for (int i = 0; i < 5; i++) {
            assertThat(EarnedValueHistory.earnedValue(baseline, u, i)).as(EvMethod.values()[i].name())
                    .isCloseTo(expected[i], within(EPS));
        }
        StatusUpdate done = new StatusUpdate(5, 11);
        for (int i = 0; i < 5; i++) {
            done.progress(i, true, 1.0, 1000).milestonesAchieved(i, 1.0);
        }
        for (int i = 0; i < 5; i++) {
            assertThat(EarnedValueHistory.earnedValue(baseline, done, i)).isCloseTo(1000, within(EPS));
        }
    }

    @Test
    void costAccruedAtStartIsPlannedAfterTheStartAndEarnedOnceStarted() {
        Breakdown tree = new Breakdown();
        int wbs = tree.root("W", Breakdown.Level.WBS);
        Baseline.Builder b = Baseline.builder(tree);
        b.task(wbs, 2, 6, 200, 800, 100, EvMethod.PERCENT_COMPLETE);
        Baseline baseline = b.build();
        assertThat(baseline.plannedValue(0, 2)).isZero(); // status at the close of the day before the start
        assertThat(baseline.plannedValue(0, 4)).isCloseTo(600, within(EPS));
        assertThat(baseline.plannedValue(0, 6)).isCloseTo(1100, within(EPS));
        assertThat(baseline.curve().at(4)).isCloseTo(600, within(EPS));
        assertThat(baseline.curve().at(2)).isZero();
        StatusUpdate u = new StatusUpdate(1, 4).progress(0, true, 0.5, 650);
        assertThat(EarnedValueHistory.earnedValue(baseline, u, 0)).isCloseTo(600, within(EPS));
    }

    @Test
    void rollsUpTasksToWbsProjectProgramAndPortfolio() {
        Breakdown tree = new Breakdown();
        int portfolio = tree.root("Portfolio", Breakdown.Level.PORTFOLIO);
        int program = tree.add("Program", Breakdown.Level.PROGRAM, portfolio);
        int p1 = tree.add("P1", Breakdown.Level.PROJECT, program);
        int p2 = tree.add("P2", Breakdown.Level.PROJECT, program);
        int w1 = tree.add("P1.1", Breakdown.Level.WBS, p1);
        Baseline.Builder b = Baseline.builder(tree);
        b.task(w1, 0, 10, 1000);
        b.task(w1, 5, 15, 2000);
        b.task(p2, 0, 20, 4000);
        Baseline baseline = b.build();
        StatusUpdate u = new StatusUpdate(3, 10).progress(0, true, 1, 900).progress(1, true, 0.25, 600)
                .progress(2, true, 0.5, 2100).estimateToComplete(0, 0).estimateToComplete(1, 1500)
                .estimateToComplete(2, 2000);
        EarnedValueHistory h = EarnedValueHistory.compute(baseline, List.of(u));
        assertThat(h.measures(w1, 0).pv()).isCloseTo(1000 + 1000, within(EPS));
        assertThat(h.measures(w1, 0).ev()).isCloseTo(1000 + 500, within(EPS));
        assertThat(h.measures(p1, 0).ac()).isCloseTo(1500, within(EPS));
        EarnedValueMeasures all = h.measures(portfolio, 0);
        assertThat(all.bac()).isCloseTo(7000, within(EPS));
        assertThat(all.pv()).isCloseTo(4000, within(EPS));
        assertThat(all.ev()).isCloseTo(3500, within(EPS));
        assertThat(all.ac()).isCloseTo(3600, within(EPS));
        assertThat(all.eacBottomUp()).isCloseTo(3600 + 3500, within(EPS));
        assertThat(all.pd()).isEqualTo(20);
        assertThat(h.measures(program, 0)).isEqualTo(all);
        assertThat(h.taskMeasures(1, 0).es()).isCloseTo(7.5, within(EPS));
    }

    @Test
    void timePhasesPlannedValueByWeekOnAWorkingCalendar() {
        // Mon 2026-01-05 08:00 .. Fri 2026-01-16 17:00: 10 working days of 8 h; time unit = working day
        WorkCalendar calendar = WorkCalendar.standard();
        TimeAxis axis = TimeAxis.working(calendar, LocalDateTime.of(2026, 1, 5, 8, 0), 480);
        assertThat(axis.at(LocalDateTime.of(2026, 1, 16, 17, 0))).isCloseTo(10, within(EPS));
        Breakdown tree = new Breakdown();
        int wbs = tree.root("W", Breakdown.Level.WBS);
        Baseline.Builder b = Baseline.builder(tree);
        b.task(wbs, 0, 10, 1000);
        Baseline baseline = b.build();
        double[] weeks = Granularity.WEEK.boundaries(axis, LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 20));
        assertThat(weeks).hasSize(4);
        assertThat(baseline.curve().byBucket(weeks)).containsExactly(new double[] {500, 500, 0}, within(EPS));
        double[] months = Granularity.MONTH.boundaries(axis, LocalDate.of(2026, 1, 7), LocalDate.of(2026, 2, 1));
        assertThat(baseline.curve().byBucket(months)).containsExactly(new double[] {1000, 0}, within(EPS));

        StatusUpdate w1 = new StatusUpdate(1, axis.at(LocalDateTime.of(2026, 1, 9, 17, 0))).progress(0, true, 0.4, 450);
        StatusUpdate w2 = new StatusUpdate(1, axis.at(LocalDateTime.of(2026, 1, 16, 17, 0))).progress(0, true, 1, 1100);
        EarnedValueHistory h = EarnedValueHistory.compute(baseline, List.of(w1, w2));
        assertThat(h.earnedValueByBucket(wbs, weeks)).containsExactly(new double[] {400, 600, 0}, within(EPS));
        assertThat(h.actualCostByBucket(wbs, weeks)).containsExactly(new double[] {450, 650, 0}, within(EPS));
        assertThat(h.plannedValueByBucket(wbs, weeks)).containsExactly(new double[] {500, 500, 0}, within(EPS));
        // elapsed days: the same 12 days carry weekends
        assertThat(TimeAxis.elapsedDays(LocalDateTime.of(2026, 1, 5, 8, 0)).at(LocalDateTime.of(2026, 1, 16, 20, 0)))
                .isCloseTo(11.5, within(EPS));
    }

    @Test
    void refusesInconsistentInputWithAClearMessage() {
        Breakdown tree = new Breakdown();
        int wbs = tree.root("W", Breakdown.Level.WBS);
        Baseline.Builder b = Baseline.builder(tree);
        assertThatThrownBy(() -> b.task(wbs, 0, 1, -5)).hasMessageContaining("budgets must be finite and >= 0");
        assertThatThrownBy(() -> b.task(7, 0, 1, 5)).hasMessageContaining("WBS node 7 does not exist");
        b.task(wbs, 0, 1, 5);
        Baseline baseline = b.build();
        assertThatThrownBy(() -> new StatusUpdate(1, 1).progress(0, true, 1.5, 0)).hasMessageContaining("% complete");
        assertThatThrownBy(() -> EarnedValueHistory.compute(baseline, List.of(new StatusUpdate(1, 2), new StatusUpdate(1, 1))))
                .hasMessageContaining("is not after the previous one");
        assertThatThrownBy(() -> EarnedValueHistory.compute(baseline, List.of(new StatusUpdate(2, 2))))
                .hasMessageContaining("has 2 tasks, the baseline has 1");
    }
}
