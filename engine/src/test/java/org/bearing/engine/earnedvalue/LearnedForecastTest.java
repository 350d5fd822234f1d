package org.bearing.engine.earnedvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.bearing.engine.earnedvalue.LearnedForecast.Case;
import org.bearing.engine.earnedvalue.LearnedForecast.Model;
import org.bearing.engine.earnedvalue.LearnedForecast.Target;
import org.junit.jupiter.api.Test;

/** The learned forecasts recover the rule behind synthetic projects whose outcome is known. */
class LearnedForecastTest {

    private final Random random = new Random(7);

    /** Measures of a project of BAC 1000 and PD 100 at a status date, with random progress and indices. */
    private EarnedValueMeasures status(double percentComplete) {
        double bac = 1000;
        double pd = 100;
        double ev = bac * percentComplete;
        double cpi = 0.7 + 0.6 * random.nextDouble();
        double spit = 0.7 + 0.6 * random.nextDouble();
        double es = pd * percentComplete;
        double at = es / spit;
        return new EarnedValueMeasures(ev, ev, ev / cpi, bac, Double.NaN, at, es, pd);
    }

    @Test
    void calibrationLearnsTheReferenceClassBiasPerPercentComplete() {
        List<Case> training = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            EarnedValueMeasures early = status(0.1 + 0.3 * random.nextDouble()); // bin 0 of 2: 25 % overrun
            training.add(new Case(early, 1.25 * early.eacAtBudget()));
            EarnedValueMeasures late = status(0.6 + 0.3 * random.nextDouble()); // bin 1 of 2: 10 % underrun
            training.add(new Case(late, 0.9 * late.eacAtBudget()));
        }
        Model model = LearnedForecast.calibrated("AC + (BAC - EV)", EarnedValueMeasures::eacAtBudget, 2).fit(training);
        EarnedValueMeasures early = status(0.2);
        EarnedValueMeasures late = status(0.8);
        assertThat(model.forecast(early)).isCloseTo(1.25 * early.eacAtBudget(), within(1e-9));
        assertThat(model.forecast(late)).isCloseTo(0.9 * late.eacAtBudget(), within(1e-9));
    }

    /** The base may be a forecast of the context: the project always ends 20 % after what the context forecasts. */
    @Test
    void calibrationOfAContextForecastLearnsItsFactorFromTheTrainingContexts() {
        List<Case> training = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            EarnedValueMeasures m = status(0.1 + 0.8 * random.nextDouble());
            double network = 100 + 50 * random.nextDouble();
            training.add(new Case(m, 1.2 * network, i, new LearnedForecast.Context("", new double[] {network})));
        }
        Model model = LearnedForecast.calibrated("network", (m, c) -> c.forecast(0), 2).fit(training);
        EarnedValueMeasures m = status(0.5);
        assertThat(model.forecast(m, new LearnedForecast.Context("", new double[] {140}))).isCloseTo(168,
                within(1e-9));
    }

    @Test
    void calibrationWithoutTrainingCasesInABinLeavesTheForecastAlone() {
        EarnedValueMeasures early = status(0.2);
        Model model = LearnedForecast.calibrated("x", EarnedValueMeasures::eacAtBudget, 2)
                .fit(List.of(new Case(status(0.8), 2000)));
        assertThat(model.forecast(early)).isEqualTo(early.eacAtBudget());
    }

    @Test
    void performanceFactorLearnsThatDelaysPersistWhenTheyDo() {
        List<Case> training = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            EarnedValueMeasures m = status(0.1 + 0.8 * random.nextDouble());
            training.add(new Case(m, m.eactSpit())); // the remaining work goes at SPI(t): w = 1 is right
        }
        Model model = LearnedForecast.performanceFactor(Target.DURATION, 2).fit(training);
        EarnedValueMeasures m = status(0.5);
        assertThat(model.forecast(m)).isCloseTo(m.eactSpit(), within(1e-9));
    }

    @Test
    void performanceFactorLearnsThatCostsReturnToPlanWhenTheyDo() {
        List<Case> training = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            EarnedValueMeasures m = status(0.1 + 0.8 * random.nextDouble());
            training.add(new Case(m, m.eacAtBudget())); // the remaining work goes at budget: w = 0 is right
        }
        Model model = LearnedForecast.performanceFactor(Target.COST, 1).fit(training);
        EarnedValueMeasures m = status(0.5);
        assertThat(model.forecast(m)).isCloseTo(m.eacAtBudget(), within(1e-9));
        assertThat(m.eacCpi()).isNotCloseTo(m.eacAtBudget(), within(1e-3));
    }

    @Test
    void indicesAreClippedSoThatAStalledStartDoesNotExplode() {
        EarnedValueMeasures stalled = new EarnedValueMeasures(100, 1, 1, 1000, Double.NaN, 50, 1, 100);
        assertThat(stalled.eactSpit()).isGreaterThan(4000); // AT + 99 / 0.02
        assertThat(LearnedForecast.powered(stalled, Target.DURATION, 1)).isCloseTo(50 + 99 / 0.5, within(1e-9));
    }

    @Test
    void combinationRecoversTheWeightsOfTheParts() {
        List<Case> training = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            EarnedValueMeasures m = status(0.1 + 0.8 * random.nextDouble());
            double remaining = m.bac() - m.ev();
            training.add(new Case(m, 1.0 * m.ac() + 0.3 * remaining + 0.8 * remaining / m.cpi()));
        }
        Model model = LearnedForecast.combination(Target.COST).fit(training);
        EarnedValueMeasures m = status(0.4);
        double remaining = m.bac() - m.ev();
        assertThat(model.forecast(m)).isCloseTo(m.ac() + 0.3 * remaining + 0.8 * remaining / m.cpi(), within(1e-3));
    }

    @Test
    void weightedMedianMinimisesTheWeightedAbsoluteDeviation() {
        assertThat(LearnedForecast.weightedMedian(new double[] {3, 1, 2}, new double[] {1, 1, 1})).isEqualTo(2);
        assertThat(LearnedForecast.weightedMedian(new double[] {1, 2, 3}, new double[] {1, 1, 5})).isEqualTo(3);
    }
}
