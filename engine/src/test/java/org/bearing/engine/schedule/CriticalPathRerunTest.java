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
            CriticalPathRerun forward = new CriticalPathRerun(net);
            forward.runForward(d);
            rerun.run(d);
            Schedule full = scheduler.schedule(copy);
            assertThat(forward.projectFinish()).isEqualTo(full.projectFinish());
            for (int i = 0; i < d.length; i++) {
                assertThat(forward.finish(i)).as("forward-only finish of %s", net.name(i)).isEqualTo(full.finish(i));
            }
            assertThatThrownBy(() -> forward.isCritical(0)).isInstanceOf(IllegalStateException.class);
            assertThat(rerun.projectFinish()).isEqualTo(full.projectFinish());
            for (int i = 0; i < d.length; i++) {
                assertThat(rerun.start(i)).as("start of %s", net.name(i)).isEqualTo(full.start(i));
                assertThat(rerun.finish(i)).as("finish of %s", net.name(i)).isEqualTo(full.finish(i));
                assertThat(rerun.totalFloat(i)).as("float of %s", net.name(i)).isEqualTo(full.totalFloat(i));
                assertThat(rerun.isCritical(i)).isEqualTo(full.isCritical(i));
            }
        }
    }

    /** With as-late-as-possible tasks the forward-only run still runs the backward pass their dates need. */
    @Test
    void forwardOnlyRunKeepsAsLateAsPossibleDates() {
        NetworkBuilder b = ScheduleNetwork.builder().projectStart(java.time.LocalDateTime.of(2026, 1, 5, 8, 0));
        int a = b.addTask("A", 4800);
        int late = b.addTask("Late", 960);
        int end = b.addMilestone("End");
        b.link(a, end);
        b.link(late, end);
        b.constraint(late, ConstraintType.AS_LATE_AS_POSSIBLE, NetworkBuilder.NONE);
        ScheduleNetwork net = b.build();
        CriticalPathRerun forward = new CriticalPathRerun(net);
        long[] d = forward.plannedDurations();
        forward.runForward(d);
        Schedule full = new CriticalPathScheduler().schedule(net);
        assertThat(forward.start(late)).isEqualTo(full.start(late)).isGreaterThan(net.projectStart());
        assertThat(forward.isCritical(late)).isEqualTo(full.isCritical(late));
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
