package org.bearing.engine.schedule;

import java.util.List;

/**
 * A network cannot be scheduled because its links (together with summary-task relations) form a cycle.
 * {@link #cycle()} lists the task names in link order; the last task links back to the first.
 */
public final class ScheduleCycleException extends RuntimeException {

    private final List<String> cycle;

    public ScheduleCycleException(List<String> cycle) {
        super("dependency cycle: " + String.join(" -> ", cycle) + " -> " + cycle.get(0));
        this.cycle = List.copyOf(cycle);
    }

    /** Task names along the cycle, in link order. */
    public List<String> cycle() {
        return cycle;
    }
}
