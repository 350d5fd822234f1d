package org.bearing.engine.leveling.psplib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.bearing.engine.leveling.LevelingOptions;
import org.bearing.engine.leveling.ResourceLeveler;
import org.junit.jupiter.api.Test;

/**
 * Quality on 48 j30 instances (one in ten, so every parameter class is in): the bounds are the deviations measured
 * when this test was written, rounded up, so a regression of the heuristics fails it.
 */
class PsplibJ30SubsetTest {
    private static final int INSTANCES = 48;

    private static PsplibBenchmark benchmark() {
        var dir = PsplibData.locate();
        assumeTrue(dir.isPresent(), "../shared/data/psplib is absent");
        return new PsplibBenchmark(dir.get());
    }

    @Test
    void singlePassStaysWithinItsMeasuredDeviationFromTheOptimum() {
        PsplibBenchmark.SetSummary s = benchmark().run("j30", INSTANCES,
                i -> ResourceLeveler.level(i.toProblem(), LevelingOptions.singlePass()).starts());

        assertThat(s.instances()).isEqualTo(INSTANCES);
        assertThat(s.feasible()).isEqualTo(INSTANCES);
        assertThat(s.meanDeviationFromReference()).isBetween(0.0, SINGLE_PASS_BOUND);
    }

    @Test
    void levelBestWithThousandSchedulesStaysWithinItsMeasuredDeviation() {
        PsplibBenchmark.SetSummary s = benchmark().run("j30", INSTANCES,
                i -> ResourceLeveler.level(i.toProblem(), LevelingOptions.levelBest(1_000).withSeed(1)).starts());

        assertThat(s.feasible()).isEqualTo(INSTANCES);
        assertThat(s.meanDeviationFromReference()).isBetween(0.0, LEVEL_BEST_BOUND);
        assertThat(s.matchedBestKnown()).isGreaterThanOrEqualTo(MATCHED_OPTIMA);
    }

    /** Measured 3.33 %. */
    private static final double SINGLE_PASS_BOUND = 3.5;
    /**
     * Measured 0.54 % with 40 of 48 optima. Restarts from neighbours of the elite cost this much at 1,000 schedules
     * (0.43 % and 42 optima with random restarts; on all of j30 0.37 % against 0.29 %) and gain on j120.
     */
    private static final double LEVEL_BEST_BOUND = 0.6;
    private static final int MATCHED_OPTIMA = 40;
}
