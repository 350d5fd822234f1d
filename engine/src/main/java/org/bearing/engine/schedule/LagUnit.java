package org.bearing.engine.schedule;

/** How a link's lag amount is measured. */
public enum LagUnit {
    /** Working minutes, counted on the link's lag calendar (see {@link LagCalendar}). */
    WORKING_MINUTES,
    /** Elapsed (calendar) minutes, ignoring working time, e.g. "2 edays". */
    ELAPSED_MINUTES,
    /** Percent of the predecessor's duration, converted to working minutes on the lag calendar. */
    PERCENT_OF_PREDECESSOR
}
