package org.bearing.engine.earnedvalue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.bearing.engine.earnedvalue.BlendedForecast.Component;
import org.bearing.engine.earnedvalue.BlendedForecast.Grouping;
import org.bearing.engine.earnedvalue.LearnedForecast.Case;
import org.bearing.engine.earnedvalue.LearnedForecast.Context;
import org.bearing.engine.earnedvalue.LearnedForecast.Learner;
import org.bearing.engine.earnedvalue.LearnedForecast.Model;
import org.bearing.engine.earnedvalue.LearnedForecast.Target;
import org.junit.jupiter.api.Test;

/** Blends recover known weights per reference class; stacking learns only from cross-validation forecasts. */
class BlendedForecastTest {

    private final Random random = new Random(17);

    /** A status date of a project of BAC 1000, PD 100, with random progress and a random SPI(t) in [0.6, 1.4]. */
    private EarnedValueMeasures status() {
        double pc = 0.1 + 0.8 * random.nextDouble();
        double spit = 0.6 + 0.8 * random.nextDouble();
        double es = 100 * pc;
        return new EarnedValueMeasures(1000 * pc, 1000 * pc, 1000 * pc, 1000, Double.NaN, es / spit, es, 100);
    }

    private static final Component PLAN = BlendedForecast.asPlanned(Target.DURATION);
    private static final Component INDEX = BlendedForecast.atIndex(Target.DURATION);
    private static final Component NETWORK = BlendedForecast.fromContext("network", 0);

    /** Real duration = plan^0.3 × index^0.7: a weighted geometric mean on the grid. */
    private static double geometric(EarnedValueMeasures m) {
        double plan = PLAN.forecast().applyAsDouble(m, Context.NONE);
        double index = INDEX.forecast().applyAsDouble(m, Context.NONE);
        return Math.pow(plan, 0.3) * Math.pow(index, 0.7);
    }

    @Test
    void aBlendRecoversTheWeightsOfAKnownGeometricMean() {
        List<Case> training = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            EarnedValueMeasures m = status();
            training.add(new Case(m, geometric(m), i / 4));
        }
        Model model = BlendedForecast.blended(List.of(PLAN, INDEX), Grouping.POOLED).fit(training);
        double worstAsPlanned = 0;
        for (int i = 0; i < 50; i++) {
            EarnedValueMeasures m = status();
            assertThat(model.forecast(m)).isCloseTo(geometric(m), within(1e-9 * geometric(m)));
            worstAsPlanned = Math.max(worstAsPlanned, Math.abs(m.eactAtPlan() / geometric(m) - 1));
        }
        assertThat(worstAsPlanned).isGreaterThan(0.05); // the blend had something to learn
    }

    /** Class "net": the real duration is the network forecast; class "plan": it is the as-planned forecast. */
    private Case classCase(String cls, int project) {
        EarnedValueMeasures m = status();
        double network = m.eactAtPlan() * (0.7 + 0.6 * random.nextDouble());
        Context c = new Context(cls, new double[] {network});
        return new Case(m, cls.equals("net") ? network : m.eactAtPlan(), project, c);
    }

    @Test
    void eachReferenceClassGetsItsOwnWeightsAndASmallClassThePooledOnes() {
        List<Case> training = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            for (int k = 0; k < 5; k++) {
                training.add(classCase(p % 2 == 0 ? "net" : "plan", p));
            }
        }
        for (int k = 0; k < 5; k++) {
            training.add(classCase("rare", 99)); // one project: below MIN_PROJECTS
        }
        Model byClass = BlendedForecast.blended(List.of(PLAN, NETWORK), Grouping.CLASS).fit(training);
        Model pooled = BlendedForecast.blended(List.of(PLAN, NETWORK), Grouping.POOLED).fit(training);
        double pooledError = 0;
        for (int i = 0; i < 40; i++) {
            Case c = classCase(i % 2 == 0 ? "net" : "plan", 1000 + i);
            assertThat(byClass.forecast(c.measures(), c.context())).isCloseTo(c.actual(), within(1e-9 * c.actual()));
            pooledError += Math.abs(pooled.forecast(c.measures(), c.context()) / c.actual() - 1);
        }
        assertThat(pooledError / 40).isGreaterThan(0.02);
        Case rare = classCase("rare", 2000);
        assertThat(byClass.forecast(rare.measures(), rare.context()))
                .isEqualTo(pooled.forecast(rare.measures(), rare.context()));
        Case unseen = classCase("never seen", 3000);
        assertThat(byClass.forecast(unseen.measures(), unseen.context()))
                .isEqualTo(pooled.forecast(unseen.measures(), unseen.context()));
    }

    @Test
    void aMissingComponentIsReplacedByTheFirst() {
        List<Case> training = new ArrayList<>();
        for (int p = 0; p < 20; p++) {
            training.add(classCase("net", p));
        }
        Model model = BlendedForecast.blended(List.of(PLAN, NETWORK), Grouping.POOLED).fit(training);
        EarnedValueMeasures m = status();
        assertThat(model.forecast(m, new Context("net", new double[] {Double.NaN})))
                .isCloseTo(m.eactAtPlan(), within(1e-9 * m.eactAtPlan()));
        assertThat(model.forecast(m)).isCloseTo(m.eactAtPlan(), within(1e-9 * m.eactAtPlan()));
    }

    /** A learner that records the projects of every training set it is given and forecasts as planned. */
    private static final class Recording implements Learner {
        final List<Set<Integer>> seen = new ArrayList<>();

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public Model fit(List<Case> training) {
            Set<Integer> projects = new HashSet<>();
            training.forEach(c -> projects.add(c.project()));
            seen.add(projects);
            int fit = seen.size() - 1;
            // the forecast says which fit made it, so the test can check that fit did not see the case's project
            return m -> fit;
        }
    }

    @Test
    void outOfFoldForecastsNeverComeFromAFitThatSawTheCasesProject() {
        List<Case> training = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            for (int k = 0; k < 3; k++) {
                training.add(new Case(status(), 100, p));
            }
        }
        Recording recording = new Recording();
        double[][] oof = LearnedForecast.outOfFold(List.of(recording), training, 5);
        assertThat(recording.seen).hasSize(5);
        for (int i = 0; i < training.size(); i++) {
            int fit = (int) oof[0][i];
            assertThat(recording.seen.get(fit)).doesNotContain(training.get(i).project()).hasSize(12 - 12 / 5
                    - (training.get(i).project() % 5 < 12 % 5 ? 1 : 0));
        }
    }

    @Test
    void stackingPutsTheWeightOnTheLearnerWhoseCrossValidatedForecastsFit() {
        List<Case> training = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            EarnedValueMeasures m = status();
            training.add(new Case(m, geometric(m), i / 4));
        }
        Learner asPlanned = BlendedForecast.blended(List.of(PLAN), Grouping.POOLED);
        Learner blend = BlendedForecast.blended(List.of(PLAN, INDEX), Grouping.POOLED);
        double[][] oof = LearnedForecast.outOfFold(List.of(asPlanned, blend), training, 5);
        assertThat(BlendedForecast.ensembleWeights(oof, training, 10)).containsExactly(0.0, 1.0);
        Model stacked = BlendedForecast.stacked(List.of(asPlanned, blend), 5, 10).fit(training);
        EarnedValueMeasures m = status();
        assertThat(stacked.forecast(m)).isCloseTo(geometric(m), within(1e-9 * geometric(m)));
    }

    private static Learner constant(double value) {
        return new Learner() {
            @Override
            public String name() {
                return "constant " + value;
            }

            @Override
            public Model fit(List<Case> training) {
                return m -> value;
            }
        };
    }

    @Test
    void theGeometricMeanOfTwoLearnersIsTheGeometricMeanOfTheirForecasts() {
        Learner two = constant(2);
        Learner eight = constant(8);
        Model mean = BlendedForecast.geometricMean(List.of(two, eight)).fit(List.of());
        assertThat(mean.forecast(status())).isCloseTo(4, within(1e-12));
    }

    @Test
    void theWeightGridCoversTheSimplex() {
        double[][] grid = BlendedForecast.simplex(3);
        assertThat(grid).hasNumberOfRows(66); // C(12, 2) points of step 0.1 on the 3-simplex
        assertThat(grid[0]).containsExactly(1.0, 0.0, 0.0);
        for (double[] w : grid) {
            assertThat(w[0] + w[1] + w[2]).isCloseTo(1, within(1e-9));
        }
    }
}
