package org.bearing.engine.schedule;

/**
 * How total float is computed from a task's dates (P6's "compute total float as" setting), in working
 * minutes of the task calendar: START = LS - ES, FINISH = LF - EF, SMALLEST = min of both (MS Project).
 */
public enum TotalFloatRule {
    START, FINISH, SMALLEST
}
