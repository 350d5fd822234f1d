package org.bearing.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bearing.engine.bench.NetworkGenerator;

/**
 * A re-run (calendar tables, one-lookup fast path) gives exactly the dates, total float and critical flags that
 * the full scheduler gives on the network edited to the same durations: random generated networks with four
 * calendars, all link types, lags, constraints and deadlines, durations scaled 0-4x (far past the tables'
 * horizon for some tasks).
 */
class CriticalPathRerunPropertiesTest {

    @Property(tries = 40)
    void rerunEqualsFullScheduleOfTheEditedNetwork(@ForAll @IntRange(min = 0, max = 10_000) int seed,
            @ForAll @IntRange(min = 20, max = 300) int tasks, @ForAll @IntRange(min = 1, max = 40) int maxScaleTenths) {
        ScheduleNetwork net = new NetworkGenerator(seed).generate(tasks);
        CriticalPathRerun rerun = new CriticalPathRerun(net);
        CriticalPathRerun shared = new CriticalPathRerun(rerun);
        SplittableRandom rnd = new SplittableRandom(seed);
        long[] d = rerun.plannedDurations();
        ScheduleNetwork copy = net;
        for (int i = 0; i < d.length; i++) {
            if (!net.isSummary(i) && rnd.nextInt(2) == 0) {
                long base = d[i] > 0 ? d[i] : 60;
                d[i] = Math.round(base * rnd.nextDouble() * maxScaleTenths / 10.0);
                copy = copy.withDuration(i, d[i]);
            }
        }
        Schedule full = new CriticalPathScheduler().schedule(copy);
        rerun.run(d);
        shared.runForward(d);
        assertThat(rerun.projectFinish()).isEqualTo(full.projectFinish());
        assertThat(shared.projectFinish()).isEqualTo(full.projectFinish());
        for (int i = 0; i < d.length; i++) {
            assertThat(rerun.start(i)).as("start of %s", net.name(i)).isEqualTo(full.start(i));
            assertThat(rerun.finish(i)).as("finish of %s", net.name(i)).isEqualTo(full.finish(i));
            assertThat(shared.finish(i)).as("forward finish of %s", net.name(i)).isEqualTo(full.finish(i));
            assertThat(rerun.totalFloat(i)).as("float of %s", net.name(i)).isEqualTo(full.totalFloat(i));
            assertThat(rerun.isCritical(i)).as("critical %s", net.name(i)).isEqualTo(full.isCritical(i));
        }
    }

    /**
     * The longest path a forward-only re-run traces (the Monte Carlo criticality) is the full schedule's longest
     * path of the edited network, task by task (summary tasks: any task under them on it); and a re-run after a
     * full run traces the same.
     */
    @Property(tries = 40)
    void longestPathOfARerunEqualsTheFullSchedules(@ForAll @IntRange(min = 0, max = 10_000) int seed,
            @ForAll @IntRange(min = 20, max = 300) int tasks, @ForAll @IntRange(min = 1, max = 40) int maxScaleTenths) {
        ScheduleNetwork net = new NetworkGenerator(seed).generate(tasks);
        CriticalPathRerun rerun = new CriticalPathRerun(net);
        SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        long[] d = rerun.plannedDurations();
        ScheduleNetwork copy = net;
        for (int i = 0; i < d.length; i++) {
            if (!net.isSummary(i) && rnd.nextInt(2) == 0) {
                long base = d[i] > 0 ? d[i] : 60;
                d[i] = Math.round(base * rnd.nextDouble() * maxScaleTenths / 10.0);
                copy = copy.withDuration(i, d[i]);
            }
        }
        Schedule full = new CriticalPathScheduler().schedule(copy);
        long[] forward = new long[d.length];
        rerun.runForward(d);
        rerun.countLongestPath(forward);
        long[] both = new long[d.length];
        rerun.run(d);
        rerun.countLongestPath(both);
        boolean[] path = new boolean[d.length];
        int onPath = 0;
        for (int i = 0; i < d.length; i++) {
            if (full.isOnLongestPath(i)) {
                onPath++;
                // a summary task counts with any task under it
                for (int t = i; t >= 0; t = net.parent(t)) {
                    path[t] = true;
                }
            }
        }
        for (int i = 0; i < d.length; i++) {
            long expected = path[i] ? 1 : 0;
            assertThat(forward[i]).as("on longest path after runForward: %s", net.name(i)).isEqualTo(expected);
            assertThat(both[i]).as("on longest path after run: %s", net.name(i)).isEqualTo(expected);
        }
        assertThat(onPath).as("tasks on the longest path").isPositive();
    }
}
