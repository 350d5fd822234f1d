package org.bearing.plan;

/**
 * How a dependency's lag is measured. Working minutes follow the calendar the scheduler uses for the link;
 * elapsed minutes run around the clock; percent is a share of the predecessor's duration (100 = its whole duration).
 */
public enum LagUnit { WORKING_MINUTES, ELAPSED_MINUTES, PERCENT }
