package org.bearing.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Sampled moments and percentiles of each distribution against its closed form. */
class DistributionTest {

    private static final int DRAWS = 200_000;

    private static double[] draw(Distribution d, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] x = new double[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            x[i] = d.quantile(rnd.nextDouble());
        }
        return x;
    }

    /** Sample mean within 4 standard errors of the closed-form mean; sample variance within 3 %. */
    private static void assertMoments(Distribution d) {
        double[] x = draw(d, 11);
        double m = Arrays.stream(x).average().orElseThrow();
        double v = Arrays.stream(x).map(a -> (a - m) * (a - m)).sum() / (DRAWS - 1);
        assertThat(m).as("mean of %s", d).isCloseTo(d.mean(), within(4 * Math.sqrt(d.variance() / DRAWS)));
        assertThat(v).as("variance of %s", d).isCloseTo(d.variance(), within(0.03 * d.variance()));
    }

    @Test
    void triangularMomentsAndClosedFormPercentiles() {
        Distribution t = Distribution.triangular(10, 20, 40);
        assertThat(t.mean()).isEqualTo(70.0 / 3);
        assertMoments(t);
        // F(x) = (x - a)² / ((b - a)(m - a)) below the mode: F(15) = 25 / 300
        assertThat(t.quantile(25.0 / 300)).isCloseTo(15, within(1e-9));
        // above the mode: 1 - F(x) = (b - x)² / ((b - a)(b - m)): 1 - F(30) = 100 / 600
        assertThat(t.quantile(1 - 100.0 / 600)).isCloseTo(30, within(1e-9));
        double[] x = draw(t, 5);
        Arrays.sort(x);
        for (double p : new double[] {0.1, 0.5, 0.8, 0.9}) {
            assertThat(x[(int) (p * DRAWS)]).isCloseTo(t.quantile(p), within(0.15));
        }
    }

    @Test
    void pertMeanAndVarianceMatchTheBetaTable() {
        Distribution p = Distribution.pert(10, 20, 40);
        assertThat(p.mean()).isEqualTo((10 + 80 + 40) / 6.0);
        assertThat(p.variance()).isCloseTo((p.mean() - 10) * (40 - p.mean()) / 7, within(1e-12));
        assertMoments(p);
        // symmetric PERT: median = mode
        assertThat(Distribution.pert(0, 50, 100).quantile(0.5)).isCloseTo(50, within(0.05));
        // α = 3, β = 3 Beta: F(0.5) = 0.5, F(0.2) = 0.05792 (10x³ - 15x⁴ + 6x⁵... closed form of I_x(3,3))
        double x = 0.2;
        double f = 10 * Math.pow(x, 3) - 15 * Math.pow(x, 4) + 6 * Math.pow(x, 5);
        assertThat(Distribution.pert(0, 50, 100).quantile(f)).isCloseTo(20, within(0.05));
    }

    @Test
    void uniformNormalAndLognormal() {
        Distribution u = Distribution.uniform(100, 300);
        assertThat(u.quantile(0.25)).isEqualTo(150);
        assertMoments(u);
        Distribution n = Distribution.normal(1000, 150);
        assertThat(n.quantile(0.5)).isCloseTo(1000, within(0.01));
        assertThat(n.quantile(0.8413447)).isCloseTo(1150, within(0.05));
        assertMoments(n);
        Distribution ln = Distribution.lognormal(1000, 300);
        assertThat(ln.mean()).isCloseTo(1000, within(1e-9));
        assertThat(Math.sqrt(ln.variance())).isCloseTo(300, within(1e-9));
        assertMoments(ln);
    }

    @Test
    void normalIsTruncatedAtZero() {
        Distribution n = Distribution.normal(10, 20);
        // mean of N(μ, σ²) truncated to [0, ∞) is μ + σ φ(α)/(1 - Φ(α)) with α = -μ/σ = -0.5
        double alpha = -0.5;
        double phi = Math.exp(-alpha * alpha / 2) / Math.sqrt(2 * Math.PI);
        assertThat(n.mean()).isCloseTo(10 + 20 * phi / (1 - 0.3085375), within(1e-4));
        assertMoments(n);
        assertThat(n.quantile(1e-9)).isGreaterThanOrEqualTo(0);
    }

    @Test
    void threePointEstimateShapes() {
        ThreePointEstimate e = ThreePointEstimate.around(1000, -0.1, 0.25, ThreePointEstimate.Shape.TRIANGULAR);
        assertThat(e.min()).isEqualTo(900);
        assertThat(e.max()).isEqualTo(1250);
        assertThat(e.distribution().mean()).isCloseTo(3150 / 3.0, within(1e-9));
        for (ThreePointEstimate.Shape s : new ThreePointEstimate.Shape[] {ThreePointEstimate.Shape.NORMAL,
                ThreePointEstimate.Shape.LOGNORMAL}) {
            Distribution d = new ThreePointEstimate(900, 1000, 1250, s).distribution();
            assertThat(d.mean()).as("%s mean", s).isCloseTo((900 + 4000 + 1250) / 6.0, within(0.5));
        }
        assertThatThrownBy(() -> new ThreePointEstimate(10, 5, 20, ThreePointEstimate.Shape.PERT))
                .hasMessageContaining("min <= most likely <= max");
    }
}
