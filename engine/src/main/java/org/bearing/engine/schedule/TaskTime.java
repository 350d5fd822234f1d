package org.bearing.engine.schedule;

import org.bearing.engine.calendar.CalendarTable;
import org.bearing.engine.calendar.WorkCalendar;

/**
 * Working-time arithmetic of one network's tasks and links: lags counted on the link's lag calendar, and
 * starts and finishes of a task on its calendar or, for tasks with resource assignments, on the assignments'
 * calendars (start = earliest assignment start, finish = latest assignment finish).
 */
final class TaskTime {

    private static final long INF = Long.MAX_VALUE;
    private static final LagUnit[] LAG_UNITS = LagUnit.values();
    private static final LagCalendar[] LAG_CALENDARS = LagCalendar.values();

    private final ScheduleNetwork net;
    /**
     * Task durations in working minutes: the network's, or the sample of a {@link CpmRun#rerun(long[]) rerun}
     * (always the same array as the run's {@code duration}).
     */
    long[] duration;

    /** Calendar arithmetic of {@code net.calendars[i]}, of the project calendar and of the 24-hour calendar. */
    private CalendarTable[] tables;
    private CalendarTable projectTable;
    private CalendarTable allDayTable;

    TaskTime(ScheduleNetwork net) {
        this.net = net;
        this.duration = net.duration;
        CalendarTable[] plain = new CalendarTable[net.calendars.length];
        for (int i = 0; i < plain.length; i++) {
            plain[i] = CalendarTable.of(net.calendars[i]);
        }
        useTables(plain, CalendarTable.of(net.projectCalendar), CalendarTable.of(WorkCalendar.twentyFourHour()));
    }

    /** Sets the calendar tables (same results, faster arithmetic inside their horizon). */
    void useTables(CalendarTable[] calendars, CalendarTable project, CalendarTable allDay) {
        this.tables = calendars;
        this.projectTable = project;
        this.allDayTable = allDay;
    }

    WorkCalendar cal(int task) {
        return net.calendars[net.calendarOf[task]];
    }

    CalendarTable tab(int task) {
        return tables[net.calendarOf[task]];
    }

    boolean isMilestone(int task) {
        return net.milestone[task] || duration[task] == 0;
    }

    CalendarTable lagCalendar(int link) {
        int code = net.linkLagCalendar[link];
        LagCalendar which = code < 0 ? net.lagCalendar : LAG_CALENDARS[code];
        return switch (which) {
            case SUCCESSOR -> tab(net.linkSucc[link]);
            case PREDECESSOR -> tab(net.linkPred[link]);
            case PROJECT -> projectTable;
            case TWENTY_FOUR_HOUR -> allDayTable;
        };
    }

    /** {@code date} moved by the link's lag, forwards ({@code sign = 1}) or backwards ({@code sign = -1}). */
    long lagged(int link, long date, int sign) {
        double amount = net.lagAmount[link];
        if (amount == 0) {
            return date;
        }
        return switch (LAG_UNITS[net.lagUnit[link]]) {
            case ELAPSED_MINUTES -> date + sign * Math.round(amount);
            case WORKING_MINUTES -> lagCalendar(link).addWorking(date, sign * Math.round(amount));
            case PERCENT_OF_PREDECESSOR -> lagCalendar(link).addWorking(date,
                    sign * Math.round(duration[net.linkPred[link]] * amount / 100.0));
        };
    }

    /**
     * The inverse of {@link #lagged(int, long, int) lagged(link, d, 1)} for the backward pass: the latest
     * {@code d} whose lagged date is not after {@code y}. Computed exactly in working-minute ordinals, because
     * instants that are equivalent on the lag calendar (Fri 17:00, Mon 08:00) need not be on the predecessor's.
     */
    long removeLag(int link, long y) {
        double amount = net.lagAmount[link];
        if (amount == 0) {
            return y;
        }
        LagUnit unit = LAG_UNITS[net.lagUnit[link]];
        if (unit == LagUnit.ELAPSED_MINUTES) {
            return y - Math.round(amount);
        }
        long minutes = unit == LagUnit.WORKING_MINUTES ? Math.round(amount)
                : Math.round(duration[net.linkPred[link]] * amount / 100.0);
        if (minutes == 0) {
            // A percent lag of a short predecessor can round to no time at all; lagged() then returns its date.
            return y;
        }
        CalendarTable c = lagCalendar(link);
        if (minutes > 0) {
            return c.addWorking(y, -minutes);
        }
        return c.minuteOf(lastOrdinalStartingBy(c, y) - minutes);
    }

    /** The largest working-minute ordinal whose minute starts at or before {@code y}. */
    static long lastOrdinalStartingBy(CalendarTable c, long y) {
        long o = c.ordinal(y);
        return c.minuteOf(o) == y ? o : o - 1;
    }

    /** The latest finish of a task of duration {@code d} whose start is not after {@code start}. */
    static long latestFinishFromStart(CalendarTable c, long start, long d) {
        return d > 0 ? c.minuteOf(lastOrdinalStartingBy(c, start) + d) : start;
    }

    /** Where a task with the given calendar starts if it may start at {@code t}; milestones may sit at a period end. */
    long startAt(int task, long t) {
        if (byAssignments(task)) {
            long best = INF;
            for (int a = net.assignmentStart[task]; a < net.assignmentStart[task + 1]; a++) {
                best = Math.min(best, net.assignmentCalendar[a].nextWorkingStart(t));
            }
            return best;
        }
        CalendarTable c = tab(task);
        if (isMilestone(task) && !net.startMilestone[task] && c.previousWorkingFinish(t) == t) {
            return t;
        }
        return c.nextWorkingStart(t);
    }

    /** Whether resource assignments, not the task calendar and duration, set the task's dates. */
    boolean byAssignments(int task) {
        return net.assignmentStart[task + 1] > net.assignmentStart[task];
    }

    /**
     * The finish of {@code dur} working minutes from {@code start}: on the task calendar, or the latest finish
     * of its assignments, each scaled by dur / planned duration. The planned duration is the network's, the one
     * the assignments' work was given for, also in a rerun: a sampled duration then scales the assignments by
     * sampled / planned, and remaining work by remaining / planned.
     */
    long finishOf(int task, long start, long dur) {
        if (!byAssignments(task)) {
            return dur > 0 ? tab(task).addWorking(start, dur) : start;
        }
        long total = net.duration[task];
        long best = start;
        for (int a = net.assignmentStart[task]; a < net.assignmentStart[task + 1]; a++) {
            long work = total > 0 ? Math.round(net.assignmentDuration[a] * (dur / (double) total)) : net.assignmentDuration[a];
            if (work > 0) {
                best = Math.max(best, net.assignmentCalendar[a].addWorking(start, work));
            }
        }
        return best;
    }

    /** The start that makes the task finish at {@code finish}. */
    long startFromFinish(int task, long finish, long dur) {
        if (byAssignments(task)) {
            long total = net.duration[task];
            long best = finish;
            for (int a = net.assignmentStart[task]; a < net.assignmentStart[task + 1]; a++) {
                long work = total > 0 ? Math.round(net.assignmentDuration[a] * (dur / (double) total)) : net.assignmentDuration[a];
                if (work > 0) {
                    best = Math.min(best, net.assignmentCalendar[a].addWorking(finish, -work));
                }
            }
            return best;
        }
        return dur > 0 ? tab(task).addWorking(finish, -dur) : finish;
    }

    static long finishFromStart(WorkCalendar c, long start, long d) {
        return d > 0 ? c.addWorking(c.nextWorkingStart(start), d) : start;
    }

    static long finishFromStart(CalendarTable c, long start, long d) {
        return d > 0 ? c.addWorking(c.nextWorkingStart(start), d) : start;
    }
}
