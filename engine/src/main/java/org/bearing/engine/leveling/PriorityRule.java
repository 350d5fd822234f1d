package org.bearing.engine.leveling;

/**
 * The "standard order" of leveling: a priority rule that ranks the tasks whose predecessors are all scheduled.
 * Values come from the CPM passes without resources (ES, LS, LF = LS + duration); the task with the smallest value
 * goes first. Kolisch (1996) found LFT and LST among the best single-pass rules for the serial scheme.
 */
public enum PriorityRule {
    /** Latest finish time LF. */
    LATEST_FINISH,
    /** Latest start time LS. */
    LATEST_START,
    /** Most total successors: the number of tasks reachable by dependencies, most first. */
    MOST_TOTAL_SUCCESSORS,
    /** Greatest rank positional weight: own duration plus the durations of the immediate successors, greatest first. */
    GREATEST_RANK_POSITIONAL_WEIGHT,
    /** Minimum total float TF = LS − ES. */
    MINIMUM_FLOAT,
    /** Earliest start ES (with the task number as tie-break, this is close to the MS Project "ID" order). */
    EARLIEST_START;

    /** The rule's value of every node of {@code net} (smaller = scheduled first). */
    long[] values(StartLagNetwork net, int[] es, int[] ls) {
        int n = net.nodeCount;
        long[] v = new long[n];
        switch (this) {
            case LATEST_FINISH -> {
                for (int j = 0; j < n; j++) {
                    v[j] = (long) ls[j] + net.duration[j];
                }
            }
            case LATEST_START -> {
                for (int j = 0; j < n; j++) {
                    v[j] = ls[j];
                }
            }
            case MINIMUM_FLOAT -> {
                for (int j = 0; j < n; j++) {
                    v[j] = (long) ls[j] - es[j];
                }
            }
            case EARLIEST_START -> {
                for (int j = 0; j < n; j++) {
                    v[j] = es[j];
                }
            }
            case GREATEST_RANK_POSITIONAL_WEIGHT -> {
                for (int j = 0; j < n; j++) {
                    long w = net.duration[j];
                    for (int k = net.succStart[j]; k < net.succStart[j + 1]; k++) {
                        w += net.duration[net.succNode[k]];
                    }
                    v[j] = -w;
                }
            }
            case MOST_TOTAL_SUCCESSORS -> {
                int[] order = net.topologicalOrder(new long[n]);
                int words = (n + 63) >>> 6;
                long[][] reach = new long[n][];
                for (int x = n - 1; x >= 0; x--) {
                    int j = order[x];
                    long[] r = new long[words];
                    for (int k = net.succStart[j]; k < net.succStart[j + 1]; k++) {
                        int s = net.succNode[k];
                        r[s >>> 6] |= 1L << s;
                        long[] rs = reach[s];
                        for (int w = 0; w < words; w++) {
                            r[w] |= rs[w];
                        }
                    }
                    reach[j] = r;
                }
                for (int j = 0; j < n; j++) {
                    int c = 0;
                    for (long w : reach[j]) {
                        c += Long.bitCount(w);
                    }
                    v[j] = -c;
                }
            }
            default -> throw new IllegalStateException(name());
        }
        return v;
    }
}
