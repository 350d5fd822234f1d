package org.bearing.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RanksTest {

    @Test
    void tiesShareTheMeanRankInBothImplementations() {
        double[] v = {5, 1, 5, 3, 0};
        float[] f = {9, 5, 1, 5, 3, 0};
        double[] expected = {4.5, 2, 4.5, 3, 1};
        assertThat(Ranks.of(v)).containsExactly(expected, within(1e-12));
        assertThat(Ranks.ofNonNegative(f, 1, 5)).containsExactly(expected, within(1e-12));
    }

    @Test
    void countedRanksOfWholeNumbersEqualSortedRanks() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            int length = 1 + rnd.nextInt(300);
            // narrow ranges (counted, many ties), wide ones (sorted) and fractions (sorted)
            int range = trial % 3 == 0 ? 1 + rnd.nextInt(10) : trial % 3 == 1 ? 1 + rnd.nextInt(5_000) : 1_000_000;
            float[] f = new float[length + 3];
            double[] v = new double[length];
            for (int i = 0; i < length; i++) {
                float x = 4_000 + rnd.nextInt(range) + (trial % 7 == 6 ? 0.5f : 0);
                f[i + 3] = x;
                v[i] = x;
            }
            assertThat(Ranks.ofNonNegative(f, 3, length)).containsExactly(Ranks.of(v), within(1e-12));
        }
    }

    @Test
    void spearmanOfMonotoneAndReversedSamples() {
        double[] x = {1, 2, 3, 4, 10};
        double[] y = {2, 4, 8, 16, 17};
        double[] z = {5, 4, 3, 2, 1};
        assertThat(Ranks.pearson(Ranks.of(x), Ranks.of(y))).isCloseTo(1.0, within(1e-12));
        assertThat(Ranks.pearson(Ranks.of(x), Ranks.of(z))).isCloseTo(-1.0, within(1e-12));
        assertThat(Ranks.pearson(Ranks.of(x), new double[] {1, 1, 1, 1, 1})).isZero();
    }
}
