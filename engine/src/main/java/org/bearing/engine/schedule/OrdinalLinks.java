package org.bearing.engine.schedule;

/**
 * The links of a network's fast tasks (see {@link OrdinalSchedule}) compiled into flat arrays, so that the
 * common case is a tight loop of integer adds and maxima over one contiguous range per task.
 *
 * <p>Definitions. Each fast task i has, in the forward direction, three consecutive ranges of entries:
 * <em>start entries</em> {@code [forwardStart[i], forwardFinish[i])} and <em>finish entries</em>
 * {@code [forwardFinish[i], forwardOther[i])} are ordinal links with a fixed lag, whose bound on i's start
 * (finish) ordinal is {@code early[source] + lag}, where {@code early[2p]} is predecessor p's early start
 * ordinal and {@code early[2p + 1]} its early finish ordinal; <em>other entries</em>
 * {@code [forwardOther[i], forwardStart[i + 1])} hold link indexes that need the general link arithmetic
 * (dates on other calendars, elapsed or percent lags, summary predecessors). Backwards alike, with
 * {@code late[2s]} = successor s's late start ordinal (late finish - duration) and {@code late[2s + 1]} its late
 * finish ordinal: <em>finish entries</em> bound i's late finish ordinal by {@code late[source] - lag},
 * <em>start entries</em> (SS, SF: they bound i's start) by {@code late[source] - lag + duration(i)}; links to
 * complete successors are left out (the general code skips them too).
 *
 * <p>Immutable.
 */
final class OrdinalLinks {

    final int[] forwardStart;
    final int[] forwardFinish;
    final int[] forwardOther;
    final int[] forwardSource;
    final long[] forwardLag;
    final int[] backwardFinish;
    final int[] backwardStart;
    final int[] backwardOther;
    final int[] backwardSource;
    final long[] backwardLag;

    /**
     * @param fast   whether each task is a fast task (when its duration is positive)
     * @param plain  whether each link is an ordinal link with a fixed lag in working minutes
     * @param lag    that lag, per link
     */
    OrdinalLinks(ScheduleNetwork net, Topology topo, boolean[] fast, boolean[] plain, long[] lag) {
        int n = net.n;
        forwardStart = new int[n + 1];
        forwardFinish = new int[n];
        forwardOther = new int[n];
        backwardFinish = new int[n + 1];
        backwardStart = new int[n];
        backwardOther = new int[n];
        int fwd = 0;
        int bwd = 0;
        for (int i = 0; i < n; i++) {
            if (fast[i]) {
                fwd += topo.predStart[i + 1] - topo.predStart[i];
                bwd += topo.succStart[i + 1] - topo.succStart[i];
            }
        }
        forwardSource = new int[fwd];
        forwardLag = new long[fwd];
        backwardSource = new int[bwd];
        backwardLag = new long[bwd];
        LinkType[] types = LinkType.values();
        int f = 0;
        int b = 0;
        for (int i = 0; i < n; i++) {
            forwardStart[i] = f;
            backwardFinish[i] = b;
            if (!fast[i]) {
                forwardFinish[i] = f;
                forwardOther[i] = f;
                backwardStart[i] = b;
                backwardOther[i] = b;
                continue;
            }
            // three passes over the task's links, one per range
            for (int pass = 0; pass < 3; pass++) {
                if (pass == 1) {
                    forwardFinish[i] = f;
                } else if (pass == 2) {
                    forwardOther[i] = f;
                }
                for (int k = topo.predStart[i]; k < topo.predStart[i + 1]; k++) {
                    int l = topo.predLinks[k];
                    LinkType type = types[net.linkType[l]];
                    int range = !plain[l] ? 2 : type.toFinish() ? 1 : 0;
                    if (range != pass) {
                        continue;
                    }
                    int p = net.linkPred[l];
                    forwardSource[f] = range == 2 ? l : 2 * p + (type.fromStart() ? 0 : 1);
                    forwardLag[f++] = range == 2 ? 0 : lag[l];
                }
            }
            for (int pass = 0; pass < 3; pass++) {
                if (pass == 1) {
                    backwardStart[i] = b;
                } else if (pass == 2) {
                    backwardOther[i] = b;
                }
                for (int k = topo.succStart[i]; k < topo.succStart[i + 1]; k++) {
                    int l = topo.succLinks[k];
                    int s = net.linkSucc[l];
                    if (net.isComplete(s)) {
                        continue;
                    }
                    LinkType type = types[net.linkType[l]];
                    int range = !plain[l] || !fast[s] ? 2 : type.fromStart() ? 1 : 0;
                    if (range != pass) {
                        continue;
                    }
                    backwardSource[b] = range == 2 ? l : 2 * s + (type.toFinish() ? 1 : 0);
                    backwardLag[b++] = range == 2 ? 0 : lag[l];
                }
            }
        }
        forwardStart[n] = f;
        backwardFinish[n] = b;
    }
}
