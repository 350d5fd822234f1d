package org.bearing.engine.earnedvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.bearing.engine.earnedvalue.BlendedForecast.Grouping;
import org.bearing.engine.earnedvalue.LearnedForecast.Case;
import org.bearing.engine.earnedvalue.LearnedForecast.Learner;
import org.bearing.engine.earnedvalue.LearnedForecast.Model;
import org.bearing.engine.earnedvalue.LearnedForecast.Target;
import org.junit.jupiter.api.Test;

/** Stacking per stage gives each stage the learner that forecast it best in the inner cross-validation. */
class GroupedStackingTest {

    private final Random random = new Random(29);

    /** A status date of BAC 1000 at percent complete {@code pc}, with a random CPI in [0.6, 1.4]. */
    private EarnedValueMeasures status(double pc) {
        double cpi = 0.6 + 0.8 * random.nextDouble();
        return new EarnedValueMeasures(1000 * pc, 1000 * pc, 1000 * pc / cpi, 1000, Double.NaN, 50, 50, 100);
    }

    private static final Learner AS_PLANNED = BlendedForecast.blended(List.of(BlendedForecast.asPlanned(Target.COST)),
            Grouping.POOLED);
    private static final Learner AT_INDEX = BlendedForecast.blended(List.of(BlendedForecast.atIndex(Target.COST)),
            Grouping.POOLED);

    /** Early (EV / BAC below 0.5) the real cost is the as-planned forecast, late the forecast at the CPI. */
    private static double real(EarnedValueMeasures m) {
        return m.ev() / m.bac() < 0.5 ? m.eacAtBudget() : m.ac() + (m.bac() - m.ev()) / LearnedForecast.clip(m.cpi());
    }

    private List<Case> training() {
        List<Case> training = new ArrayList<>();
        for (int p = 0; p < 30; p++) {
            for (int k = 1; k <= 9; k++) {
                EarnedValueMeasures m = status(k / 10.0 - 0.02);
                training.add(new Case(m, real(m), p));
            }
        }
        return training;
    }

    @Test
    void eachStageGetsTheLearnerThatFitsIt() {
        List<Case> training = training();
        List<Learner> candidates = List.of(AS_PLANNED, AT_INDEX);
        Map<String, double[]> w = GroupedStacking.weights(2, training, 5, 10, Grouping.STAGE,
                LearnedForecast.outOfFold(candidates, training, 5));
        assertThat(w.get("early")).containsExactly(1.0, 0.0);
        assertThat(w.get("late")).containsExactly(0.0, 1.0);
        Model staged = GroupedStacking.stacked(candidates, 5, 10, Grouping.STAGE).fit(training);
        Model pooled = BlendedForecast.stacked(candidates, 5, 10).fit(training);
        double pooledError = 0;
        for (int i = 0; i < 40; i++) {
            EarnedValueMeasures m = status(0.05 + 0.9 * random.nextDouble());
            assertThat(staged.forecast(m)).isCloseTo(real(m), within(1e-9 * real(m)));
            pooledError += Math.abs(pooled.forecast(m) / real(m) - 1);
        }
        assertThat(pooledError / 40).isGreaterThan(0.02); // one weight vector for both stages cannot fit both
    }

    @Test
    void aStageWithTooFewProjectsGetsThePooledWeights() {
        List<Case> training = new ArrayList<>(training().stream().filter(c -> c.measures().ev() >= 500).toList());
        for (int p = 100; p < 102; p++) { // two projects early: below MIN_PROJECTS
            EarnedValueMeasures m = status(0.2);
            training.add(new Case(m, real(m), p));
        }
        Map<String, double[]> w = GroupedStacking.weights(2, training, 5, 10, Grouping.STAGE,
                LearnedForecast.outOfFold(List.of(AS_PLANNED, AT_INDEX), training, 5));
        assertThat(w.get("early")).isSameAs(w.get(null));
        assertThat(w.get("late")).containsExactly(0.0, 1.0);
    }

    @Test
    void withOneTrainingProjectTheFirstCandidateForecastsAlone() {
        EarnedValueMeasures m = status(0.7);
        Model model = GroupedStacking.stacked(List.of(AS_PLANNED, AT_INDEX), 5, 10, Grouping.STAGE)
                .fit(List.of(new Case(m, 2000, 0)));
        assertThat(model.forecast(m)).isCloseTo(m.eacAtBudget(), within(1e-9));
    }
}
