package org.bearing.schedule;

import java.util.List;
import org.bearing.engine.schedule.ScheduleNetwork;

/**
 * A project's plan as the engine's network, exactly as the scheduler builds it (calendars, links, lags, constraints,
 * progress, leveling delays), with the plan task id of every engine task index: what a Monte Carlo simulation of the
 * project's schedule starts from.
 */
public record PlannedNetwork(ScheduleNetwork network, List<Long> taskIds) {

    public PlannedNetwork {
        taskIds = List.copyOf(taskIds);
    }

    /** The engine index of a plan task, or −1 when the task is not in the network. */
    public int indexOf(long taskId) {
        return taskIds.indexOf(taskId);
    }
}
