package org.bearing.engine.leveling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of right justification on random projects with zero durations, leads and lags (where sorting by time
 * alone can break a dependency and the scheduler must fall back to a topological order).
 */
class JustificationPropertiesTest {

    @Property(tries = 300)
    void rightJustificationGivesAFeasibleScheduleAndAPrecedenceFeasibleList(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int tasks) {
        check(LevelingPropertiesTest.randomProject(seed, tasks, 2), seed, false);
    }

    /** With finish-to-start dependencies without lags (the RCPSP) it never lengthens the schedule. */
    @Property(tries = 300)
    void rightJustificationOfAnRcpspScheduleIsNeverLonger(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int tasks) {
        Random random = new Random(seed);
        LevelingProblem.Builder b = LevelingProblem.builder();
        b.resource("R0", 4);
        b.resource("R1", 3);
        for (int j = 0; j < tasks; j++) {
            b.task("T" + j, random.nextInt(6));
            b.demand(j, 0, random.nextInt(5));
            b.demand(j, 1, random.nextInt(4));
            for (int k = 0; k < 2 && j > 0; k++) {
                if (random.nextBoolean()) {
                    b.dependency(random.nextInt(j), j, DependencyType.FINISH_TO_START, 0);
                }
            }
        }
        check(b.build(), seed, true);
    }

    private static void check(LevelingProblem problem, long seed, boolean neverLonger) {
        int tasks = problem.taskCount();
        StartLagNetwork net = StartLagNetwork.of(problem);
        Random random = new Random(seed);
        long[] key = new long[net.nodeCount];
        for (int j = 0; j < key.length; j++) {
            key[j] = random.nextInt(1000);
        }
        int[] list = net.topologicalOrder(key);
        int[] start = new int[net.nodeCount];
        SerialScheduleGenerator sgs = new SerialScheduleGenerator(net);
        int forward = sgs.schedule(list, start);

        int justified = sgs.justifyRight(list, start, forward);

        assertThat(justified).isEqualTo(net.makespan(start));
        if (neverLonger) {
            assertThat(justified).isLessThanOrEqualTo(forward);
        }
        assertThat(ScheduleCheck.isFeasible(problem, Arrays.copyOf(start, tasks))).isTrue();
        assertThat(sgs.generated()).isEqualTo(2);
        int[] position = new int[net.nodeCount];
        for (int x = 0; x < list.length; x++) {
            position[list[x]] = x;
        }
        assertThat(Arrays.stream(list).sorted().toArray()).isEqualTo(java.util.stream.IntStream.range(0, net.nodeCount).toArray());
        for (int j = 0; j < net.nodeCount; j++) {
            for (int k = net.predStart[j]; k < net.predStart[j + 1]; k++) {
                assertThat(position[net.predNode[k]]).isLessThan(position[j]);
            }
        }
    }
}
