package org.bearing.engine.earnedvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.bearing.engine.earnedvalue.LearnedForecast.Case;
import org.bearing.engine.earnedvalue.LearnedForecast.Context;
import org.bearing.engine.earnedvalue.LearnedForecast.Learner;
import org.bearing.engine.earnedvalue.LearnedForecast.Model;
import org.junit.jupiter.api.Test;

/** The correction learns the exponent of a factor that explains the base forecast's error, and nothing else. */
class FactorCorrectedForecastTest {

    private final Random random = new Random(5);

    /** A status date of a project of BAC 1000, PD 100, with random progress and ES = AT. */
    private EarnedValueMeasures status() {
        double pc = 0.1 + 0.8 * random.nextDouble();
        return new EarnedValueMeasures(1000 * pc, 1000 * pc, 1000 * pc, 1000, Double.NaN, 100 * pc, 100 * pc, 100);
    }

    /** The base learner: AT + (PD − ES), learning nothing. */
    private static final Learner AS_PLANNED = new Learner() {
        @Override
        public String name() {
            return "as planned";
        }

        @Override
        public Model fit(List<Case> training) {
            return EarnedValueMeasures::eactAtPlan;
        }
    };

    private static Context factor(double f) {
        return new Context("", new double[] {Double.NaN, f});
    }

    /** 120 cases of 40 projects whose real duration is AT + (PD − ES) × f^exponent, f random in 0.6..1.5. */
    private List<Case> explained(double exponent) {
        List<Case> training = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            EarnedValueMeasures m = status();
            double f = 0.6 + 0.9 * random.nextDouble();
            training.add(new Case(m, m.eactAtPlan() * Math.pow(f, exponent), i / 3, factor(f)));
        }
        return training;
    }

    @Test
    void theExponentOfAFactorThatExplainsTheErrorIsLearned() {
        List<Case> training = explained(0.35);
        Model model = FactorCorrectedForecast.corrected(AS_PLANNED, 1, "f", 5).fit(training);
        EarnedValueMeasures m = status();
        assertThat(model.forecast(m, factor(1.4))).isCloseTo(m.eactAtPlan() * Math.pow(1.4, 0.35),
                within(1e-9 * m.eactAtPlan()));
        // no factor (NaN, or no context at all): no correction
        assertThat(model.forecast(m, factor(Double.NaN))).isCloseTo(m.eactAtPlan(), within(1e-9));
        assertThat(model.forecast(m)).isCloseTo(m.eactAtPlan(), within(1e-9));
    }

    @Test
    void aFactorUnrelatedToTheErrorGetsNoWeight() {
        List<Case> training = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            EarnedValueMeasures m = status();
            training.add(new Case(m, m.eactAtPlan(), i / 3, factor(0.6 + 0.9 * random.nextDouble())));
        }
        Model model = FactorCorrectedForecast.corrected(AS_PLANNED, 1, "f", 5).fit(training);
        EarnedValueMeasures m = status();
        assertThat(model.forecast(m, factor(1.9))).isCloseTo(m.eactAtPlan(), within(1e-9));
    }

    @Test
    void theExponentIsLearnedFromOutOfFoldForecastsNotFromTheBaseFittedOnTheCases() {
        // a base that memorises its training cases' actuals has no error left in sample; out of fold it has the
        // as-planned forecast's, which the factor explains (exponent 0.5)
        Learner memorising = new Learner() {
            @Override
            public String name() {
                return "memorising";
            }

            @Override
            public Model fit(List<Case> training) {
                java.util.Map<Double, Double> seen = new java.util.HashMap<>();
                training.forEach(c -> seen.put(c.measures().at(), c.actual()));
                return m -> seen.getOrDefault(m.at(), m.eactAtPlan());
            }
        };
        List<Case> training = explained(0.5);
        Model model = FactorCorrectedForecast.corrected(memorising, 1, "f", 5).fit(training);
        EarnedValueMeasures m = status();
        assertThat(model.forecast(m, factor(2)))
                .isCloseTo(m.eactAtPlan() * Math.sqrt(2), within(1e-9 * m.eactAtPlan()));
    }
}
