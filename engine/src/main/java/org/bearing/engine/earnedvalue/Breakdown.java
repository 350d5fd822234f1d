package org.bearing.engine.earnedvalue;

import java.util.Arrays;

/**
 * The roll-up tree above the tasks: WBS elements, projects, programs and portfolios. Node 0..n-1; a node's parent
 * is added before it, so parents have smaller indices and one backward pass rolls every node up.
 */
public final class Breakdown {

    /** Level of a roll-up node. */
    public enum Level { WBS, PROJECT, PROGRAM, PORTFOLIO }

    private String[] names = new String[8];
    private Level[] levels = new Level[8];
    private int[] parents = new int[8];
    private int size;

    /** Adds a root node (no parent) and returns its index. */
    public int root(String name, Level level) {
        return add(name, level, -1);
    }

    /** Adds a node under {@code parent} and returns its index. */
    public int add(String name, Level level, int parent) {
        if (parent < -1 || parent >= size) {
            throw new IllegalArgumentException("parent node " + parent + " of '" + name + "' does not exist (" + size + " nodes)");
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            levels = Arrays.copyOf(levels, size * 2);
            parents = Arrays.copyOf(parents, size * 2);
        }
        names[size] = name;
        levels[size] = level;
        parents[size] = parent;
        return size++;
    }

    public int size() {
        return size;
    }

    public String name(int node) {
        return names[node];
    }

    public Level level(int node) {
        return levels[node];
    }

    /** Parent of {@code node}, or -1 for a root. */
    public int parent(int node) {
        return parents[node];
    }

    int[] parents() {
        return Arrays.copyOf(parents, size);
    }
}
