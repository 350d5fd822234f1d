package org.bearing.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.bearing.engine.bench.MonteCarloBench;
import org.bearing.engine.bench.NetworkGenerator;
import org.bearing.engine.schedule.ScheduleNetwork;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of simulation results on random generated networks. */
class SimulationPropertiesTest {

    @Property(tries = 15)
    void percentilesAreMonotoneAndIndicesBounded(@ForAll @IntRange(min = 5, max = 120) int tasks,
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        ScheduleNetwork net = new NetworkGenerator(seed).generate(tasks);
        RiskModel model = MonteCarloBench.model(net, seed);
        SimulationResult r = new MonteCarloSimulation(model).run(new SimulationOptions(60, seed, 2, 60));
        long prevFinish = Long.MIN_VALUE;
        double prevCost = Double.NEGATIVE_INFINITY;
        for (int p = 0; p <= 100; p += 5) {
            assertThat(r.finishPercentile(p)).isGreaterThanOrEqualTo(prevFinish);
            assertThat(r.costPercentile(p)).isGreaterThanOrEqualTo(prevCost);
            prevFinish = r.finishPercentile(p);
            prevCost = r.costPercentile(p);
        }
        assertThat(r.finishPercentile(0)).isGreaterThanOrEqualTo(net.projectStart());
        for (int i = 0; i < net.taskCount(); i++) {
            assertThat(r.criticality(i)).isBetween(0.0, 1.0);
            assertThat(r.spearman(i)).isBetween(-1.0 - 1e-9, 1.0 + 1e-9);
            assertThat(r.durationSensitivity(i)).isGreaterThanOrEqualTo(0.0);
        }
        double[] cumulative = r.finishHistogram(10).cumulative();
        for (int b = 1; b < cumulative.length; b++) {
            assertThat(cumulative[b]).isGreaterThanOrEqualTo(cumulative[b - 1]);
        }
        assertThat(cumulative[cumulative.length - 1]).isEqualTo(1.0);
    }
}
