package org.bearing.engine.schedule;

/**
 * The calendar on which a working-time lag is counted. MS Project counts lags on the successor task's
 * calendar; P6 has a project setting with these four choices (its default is the predecessor's calendar).
 */
public enum LagCalendar {
    SUCCESSOR, PREDECESSOR, PROJECT, TWENTY_FOUR_HOUR
}
