package org.bearing.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.bearing.engine.bench.NetworkGenerator;

/**
 * Summary roll-ups of the ordinal kernel ({@link OrdinalRollup}: children compiled into calendar segments) give
 * exactly the full scheduler's summary dates, float and criticality when many fast-eligible children are scheduled
 * by the general code in a run (a zero sampled duration), so that the extreme early or late date of a summary
 * often comes from such a child, and when whole segments have no fast child in the run.
 */
class OrdinalRollupPropertiesTest {

    @Property(tries = 60)
    void summariesEqualFullScheduleWithManyZeroDurations(@ForAll @IntRange(min = 0, max = 1_000_000) int seed,
            @ForAll @IntRange(min = 20, max = 200) int tasks, @ForAll @IntRange(min = 1, max = 4) int zeroOneIn) {
        SplittableRandom rnd = new SplittableRandom(seed);
        NetworkBuilder b = new NetworkGenerator(seed).builder(tasks);
        if (rnd.nextBoolean()) {
            b.primaveraRules();
        }
        ScheduleNetwork net = b.build();
        CriticalPathRerun rerun = new CriticalPathRerun(net);
        assertThat(rerun.usesOrdinalSchedule()).isTrue();
        long[] d = rerun.plannedDurations();
        ScheduleNetwork edited = net;
        for (int i = 0; i < d.length; i++) {
            if (!net.isSummary(i)) {
                d[i] = rnd.nextInt(zeroOneIn + 1) == 0 ? 0 : Math.round(Math.max(60, d[i]) * rnd.nextDouble() * 2);
                edited = edited.withDuration(i, d[i]);
            }
        }
        Schedule full = new CriticalPathScheduler().schedule(edited);
        long[] planned = rerun.plannedDurations();
        for (int run = 0; run < 2; run++) {
            // a run with other durations in between: the arrays and run stamps of the first must not leak
            rerun.run(planned);
            rerun.run(d);
            assertThat(rerun.projectFinish()).as("project finish").isEqualTo(full.projectFinish());
            for (int i = 0; i < d.length; i++) {
                assertThat(rerun.start(i)).as("start of %s", net.name(i)).isEqualTo(full.start(i));
                assertThat(rerun.finish(i)).as("finish of %s", net.name(i)).isEqualTo(full.finish(i));
                assertThat(rerun.totalFloat(i)).as("float of %s", net.name(i)).isEqualTo(full.totalFloat(i));
                assertThat(rerun.isCritical(i)).as("critical %s", net.name(i)).isEqualTo(full.isCritical(i));
            }
        }
    }
}
