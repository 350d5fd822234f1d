package org.bearing.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.bearing.engine.bench.NetworkGenerator;
import org.junit.jupiter.api.Test;

class CriticalPathRerunTest {

    /** Every rerun must give the dates and criticality the full scheduler gives on a network with those durations. */
    @Test
    void rerunWithNewDurationsMatchesFullScheduleOfEditedNetwork() {
        ScheduleNetwork net = new NetworkGenerator(7).generate(600);
        CriticalPathRerun rerun = new CriticalPathRerun(net);
        CriticalPathScheduler scheduler = new CriticalPathScheduler();
        SplittableRandom rnd = new SplittableRandom(3);
        for (int round = 0; round < 4; round++) {
            long[] d = rerun.plannedDurations();
            ScheduleNetwork copy = net;
            for (int i = 0; i < d.length; i++) {
                if (!net.isSummary(i) && d[i] > 0 && rnd.nextInt(3) == 0) {
                    d[i] = Math.max(1, Math.round(d[i] * (0.5 + rnd.nextDouble())));
                    copy = copy.withDuration(i, d[i]);
                }
            }
            rerun.run(d);
            Schedule full = scheduler.schedule(copy);
            assertThat(rerun.projectFinish()).isEqualTo(full.projectFinish());
            for (int i = 0; i < d.length; i++) {
                assertThat(rerun.start(i)).as("start of %s", net.name(i)).isEqualTo(full.start(i));
                assertThat(rerun.finish(i)).as("finish of %s", net.name(i)).isEqualTo(full.finish(i));
                assertThat(rerun.totalFloat(i)).as("float of %s", net.name(i)).isEqualTo(full.totalFloat(i));
                assertThat(rerun.isCritical(i)).isEqualTo(full.isCritical(i));
            }
        }
    }

    @Test
    void refusesWrongLengthAndNegativeDurations() {
        ScheduleNetwork net = new NetworkGenerator(7).generate(50);
        CriticalPathRerun rerun = new CriticalPathRerun(net);
        assertThatThrownBy(() -> rerun.run(new long[3])).hasMessageContaining("expected 50 durations");
        long[] d = rerun.plannedDurations();
        d[10] = -1;
        assertThatThrownBy(() -> rerun.run(d)).hasMessageContaining("negative duration");
        assertThatThrownBy(rerun::projectFinish).isInstanceOf(IllegalStateException.class);
    }
}
