package org.bearing.engine.leveling;

import java.util.Arrays;

/**
 * The serial schedule-generation scheme (Kelley 1963; Kolisch 1996): take the tasks in the order of a
 * precedence-feasible activity list and start each at the earliest time that respects its dependencies on the
 * tasks already placed and leaves enough free units of every resource it needs for its whole duration (no
 * splitting). For regular objectives such as the makespan some activity list yields an optimal schedule.
 *
 * <p>{@link #justify} is double justification (Valls, Ballestín and Quintanilla 2005; also called forward-backward
 * improvement): schedule the tasks as late as possible in order of decreasing finish, then as early as possible in
 * order of increasing start. It never lengthens a schedule of finish-to-start dependencies and usually shortens it.
 *
 * <p>Not thread-safe: it owns its scratch arrays and resource profile; use one per thread.
 */
final class SerialScheduleGenerator {
    private final StartLagNetwork forward;
    private final StartLagNetwork backward;
    private final ResourceProfile profile;
    private final int[] mirrored;
    private final int[] rank;
    private final int[] key32;
    private final int[] backScratch;
    private final int[] forwardScratch;
    private final long[] key;
    private int[] bucket = new int[64];
    private long generated;

    SerialScheduleGenerator(StartLagNetwork forward) {
        this.forward = forward;
        this.backward = forward.reversed();
        int sum = 0;
        for (int d : forward.duration) {
            sum = (int) Math.min(Integer.MAX_VALUE / 4, (long) sum + d);
        }
        // the profile grows by doubling; starting small keeps big projects from allocating periods they never reach
        this.profile = new ResourceProfile(forward.capacity, Math.min(sum + 1, 1024));
        this.mirrored = new int[forward.nodeCount];
        this.rank = new int[forward.nodeCount];
        this.key32 = new int[forward.nodeCount];
        this.backScratch = new int[forward.nodeCount];
        this.forwardScratch = new int[forward.nodeCount];
        this.key = new long[forward.nodeCount];
    }

    StartLagNetwork network() {
        return forward;
    }

    /** Number of schedules generated so far (each forward or backward pass counts as one). */
    long generated() {
        return generated;
    }

    /**
     * Schedules the tasks of {@code net} in {@code list} order into {@code start} and returns the makespan.
     *
     * @param latestStart if not null, a task whose resource-feasible start would fall after its latest start is
     *                    instead started at its dependency-earliest start regardless of resources, and flagged
     * @param overallocated receives those flags when {@code latestStart} is given
     */
    int schedule(StartLagNetwork net, int[] list, int[] start, int[] latestStart, boolean[] overallocated) {
        profile.reset();
        int makespan = 0;
        int[] ps = net.predStart;
        int[] pn = net.predNode;
        int[] pd = net.predDistance;
        int[] ds = net.demandStart;
        for (int j : list) {
            int est = 0;
            for (int k = ps[j]; k < ps[j + 1]; k++) {
                int t = start[pn[k]] + pd[k];
                if (t > est) {
                    est = t;
                }
            }
            int d = net.duration[j];
            int t = profile.earliestFit(est, d, ds[j], ds[j + 1], net.demandResource, net.demandAmount);
            if (latestStart != null) {
                overallocated[j] = t > latestStart[j];
                if (overallocated[j]) {
                    t = est;
                }
            }
            profile.book(t, d, ds[j], ds[j + 1], net.demandResource, net.demandAmount);
            start[j] = t;
            if (t + d > makespan) {
                makespan = t + d;
            }
        }
        generated++;
        return makespan;
    }

    /** Forward schedule of the tasks in {@code list} order. */
    int schedule(int[] list, int[] start) {
        return schedule(forward, list, start, null, null);
    }

    /**
     * Right justification of the schedule in {@code start} (makespan {@code makespan}) produced by {@code list}: the
     * tasks are scheduled as late as possible in order of decreasing finish, and the result is shifted back to start
     * at 0. Replaces {@code start} by that schedule and {@code list} by its tasks in order of start (with
     * finish-to-start dependencies without lags, a list from which the serial scheme builds a schedule at least as
     * short; leads, lags and release dates can make either longer); returns its makespan. Costs one schedule
     * generation.
     *
     * <p>Both orders are stable counting sorts by time (ties keep the earlier list's order, reversed for the backward
     * pass), so a pass allocates nothing; they fall back to a heap-based topological order only when a tie would put a
     * task before its predecessor (zero-duration tasks, negative lags).
     */
    int justifyRight(int[] list, int[] start, int makespan) {
        int n = forward.nodeCount;
        int[] dur = forward.duration;
        int[] backTime = key32;
        for (int j = 0; j < n; j++) {
            backTime[j] = makespan - start[j] - dur[j];
        }
        int[] backOrder = timeOrder(backward, list, backTime, makespan, backScratch);
        int mirroredSpan = schedule(backward, backOrder, mirrored, null, null);
        int latest = mirrored[forward.source];
        for (int j = 0; j < n; j++) {
            start[j] = latest - mirrored[j] - dur[j];
        }
        int[] order = timeOrder(forward, backOrder, start, mirroredSpan, forwardScratch);
        System.arraycopy(order, 0, list, 0, n);
        return latest;
    }

    /**
     * An order of {@code net}'s nodes by increasing {@code time}, ties broken by decreasing position in
     * {@code previous}: a counting sort when that is precedence-feasible, else the heap-based topological order.
     */
    private int[] timeOrder(StartLagNetwork net, int[] previous, int[] time, int maxTime, int[] into) {
        int[] order = sortByTime(previous, true, time, maxTime, into);
        if (topological(net, order)) {
            return order;
        }
        int n = previous.length;
        for (int x = 0; x < n; x++) {
            rank[previous[x]] = x;
        }
        for (int j = 0; j < n; j++) {
            key[j] = ((long) time[j] << 32) | (n - 1 - rank[j]);
        }
        return net.topologicalOrder(key);
    }

    /**
     * The nodes of {@code from} (read backwards if {@code reverse}) stably sorted by {@code time} in [0, maxTime]
     * into {@code into}.
     */
    private int[] sortByTime(int[] from, boolean reverse, int[] time, int maxTime, int[] into) {
        if (bucket.length < maxTime + 2) {
            bucket = new int[Math.max(maxTime + 2, bucket.length * 2)];
        }
        int[] b = bucket;
        Arrays.fill(b, 0, maxTime + 2, 0);
        int n = from.length;
        for (int j = 0; j < n; j++) {
            b[time[j] + 1]++;
        }
        for (int t = 0; t <= maxTime; t++) {
            b[t + 1] += b[t];
        }
        for (int x = 0; x < n; x++) {
            int j = from[reverse ? n - 1 - x : x];
            into[b[time[j]]++] = j;
        }
        return into;
    }

    /** True if every node of {@code order} comes after all its predecessors in {@code net}. */
    private boolean topological(StartLagNetwork net, int[] order) {
        int n = order.length;
        for (int x = 0; x < n; x++) {
            rank[order[x]] = x;
        }
        int[] ps = net.predStart;
        int[] pn = net.predNode;
        for (int j = 0; j < n; j++) {
            int r = rank[j];
            for (int k = ps[j]; k < ps[j + 1]; k++) {
                if (rank[pn[k]] >= r) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Double justification of the schedule in {@code start} (makespan {@code makespan}), which the forward list
     * {@code list} produced: {@link #justifyRight}, then the serial scheme again in the right-justified start order
     * (left justification). Replaces both arrays by the result when it is no longer; returns the resulting makespan.
     * Costs two schedule generations.
     */
    int justify(int[] list, int[] start, int makespan) {
        int[] justifiedList = Arrays.copyOf(list, list.length);
        int[] justifiedStart = Arrays.copyOf(start, start.length);
        justifyRight(justifiedList, justifiedStart, makespan);
        int justified = schedule(forward, justifiedList, justifiedStart, null, null);
        if (justified <= makespan) {
            System.arraycopy(justifiedStart, 0, start, 0, start.length);
            System.arraycopy(justifiedList, 0, list, 0, list.length);
            return justified;
        }
        return makespan;
    }

}
