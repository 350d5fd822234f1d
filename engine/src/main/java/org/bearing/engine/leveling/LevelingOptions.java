package org.bearing.engine.leveling;

import java.time.Duration;
import java.util.Objects;

/**
 * How to level: the priority rule of the "standard order", whether the finish may move, and for "level best" a
 * budget of schedules and/or a time limit for the improvement search.
 *
 * @param rule          standard order among tasks of equal leveling priority
 * @param limit         whether leveling may move the project finish
 * @param schedules     budget of generated schedules; 1 means a single pass (one serial pass plus justification),
 *                      more runs the genetic search until that many forward or backward passes were generated
 * @param timeLimit     optional wall-clock limit for the search (null = none); with it the result depends on timing
 * @param seed          seed of the search; equal seeds give equal results when no time limit cuts the search short
 * @param threads       threads that evaluate the search's children; the result does not depend on it
 */
public record LevelingOptions(PriorityRule rule, LevelingLimit limit, long schedules, Duration timeLimit,
                              long seed, int threads) {

    public LevelingOptions {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(limit, "limit");
        if (schedules < 1) {
            throw new IllegalArgumentException("The schedule budget must be at least 1, was " + schedules);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (timeLimit != null && timeLimit.isNegative()) {
            throw new IllegalArgumentException("The time limit must not be negative, was " + timeLimit);
        }
    }

    /** One serial pass in LFT order plus double justification. */
    public static LevelingOptions singlePass() {
        return new LevelingOptions(PriorityRule.LATEST_FINISH, LevelingLimit.FINISH_MAY_MOVE, 1, null, 1L,
                Math.min(2, Runtime.getRuntime().availableProcessors()));
    }

    /** "Level best": the genetic search with a budget of {@code schedules} generated schedules. */
    public static LevelingOptions levelBest(long schedules) {
        return singlePass().withSchedules(schedules);
    }

    public LevelingOptions withRule(PriorityRule r) {
        return new LevelingOptions(r, limit, schedules, timeLimit, seed, threads);
    }

    public LevelingOptions withLimit(LevelingLimit l) {
        return new LevelingOptions(rule, l, schedules, timeLimit, seed, threads);
    }

    public LevelingOptions withSchedules(long k) {
        return new LevelingOptions(rule, limit, k, timeLimit, seed, threads);
    }

    public LevelingOptions withTimeLimit(Duration t) {
        return new LevelingOptions(rule, limit, schedules, t, seed, threads);
    }

    public LevelingOptions withSeed(long s) {
        return new LevelingOptions(rule, limit, schedules, timeLimit, s, threads);
    }

    public LevelingOptions withThreads(int t) {
        return new LevelingOptions(rule, limit, schedules, timeLimit, seed, t);
    }
}
