package org.bearing.engine.leveling;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The "level best" search: a genetic algorithm over activity lists (Hartmann 1998) whose children are decoded by the
 * serial scheme and then right-justified (the backward half of double justification, Valls et al. 2005); the
 * justified schedule and its start order replace the child (so the population holds justified schedules and lists
 * sorted by start). With {@code -Dbearing.leveling.passes=3} a child is also left-justified again.
 *
 * <p><b>Counting.</b> The budget limits generated schedules as the literature counts them (Kolisch and Hartmann
 * 2006): one schedule = one run of the serial scheme over all tasks, forward or backward. A child therefore costs
 * {@link #PASSES} schedules (forward decode + backward justification pass, + forward pass with 3), and so does every
 * member of the initial population and every list drawn at a restart. Crossover, mutation, peak detection and hashing
 * decode nothing and cost nothing. The search never starts a child it cannot pay for, so it spends at most the budget.
 *
 * <p>Operators: binary tournament selection; two-point crossover (positions up to q1 from one parent, then the
 * other parent's order of the remaining tasks up to q2, then the first parent's) whose cut points bracket the other
 * parent's resource peak ({@link #peakCuts}); mutation swaps neighbours that share no dependency with probability
 * {@link #MUTATION}; a child equal to a known list is perturbed before it costs a pass; the best {@code size}
 * distinct schedules of parents and children survive. The population grows with the square root of the budget
 * ({@link #POP_DIV}). After {@link #STAGNATION} generations without progress all but the best tenth are replaced by
 * neighbours of that elite ({@link #neighbour}; the second phase of Valls, Ballestín and Quintanilla 2008).
 *
 * <p>Determinism: everything random comes from one {@link SplittableRandom} on the calling thread; other threads only
 * decode children, each a pure function of its list, so a seed fixes the run whatever the threads, unless a time
 * limit stops it.
 */
final class GeneticSearch {
    // Tuning knobs, read from system properties only so experiments need no rebuild; the defaults were measured
    // on j30 and j120 at 5,000 schedules.
    /** Probability that a mutation swaps a task with its successor in the list. */
    static final double MUTATION = Double.parseDouble(System.getProperty("bearing.leveling.mutation", "0.05"));
    /**
     * Population = min(evaluations / POP_DIV, POP_SCALE · evaluations^POP_EXPONENT), clamped to [8, POP_MAX]: a
     * population that grows with the budget but slower than it, so a larger budget buys both more diversity and more
     * generations; 80 at 5,000 schedules, 319 at 50,000. Measured on 60 j120 instances (every tenth): at 5,000
     * schedules 60 → 31.86 %, 80 → 31.60 %, 100 → 31.75 %; at 50,000 schedules 60 → 31.26 %, 200 → 30.14 % (30.04 %
     * with neighbour restarts); on 100 j120 instances (every sixth) at 50,000: 253 → 31.71 %, 316 → 31.41 %,
     * 395 → 31.48 %.
     */
    static final int POP_DIV = Integer.getInteger("bearing.leveling.populationDivisor", 25);
    /** Passes per child: 3 = forward, backward, forward (double justification); 2 = forward, backward. */
    static final int PASSES = Integer.getInteger("bearing.leveling.passes", 2);
    /** Tournament size of parent selection. */
    static final int TOURNAMENT = Integer.getInteger("bearing.leveling.tournament", 2);
    /** Exponent of the regret weight in the random initial lists (1 = regret-based biased random sampling). */
    static final double BIAS = Double.parseDouble(System.getProperty("bearing.leveling.bias", "1"));
    /** Probability that a crossover cuts around the other parent's resource peak instead of at random. */
    static final double PEAK = Double.parseDouble(System.getProperty("bearing.leveling.peak", "1"));
    /** Generations without a better best after which all but the best tenth are drawn afresh (0 = never). */
    static final int STAGNATION = Integer.getInteger("bearing.leveling.stagnation", 10);
    /** Fraction of tasks moved in a restart's neighbour of an elite list (0 = restart from random lists). */
    static final double NEIGHBOURS = Double.parseDouble(System.getProperty("bearing.leveling.neighbours", "0.1"));
    /** Lists evaluated between two looks at the clock when a time limit is set. */
    static final int CHUNK = 64;
    /** Largest population. */
    static final int POP_MAX = Integer.getInteger("bearing.leveling.populationMax", 500);
    /** See {@link #POP_DIV}. */
    static final double POP_SCALE = Double.parseDouble(System.getProperty("bearing.leveling.populationScale", "0.732"));
    /** See {@link #POP_DIV}. */
    static final double POP_EXPONENT = Double.parseDouble(System.getProperty("bearing.leveling.populationExponent", "0.6"));

    private final SerialScheduleGenerator[] workers;
    private final ExecutorService pool;
    private final StartLagNetwork net;
    private final SplittableRandom random;
    private final int[] latestStart;
    private final boolean[][] flags;
    private final int n;
    /** Σ_r demand_r / capacity_r of each task: its share of the resources per period it runs. */
    private final double[] load;

    private int[][] lists;
    private int[][] starts;
    private long[] fitness;
    private long[] hash;

    /**
     * @param pool        runs evaluations on {@code workers - 1} further threads; null to evaluate on the caller only
     * @param workers     number of evaluating threads (the caller included)
     * @param latestStart latest starts for {@link LevelingLimit#WITHIN_FLOAT}, else null
     */
    GeneticSearch(StartLagNetwork net, long seed, int[] latestStart, ExecutorService pool, int workers) {
        this.net = net;
        this.pool = workers > 1 ? pool : null;
        int w = this.pool == null ? 1 : workers;
        this.workers = new SerialScheduleGenerator[w];
        this.flags = new boolean[w][net.nodeCount];
        for (int i = 0; i < w; i++) {
            this.workers[i] = new SerialScheduleGenerator(net);
        }
        this.random = new SplittableRandom(seed);
        this.latestStart = latestStart;
        this.n = net.nodeCount;
        this.load = new double[n];
        for (int j = 0; j < n; j++) {
            for (int k = net.demandStart[j]; k < net.demandStart[j + 1]; k++) {
                load[j] += (double) net.demandAmount[k] / net.capacity[net.demandResource[k]];
            }
        }
    }

    /** Result of a search: the best list, its schedule and fitness, and the passes spent. */
    record Outcome(int[] list, int[] start, long fitness, long generated) {
    }

    /**
     * Runs until {@code budget} passes were generated or {@code deadlineNanos} (System.nanoTime) passed; the time
     * is checked between generations only. Children of a generation are drawn on the calling thread and then
     * evaluated in parallel; evaluation is a pure function of the list, so the result does not depend on threads.
     *
     * @param seedList a precedence-feasible list that enters the first population (the single-pass order)
     * @param rule     priority values that bias the random initial lists (smaller first)
     */
    Outcome run(int[] seedList, long[] rule, long budget, long deadlineNanos) {
        int cost = latestStart == null ? PASSES : 1;
        long evaluations = Math.max(1, budget / cost);
        long scaled = Math.min(evaluations / POP_DIV, Math.round(POP_SCALE * Math.pow(evaluations, POP_EXPONENT)));
        int size = (int) Math.max(8, Math.min(POP_MAX, scaled));
        size -= size & 1;
        size = (int) Math.max(1, Math.min(size, evaluations));
        long spent = 0;
        lists = new int[size][];
        starts = new int[size][n];
        fitness = new long[size];
        hash = new long[size];
        // drawn and evaluated in chunks: a time limit may cut the first population short (the seed list always enters)
        int drawn = 0;
        int chunk = deadlineNanos == Long.MAX_VALUE ? size : CHUNK;
        while (drawn < size) {
            int to = Math.min(size, drawn + chunk);
            for (int i = drawn; i < to; i++) {
                lists[i] = i == 0 ? Arrays.copyOf(seedList, n) : biasedRandomList(rule);
            }
            evaluateChunk(lists, starts, fitness, hash, drawn, to);
            drawn = to;
            if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() >= deadlineNanos) {
                break;
            }
        }
        size = drawn;
        spent += (long) size * cost;
        sortPopulation(size);

        int brood = Math.max(2, size - (size & 1));
        int[][] childLists = new int[brood][n];
        int[][] childStarts = new int[brood][n];
        long[] childFitness = new long[brood];
        long[] childHash = new long[brood];
        long[] listHash = new long[size + brood];
        int[] mark = new int[n];
        int stamp = 0;
        int stagnant = 0;
        while (spent + 2L * cost <= budget && System.nanoTime() < deadlineNanos && size >= 2) {
            int children = (int) Math.min(brood, (budget - spent) / cost) & ~1;
            for (int i = 0; i < size; i++) {
                listHash[i] = hashOf(lists[i]);
            }
            for (int c = 0; c < children; c += 2) {
                int mother = tournament(size);
                int father = tournament(size);
                if (random.nextDouble() < PEAK) {
                    long cuts = peakCuts(father);
                    stamp = crossover(lists[mother], lists[father], (int) (cuts >>> 32), (int) cuts, childLists[c], mark, stamp + 1);
                    cuts = peakCuts(mother);
                    stamp = crossover(lists[father], lists[mother], (int) (cuts >>> 32), (int) cuts, childLists[c + 1], mark, stamp + 1);
                } else {
                    int q1 = random.nextInt(n);
                    int q2 = q1 + random.nextInt(n - q1 + 1);
                    stamp = crossover(lists[mother], lists[father], q1, q2, childLists[c], mark, stamp + 1);
                    stamp = crossover(lists[father], lists[mother], q1, q2, childLists[c + 1], mark, stamp + 1);
                }
                for (int x = c; x < c + 2; x++) {
                    mutate(childLists[x]);
                    long h = hashOf(childLists[x]);
                    // a child equal to a known list would cost passes and teach nothing: perturb it
                    for (int tries = 0; tries < 4 && contains(listHash, size + x, h); tries++) {
                        forceSwap(childLists[x]);
                        h = hashOf(childLists[x]);
                    }
                    listHash[size + x] = h;
                }
            }
            children = evaluateAll(childLists, childStarts, childFitness, childHash, children, deadlineNanos);
            spent += (long) children * cost;
            long bestBefore = fitness[0];
            survive(size, children, childLists, childStarts, childFitness, childHash);
            stagnant = fitness[0] < bestBefore ? 0 : stagnant + 1;
            if (STAGNATION > 0 && stagnant >= STAGNATION && spent + (long) (size - 1) * cost <= budget) {
                // diversify: keep the elite, draw the rest afresh (a restart around the best, as in Valls et al. 2008)
                int keep = Math.max(1, size / 10);
                for (int i = keep; i < size; i++) {
                    lists[i] = NEIGHBOURS > 0 ? neighbour(lists[i % keep], NEIGHBOURS) : biasedRandomList(rule);
                }
                int[][] freshLists = Arrays.copyOfRange(lists, keep, size);
                int[][] freshStarts = Arrays.copyOfRange(starts, keep, size);
                long[] freshFitness = new long[size - keep];
                long[] freshHash = new long[size - keep];
                int fresh = evaluateAll(freshLists, freshStarts, freshFitness, freshHash, size - keep, deadlineNanos);
                System.arraycopy(freshFitness, 0, fitness, keep, fresh);
                System.arraycopy(freshHash, 0, hash, keep, fresh);
                spent += (long) fresh * cost;
                size = keep + fresh;
                sortPopulation(size);
                stagnant = 0;
            }
        }
        return new Outcome(Arrays.copyOf(lists[0], n), Arrays.copyOf(starts[0], n), fitness[0], spent);
    }

    /**
     * Evaluates lists [0, count) and returns how many were evaluated: under a time limit in chunks of {@link #CHUNK}
     * with a look at the clock after each, else all at once (so the result never depends on timing then).
     */
    private int evaluateAll(int[][] l, int[][] s, long[] f, long[] h, int count, long deadlineNanos) {
        int done = 0;
        int chunk = deadlineNanos == Long.MAX_VALUE ? count : CHUNK;
        while (done < count) {
            int to = Math.min(count, done + chunk);
            evaluateChunk(l, s, f, h, done, to);
            done = to;
            if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() >= deadlineNanos) {
                break;
            }
        }
        return done;
    }

    private void evaluateChunk(int[][] l, int[][] s, long[] f, long[] h, int from, int to) {
        int w = workers.length;
        if (pool == null || to - from < 2) {
            evaluateShare(0, 1, l, s, f, h, from, to);
            return;
        }
        List<Future<?>> pending = new ArrayList<>(w - 1);
        for (int k = 1; k < w; k++) {
            int share = k;
            pending.add(pool.submit(() -> evaluateShare(share, w, l, s, f, h, from, to)));
        }
        evaluateShare(0, w, l, s, f, h, from, to);
        try {
            for (Future<?> p : pending) {
                p.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Leveling was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Leveling failed", e.getCause());
        }
    }

    private void evaluateShare(int worker, int stride, int[][] l, int[][] s, long[] f, long[] h, int from, int to) {
        for (int i = from + worker; i < to; i += stride) {
            f[i] = evaluate(workers[worker], flags[worker], l[i], s[i]);
            h[i] = hashOf(s[i]);
        }
    }

    private long evaluate(SerialScheduleGenerator sgs, boolean[] over, int[] list, int[] start) {
        if (latestStart == null) {
            int makespan = sgs.schedule(list, start);
            return PASSES == 3 ? sgs.justify(list, start, makespan) : sgs.justifyRight(list, start, makespan);
        }
        int makespan = sgs.schedule(net, list, start, latestStart, over);
        long count = 0;
        for (boolean f : over) {
            if (f) {
                count++;
            }
        }
        return (count << 32) | makespan;
    }

    /**
     * A copy of {@code list} in which about {@code fraction · n} random tasks were each moved to a random position
     * between their last predecessor and first successor in the list (so the copy stays precedence-feasible).
     */
    private int[] neighbour(int[] list, double fraction) {
        int[] l = Arrays.copyOf(list, n);
        int[] pos = new int[n];
        for (int x = 0; x < n; x++) {
            pos[l[x]] = x;
        }
        int moves = Math.max(1, (int) Math.round(fraction * n));
        for (int m = 0; m < moves; m++) {
            int x = random.nextInt(n);
            int j = l[x];
            int lo = 0;
            for (int k = net.predStart[j]; k < net.predStart[j + 1]; k++) {
                lo = Math.max(lo, pos[net.predNode[k]] + 1);
            }
            int hi = n - 1;
            for (int k = net.succStart[j]; k < net.succStart[j + 1]; k++) {
                hi = Math.min(hi, pos[net.succNode[k]] - 1);
            }
            if (hi <= lo) {
                continue;
            }
            int y = lo + random.nextInt(hi - lo + 1);
            if (y < x) {
                System.arraycopy(l, y, l, y + 1, x - y);
            } else if (y > x) {
                System.arraycopy(l, x + 1, l, x, y - x);
            }
            l[y] = j;
            for (int z = Math.min(x, y); z <= Math.max(x, y); z++) {
                pos[l[z]] = z;
            }
        }
        return l;
    }

    /** Swaps one random pair of neighbours that share no dependency (if it finds one in a few draws). */
    private void forceSwap(int[] list) {
        for (int tries = 0; tries < 8 && n > 2; tries++) {
            int x = 1 + random.nextInt(n - 2);
            if (!net.adjacent(list[x], list[x + 1])) {
                int t = list[x];
                list[x] = list[x + 1];
                list[x + 1] = t;
                return;
            }
        }
    }

    private static long hashOf(int[] start) {
        long h = 0x9E3779B97F4A7C15L;
        for (int s : start) {
            h = (h ^ s) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
        }
        return h;
    }

    private int tournament(int size) {
        // the population is sorted by fitness, so the smallest index drawn is the fittest
        int best = random.nextInt(size);
        for (int k = 1; k < TOURNAMENT; k++) {
            best = Math.min(best, random.nextInt(size));
        }
        return best;
    }

    private double[] usage = new double[64];

    /**
     * Cut points q1 ≤ q2 such that positions [q1, q2) of the parent's list are the tasks starting in the parent's
     * densest window: the window of random length (a quarter to a half of its makespan) with the greatest sum of
     * resource utilisation Σ_r used_r(t) / capacity_r (the "peak" of Valls, Ballestín and Quintanilla 2008). The
     * child takes that block in the parent's order, so well-packed parts of a schedule are passed on.
     */
    private long peakCuts(int parent) {
        int[] start = starts[parent];
        int[] list = lists[parent];
        int makespan = (int) (fitness[parent] & 0xFFFFFFFFL);
        if (makespan < 2) {
            int q1 = random.nextInt(n);
            return ((long) q1 << 32) | (q1 + random.nextInt(n - q1 + 1));
        }
        if (usage.length < makespan + 1) {
            usage = new double[Math.max(makespan + 1, usage.length * 2)];
        }
        java.util.Arrays.fill(usage, 0, makespan + 1, 0.0);
        for (int j = 0; j < n; j++) {
            int d = net.duration[j];
            if (d == 0) {
                continue;
            }
            double u = load[j];
            usage[start[j]] += u;
            usage[Math.min(makespan, start[j] + d)] -= u;
        }
        // usage[t] becomes the prefix sum of utilisation over [0, t)
        double level = 0;
        double sum = 0;
        for (int t = 0; t <= makespan; t++) {
            double here = level + usage[t];
            usage[t] = sum;
            level = here;
            sum += level;
        }
        int length = Math.max(1, makespan / 4 + random.nextInt(Math.max(1, makespan / 4 + 1)));
        int bestFrom = 0;
        double best = -1;
        for (int t = 0; t + length <= makespan; t++) {
            double w = usage[t + length] - usage[t];
            if (w > best) {
                best = w;
                bestFrom = t;
            }
        }
        int q1 = 0;
        int q2 = 0;
        for (int x = 0; x < n; x++) {
            int st = start[list[x]];
            if (st < bestFrom) {
                q1 = x + 1;
            }
            if (st < bestFrom + length) {
                q2 = x + 1;
            }
        }
        return ((long) Math.min(q1, q2) << 32) | q2;
    }

    /** Two-point crossover; {@code mark[j] == stamp} records tasks already placed in the child. */
    private int crossover(int[] first, int[] second, int q1, int q2, int[] child, int[] mark, int stamp) {
        int at = 0;
        for (int x = 0; x < q1; x++) {
            child[at++] = first[x];
            mark[first[x]] = stamp;
        }
        for (int x = 0; x < n && at < q2; x++) {
            int j = second[x];
            if (mark[j] != stamp) {
                child[at++] = j;
                mark[j] = stamp;
            }
        }
        for (int x = 0; x < n && at < n; x++) {
            int j = first[x];
            if (mark[j] != stamp) {
                child[at++] = j;
                mark[j] = stamp;
            }
        }
        return stamp;
    }

    private void mutate(int[] list) {
        for (int x = 1; x + 1 < n; x++) {
            if (random.nextDouble() < MUTATION && !net.adjacent(list[x], list[x + 1])) {
                int t = list[x];
                list[x] = list[x + 1];
                list[x + 1] = t;
            }
        }
    }

    /** Random precedence-feasible list; a task is drawn with weight (max value − its value + 1) among the eligible. */
    private int[] biasedRandomList(long[] rule) {
        int[] missing = new int[n];
        for (int j = 0; j < n; j++) {
            missing[j] = net.predStart[j + 1] - net.predStart[j];
        }
        int[] eligible = new int[n];
        int count = 0;
        for (int j = 0; j < n; j++) {
            if (missing[j] == 0) {
                eligible[count++] = j;
            }
        }
        int[] list = new int[n];
        double[] weight = new double[n];
        for (int placed = 0; placed < n; placed++) {
            long max = Long.MIN_VALUE;
            for (int e = 0; e < count; e++) {
                max = Math.max(max, rule[eligible[e]]);
            }
            double total = 0;
            for (int e = 0; e < count; e++) {
                double regret = (double) (max - rule[eligible[e]]) + 1.0;
                weight[e] = BIAS == 1 ? regret : Math.pow(regret, BIAS);
                total += weight[e];
            }
            double u = random.nextDouble() * total;
            int pick = count - 1;
            for (int e = 0; e < count; e++) {
                u -= weight[e];
                if (u < 0) {
                    pick = e;
                    break;
                }
            }
            int j = eligible[pick];
            eligible[pick] = eligible[--count];
            list[placed] = j;
            for (int k = net.succStart[j]; k < net.succStart[j + 1]; k++) {
                int s = net.succNode[k];
                if (--missing[s] == 0) {
                    eligible[count++] = s;
                }
            }
        }
        return list;
    }

    private void sortPopulation(int size) {
        Integer[] idx = new Integer[size];
        for (int i = 0; i < size; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Long.compare(fitness[a], fitness[b]));
        int[][] l = new int[size][];
        int[][] s = new int[size][];
        long[] f = new long[size];
        long[] h = new long[size];
        for (int i = 0; i < size; i++) {
            l[i] = lists[idx[i]];
            s[i] = starts[idx[i]];
            f[i] = fitness[idx[i]];
            h[i] = hash[idx[i]];
        }
        lists = l;
        starts = s;
        fitness = f;
        hash = h;
    }

    /**
     * Keeps the best {@code size} of parents and children, dropping schedules equal to a better one (same hash of
     * starts) unless too few remain. Swaps arrays so no list is copied.
     */
    private void survive(int size, int children, int[][] childLists, int[][] childStarts, long[] childFitness, long[] childHash) {
        int total = size + children;
        int[] order = new int[total];
        long[] key = new long[total];
        for (int i = 0; i < total; i++) {
            key[i] = i < size ? fitness[i] : childFitness[i - size];
            order[i] = i;
        }
        sortByKey(order, key);
        int[][] newLists = new int[size][];
        int[][] newStarts = new int[size][];
        long[] newFitness = new long[size];
        long[] newHash = new long[size];
        boolean[] taken = new boolean[total];
        int kept = 0;
        for (int pass = 0; pass < 2 && kept < size; pass++) {
            for (int x = 0; x < total && kept < size; x++) {
                int i = order[x];
                if (taken[i]) {
                    continue;
                }
                long h = i < size ? hash[i] : childHash[i - size];
                if (pass == 0 && contains(newHash, kept, h)) {
                    continue;
                }
                taken[i] = true;
                newLists[kept] = i < size ? lists[i] : childLists[i - size];
                newStarts[kept] = i < size ? starts[i] : childStarts[i - size];
                newFitness[kept] = i < size ? fitness[i] : childFitness[i - size];
                newHash[kept] = h;
                kept++;
            }
        }
        // arrays not kept become the next children's buffers
        int[][] spareLists = new int[children][];
        int[][] spareStarts = new int[children][];
        int free = 0;
        for (int i = 0; i < total; i++) {
            if (!taken[i]) {
                spareLists[free] = i < size ? lists[i] : childLists[i - size];
                spareStarts[free] = i < size ? starts[i] : childStarts[i - size];
                free++;
            }
        }
        System.arraycopy(spareLists, 0, childLists, 0, children);
        System.arraycopy(spareStarts, 0, childStarts, 0, children);
        lists = newLists;
        starts = newStarts;
        fitness = newFitness;
        hash = newHash;
    }

    private static boolean contains(long[] a, int count, long v) {
        for (int i = 0; i < count; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    /** Sorts indices by key; ties keep index order, so parents stay ahead of equal children. */
    private static void sortByKey(int[] order, long[] key) {
        Integer[] boxed = new Integer[order.length];
        for (int i = 0; i < order.length; i++) {
            boxed[i] = order[i];
        }
        Arrays.sort(boxed, (a, b) -> key[a] != key[b] ? Long.compare(key[a], key[b]) : Integer.compare(a, b));
        for (int i = 0; i < order.length; i++) {
            order[i] = boxed[i];
        }
    }
}
