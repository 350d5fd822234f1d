package org.bearing.engine.leveling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bearing.engine.leveling.ProjectFixture.aProject;

import org.junit.jupiter.api.Test;

class ResourceLevelerTest {

    @Test
    void twoTasksNeedingTheWholeCrewRunOneAfterTheOther() {
        ProjectFixture p = aProject().resource("Crew", 2)
                .task("Dig", 3).needs("Crew", 2)
                .task("Wire", 2).needs("Crew", 2);
        LevelingResult r = p.levelOnce();

        assertThat(r.makespan()).isEqualTo(5);
        assertThat(r.criticalPathLength()).isEqualTo(3);
        assertThat(ScheduleCheck.violations(p.problem(), r.starts(), 10)).isEmpty();
        // equal priority and equal latest finish: the standard order falls back to the task number
        assertThat(r.start(p.id("Dig"))).isZero();
        assertThat(r.levelingDelay(p.id("Dig"))).isZero();
        assertThat(r.levelingDelay(p.id("Wire"))).isEqualTo(3);
    }

    @Test
    void higherPriorityKeepsItsDates() {
        ProjectFixture p = aProject().resource("Crew", 2)
                .task("Dig", 3).needs("Crew", 2).priority(100)
                .task("Wire", 2).needs("Crew", 2).priority(900);
        LevelingResult r = p.levelOnce();

        assertThat(r.start(p.id("Wire"))).isZero();
        assertThat(r.start(p.id("Dig"))).isEqualTo(2);
        assertThat(r.levelingDelay(p.id("Dig"))).isEqualTo(2);
    }

    @Test
    void tasksThatFitTogetherAreNotDelayed() {
        ProjectFixture p = aProject().resource("Crew", 3)
                .task("Dig", 3).needs("Crew", 2)
                .task("Wire", 2).needs("Crew", 1)
                .task("Paint", 2).needs("Crew", 1).after("Wire");
        LevelingResult r = p.levelOnce();

        assertThat(r.makespan()).isEqualTo(4);
        for (int t = 0; t < 3; t++) {
            assertThat(r.levelingDelay(t)).isZero();
        }
    }

    @Test
    void everyDependencyTypeAndLagHolds() {
        ProjectFixture p = aProject().resource("Crew", 1)
                .task("Design", 4).needs("Crew", 1)
                .task("Review", 2).after("Design", DependencyType.START_TO_START, 1)
                .task("Build", 3).needs("Crew", 1).after("Design", DependencyType.FINISH_TO_START, 2)
                .task("Document", 5).after("Build", DependencyType.FINISH_TO_FINISH, 1)
                .task("Handover", 1).after("Document", DependencyType.START_TO_FINISH, 3);
        LevelingResult r = p.levelOnce();

        assertThat(ScheduleCheck.violations(p.problem(), r.starts(), 10)).isEmpty();
        assertThat(r.start(p.id("Review"))).isEqualTo(1);
        assertThat(r.start(p.id("Build"))).isEqualTo(6);
        assertThat(r.finish(p.id("Document"))).isEqualTo(10);
        assertThat(r.finish(p.id("Handover"))).isEqualTo(r.start(p.id("Document")) + 3);
    }

    @Test
    void leadsLetTheSuccessorStartBeforeThePredecessorFinishes() {
        ProjectFixture p = aProject().resource("Crew", 2)
                .task("Pour", 4).needs("Crew", 1)
                .task("Cure", 3).needs("Crew", 1).after("Pour", DependencyType.FINISH_TO_START, -2);
        LevelingResult r = p.levelOnce();

        assertThat(r.start(p.id("Cure"))).isEqualTo(2);
        assertThat(r.makespan()).isEqualTo(5);
    }

    @Test
    void releaseDatesAreRespected() {
        ProjectFixture p = aProject().resource("Crew", 1)
                .task("Survey", 2).needs("Crew", 1).notBefore(5)
                .task("Plan", 3).needs("Crew", 1);
        LevelingResult r = p.levelOnce(LevelingOptions.levelBest(200));

        assertThat(r.start(p.id("Survey"))).isGreaterThanOrEqualTo(5);
        assertThat(r.start(p.id("Plan"))).isZero();
        assertThat(r.makespan()).isEqualTo(7);
        assertThat(ScheduleCheck.isFeasible(p.problem(), r.starts())).isTrue();
    }

    @Test
    void withinFloatOnlyDelaysTasksThatHaveFloatAndReportsTheRest() {
        ProjectFixture p = aProject().resource("Crew", 1)
                .task("Foundation", 4).needs("Crew", 1)
                .task("Fence", 1).needs("Crew", 1)
                .task("Long path", 6)
                .task("Roof", 3).needs("Crew", 1).priority(100)
                .task("Finish", 0).after("Foundation", "Fence", "Long path", "Roof");
        LevelingResult r = p.levelOnce(LevelingOptions.singlePass().withLimit(LevelingLimit.WITHIN_FLOAT));

        // Foundation (float 2) and Fence (float 5) fit within float; Roof (float 3) cannot and stays overallocated
        assertThat(r.makespan()).isEqualTo(6);
        assertThat(r.isOverallocated(p.id("Roof"))).isTrue();
        assertThat(r.overallocatedCount()).isEqualTo(1);
        assertThat(r.start(p.id("Roof"))).isZero();
        assertThat(r.finish(p.id("Foundation"))).isLessThanOrEqualTo(6);
        assertThat(r.finish(p.id("Fence"))).isLessThanOrEqualTo(6);

        LevelingResult moved = p.levelOnce();
        assertThat(moved.makespan()).isEqualTo(8);
        assertThat(moved.overallocatedCount()).isZero();
    }

    @Test
    void levelBestFindsTheOptimumWhereTheSinglePassDoesNot() {
        // 22 unit-periods of work on 4 units need at least 6 periods; 6 needs A and B side by side, then C with D
        ProjectFixture p = aProject().resource("Crew", 4)
                .task("A", 2).needs("Crew", 2)
                .task("B", 2).needs("Crew", 2)
                .task("C", 3).needs("Crew", 3)
                .task("D", 3).needs("Crew", 1).after("A")
                .task("E", 1).needs("Crew", 2).after("B");
        LevelingResult once = p.levelOnce();
        LevelingResult best = p.levelOnce(LevelingOptions.levelBest(2_000).withSeed(7));

        assertThat(best.makespan()).isLessThanOrEqualTo(once.makespan());
        assertThat(best.makespan()).isEqualTo(6);
        assertThat(ScheduleCheck.isFeasible(p.problem(), best.starts())).isTrue();
        assertThat(best.schedulesGenerated()).isLessThanOrEqualTo(2_000);
    }

    @Test
    void aTimeLimitStopsTheSearchEarlyWithAFeasibleSchedule() {
        LevelingProblem big = GeneratedProject.of(300, 8, 3);
        long t0 = System.nanoTime();
        LevelingResult r = ResourceLeveler.level(big, LevelingOptions.levelBest(100_000_000L)
                .withTimeLimit(java.time.Duration.ofMillis(200)));
        long millis = (System.nanoTime() - t0) / 1_000_000;

        assertThat(r.schedulesGenerated()).isLessThan(100_000_000L);
        assertThat(millis).isLessThan(5_000);
        assertThat(ScheduleCheck.isFeasible(big, r.starts())).isTrue();
    }

    @Test
    void aDemandAboveCapacityIsRejectedByName() {
        assertThatThrownBy(() -> aProject().resource("Crane", 1).task("Lift", 2).needs("Crane", 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Lift").hasMessageContaining("Crane");
    }

    @Test
    void aDependencyCycleIsRejected() {
        ProjectFixture p = aProject().resource("Crew", 1)
                .task("A", 1)
                .task("B", 1).after("A");
        LevelingProblem.Builder b = LevelingProblem.builder();
        int a = b.task("A", 1);
        int c = b.task("B", 1);
        b.finishToStart(a, c).finishToStart(c, a);
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
        assertThat(p.problem().taskCount()).isEqualTo(2);
    }
}
