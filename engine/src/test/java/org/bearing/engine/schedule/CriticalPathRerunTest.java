package org.bearing.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.bearing.engine.bench.NetworkGenerator;
import org.bearing.engine.calendar.WorkCalendar;
import org.bearing.engine.calendar.WorkingHours;
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

    /**
     * Durations read in the working-time arithmetic come from the rerun's sample: percent-of-predecessor lags, a
     * zero duration as a milestone, and a resource-driven task, whose assignments scale by sampled / planned
     * duration (as if its work had been planned that way). A leveling delay still applies.
     */
    @Test
    void rerunUsesSampledDurationsInAssignmentsLagsAndMilestones() {
        ScheduleNetwork planned = assignmentsAndLags(960, 480, 0, 1);
        CriticalPathRerun rerun = new CriticalPathRerun(planned);
        long[] d = rerun.plannedDurations();
        d[0] = 1920;
        d[1] = 1440;
        d[2] = 300;
        rerun.run(d);
        Schedule full = new CriticalPathScheduler().schedule(assignmentsAndLags(1920, 1440, 300, 2));
        Schedule plan = new CriticalPathScheduler().schedule(planned);
        assertThat(rerun.finish(0)).isGreaterThan(plan.finish(0));
        assertThat(rerun.finish(2)).isGreaterThan(plan.finish(2));
        for (int i = 0; i < d.length; i++) {
            assertThat(rerun.start(i)).as("start of %s", planned.name(i)).isEqualTo(full.start(i));
            assertThat(rerun.finish(i)).as("finish of %s", planned.name(i)).isEqualTo(full.finish(i));
            assertThat(rerun.totalFloat(i)).as("float of %s", planned.name(i)).isEqualTo(full.totalFloat(i));
            assertThat(rerun.isCritical(i)).isEqualTo(full.isCritical(i));
        }
    }

    private static ScheduleNetwork assignmentsAndLags(long a, long lagged, long zero, long workScale) {
        WorkCalendar nightShift = WorkCalendar.builder("Night shift")
                .weekdays(WorkingHours.parse("00:00-03:00, 04:00-08:00, 23:00-24:00")).build();
        NetworkBuilder b = ScheduleNetwork.builder().projectStart(java.time.LocalDateTime.of(2026, 1, 5, 8, 0));
        int ta = b.addTask("A", a);
        b.assignment(ta, WorkCalendar.standard(), 480 * workScale, 100);
        b.assignment(ta, nightShift, 960 * workScale, 100);
        int tl = b.addTask("Lagged", lagged);
        b.link(ta, tl, LinkType.FINISH_TO_START, Lag.percent(50));
        int tz = b.addTask("Zero", zero);
        b.link(tl, tz, LinkType.START_TO_START, Lag.percent(25));
        int delayed = b.addTask("Delayed", 480);
        b.levelingDelay(delayed, 240);
        b.link(tz, delayed);
        return b.build();
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
