package org.bearing.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.bearing.engine.bench.NetworkGenerator;
import org.junit.jupiter.api.Test;

/** Edits on a built network reuse its topology and give the same dates as building the edited network anew. */
class IncrementalRescheduleTest {

    private final CriticalPathScheduler scheduler = new CriticalPathScheduler();

    @Test
    void durationEditMatchesAFreshBuild() {
        NetworkGenerator generator = new NetworkGenerator(7);
        ScheduleNetwork network = generator.generate(2_000);
        int task = 1_234;
        while (network.isSummary(task)) {
            task++;
        }
        ScheduleNetwork edited = network.withDuration(task, network.duration(task) + 2_400);
        NetworkBuilder fresh = generator.builder(2_000);
        fresh.duration(task, network.duration(task) + 2_400);
        Schedule incremental = scheduler.schedule(edited);
        Schedule rebuilt = scheduler.schedule(fresh.build());
        Schedule before = scheduler.schedule(network);
        boolean anyMoved = false;
        for (int i = 0; i < network.taskCount(); i++) {
            assertThat(incremental.earlyStart(i)).isEqualTo(rebuilt.earlyStart(i));
            assertThat(incremental.lateFinish(i)).isEqualTo(rebuilt.lateFinish(i));
            assertThat(incremental.totalFloat(i)).isEqualTo(rebuilt.totalFloat(i));
            anyMoved |= incremental.earlyFinish(i) != before.earlyFinish(i);
        }
        assertThat(anyMoved).isTrue();
        assertThat(network.duration(task)).isNotEqualTo(edited.duration(task));
    }

    @Test
    void constraintAndProgressEditsApply() {
        ScheduleNetwork network = new NetworkGenerator(3).generate(500);
        int task = 100;
        while (network.isSummary(task)) {
            task++;
        }
        Schedule s = scheduler.schedule(network);
        long later = s.earlyStart(task) + 10 * 1440;
        Schedule constrained = scheduler.schedule(network.withConstraint(task, ConstraintType.MUST_START_ON, later));
        assertThat(constrained.start(task)).isEqualTo(later);
        Schedule done = scheduler.schedule(network.withProgress(task, s.earlyStart(task), s.earlyFinish(task), 0));
        assertThat(done.isCritical(task)).isFalse();
        assertThat(done.finish(task)).isEqualTo(s.earlyFinish(task));
    }
}
