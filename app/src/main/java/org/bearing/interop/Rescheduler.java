package org.bearing.interop;

import java.util.Map;

/** Reschedules an imported schedule: early/late dates, slack and criticality for every task. */
public interface Rescheduler {

    /** A short name for reports, e.g. "Bearing". */
    String name();

    /**
     * @return the critical-path values by task unique id
     * @throws IllegalArgumentException when the schedule cannot be scheduled (a cycle, an unknown calendar, ...)
     */
    Map<Integer, TaskDates> schedule(ImportedSchedule schedule);
}
