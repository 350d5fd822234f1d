package org.bearing.engine.schedule;

/**
 * Schedules a {@link ScheduleNetwork} with the critical path method, following MS Project's rules by default
 * (lags on the successor's calendar, constraint dates honored, a start at the end of a working period rolls
 * to the next one, a finish at the start of one rolls back) and P6's through the network's options.
 *
 * <p>Forward pass: early start ES = the latest of project start, status date (unstarted work), links into the
 * task or its summaries, and "early" constraints; early finish EF = ES + duration in the task calendar.
 * Backward pass: late finish LF = the earliest of project finish, links out of the task or its summaries,
 * "late" constraints and the deadline; late start LS = LF - duration. Total float TF = min(LS - ES, LF - EF)
 * in working minutes of the task calendar; free float = the least slack to any successor's early date.
 * Summary tasks take min start / max finish of their children. One run is O(n + m) calendar operations.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class CriticalPathScheduler {

    /** Schedules the network; conflicts are reported as {@link Schedule#warnings()}, never thrown. */
    public Schedule schedule(ScheduleNetwork network) {
        CpmRun run = new CpmRun(network);
        run.execute();
        return new Schedule(run);
    }
}
