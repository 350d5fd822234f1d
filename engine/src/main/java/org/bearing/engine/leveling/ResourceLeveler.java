package org.bearing.engine.leveling;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Levels a {@link LevelingProblem}: finds a start for every task that respects the dependencies, release dates and
 * resource capacities, delaying tasks as little as the chosen method finds (no task is split).
 *
 * <p>Order of leveling: higher {@link LevelingProblem#priority} first, then the {@link PriorityRule} ("priority,
 * standard"). A single pass ({@code schedules == 1}) runs the serial schedule-generation scheme in that order and,
 * when the finish may move, double justification. "Level best" ({@code schedules > 1}) continues with a genetic
 * search on {@code islands} independent populations whose seeds derive from the options' seed; the best island
 * wins (ties: the lowest island number), so the result does not depend on thread timing.
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
            List<GeneticSearch.Outcome> outcomes = search(net, options, list, ruleValues, latestStart, deadline, generated);
            GeneticSearch.Outcome best = null;
            for (GeneticSearch.Outcome o : outcomes) {
                generated += o.generated();
                if (best == null || o.fitness() < best.fitness()) {
                    best = o;
                }
            }
            long singlePassFitness = fitness(net, start, over);
            if (best != null && best.fitness() < singlePassFitness) {
                start = best.start();
                if (withinFloat) {
                    sgs.schedule(net, best.list(), start, latestStart, over);
                }
            }
        }
        int[] taskStart = java.util.Arrays.copyOf(start, n);
        boolean[] taskOver = withinFloat ? java.util.Arrays.copyOf(over, n) : new boolean[n];
        return new LevelingResult(problem, taskStart, java.util.Arrays.copyOf(es, n), taskOver, cpm, generated);
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

    private static List<GeneticSearch.Outcome> search(StartLagNetwork net, LevelingOptions options, int[] seedList,
                                                      long[] rule, int[] latestStart, long deadline, long spent) {
        int islands = options.islands();
        long remaining = options.schedules() - spent;
        List<GeneticSearch.Outcome> outcomes = new ArrayList<>(islands);
        if (options.threads() == 1 || islands == 1) {
            for (int i = 0; i < islands; i++) {
                outcomes.add(island(net, options.seed(), i, islands, remaining, seedList, rule, latestStart, deadline));
            }
            return outcomes;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(islands, options.threads()), r -> {
            Thread t = new Thread(r, "leveling-island");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<GeneticSearch.Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < islands; i++) {
                int island = i;
                futures.add(pool.submit(() -> island(net, options.seed(), island, islands, remaining, seedList, rule, latestStart, deadline)));
            }
            for (Future<GeneticSearch.Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Leveling was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Leveling failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static GeneticSearch.Outcome island(StartLagNetwork net, long seed, int island, int islands, long budget,
                                                int[] seedList, long[] rule, int[] latestStart, long deadline) {
        long share = budget / islands + (island < budget % islands ? 1 : 0);
        long islandSeed = new java.util.SplittableRandom(seed).split().nextLong() ^ (0x9E3779B97F4A7C15L * (island + 1));
        return new GeneticSearch(net, islandSeed, latestStart).run(seedList, rule, share, deadline);
    }
}
