package org.bearing.engine.earnedvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.bearing.engine.earnedvalue.BlendedForecast.Grouping;
import org.bearing.engine.earnedvalue.LearnedForecast.Case;
import org.bearing.engine.earnedvalue.LearnedForecast.Model;
import org.junit.jupiter.api.Test;

/** The credibility-weighted cost factor and the learner that chooses its prior weight on the training cases. */
class CredibilityForecastTest {

    private static EarnedValueMeasures status(double ev, double ac) {
        return new EarnedValueMeasures(ev, ev, ac, 1000, Double.NaN, 10, 10, 100);
    }

    @Test
    void theFactorShrinksTheCostPerEarnedValueTowardsThePlan() {
        // f = (300 + 0.2 x 1000) / (200 + 0.2 x 1000) = 1.25; EAC = 300 + 800 x 1.25
        assertThat(CredibilityForecast.eac(status(200, 300), 0.2)).isCloseTo(1300, within(1e-9));
        // no prior weight: AC + (BAC - EV) / CPI = 300 + 800 x 1.5
        assertThat(CredibilityForecast.eac(status(200, 300), 0)).isCloseTo(1500, within(1e-9));
        // an overwhelming prior: AC + (BAC - EV)
        assertThat(CredibilityForecast.eac(status(200, 300), 1e9)).isCloseTo(1100, within(1e-3));
        // the same CPI counts for more once more work is earned
        double early = CredibilityForecast.eac(status(100, 150), 0.2) - 150;
        double late = CredibilityForecast.eac(status(600, 900), 0.2) - 900;
        assertThat(early / 900).isLessThan(late / 400);
    }

    @Test
    void theFactorIsClippedAndNeedsNoEarnedValue() {
        // (1000 + 50) / (100 + 50) = 7, clipped to 2
        assertThat(CredibilityForecast.eac(status(100, 1000), 0.05)).isCloseTo(1000 + 900 * 2, within(1e-9));
        assertThat(CredibilityForecast.eac(status(0, 0), 0.2)).isCloseTo(1000, within(1e-9));
    }

    @Test
    void theLearnerChoosesThePriorWeightThatGeneratedTheCosts() {
        Random random = new Random(5);
        List<Case> training = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            EarnedValueMeasures m = status(50 + 900 * random.nextDouble(), 0);
            m = status(m.ev(), m.ev() * (0.6 + 0.9 * random.nextDouble()));
            training.add(new Case(m, CredibilityForecast.eac(m, 0.4), i / 3));
        }
        Model model = CredibilityForecast.learned(Grouping.POOLED, CredibilityForecast.PRIORS).fit(training);
        double worstOther = 0;
        for (int i = 0; i < 30; i++) {
            double ev = 50 + 900 * random.nextDouble();
            EarnedValueMeasures m = status(ev, ev * (0.6 + 0.9 * random.nextDouble()));
            double truth = CredibilityForecast.eac(m, 0.4);
            assertThat(model.forecast(m)).isCloseTo(truth, within(1e-9 * truth));
            worstOther = Math.max(worstOther, Math.abs(CredibilityForecast.eac(m, 0.05) / truth - 1));
        }
        assertThat(worstOther).isGreaterThan(0.02); // another prior weight would have forecast differently
    }
}
