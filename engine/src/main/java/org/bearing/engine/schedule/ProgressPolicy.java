package org.bearing.engine.schedule;

/**
 * How logic applies to a task that has started although a predecessor has not finished (out of sequence),
 * when a status date is set.
 */
public enum ProgressPolicy {
    /** The remaining work waits for the predecessor logic (P6 default). */
    RETAINED_LOGIC,
    /** Progress overrides logic: the remaining work continues from the status date. */
    PROGRESS_OVERRIDE
}
