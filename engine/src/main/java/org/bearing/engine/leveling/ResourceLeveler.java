package org.bearing.engine.leveling;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Levels a {@link LevelingProblem}: finds a start for every task that respects the dependencies, release dates and
 * resource capacities, delaying tasks as little as the chosen method finds (no task is split).
 *
 * <p>Order of leveling: higher {@link LevelingProblem#priority} first, then the {@link PriorityRule} ("priority,
 * standard"). A single pass ({@code schedules == 1}) runs the serial schedule-generation scheme in that order and,
 * when the finish may move, double justification. "Level best" ({@code schedules > 1}) continues with a genetic
 * search ({@link GeneticSearch}) seeded from the options' seed whose children are evaluated on {@code threads}
 * threads; the result depends on the seed and the budget only, never on thread timing (unless a time limit stops
 * the search early). A single pass costs 3 schedules (forward, backward, forward); the search's lists cost 2 each
 * (forward decode and backward justification, see {@link GeneticSearch}), and the budget counts them all. With
 * {@link LevelingLimit#WITHIN_FLOAT} the best list is decoded once more to recover its overallocation flags; that
 * repeats a schedule already counted.
 */
public final class ResourceLeveler {

    private ResourceLeveler() {
    }

    public static LevelingResult level(LevelingProblem problem, LevelingOptions options) {
        long began = System.nanoTime();
        long deadline = options.timeLimit() == null ? Long.MAX_VALUE : began + options.timeLimit().toNanos();
        StartLagNetwork net = StartLagNetwork.of(problem);
        int n = problem.taskCount();
        int[] topo = net.topologicalOrder(new long[net.nodeCount]);
        int[] es = net.earliestStarts(topo);
        int cpm = net.makespan(es);
        int[] ls = net.latestStarts(topo, cpm);
        long[] ruleValues = options.rule().values(net, es, ls);
        long[] key = new long[net.nodeCount];
        for (int j = 0; j < net.nodeCount; j++) {
            long p = j < n ? problem.priority[j] : Integer.MAX_VALUE;
            key[j] = -p * (1L << 40) + Math.max(-(1L << 39), Math.min((1L << 39) - 1, ruleValues[j]));
        }
        int[] list = net.topologicalOrder(key);
        boolean withinFloat = options.limit() == LevelingLimit.WITHIN_FLOAT;
        int[] latestStart = withinFloat ? ls : null;

        SerialScheduleGenerator sgs = new SerialScheduleGenerator(net);
        int[] start = new int[net.nodeCount];
        boolean[] over = new boolean[net.nodeCount];
        int makespan = sgs.schedule(net, list, start, latestStart, over);
        if (!withinFloat) {
            sgs.justify(list, start, makespan);
        }
        long generated = sgs.generated();

        if (options.schedules() > generated) {
            GeneticSearch.Outcome best = search(net, options, list, ruleValues, latestStart, deadline, generated);
            generated += best.generated();
            if (best.fitness() < fitness(net, start, over)) {
                start = best.start();
                if (withinFloat) {
                    sgs.schedule(net, best.list(), start, latestStart, over);
                }
            }
        }
        int[] taskStart = Arrays.copyOf(start, n);
        boolean[] taskOver = withinFloat ? Arrays.copyOf(over, n) : new boolean[n];
        return new LevelingResult(problem, taskStart, Arrays.copyOf(es, n), taskOver, cpm, generated);
    }

    private static long fitness(StartLagNetwork net, int[] start, boolean[] over) {
        long c = 0;
        for (boolean b : over) {
            if (b) {
                c++;
            }
        }
        return (c << 32) | net.makespan(start);
    }

    private static GeneticSearch.Outcome search(StartLagNetwork net, LevelingOptions options, int[] seedList,
                                                long[] rule, int[] latestStart, long deadline, long spent) {
        long budget = options.schedules() - spent;
        long seed = new SplittableRandom(options.seed()).nextLong();
        int threads = options.threads();
        if (threads == 1) {
            return new GeneticSearch(net, seed, latestStart, null, 1).run(seedList, rule, budget, deadline);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads - 1, r -> {
            Thread t = new Thread(r, "leveling-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            return new GeneticSearch(net, seed, latestStart, pool, threads).run(seedList, rule, budget, deadline);
        } finally {
            pool.shutdownNow();
        }
    }
}
