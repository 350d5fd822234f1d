package org.bearing.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Round axis steps: gridlines on 1, 2 or 5 × 10^k, bounds on multiples of the step. */
class ChartScaleTest {

    @Test
    void theStepIsTheSmallestRoundNumberAtOrAboveTheShareOfTheRange() {
        assertThat(ChartScale.roundStep(842_000, 5, 1)).isEqualTo(200_000);
        assertThat(ChartScale.roundStep(1_000_000, 5, 1)).isEqualTo(200_000);
        assertThat(ChartScale.roundStep(1_000_001, 5, 1)).isEqualTo(500_000);
        assertThat(ChartScale.roundStep(0.4, 4, 0.01)).isEqualTo(0.1);
        assertThat(ChartScale.roundStep(0.44, 4, 0.01)).isEqualTo(0.2);
        assertThat(ChartScale.roundStep(3, 5, 1)).as("never below the smallest step").isEqualTo(1);
    }

    @Test
    void anIndexAxisReadsRoundValuesAroundItsData() {
        ChartScale s = ChartScale.covering(0.88, 1.27, 4, 0.05);
        assertThat(s.step()).isEqualTo(0.1);
        assertThat(s.low()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.high()).isEqualTo(1.3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.gridlines()).containsExactly(0.8, 0.9, 1.0, 1.1, 1.2, 1.3);
    }

    @Test
    void aFlatSeriesStillGetsOneInterval() {
        ChartScale s = ChartScale.covering(1.0, 1.0, 4, 0.05);
        assertThat(s.high()).isGreaterThan(s.low());
        assertThat(s.gridlines()).hasSize(2).contains(1.0);
    }
}
