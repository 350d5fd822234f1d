package org.bearing.engine.leveling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of leveling on random projects with all dependency types, leads and lags, and release dates. */
class LevelingPropertiesTest {

    /** A random acyclic project: dependencies only run from lower to higher task numbers. */
    static LevelingProblem randomProject(long seed, int tasks, int resources) {
        Random random = new Random(seed);
        LevelingProblem.Builder b = LevelingProblem.builder();
        int[] capacity = new int[resources];
        for (int r = 0; r < resources; r++) {
            capacity[r] = 1 + random.nextInt(6);
            b.resource("R" + r, capacity[r]);
        }
        DependencyType[] types = DependencyType.values();
        for (int j = 0; j < tasks; j++) {
            b.task("T" + j, random.nextInt(8));
            for (int r = 0; r < resources; r++) {
                if (random.nextInt(3) > 0) {
                    b.demand(j, r, random.nextInt(capacity[r] + 1));
                }
            }
            if (random.nextInt(5) == 0) {
                b.releaseDate(j, random.nextInt(10));
            }
            if (random.nextInt(4) == 0) {
                b.priority(j, random.nextInt(1001));
            }
            for (int k = 0; k < j && k < 3; k++) {
                if (random.nextInt(3) == 0) {
                    int p = random.nextInt(j);
                    DependencyType type = random.nextInt(2) == 0 ? DependencyType.FINISH_TO_START : types[random.nextInt(4)];
                    b.dependency(p, j, type, random.nextInt(7) - 2);
                }
            }
        }
        return b.build();
    }

    /** Longest-path lower bound computed from the dependency definitions, sharing no code with the leveler. */
    static int criticalPathBound(LevelingProblem problem) {
        int n = problem.taskCount();
        int[] s = new int[n];
        for (int j = 0; j < n; j++) {
            s[j] = problem.releaseDate(j);
        }
        for (int round = 0; round < n; round++) {
            for (int k = 0; k < problem.dependencyCount(); k++) {
                int p = problem.dependencyPredecessor(k);
                int q = problem.dependencySuccessor(k);
                int dp = problem.duration(p);
                int dq = problem.duration(q);
                int lag = problem.dependencyLag(k);
                int need = switch (problem.dependencyType(k)) {
                    case FINISH_TO_START -> s[p] + dp + lag;
                    case START_TO_START -> s[p] + lag;
                    case FINISH_TO_FINISH -> s[p] + dp + lag - dq;
                    case START_TO_FINISH -> s[p] + lag - dq;
                };
                s[q] = Math.max(s[q], need);
            }
        }
        int bound = 0;
        for (int j = 0; j < n; j++) {
            bound = Math.max(bound, s[j] + problem.duration(j));
        }
        return bound;
    }

    @Property(tries = 200)
    void everySinglePassScheduleIsFeasibleAndNoShorterThanTheCriticalPath(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int tasks, @ForAll @IntRange(min = 1, max = 4) int resources) {
        LevelingProblem problem = randomProject(seed, tasks, resources);
        LevelingResult r = ResourceLeveler.level(problem, LevelingOptions.singlePass());

        assertThat(ScheduleCheck.violations(problem, r.starts(), 5)).isEmpty();
        assertThat(r.makespan()).isGreaterThanOrEqualTo(criticalPathBound(problem));
        assertThat(r.criticalPathLength()).isEqualTo(criticalPathBound(problem));
        for (int j = 0; j < tasks; j++) {
            assertThat(r.levelingDelay(j)).isNotNegative();
        }
    }

    @Property(tries = 60)
    void everyLevelBestScheduleIsFeasibleAndNoLongerThanTheSinglePass(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int tasks, @ForAll @IntRange(min = 1, max = 4) int resources) {
        LevelingProblem problem = randomProject(seed, tasks, resources);
        LevelingResult once = ResourceLeveler.level(problem, LevelingOptions.singlePass());
        LevelingResult best = ResourceLeveler.level(problem, LevelingOptions.levelBest(300).withSeed(seed));

        assertThat(ScheduleCheck.violations(problem, best.starts(), 5)).isEmpty();
        assertThat(best.makespan()).isLessThanOrEqualTo(once.makespan());
        assertThat(best.schedulesGenerated()).isLessThanOrEqualTo(300);
    }

    @Property(tries = 40)
    void theSameSeedGivesTheSameScheduleWhateverTheThreads(
            @ForAll long seed, @ForAll @IntRange(min = 2, max = 30) int tasks) {
        LevelingProblem problem = randomProject(seed, tasks, 2);
        LevelingOptions options = LevelingOptions.levelBest(400).withSeed(seed);
        LevelingResult one = ResourceLeveler.level(problem, options.withThreads(1));
        LevelingResult two = ResourceLeveler.level(problem, options.withThreads(2));
        LevelingResult again = ResourceLeveler.level(problem, options.withThreads(2));

        assertThat(two.starts()).isEqualTo(one.starts());
        assertThat(again.starts()).isEqualTo(one.starts());
    }

    @Property(tries = 100)
    void withinFloatNeverMovesTheFinishAndLeavesOnlyReportedOverloads(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int tasks) {
        LevelingProblem problem = randomProject(seed, tasks, 2);
        LevelingResult r = ResourceLeveler.level(problem, LevelingOptions.levelBest(100).withSeed(seed)
                .withLimit(LevelingLimit.WITHIN_FLOAT));

        assertThat(r.makespan()).isEqualTo(criticalPathBound(problem));
        int[] start = r.starts();
        // moving every overallocated task out of the way (to far beyond the end) must leave a resource-feasible rest
        LevelingProblem.Builder rest = LevelingProblem.builder();
        for (int res = 0; res < problem.resourceCount(); res++) {
            rest.resource(problem.resourceName(res), problem.capacity(res));
        }
        for (int j = 0; j < tasks; j++) {
            rest.task(problem.taskName(j), r.isOverallocated(j) ? 0 : problem.duration(j));
            for (int res = 0; res < problem.resourceCount(); res++) {
                rest.demand(j, res, r.isOverallocated(j) ? 0 : problem.demand(j, res));
            }
        }
        assertThat(ScheduleCheck.violations(rest.build(), start, 5)).isEmpty();
        for (int k = 0; k < problem.dependencyCount(); k++) {
            int p = problem.dependencyPredecessor(k);
            int q = problem.dependencySuccessor(k);
            assertThat(problem.dependencyType(k).isSatisfied(start[p], problem.duration(p), start[q], problem.duration(q),
                    problem.dependencyLag(k))).isTrue();
        }
    }
}
