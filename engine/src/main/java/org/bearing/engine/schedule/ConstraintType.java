package org.bearing.engine.schedule;

/**
 * Date constraints on a task (MS Project and P6 names). "Early" constraints bound the forward pass, "late"
 * ones the backward pass; mandatory ones fix the date regardless of logic.
 */
public enum ConstraintType {
    /** As soon as possible (no date). */
    AS_SOON_AS_POSSIBLE,
    /** As late as possible: scheduled at its late dates (no date). */
    AS_LATE_AS_POSSIBLE,
    /** Start no earlier than (P6: start on or after). */
    START_NO_EARLIER_THAN,
    /** Start no later than (P6: start on or before). */
    START_NO_LATER_THAN,
    /** Finish no earlier than (P6: finish on or after). */
    FINISH_NO_EARLIER_THAN,
    /** Finish no later than (P6: finish on or before). */
    FINISH_NO_LATER_THAN,
    /** MS Project must start on: start fixed at the date when constraint dates are honored. */
    MUST_START_ON,
    /** MS Project must finish on: finish fixed at the date when constraint dates are honored. */
    MUST_FINISH_ON,
    /** P6 start on: start no earlier than the date in the forward pass and no later than it in the backward pass. */
    START_ON,
    /** P6 finish on: finish no earlier than the date forward and no later than it backward. */
    FINISH_ON,
    /** P6 mandatory start: early and late start fixed at the date, overriding logic. */
    MANDATORY_START,
    /** P6 mandatory finish: early and late finish fixed at the date, overriding logic. */
    MANDATORY_FINISH;

    /** Whether this constraint needs a date. */
    public boolean hasDate() {
        return this != AS_SOON_AS_POSSIBLE && this != AS_LATE_AS_POSSIBLE;
    }
}
