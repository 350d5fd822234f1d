package org.bearing.engine.schedule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The graph structure of a network in primitive arrays: WBS children, links by task, and a topological
 * order of scheduling nodes. Each task is a node; each summary task gets a second "entry" node that is
 * scheduled before its children (links into the summary bound it) while the task node itself is scheduled
 * after them (its dates roll up). Edges: pred -> entry(succ) per link, entry(parent) -> entry(child),
 * child -> parent.
 */
final class Topology {

    final int n;
    final int[] childStart;
    final int[] children;
    /** Scheduling node at which a task is entered: the task itself, or n + k for the k-th summary. */
    final int[] entryNode;
    /** Task of each node. */
    final int[] nodeTask;
    final int[] predStart;
    final int[] predLinks;
    final int[] succStart;
    final int[] succLinks;
    /** Nodes in topological order. */
    final int[] order;

    private Topology(int n, int[] childStart, int[] children, int[] entryNode, int[] nodeTask, int[] predStart,
            int[] predLinks, int[] succStart, int[] succLinks, int[] order) {
        this.n = n;
        this.childStart = childStart;
        this.children = children;
        this.entryNode = entryNode;
        this.nodeTask = nodeTask;
        this.predStart = predStart;
        this.predLinks = predLinks;
        this.succStart = succStart;
        this.succLinks = succLinks;
        this.order = order;
    }

    boolean isSummary(int task) {
        return childStart[task + 1] > childStart[task];
    }

    List<Integer> linksInto(int task) {
        List<Integer> out = new ArrayList<>();
        for (int k = predStart[task]; k < predStart[task + 1]; k++) {
            out.add(predLinks[k]);
        }
        return Collections.unmodifiableList(out);
    }

    List<Integer> linksOutOf(int task) {
        List<Integer> out = new ArrayList<>();
        for (int k = succStart[task]; k < succStart[task + 1]; k++) {
            out.add(succLinks[k]);
        }
        return Collections.unmodifiableList(out);
    }

    static Topology of(ScheduleNetwork net) {
        int n = net.n;
        int m = net.m;
        checkWbs(net);
        int[] childStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            if (net.parent[i] >= 0) {
                childStart[net.parent[i] + 1]++;
            }
        }
        for (int i = 0; i < n; i++) {
            childStart[i + 1] += childStart[i];
        }
        int[] children = new int[childStart[n]];
        int[] fill = childStart.clone();
        for (int i = 0; i < n; i++) {
            if (net.parent[i] >= 0) {
                children[fill[net.parent[i]]++] = i;
            }
        }
        int[] entryNode = new int[n];
        int summaries = 0;
        for (int i = 0; i < n; i++) {
            entryNode[i] = childStart[i + 1] > childStart[i] ? n + summaries++ : i;
        }
        int nodes = n + summaries;
        int[] nodeTask = new int[nodes];
        for (int i = 0; i < n; i++) {
            nodeTask[i] = i;
            if (entryNode[i] != i) {
                nodeTask[entryNode[i]] = i;
            }
        }
        int[] predStart = csrStart(n, m, net.linkSucc);
        int[] predLinks = csrFill(predStart, m, net.linkSucc);
        int[] succStart = csrStart(n, m, net.linkPred);
        int[] succLinks = csrFill(succStart, m, net.linkPred);

        int edgeCount = m + 2 * children.length;
        int[] from = new int[edgeCount];
        int[] to = new int[edgeCount];
        int e = 0;
        for (int l = 0; l < m; l++) {
            from[e] = net.linkPred[l];
            to[e++] = entryNode[net.linkSucc[l]];
        }
        for (int c : children) {
            int p = net.parent[c];
            from[e] = entryNode[p];
            to[e++] = entryNode[c];
            from[e] = c;
            to[e++] = p;
        }
        int[] outStart = csrStart(nodes, edgeCount, from);
        int[] outIdx = csrFill(outStart, edgeCount, from);
        int[] indegree = new int[nodes];
        for (int k = 0; k < edgeCount; k++) {
            indegree[to[k]]++;
        }
        // Kahn's algorithm taking the ready node with the smallest key (task index, a summary's entry just before
        // it), so the passes sweep the task arrays almost sequentially: far fewer cache misses than FIFO order.
        int[] key = new int[nodes];
        for (int v = 0; v < nodes; v++) {
            int task = nodeTask[v];
            key[v] = v >= n ? 2 * task : 2 * task + 1;
        }
        int[] order = new int[nodes];
        int tail = 0;
        int[] heap = new int[nodes];
        int size = 0;
        for (int v = 0; v < nodes; v++) {
            if (indegree[v] == 0) {
                size = heapPush(heap, size, v, key);
            }
        }
        while (size > 0) {
            int v = heap[0];
            size = heapPop(heap, size, key);
            order[tail++] = v;
            for (int k = outStart[v]; k < outStart[v + 1]; k++) {
                int w = to[outIdx[k]];
                if (--indegree[w] == 0) {
                    size = heapPush(heap, size, w, key);
                }
            }
        }
        if (tail < nodes) {
            throw new ScheduleCycleException(findCycle(net, nodes, nodeTask, from, to, indegree));
        }
        return new Topology(n, childStart, children, entryNode, nodeTask, predStart, predLinks, succStart,
                succLinks, order);
    }

    private static void checkWbs(ScheduleNetwork net) {
        for (int i = 0; i < net.n; i++) {
            int p = net.parent[i];
            int steps = 0;
            while (p >= 0) {
                if (++steps > net.n || p == i) {
                    throw new IllegalStateException("the WBS has a parent cycle through task '" + net.names[i] + "'");
                }
                p = net.parent[p];
            }
        }
    }

    /** Walks backwards through nodes left after Kahn's algorithm (each has a remaining predecessor). */
    private static List<String> findCycle(ScheduleNetwork net, int nodes, int[] nodeTask, int[] from, int[] to,
            int[] indegree) {
        int[] inStart = csrStart(nodes, from.length, to);
        int[] inIdx = csrFill(inStart, from.length, to);
        int start = -1;
        for (int v = 0; v < nodes && start < 0; v++) {
            if (indegree[v] > 0) {
                start = v;
            }
        }
        int[] seenAt = new int[nodes];
        java.util.Arrays.fill(seenAt, -1);
        List<Integer> path = new ArrayList<>();
        int v = start;
        while (seenAt[v] < 0) {
            seenAt[v] = path.size();
            path.add(v);
            int next = -1;
            for (int k = inStart[v]; k < inStart[v + 1] && next < 0; k++) {
                int u = from[inIdx[k]];
                if (indegree[u] > 0) {
                    next = u;
                }
            }
            v = next;
        }
        List<Integer> cycle = new ArrayList<>(path.subList(seenAt[v], path.size()));
        Collections.reverse(cycle);
        List<String> names = new ArrayList<>();
        int lastTask = -1;
        for (int node : cycle) {
            int task = nodeTask[node];
            if (task != lastTask) {
                names.add(net.names[task]);
            }
            lastTask = task;
        }
        if (names.size() > 1 && nodeTask[cycle.get(0)] == nodeTask[cycle.get(cycle.size() - 1)]) {
            names.remove(names.size() - 1);
        }
        return names;
    }

    private static int heapPush(int[] heap, int size, int v, int[] key) {
        int i = size;
        heap[i] = v;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (key[heap[parent]] <= key[heap[i]]) {
                break;
            }
            int t = heap[parent];
            heap[parent] = heap[i];
            heap[i] = t;
            i = parent;
        }
        return size + 1;
    }

    private static int heapPop(int[] heap, int size, int[] key) {
        int last = --size;
        heap[0] = heap[last];
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) {
                break;
            }
            int c = l + 1 < size && key[heap[l + 1]] < key[heap[l]] ? l + 1 : l;
            if (key[heap[i]] <= key[heap[c]]) {
                break;
            }
            int t = heap[c];
            heap[c] = heap[i];
            heap[i] = t;
            i = c;
        }
        return size;
    }

    private static int[] csrStart(int nodes, int count, int[] key) {
        int[] start = new int[nodes + 1];
        for (int k = 0; k < count; k++) {
            start[key[k] + 1]++;
        }
        for (int i = 0; i < nodes; i++) {
            start[i + 1] += start[i];
        }
        return start;
    }

    private static int[] csrFill(int[] start, int count, int[] key) {
        int[] idx = new int[count];
        int[] fill = start.clone();
        for (int k = 0; k < count; k++) {
            idx[fill[key[k]]++] = k;
        }
        return idx;
    }
}
