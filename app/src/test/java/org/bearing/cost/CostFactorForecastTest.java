package org.bearing.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The forecasts of {@link CostFactorForecast} on a hand-made project. Activities (fixed cost F, total cost B):
 * 1 (0, 100) finished at actual 120 (a stale remaining 40 ignored); 2 (50, 150) finished at 170; 3 (20, 120) half
 * done at actual 80 with DSLIB's extrapolated remaining cost 1000 (ignored: its remaining budget is 120 − 20 − 0.5 ×
 * 100 = 50); 4 (30, 80) and 5 (0, 200) not started. AC = 120 + 170 + 80 = 370.
 */
class CostFactorForecastTest {

    private static final LocalDateTime START = LocalDateTime.of(2024, 1, 8, 8, 0);

    private static DslibProject project(List<DslibProject.Progress> progress) {
        List<DslibProject.Activity> activities = List.of(
                new DslibProject.Activity(1, START, START.plusDays(1), 0, 100),
                new DslibProject.Activity(2, START, START.plusDays(1), 50, 150),
                new DslibProject.Activity(3, START, START.plusDays(2), 20, 120),
                new DslibProject.Activity(4, START, START.plusDays(3), 30, 80),
                new DslibProject.Activity(5, START, START.plusDays(3), 0, 200));
        return new DslibProject("C0000-00 Test", START, new int[0], Set.of(), Set.of(), activities,
                List.of(new DslibProject.Period("TP1", START.plusDays(2), progress)), List.of());
    }

    private static DslibProject sample() {
        return project(Arrays.asList(
                new DslibProject.Progress(true, 1.0, 120, 40, START, 8, 0),
                new DslibProject.Progress(true, 1.0, 170, 0, START, 8, 0),
                new DslibProject.Progress(true, 0.5, 80, 1000, START, 8, 8),
                new DslibProject.Progress(false, 0, 0, 80, null, 0, 24),
                null));
    }

    @Test
    void theFinishedActivitiesCostFactorScalesTheWholeRemainingBudget() {
        DslibProject p = sample();
        // f = (120 + 170) / (100 + 150) = 1.16; remaining budget 50 + 80 + 200 = 330
        assertThat(CostFactorForecast.finishedFactor(p, p.periods().get(0))).isCloseTo(370 + 1.16 * 330, within(1e-9));
    }

    @Test
    void theVariableCostFactorLeavesTheFixedCostOfNotStartedActivitiesAtPlan() {
        DslibProject p = sample();
        // g = ((120 - 0) + (170 - 50)) / ((100 - 0) + (150 - 50)) = 1.2; variable left 50 + 50 + 200; fixed left 30
        assertThat(CostFactorForecast.variableFactor(p, p.periods().get(0))).isCloseTo(370 + 30 + 1.2 * 300,
                within(1e-9));
    }

    @Test
    void theScheduleDrivenCostScalesTheVariableCostLeftByTheDurationOverrunWithinBounds() {
        DslibProject p = sample();
        DslibProject.Period tp = p.periods().get(0);
        assertThat(CostFactorForecast.scheduleDriven(p, tp, 130, 100)).isCloseTo(370 + 30 + 1.3 * 300, within(1e-9));
        assertThat(CostFactorForecast.scheduleDriven(p, tp, 300, 100)).isCloseTo(370 + 30 + 2 * 300, within(1e-9));
        assertThat(CostFactorForecast.scheduleDriven(p, tp, 10, 100)).isCloseTo(370 + 30 + 0.5 * 300, within(1e-9));
        assertThat(CostFactorForecast.scheduleDriven(p, tp, 130, 0)).isNaN();
    }

    @Test
    void withoutFinishedActivitiesTheFactorIsOneAndAWildFactorIsBounded() {
        DslibProject none = project(Arrays.asList(
                new DslibProject.Progress(true, 0.5, 80, 500, START, 8, 8), null, null, null, null));
        // activity 1 half done: its remaining budget 50; the others at their budgets 150 + 120 + 80 + 200
        assertThat(CostFactorForecast.finishedFactor(none, none.periods().get(0))).isCloseTo(80 + 50 + 550,
                within(1e-9));
        DslibProject wild = project(Arrays.asList(
                new DslibProject.Progress(true, 1.0, 900, 0, START, 8, 0), null, null, null, null));
        // 900 / 100 = 9 is bounded to 2 on the remaining 150 + 120 + 80 + 200
        assertThat(CostFactorForecast.finishedFactor(wild, wild.periods().get(0))).isCloseTo(900 + 2 * 550,
                within(1e-9));
    }

    @Test
    void theBoundedCostKeepsEachRemainingCostWithinHalfAndTwiceTheRemainingBudget() {
        java.time.LocalDateTime start = java.time.LocalDateTime.of(2024, 1, 8, 8, 0);
        List<DslibProject.Activity> activities = List.of(
                new DslibProject.Activity(1, start, start.plusDays(1), 0, 100),
                new DslibProject.Activity(2, start, start.plusDays(1), 0, 200),
                new DslibProject.Activity(3, start, start.plusDays(1), 0, 100),
                new DslibProject.Activity(4, start, start.plusDays(1), 0, 50));
        DslibProject.Period period = new DslibProject.Period("TP1", start.plusDays(1), java.util.Arrays.asList(
                new DslibProject.Progress(true, 1.0, 110, 40, start, 8, 0),
                new DslibProject.Progress(true, 0.5, 90, 4000, start, 8, 8),
                new DslibProject.Progress(true, 0.2, 30, 10, start, 2, 8),
                null));
        DslibProject p = new DslibProject("C0000-00 Test", start, new int[0], java.util.Set.of(), java.util.Set.of(),
                activities, List.of(period), List.of());
        assertThat(CostFactorForecast.boundedRemaining(p, period)).isCloseTo(110 + (90 + 200) + (30 + 40) + 50,
                within(1e-9));
    }
}
