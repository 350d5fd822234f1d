package org.bearing.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.bearing.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** The matrix policy: how a configured matrix scores and rates risks, and every rule a matrix must keep. */
class RiskMatrixTest {

    static Risk threat(int probability, int impact, BigDecimal exposure) {
        return new Risk(1, 0, 1L, null, "R-001", Risk.Kind.THREAT, "t", null, null, null, null, null, probability,
                new Risk.Impact(1, impact, 1, 1), exposure, null, null, List.of(), null, null, Risk.Status.OPEN, 2, 3, null);
    }

    static RiskMatrix with(UnaryOperator<List<List<Integer>>> scores, List<RiskMatrix.Rating> ratings) {
        RiskMatrix s = RiskMatrix.standard();
        List<List<Integer>> copy = new ArrayList<>();
        s.scores().forEach(r -> copy.add(new ArrayList<>(r)));
        return new RiskMatrix(s.probability(), s.impact(), scores.apply(copy), ratings == null ? s.ratings() : ratings);
    }

    static void refused(RiskMatrix m, String field, String says) {
        assertThatThrownBy(m::check).isInstanceOf(InvalidFieldException.class).hasMessageContaining(says)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo(field);
    }

    @Test
    void theStandardMatrixIsProbabilityTimesImpactWithLowMediumHigh() {
        RiskMatrix m = RiskMatrix.standard().check();
        assertThat(m.score(4, 5)).isEqualTo(20);
        assertThat(m.score(threat(2, 3, null))).isEqualTo(6);
        assertThat(m.rating(4).label()).isEqualTo("LOW");
        assertThat(m.rating(5).label()).isEqualTo("MEDIUM");
        assertThat(m.rating(11).label()).isEqualTo("MEDIUM");
        assertThat(m.rating(12).label()).isEqualTo("HIGH");
        assertThat(m.rating(12).high()).isTrue();
        assertThat(m.rating(11).high()).isFalse();
        assertThat(m.residualScore(threat(4, 5, null))).as("residual 2 × 3").isEqualTo(6);
        assertThat(m.expectedMonetaryValue(threat(4, 5, new BigDecimal("120000")))).as("70 %, the middle of 60–80 %, of a threat")
                .isEqualByComparingTo("-84000");
        assertThat(m.probability().get(0).range()).isEqualTo("< 20 %");
        assertThat(m.probability().get(2).range()).isEqualTo("40–60 %");
        assertThat(m.probability().get(4).range()).isEqualTo("≥ 80 %");
    }

    @Test
    void configuredScoresAndThresholdsDecideTheRating() {
        RiskMatrix m = with(s -> {
            s.get(3).set(4, 30); // P4 × I5 weighs more than the product
            s.get(4).set(4, 40);
            return s;
        }, List.of(new RiskMatrix.Rating("Low", 1, "green"), new RiskMatrix.Rating("Medium", 6, "amber"),
                new RiskMatrix.Rating("High", 15, "red"), new RiskMatrix.Rating("Extreme", 25, "purple"))).check();
        Risk r = threat(4, 5, null);
        assertThat(m.score(r)).isEqualTo(30);
        assertThat(m.rating(r).label()).isEqualTo("Extreme");
        assertThat(m.rating(r).colour()).isEqualTo("purple");
        assertThat(m.rating(5).label()).as("5 is below Medium's 6 here").isEqualTo("Low");
        assertThat(m.rating(14).high()).isFalse();
        assertThat(m.rating(15).high()).isTrue();
    }

    @Test
    void scoresMustNotDropAlongProbabilityOrImpactAndArePositive() {
        refused(with(s -> {
            s.get(2).set(3, 7); // P3 × I4 below P2 × I4 = 8
            return s;
        }, null), "scores[2][3]", "a higher probability never lowers the score");
        refused(with(s -> {
            s.get(1).set(3, 4); // P2 × I4 below P2 × I3 = 6
            return s;
        }, null), "scores[1][3]", "a higher impact never lowers the score");
        refused(with(s -> {
            s.get(0).set(0, 0);
            return s;
        }, null), "scores[0][0]", "from 1 to 999");
        refused(with(s -> {
            s.get(4).remove(4);
            return s;
        }, null), "scores[4]", "exactly 5 scores");
    }

    @Test
    void thresholdsRiseStrictlyFromOneWithKnownColoursAndDistinctLabels() {
        refused(with(s -> s, List.of(new RiskMatrix.Rating("Low", 1, "green"), new RiskMatrix.Rating("Medium", 12, "amber"),
                new RiskMatrix.Rating("High", 12, "red"))), "ratings[2].minScore", "thresholds rise strictly");
        refused(with(s -> s, List.of(new RiskMatrix.Rating("Low", 2, "green"), new RiskMatrix.Rating("High", 12, "red"))),
                "ratings[0].minScore", "starts at score 1");
        refused(with(s -> s, List.of(new RiskMatrix.Rating("Low", 1, "green"), new RiskMatrix.Rating("High", 12, "pink"))),
                "ratings[1].colour", "green, yellow, amber, red, purple");
        refused(with(s -> s, List.of(new RiskMatrix.Rating("Low", 1, "green"), new RiskMatrix.Rating("low", 12, "red"))),
                "ratings[1].label", "used twice");
        refused(with(s -> s, List.of(new RiskMatrix.Rating("Only", 1, "green"))), "ratings", "from 2 to 6 ratings");
    }

    @Test
    void fiveContiguousProbabilityBandsAndFiveRisingImpactBands() {
        RiskMatrix s = RiskMatrix.standard();
        List<RiskMatrix.ProbabilityBand> gap = new ArrayList<>(s.probability());
        gap.set(2, new RiskMatrix.ProbabilityBand("Possible", 45, 60));
        refused(new RiskMatrix(gap, s.impact(), s.scores(), s.ratings()), "probability[2].fromPercent", "must start at 40 %");
        refused(new RiskMatrix(s.probability().subList(0, 4), s.impact(), s.scores(), s.ratings()), "probability", "exactly 5 probability bands");
        List<RiskMatrix.ProbabilityBand> blank = new ArrayList<>(s.probability());
        blank.set(0, new RiskMatrix.ProbabilityBand(" ", 0, 20));
        refused(new RiskMatrix(blank, s.impact(), s.scores(), s.ratings()), "probability[0].label", "needs a label");
        List<RiskMatrix.ImpactBand> days = new ArrayList<>(s.impact());
        days.set(3, new RiskMatrix.ImpactBand("High", 10, new BigDecimal("200000"), "x", "y"));
        refused(new RiskMatrix(s.probability(), days, s.scores(), s.ratings()), "impact[3].scheduleDays", "more working days of slip than band 3 (10)");
        List<RiskMatrix.ImpactBand> cost = new ArrayList<>(s.impact());
        cost.set(4, new RiskMatrix.ImpactBand("Very high", 40, new BigDecimal("100"), "x", "y"));
        refused(new RiskMatrix(s.probability(), cost, s.scores(), s.ratings()), "impact[4].cost", "higher cost than band 4");
        List<RiskMatrix.ImpactBand> scope = new ArrayList<>(s.impact());
        scope.set(1, new RiskMatrix.ImpactBand("Low", 5, new BigDecimal("10000"), "", "y"));
        refused(new RiskMatrix(s.probability(), scope, s.scores(), s.ratings()), "impact[1].scope", "needs a description");
    }
}
