package org.bearing.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.bearing.engine.bench.MonteCarloBench;
import org.bearing.engine.bench.NetworkGenerator;
import org.bearing.engine.schedule.CriticalPathScheduler;
import org.bearing.engine.schedule.Schedule;
import org.bearing.engine.schedule.ScheduleNetwork;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Each simulated iteration is the full critical path method, not an approximation of it: on random generated
 * networks (four calendars, all link types, working, elapsed and percent lags, SNET/FNLT constraints, deadlines,
 * WBS summaries) with the benchmark's risk model (correlation groups, risk events), iteration k's project finish
 * equals that of {@link CriticalPathScheduler} on the network edited to iteration k's sampled durations, and each
 * task's criticality index equals the share of those full schedules in which it is on the longest path (a
 * summary: a task under it), or with {@link Criticality#TOTAL_FLOAT} in which it is critical.
 */
class SimulationExactnessPropertiesTest {

    private static final int ITERATIONS = 6;

    @Property(tries = 12)
    void iterationsEqualFullSchedulesOfTheSampledNetwork(@ForAll @IntRange(min = 20, max = 250) int tasks,
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        ScheduleNetwork net = new NetworkGenerator(seed).generate(tasks);
        MonteCarloSimulation sim = new MonteCarloSimulation(MonteCarloBench.model(net, seed));
        SimulationResult r = sim.run(new SimulationOptions(ITERATIONS, seed, 2, ITERATIONS));
        SimulationResult byFloat = sim.run(new SimulationOptions(ITERATIONS, seed, 2, ITERATIONS,
                Criticality.TOTAL_FLOAT));
        int n = net.taskCount();
        int[] onPath = new int[n];
        int[] critical = new int[n];
        long[] durations = new long[n];
        for (int k = 0; k < ITERATIONS; k++) {
            sim.sample(seed, k, durations);
            ScheduleNetwork edited = net;
            for (int i = 0; i < n; i++) {
                if (!net.isSummary(i) && durations[i] != net.duration(i)) {
                    edited = edited.withDuration(i, durations[i]);
                }
            }
            Schedule full = new CriticalPathScheduler().schedule(edited);
            assertThat(r.finish(k)).as("finish of iteration %d", k).isEqualTo(full.projectFinish());
            assertThat(byFloat.finish(k)).as("finish of iteration %d", k).isEqualTo(full.projectFinish());
            boolean[] path = new boolean[n];
            for (int i = 0; i < n; i++) {
                critical[i] += full.isCritical(i) ? 1 : 0;
                if (full.isOnLongestPath(i)) {
                    // a summary is on the path with any task under it
                    for (int t = i; t >= 0 && !path[t]; t = net.parent(t)) {
                        path[t] = true;
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                onPath[i] += path[i] ? 1 : 0;
            }
        }
        for (int i = 0; i < n; i++) {
            assertThat(r.criticality(i)).as("longest-path criticality of %s", net.name(i))
                    .isEqualTo(onPath[i] / (double) ITERATIONS);
            assertThat(byFloat.criticality(i)).as("total-float criticality of %s", net.name(i))
                    .isEqualTo(critical[i] / (double) ITERATIONS);
        }
    }
}
