package org.bearing.engine.schedule;

import org.bearing.engine.calendar.CalendarTable;

/**
 * The date constraints of a leaf task (start/finish no earlier or later than, must start/finish on, mandatory
 * start/finish) applied to its logic-driven dates as MS Project and P6 apply them: "no earlier than" constraints
 * bound the early dates and "no later than" ones the late dates; with the network's "honor constraint dates"
 * option a "no later than" or "must" constraint also holds the early dates against logic (P6's mandatory dates
 * always do), and the conflict with logic is reported.
 */
final class ConstraintRules {

    private final CpmRun run;

    ConstraintRules(CpmRun run) {
        this.run = run;
    }

    /**
     * The early start of leaf i (duration d, working minutes) with its constraint applied to the logic-driven
     * {@code start}; a constraint that holds the task before its logic start is reported as a conflict.
     */
    long early(int i, long start, long d) {
        long cd = run.net.constraintDate[i];
        CalendarTable c = run.tab(i);
        boolean honor = run.net.honorConstraintDates;
        switch (run.constraint(i)) {
            case START_NO_EARLIER_THAN, START_ON:
                return Math.max(start, run.startAt(i, cd));
            case FINISH_NO_EARLIER_THAN, FINISH_ON:
                return Math.max(start, run.startFromFinish(i, cd, d));
            case START_NO_LATER_THAN:
                if (honor && laterInWork(c, start, cd)) {
                    run.conflict(i, start);
                    return cd;
                }
                return start;
            case FINISH_NO_LATER_THAN: {
                long latest = run.startFromFinish(i, cd, d);
                if (honor && laterInWork(c, start, latest)) {
                    run.conflict(i, start);
                    return latest;
                }
                return start;
            }
            case MUST_START_ON:
                if (!honor) {
                    return Math.max(start, cd);
                }
                if (laterInWork(c, start, cd)) {
                    run.conflict(i, start);
                }
                return cd;
            case MANDATORY_START:
                if (laterInWork(c, start, cd)) {
                    run.conflict(i, start);
                }
                return cd;
            case MUST_FINISH_ON: {
                long fixed = run.startFromFinish(i, cd, d);
                if (!honor) {
                    return Math.max(start, fixed);
                }
                if (laterInWork(c, start, fixed)) {
                    run.conflict(i, start);
                }
                return fixed;
            }
            case MANDATORY_FINISH: {
                long fixed = run.startFromFinish(i, cd, d);
                if (laterInWork(c, start, fixed)) {
                    run.conflict(i, start);
                }
                return fixed;
            }
            default:
                return start;
        }
    }

    /** Whether {@code a} is later than {@code b} by some working time. */
    static boolean laterInWork(CalendarTable c, long a, long b) {
        return a > b && c.workingBetween(b, a) > 0;
    }

    /** The late finish of leaf i (duration d) with its constraint applied to the logic-driven {@code finish}. */
    long late(int i, long finish, long d) {
        long cd = run.net.constraintDate[i];
        CalendarTable c = run.tab(i);
        boolean honor = run.net.honorConstraintDates;
        return switch (run.constraint(i)) {
            case FINISH_NO_LATER_THAN, FINISH_ON -> Math.min(finish, cd);
            case START_NO_LATER_THAN, START_ON -> Math.min(finish, TaskTime.finishFromStart(c, cd, d));
            case MUST_START_ON -> honor ? TaskTime.finishFromStart(c, cd, d) : Math.min(finish, TaskTime.finishFromStart(c, cd, d));
            case MANDATORY_START -> TaskTime.finishFromStart(c, cd, d);
            case MUST_FINISH_ON -> honor ? cd : Math.min(finish, cd);
            case MANDATORY_FINISH -> cd;
            default -> finish;
        };
    }
}
