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
    void spearmanOfMonotoneAndReversedSamples() {
        double[] x = {1, 2, 3, 4, 10};
        double[] y = {2, 4, 8, 16, 17};
        double[] z = {5, 4, 3, 2, 1};
        assertThat(Ranks.pearson(Ranks.of(x), Ranks.of(y))).isCloseTo(1.0, within(1e-12));
        assertThat(Ranks.pearson(Ranks.of(x), Ranks.of(z))).isCloseTo(-1.0, within(1e-12));
        assertThat(Ranks.pearson(Ranks.of(x), new double[] {1, 1, 1, 1, 1})).isZero();
    }
}
