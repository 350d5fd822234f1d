package org.bearing.engine.leveling;

import java.util.Arrays;

/**
 * The problem's precedence graph as minimum distances between starts, s(j) − s(i) ≥ d(i, j), plus a project-start
 * node (number {@code n}, duration 0) with an edge d(start, j) = release date of j to every task. Every dependency
 * type maps to such a distance ({@link DependencyType#startToStartDistance}), so one scheduler serves all four.
 *
 * <p>{@link #reversed()} mirrors time: with s'(x) = T − f(x), an edge d(i, j) becomes an edge from j to i with
 * distance d(i, j) + dur(j) − dur(i). Scheduling the mirror forward schedules the original as late as possible,
 * which is how backward passes and justification reuse the forward code.
 */
final class StartLagNetwork {
    final int nodeCount;
    final int source;
    final int[] duration;
    final int[] predStart;
    final int[] predNode;
    final int[] predDistance;
    final int[] succStart;
    final int[] succNode;
    final int[] succDistance;
    final int[] demandStart;
    final int[] demandResource;
    final int[] demandAmount;
    final int[] capacity;

    private StartLagNetwork(int[] duration, int source, int[] from, int[] to, int[] distance,
                            int[] demandStart, int[] demandResource, int[] demandAmount, int[] capacity) {
        this.nodeCount = duration.length;
        this.source = source;
        this.duration = duration;
        this.demandStart = demandStart;
        this.demandResource = demandResource;
        this.demandAmount = demandAmount;
        this.capacity = capacity;
        int n = nodeCount;
        int m = from.length;
        predStart = new int[n + 1];
        succStart = new int[n + 1];
        for (int e = 0; e < m; e++) {
            predStart[to[e] + 1]++;
            succStart[from[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            predStart[i + 1] += predStart[i];
            succStart[i + 1] += succStart[i];
        }
        predNode = new int[m];
        predDistance = new int[m];
        succNode = new int[m];
        succDistance = new int[m];
        int[] pf = Arrays.copyOf(predStart, n);
        int[] sf = Arrays.copyOf(succStart, n);
        for (int e = 0; e < m; e++) {
            int p = pf[to[e]]++;
            predNode[p] = from[e];
            predDistance[p] = distance[e];
            int s = sf[from[e]]++;
            succNode[s] = to[e];
            succDistance[s] = distance[e];
        }
    }

    static StartLagNetwork of(LevelingProblem problem) {
        int n = problem.taskCount();
        int m = problem.dependencyCount();
        int[] duration = Arrays.copyOf(problem.duration, n + 1);
        int[] from = new int[m + n];
        int[] to = new int[m + n];
        int[] distance = new int[m + n];
        for (int k = 0; k < m; k++) {
            int p = problem.depPredecessor[k];
            int s = problem.depSuccessor[k];
            from[k] = p;
            to[k] = s;
            distance[k] = problem.depType[k].startToStartDistance(duration[p], duration[s], problem.depLag[k]);
        }
        for (int j = 0; j < n; j++) {
            from[m + j] = n;
            to[m + j] = j;
            distance[m + j] = problem.release[j];
        }
        int[] demandStart = Arrays.copyOf(problem.demandStart, n + 2);
        demandStart[n + 1] = demandStart[n];
        return new StartLagNetwork(duration, n, from, to, distance,
                demandStart, problem.demandResource, problem.demandAmount, problem.capacity);
    }

    /** The time-mirrored network (see the class comment); its source node is the same number. */
    StartLagNetwork reversed() {
        int m = predNode.length;
        int[] from = new int[m];
        int[] to = new int[m];
        int[] distance = new int[m];
        int e = 0;
        for (int j = 0; j < nodeCount; j++) {
            for (int k = predStart[j]; k < predStart[j + 1]; k++) {
                int i = predNode[k];
                from[e] = j;
                to[e] = i;
                distance[e] = predDistance[k] + duration[j] - duration[i];
                e++;
            }
        }
        return new StartLagNetwork(duration, source, from, to, distance, demandStart, demandResource, demandAmount, capacity);
    }

    /**
     * A topological order that, among the nodes whose predecessors are all placed, takes the one with the smallest
     * {@code key} (ties: smallest number). This turns priority values into a precedence-feasible activity list.
     */
    int[] topologicalOrder(long[] key) {
        int n = nodeCount;
        int[] missing = new int[n];
        for (int j = 0; j < n; j++) {
            missing[j] = predStart[j + 1] - predStart[j];
        }
        int[] heap = new int[n];
        int size = 0;
        for (int j = 0; j < n; j++) {
            if (missing[j] == 0) {
                size = push(heap, size, j, key);
            }
        }
        int[] order = new int[n];
        int placed = 0;
        while (size > 0) {
            int j = heap[0];
            size = pop(heap, size, key);
            order[placed++] = j;
            for (int k = succStart[j]; k < succStart[j + 1]; k++) {
                int s = succNode[k];
                if (--missing[s] == 0) {
                    size = push(heap, size, s, key);
                }
            }
        }
        if (placed != n) {
            throw new IllegalStateException("precedence graph has a cycle");
        }
        return order;
    }

    private static boolean less(int a, int b, long[] key) {
        return key[a] < key[b] || (key[a] == key[b] && a < b);
    }

    private static int push(int[] heap, int size, int node, long[] key) {
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(node, heap[parent], key)) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = node;
        return size;
    }

    private static int pop(int[] heap, int size, long[] key) {
        int last = heap[--size];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && less(heap[c + 1], heap[c], key)) {
                c++;
            }
            if (!less(heap[c], last, key)) {
                break;
            }
            heap[i] = heap[c];
            i = c;
        }
        if (size > 0) {
            heap[i] = last;
        }
        return size;
    }

    /** Earliest starts ignoring resources (the CPM forward pass), nodes in {@code order}; returns them. */
    int[] earliestStarts(int[] order) {
        int[] es = new int[nodeCount];
        for (int j : order) {
            int t = 0;
            for (int k = predStart[j]; k < predStart[j + 1]; k++) {
                t = Math.max(t, es[predNode[k]] + predDistance[k]);
            }
            es[j] = t;
        }
        return es;
    }

    /** Latest starts ignoring resources such that every task finishes by {@code horizon} (the CPM backward pass). */
    int[] latestStarts(int[] order, int horizon) {
        int[] ls = new int[nodeCount];
        for (int x = order.length - 1; x >= 0; x--) {
            int j = order[x];
            int t = horizon - duration[j];
            for (int k = succStart[j]; k < succStart[j + 1]; k++) {
                t = Math.min(t, ls[succNode[k]] - succDistance[k]);
            }
            ls[j] = t;
        }
        return ls;
    }

    /** Makespan of a start vector: the latest finish. */
    int makespan(int[] start) {
        int t = 0;
        for (int j = 0; j < nodeCount; j++) {
            t = Math.max(t, start[j] + duration[j]);
        }
        return t;
    }

    /** True if {@code a} and {@code b} are joined by a direct edge either way. */
    boolean adjacent(int a, int b) {
        for (int k = succStart[a]; k < succStart[a + 1]; k++) {
            if (succNode[k] == b) {
                return true;
            }
        }
        for (int k = succStart[b]; k < succStart[b + 1]; k++) {
            if (succNode[k] == a) {
                return true;
            }
        }
        return false;
    }
}
