package org.bearing.engine.schedule;

import org.bearing.engine.calendar.CalendarTable;
import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.calendar.WorkCalendar;

/**
 * Re-runs the critical path of one compiled {@link ScheduleNetwork} with other task durations, re-using the
 * network's topological order and one set of primitive arrays: the hook for Monte Carlo simulation, where the
 * same network is scheduled thousands of times with sampled durations. The rules are exactly those of
 * {@link CriticalPathScheduler} (calendars, link types, lags, constraints, summaries, progress); only warnings
 * and free float are skipped. A started task's remaining duration scales with sampled / planned duration.
 * Calendar arithmetic goes through {@link CalendarTable}s over the planned schedule's span (built once per
 * network and shared by {@link #CriticalPathRerun(CriticalPathRerun)}), which return exactly what the calendars
 * return.
 *
 * <p>Not thread-safe: use one instance per thread (instances on the same network share nothing mutable).
 */
public final class CriticalPathRerun {

    private final ScheduleNetwork network;
    private final CpmRun run;
    /** Calendar tables shared by re-runs of the same network. */
    private final CalendarTable[] tables;
    /** The ordinal kernel that schedules re-runs, or null where the network needs the general code throughout. */
    private final OrdinalSchedule ordinal;
    /** The longest path of the last run, traced on demand. */
    private final LongestPathTrace longestPath;
    /** Run stamp per summary task: counted on the longest path in this run. */
    private final int[] summaryCounted;
    private int pathStamp;
    private boolean ran;
    private boolean backward;

    public CriticalPathRerun(ScheduleNetwork network) {
        this(network, null);
    }

    /**
     * A re-run of the same network as {@code other} that shares its calendar tables (immutable), so that one
     * thread per worker does not build them again.
     */
    public CriticalPathRerun(CriticalPathRerun other) {
        this(other.network, other);
    }

    private CriticalPathRerun(ScheduleNetwork network, CriticalPathRerun other) {
        this.network = network;
        this.run = new CpmRun(network);
        this.run.quiet = true;
        if (other != null) {
            tables = other.tables;
        } else {
            run.execute();
            tables = tables(network, run);
        }
        run.time.useTables(java.util.Arrays.copyOf(tables, tables.length - 2),
                tables[tables.length - 2], tables[tables.length - 1]);
        ordinal = OrdinalSchedule.of(run);
        longestPath = new LongestPathTrace(run, ordinal);
        summaryCounted = new int[network.n];
    }

    /**
     * Calendar tables (the network's calendars, then the project and the 24-hour calendar) over the span of the
     * planned schedule widened on both sides by half the span plus two years. Dates of
     * sampled schedules outside it are still exact, only slower.
     */
    private static CalendarTable[] tables(ScheduleNetwork net, CpmRun planned) {
        long lo = net.projectStart;
        long hi = net.projectStart;
        for (int i = 0; i < net.n; i++) {
            for (long t : new long[] {planned.es[i], planned.ef[i], planned.ls[i], planned.lf[i]}) {
                if (Math.abs(t) < 1L << 40) {
                    lo = Math.min(lo, t);
                    hi = Math.max(hi, t);
                }
            }
        }
        // sampled late dates run back further than planned ones where deadlines or FNLT constraints give
        // negative float (longer chains push late starts earlier), so widen both sides alike
        long fromDay = Math.floorDiv(lo, WallClock.MINUTES_PER_DAY) - 2 * 366
                - (hi - lo) / WallClock.MINUTES_PER_DAY / 2;
        long toDay = Math.floorDiv(hi, WallClock.MINUTES_PER_DAY) + 2 * 366
                + (hi - lo) / WallClock.MINUTES_PER_DAY / 2;
        CalendarTable[] t = new CalendarTable[net.calendars.length + 2];
        for (int c = 0; c < net.calendars.length; c++) {
            t[c] = CalendarTable.of(net.calendars[c], fromDay, toDay);
        }
        t[t.length - 2] = CalendarTable.of(net.projectCalendar, fromDay, toDay);
        t[t.length - 1] = CalendarTable.of(WorkCalendar.twentyFourHour(), fromDay, toDay);
        return t;
    }

    /** Whether re-runs go through the ordinal kernel ({@link OrdinalSchedule}) rather than the general code throughout. */
    boolean usesOrdinalSchedule() {
        return ordinal != null;
    }

    public ScheduleNetwork network() {
        return network;
    }

    /**
     * Schedules the network with {@code durations[i]} working minutes for task i (summary tasks' entries are
     * ignored). The array is read during the call and not kept beyond the next call; do not change it before
     * reading the results.
     *
     * @throws IllegalArgumentException if the array has the wrong length or a negative duration
     */
    public void run(long[] durations) {
        check(durations);
        if (ordinal != null) {
            run.prepare(durations);
            ordinal.execute(false);
        } else {
            run.rerun(durations);
        }
        ran = true;
        backward = true;
    }

    private void check(long[] durations) {
        if (durations.length != network.n) {
            throw new IllegalArgumentException("expected " + network.n + " durations, got " + durations.length);
        }
        for (int i = 0; i < durations.length; i++) {
            if (durations[i] < 0) {
                throw new IllegalArgumentException("task '" + network.names[i] + "' has negative duration "
                        + durations[i]);
            }
        }
    }

    /**
     * As {@link #run(long[])} but computes early dates and the project finish only (the backward pass runs
     * only if the network has as-late-as-possible tasks, whose dates depend on it): about half the work, for
     * callers that need finish dates but no float or criticality. {@link #totalFloat(int)} and
     * {@link #isCritical(int)} then throw.
     */
    public void runForward(long[] durations) {
        check(durations);
        if (ordinal != null) {
            run.prepare(durations);
            ordinal.execute(true);
            backward = false;
        } else {
            backward = run.rerun(durations, true);
        }
        ran = true;
    }

    /** The planned durations of the network (a copy), a convenient starting array for {@link #run(long[])}. */
    public long[] plannedDurations() {
        return network.duration.clone();
    }

    /** The project finish of the last run: the latest early finish of a non-summary task (minutes since 1970). */
    public long projectFinish() {
        check();
        return run.computedFinish;
    }

    /** The scheduled start of a task in the last run (as {@link Schedule#start(int)}). */
    public long start(int task) {
        check();
        if (ordinal != null) {
            ordinal.materialize(task);
        }
        return run.start(task);
    }

    /** The scheduled finish of a task in the last run (as {@link Schedule#finish(int)}). */
    public long finish(int task) {
        check();
        if (ordinal != null) {
            ordinal.materialize(task);
        }
        return run.finish(task);
    }

    /** Total float in working minutes of the task's calendar in the last run. */
    public long totalFloat(int task) {
        checkBackward();
        return run.totalFloat[task];
    }

    /** Whether the task was critical (total float at or below the network's critical float) in the last run. */
    public boolean isCritical(int task) {
        checkBackward();
        return run.critical[task];
    }

    /**
     * Adds one to {@code counts[i]} for every task i that was critical in the last run (as {@link #isCritical}
     * for each task, in one sweep: the Monte Carlo criticality index counts this every iteration).
     */
    public void countCritical(long[] counts) {
        checkBackward();
        if (counts.length != network.n) {
            throw new IllegalArgumentException("expected " + network.n + " counts, got " + counts.length);
        }
        boolean[] critical = run.critical;
        for (int i = 0; i < counts.length; i++) {
            counts[i] += critical[i] ? 1 : 0;
        }
    }

    /**
     * Adds one to {@code counts[i]} for every task i on the longest path of the last run (as {@link
     * Schedule#isOnLongestPath}): the chain of driving links back from the project finish; and for every summary
     * task with a task under it on that path. Needs early dates only, so {@link #runForward(long[])} suffices.
     */
    public void countLongestPath(long[] counts) {
        check();
        if (counts.length != network.n) {
            throw new IllegalArgumentException("expected " + network.n + " counts, got " + counts.length);
        }
        boolean[] flags = longestPath.trace();
        int[] parent = network.parent;
        if (++pathStamp == 0) {
            java.util.Arrays.fill(summaryCounted, 0);
            pathStamp = 1;
        }
        for (int i = 0; i < counts.length; i++) {
            if (!flags[i]) {
                continue;
            }
            counts[i]++;
            for (int p = parent[i]; p >= 0 && summaryCounted[p] != pathStamp; p = parent[p]) {
                summaryCounted[p] = pathStamp;
                counts[p]++;
            }
        }
    }

    private void checkBackward() {
        check();
        if (!backward) {
            throw new IllegalStateException("float and criticality need run(durations), not runForward(durations)");
        }
    }

    private void check() {
        if (!ran) {
            throw new IllegalStateException("run(durations) has not been called");
        }
    }
}
