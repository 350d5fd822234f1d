package org.bearing.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.bearing.engine.earnedvalue.Baseline;
import org.bearing.engine.earnedvalue.Breakdown;
import org.bearing.engine.earnedvalue.EarnedValueHistory;
import org.bearing.engine.earnedvalue.EarnedValueMeasures;
import org.bearing.engine.earnedvalue.EvMethod;
import org.bearing.engine.earnedvalue.LearnedForecast;
import org.bearing.engine.earnedvalue.StatusUpdate;
import org.junit.jupiter.api.Test;

/** Learned forecasts are scored only on projects they did not learn from; figures measured on the real DSLIB. */
class ForecastAccuracyTest {

    /**
     * A synthetic finished project, BAC 1000 and PD 100, that overran its budget by {@code overrun} on the remaining
     * work: the real cost is AC + overrun × (BAC − EV) at every point. A point every 10 % of EV / BAC.
     */
    private static ForecastAccuracy.Finished project(double overrun, Random random) {
        EarnedValueMeasures[] at = new EarnedValueMeasures[ForecastAccuracy.COMPLETION.length];
        double rac = 0;
        for (int c = 0; c < at.length; c++) {
            double ev = 100 * (c + 1) - 50 * random.nextDouble();
            double ac = ev * (0.9 + 0.2 * random.nextDouble());
            at[c] = new EarnedValueMeasures(ev, ev, ac, 1000, Double.NaN, ev / 10, ev / 10, 100);
        }
        // the real cost fits the rule at the 50 % point exactly; elsewhere AC's noise makes it approximate
        EarnedValueMeasures mid = at[4];
        rac = mid.ac() + overrun * (mid.bac() - mid.ev());
        return new ForecastAccuracy.Finished(at, 100, rac);
    }

    @Test
    void aLearnedCalibrationBeatsTheClassicalMethodsWhenEveryProjectOverrunsAlike() {
        Random random = new Random(3);
        List<ForecastAccuracy.Finished> finished = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            finished.add(project(1.3, random));
        }
        ForecastAccuracy.Result r = ForecastAccuracy.evaluateFinished(finished);
        int classical = r.best(false, false);
        int learned = r.best(false, true);
        assertThat(r.names().get(classical)).startsWith("EAC = ");
        assertThat(r.names().get(learned)).startsWith("learned: ");
        assertThat(r.average(learned)).isLessThan(r.average(classical) / 2);
        assertThat(r.improvement(false)).isGreaterThan(0.5);
        assertThat(r.count()[learned]).containsOnly(30);
    }

    @Test
    void aHeldOutProjectIsNotAmongItsOwnTrainingCases() {
        Random random = new Random(5);
        List<ForecastAccuracy.Finished> finished = List.of(project(1.0, random), project(2.0, random),
                project(3.0, random));
        List<LearnedForecast.Case> cases = ForecastAccuracy.cases(finished, 1, false);
        assertThat(cases).hasSize(2 * ForecastAccuracy.COMPLETION.length);
        assertThat(cases).extracting(c -> c.actual())
                .containsOnly(finished.get(0).rac(), finished.get(2).rac())
                .doesNotContain(finished.get(1).rac());
    }

    @Test
    void theEvaluationNeverPassesTheHeldOutProjectToFit() {
        Random random = new Random(9);
        List<ForecastAccuracy.Finished> finished = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            finished.add(project(1.0 + 0.1 * i, random));
        }
        List<List<LearnedForecast.Case>> fits = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        LearnedForecast.Learner spy = new LearnedForecast.Learner() {
            @Override
            public String name() {
                return "spy";
            }

            @Override
            public LearnedForecast.Model fit(List<LearnedForecast.Case> training) {
                fits.add(training);
                return m -> {
                    for (LearnedForecast.Case c : training) {
                        if (c.measures() == m) {
                            leaks.add("forecast point among the training cases");
                        }
                    }
                    return m.eacAtBudget();
                };
            }
        };
        ForecastAccuracy.evaluateFinished(finished,
                List.of(new ForecastAccuracy.Learned(LearnedForecast.Target.COST, spy, false)));
        assertThat(fits).hasSize(finished.size());
        for (int held = 0; held < finished.size(); held++) {
            int h = held;
            assertThat(fits.get(held)).extracting(LearnedForecast.Case::project).doesNotContain(h).hasSize(
                    (finished.size() - 1) * ForecastAccuracy.COMPLETION.length);
            assertThat(fits.get(held)).extracting(LearnedForecast.Case::actual)
                    .doesNotContain(finished.get(held).rac());
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void theReportedLearnedMethodIsTheNestedChoiceNotTheBestRowAfterScoring() {
        Random random = new Random(3);
        List<ForecastAccuracy.Finished> finished = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            finished.add(project(1.3, random));
        }
        ForecastAccuracy.Result r = ForecastAccuracy.evaluateFinished(finished);
        int headline = r.headline(false);
        assertThat(r.nested()[headline]).isTrue();
        assertThat(r.names().get(headline)).startsWith("learned: stacked");
        assertThat(r.improvement(false)).isCloseTo(1 - r.average(headline) / r.average(r.best(false, false)),
                within(1e-12));
    }

    @Test
    void withASingleProjectNothingIsLearnedAndTheForecastStaysClassical() {
        ForecastAccuracy.Result r = ForecastAccuracy.evaluateFinished(List.of(project(1.3, new Random(1))));
        int calibrated = ForecastAccuracy.METHODS.size(); // first learner: calibrated AC + (BAC - EV)
        assertThat(r.names().get(calibrated)).startsWith("learned: calibrated AC + (BAC - EV)");
        for (int c = 0; c < ForecastAccuracy.COMPLETION.length; c++) {
            assertThat(r.mape()[calibrated][c]).isCloseTo(r.mape()[0][c], within(1e-9));
        }
    }

    /**
     * A synthetic project of PD 100 whose as-planned forecast AT + (PD − ES) is 100 + delay at every point. In the
     * "IT" class the real duration is what the network forecasts (both variants), the as-planned forecast being off;
     * in the "construction" class it is the as-planned forecast, the network being off.
     */
    private static ForecastAccuracy.Finished classed(boolean it, Random random) {
        double delay = 20 * random.nextDouble();
        double rd = it ? 100 + delay + 15 + 30 * random.nextDouble() : 100 + delay;
        EarnedValueMeasures[] at = new EarnedValueMeasures[ForecastAccuracy.COMPLETION.length];
        double[][] network = new double[at.length][];
        for (int c = 0; c < at.length; c++) {
            double time = rd * ForecastAccuracy.COMPLETION[c] / 100;
            double ev = 10 * (time - delay);
            at[c] = new EarnedValueMeasures(ev, ev, ev, 1000, Double.NaN, time, time - delay, 100);
            double off = rd * (1.2 + 0.2 * random.nextDouble());
            network[c] = new double[ForecastAccuracy.BEARING.size()];
            for (int b = 0; b < network[c].length; b++) {
                network[c][b] = !ForecastAccuracy.BEARING.get(b).duration() ? 1000 : it ? rd : off;
            }
        }
        return new ForecastAccuracy.Finished(at, rd, 1000, network, null, it ? "IT" : "construction");
    }

    @Test
    void theFinishedActivitiesDurationFactorFollowsTheDurationForecastsInTheContext() {
        assertThat(ForecastAccuracy.BEARING.stream().filter(ForecastAccuracy.Bearing::duration).count())
                .isEqualTo(ForecastAccuracy.FINISHED_DURATION_FACTOR);
        EarnedValueMeasures[] at = new EarnedValueMeasures[ForecastAccuracy.COMPLETION.length];
        double[][] network = new double[at.length][ForecastAccuracy.BEARING.size()];
        double[] factor = new double[at.length];
        factor[2] = 1.3;
        ForecastAccuracy.Finished f = new ForecastAccuracy.Finished(at, 100, 1000, network, null, "", factor);
        assertThat(f.context(2, true).forecast(ForecastAccuracy.FINISHED_DURATION_FACTOR)).isEqualTo(1.3);
        assertThat(f.context(2, false).forecasts()).hasSize(
                (int) ForecastAccuracy.BEARING.stream().filter(b -> !b.duration()).count()); // cost: forecasts only
    }

    @Test
    void theSectorAndTheNetworkForecastReachTheLearnersAsContext() {
        Random random = new Random(21);
        List<ForecastAccuracy.Finished> finished = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            finished.add(classed(i % 2 == 0, random));
        }
        ForecastAccuracy.Result r = ForecastAccuracy.evaluateFinished(finished);
        int blend = r.names().indexOf("learned: blend of AT + (PD - ES), AT + (PD - ES) / SPI(t), network forecast x"
                + " observed factor (weights least APE, class and stage)");
        assertThat(blend).isPositive();
        assertThat(r.average(r.best(true, false))).isGreaterThan(5);
        assertThat(r.average(blend)).isLessThan(1e-6); // each held-out project forecast from its own class and network
        assertThat(r.average(r.headline(true))).isLessThan(r.average(r.best(true, false)) / 2);
    }

    /**
     * The smoothed SPI(t) forecast: periods at AT 10, 20 with ES 5, 15 (rates 0.5 then 1.0); α = 0.5 gives
     * T = 0.5 × 0.5 + 0.5 × 1 = 0.75, then 0.5 × 1 + 0.5 × 0.75 = 0.875; PD 100: 20 + 85 / 0.875. The rate of a period is
     * clipped to 0.5..2 (ES jumping 40 h in 10 h counts as 2).
     */
    @Test
    void theSmoothedSpiTForecastFollowsThePerPeriodRates() {
        EarnedValueHistory h = history(new double[] {10, 20}, new double[] {5, 15});
        assertThat(ForecastAccuracy.smoothed(h, 1, 0.5)).isCloseTo(20 + 85 / 0.875, within(1e-9));
        assertThat(ForecastAccuracy.smoothed(h, 0, 0.5)).isCloseTo(10 + 95 / 0.75, within(1e-9));
        EarnedValueHistory fast = history(new double[] {10}, new double[] {50});
        assertThat(ForecastAccuracy.smoothed(fast, 0, 1)).isCloseTo(10 + 50 / 2.0, within(1e-9));
    }

    /** A one-task baseline of 100 h and 1000 at PERCENT_COMPLETE, with status dates at {@code at} earning ES {@code es}. */
    private static EarnedValueHistory history(double[] at, double[] es) {
        Breakdown tree = new Breakdown();
        int root = tree.root("p", Breakdown.Level.PROJECT);
        Baseline.Builder b = Baseline.builder(tree);
        b.task(root, 0, 100, 0, 1000, 0, EvMethod.PERCENT_COMPLETE);
        Baseline baseline = b.build();
        List<StatusUpdate> updates = new ArrayList<>();
        for (int k = 0; k < at.length; k++) {
            StatusUpdate u = new StatusUpdate(1, at[k]);
            u.progress(0, true, es[k] / 100, 0);
            updates.add(u);
        }
        return EarnedValueHistory.compute(baseline, updates);
    }

    /**
     * All tracked DSLIB projects: the figures {@code bearing bench forecast} prints. Regression figures: the relative
     * improvements measured (not the 20 % the issue asked for, which is not reached; see README).
     */
    @Test
    void measuresTheLearnedImprovementOnAllTrackedDslibProjects() {
        Optional<Path> dslib = DslibCheck.locate();
        assumeTrue(dslib.isPresent(), "../shared/data/dslib is absent");
        ForecastAccuracy.Result r = new ForecastAccuracy().run(DslibCheck.workbooks(dslib.get()));
        assertThat(r.projects()).isEqualTo(78);
        assertThat(r.names().get(r.best(false, false))).isEqualTo("EAC = AC + (BAC - EV)");
        assertThat(r.names().get(r.best(true, false))).isEqualTo("EAC(t) = AT + (PD - ES)");
        assertThat(r.average(r.best(false, false))).isCloseTo(6.18, within(0.01));
        assertThat(r.average(r.best(true, false))).isCloseTo(11.21, within(0.01));
        assertThat(r.improvement(false)).isCloseTo(COST_IMPROVEMENT, within(0.001));
        assertThat(r.improvement(true)).isCloseTo(DURATION_IMPROVEMENT, within(0.001));
        assertThat(r.improvement(false)).isLessThan(ForecastAccuracy.TARGET_IMPROVEMENT); // the 20 %: not met
        assertThat(r.improvement(true)).isLessThan(ForecastAccuracy.TARGET_IMPROVEMENT);
    }

    private static final double COST_IMPROVEMENT = 0.1967;
    private static final double DURATION_IMPROVEMENT = 0.1120;
}
