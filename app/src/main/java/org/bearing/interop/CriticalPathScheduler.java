package org.bearing.interop;

import java.util.Map;

/** Computes early/late dates, slack and criticality for every task of an imported schedule. */
public interface CriticalPathScheduler {

    /** A short name for reports, e.g. "Bearing". */
    String name();

    /**
     * @return the critical-path values by task unique id
     * @throws IllegalArgumentException when the schedule cannot be scheduled (a cycle, an unknown calendar, ...)
     */
    Map<Integer, TaskDates> schedule(ImportedSchedule schedule);
}
