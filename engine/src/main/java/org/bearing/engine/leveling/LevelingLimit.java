package org.bearing.engine.leveling;

/** How far leveling may delay tasks. */
public enum LevelingLimit {
    /** Tasks may be delayed as far as needed, so the project finish may move. */
    FINISH_MAY_MOVE,
    /**
     * Tasks are delayed only within their total float (late start from the CPM backward pass over the project
     * finish without leveling); a task that cannot be leveled within it keeps its dependency-earliest start and is
     * reported as overallocated, so the project finish never moves.
     */
    WITHIN_FLOAT
}
