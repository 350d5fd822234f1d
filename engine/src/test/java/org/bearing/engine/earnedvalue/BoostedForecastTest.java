package org.bearing.engine.earnedvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.bearing.engine.earnedvalue.LearnedForecast.Case;
import org.bearing.engine.earnedvalue.LearnedForecast.Learner;
import org.bearing.engine.earnedvalue.LearnedForecast.Model;
import org.bearing.engine.earnedvalue.LearnedForecast.Target;
import org.junit.jupiter.api.Test;

/** Boosted stumps recover a known rule; nested selection keeps each project's cases in one fold. */
class BoostedForecastTest {

    private final Random random = new Random(11);

    /** A project of BAC 1000 and PD 100 at a status date, with random progress and indices. */
    private EarnedValueMeasures status() {
        double pc = 0.1 + 0.8 * random.nextDouble();
        double spit = 0.6 + 0.8 * random.nextDouble();
        double cpi = 0.7 + 0.6 * random.nextDouble();
        double es = 100 * pc;
        return new EarnedValueMeasures(1000 * pc * 1.05, 1000 * pc, 1000 * pc / cpi, 1000, Double.NaN, es / spit, es,
                100);
    }

    /** The reference class: late projects (SPI(t) below 0.9) end 30 % after the as-planned forecast, others on it. */
    private static double rule(EarnedValueMeasures m) {
        return m.eactAtPlan() * (m.spit() < 0.9 ? 1.3 : 1.0);
    }

    @Test
    void boostedStumpsLearnWhichProjectsOverrunTheAsPlannedForecast() {
        List<Case> training = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            EarnedValueMeasures m = status();
            training.add(new Case(m, rule(m), i));
        }
        Model model = BoostedForecast.boosted(Target.DURATION, 150, 0.05).fit(training);
        double error = 0;
        double plain = 0;
        for (int i = 0; i < 200; i++) {
            EarnedValueMeasures m = status();
            error += Math.abs(model.forecast(m) - rule(m)) / rule(m) / 200;
            plain += Math.abs(m.eactAtPlan() - rule(m)) / rule(m) / 200;
        }
        assertThat(plain).isGreaterThan(0.08); // the as-planned forecast misses the late ones by 23 %
        assertThat(error).isLessThan(0.01);
    }

    @Test
    void withoutTrainingCasesTheBoostedForecastIsTheAsPlannedOne() {
        EarnedValueMeasures m = status();
        assertThat(BoostedForecast.boosted(Target.COST, 50, 0.1).fit(List.of()).forecast(m))
                .isCloseTo(m.eacAtBudget(), within(1e-9));
    }

    @Test
    void theBoostedFeaturesAreOnlyWhatIsKnownAtTheStatusDate() {
        EarnedValueMeasures m = status();
        double[] x = BoostedForecast.features(m);
        assertThat(x).hasSize(BoostedForecast.FEATURES.size());
        assertThat(x[0]).isCloseTo(m.at() / m.pd(), within(1e-12));
        assertThat(x[1]).isCloseTo(m.ev() / m.bac(), within(1e-12));
    }

    /** Forecasts the actual of a case it saw with the same measures, else ten times the as-planned cost. */
    private static Learner memorizer() {
        return new Learner() {
            @Override
            public String name() {
                return "memorizer";
            }

            @Override
            public Model fit(List<Case> training) {
                Map<EarnedValueMeasures, Double> seen = new HashMap<>();
                training.forEach(c -> seen.put(c.measures(), c.actual()));
                return m -> seen.getOrDefault(m, 10 * m.eacAtBudget());
            }
        };
    }

    @Test
    void nestedSelectionKeepsAProjectsCasesInOneFoldSoMemorizingDoesNotPay() {
        List<Case> training = new ArrayList<>();
        for (int p = 0; p < 20; p++) {
            EarnedValueMeasures m = status(); // three cases of one project share their measures
            double actual = m.eacAtBudget() * (0.9 + 0.2 * random.nextDouble());
            for (int k = 0; k < 3; k++) {
                training.add(new Case(m, actual, p));
            }
        }
        Learner honest = LearnedForecast.calibrated("AC + (BAC - EV)", EarnedValueMeasures::eacAtBudget, 1);
        Model chosen = LearnedForecast.selected(List.of(memorizer(), honest), 5).fit(training);
        assertThat(((LearnedForecast.Choice) chosen).chosen()).isEqualTo(1);

        // the same cases without projects: each case is its own fold member, its twins leak, the memorizer wins
        List<Case> anonymous = training.stream().map(c -> new Case(c.measures(), c.actual())).toList();
        Model leaky = LearnedForecast.selected(List.of(memorizer(), honest), 5).fit(anonymous);
        assertThat(((LearnedForecast.Choice) leaky).chosen()).isEqualTo(0);
    }

    @Test
    void nestedSelectionPicksTheLearnerThatForecastsBetterOutOfFold() {
        List<Case> training = new ArrayList<>();
        for (int p = 0; p < 30; p++) {
            EarnedValueMeasures m = status();
            training.add(new Case(m, rule(m), p));
        }
        Learner asPlanned = LearnedForecast.calibrated("AT + (PD - ES)", EarnedValueMeasures::eactAtPlan, 1);
        Learner boosted = BoostedForecast.boosted(Target.DURATION, 150, 0.05);
        Model chosen = LearnedForecast.selected(List.of(asPlanned, boosted), 5).fit(training);
        assertThat(((LearnedForecast.Choice) chosen).chosen()).isEqualTo(1);
        EarnedValueMeasures m = status();
        assertThat(chosen.forecast(m)).isCloseTo(boosted.fit(training).forecast(m), within(1e-9));
    }
}
