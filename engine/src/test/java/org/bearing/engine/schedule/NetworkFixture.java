package org.bearing.engine.schedule;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.bearing.engine.calendar.DurationUnits;
import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.calendar.WorkCalendar;

/**
 * Test fixtures in domain language: {@code aNetwork().task("A", days(3)).then("B", days(2)).schedule()}.
 * The project starts Monday 2026-01-05 08:00 on the MS Project standard calendar unless told otherwise.
 */
final class NetworkFixture {

    static final LocalDateTime MONDAY = LocalDateTime.of(2026, 1, 5, 8, 0);

    private final NetworkBuilder builder = ScheduleNetwork.builder().projectStart(MONDAY);
    private final Map<String, Integer> ids = new HashMap<>();
    private final Map<String, Integer> links = new HashMap<>();
    private String last;

    static NetworkFixture aNetwork() {
        return new NetworkFixture();
    }

    static long days(double d) {
        return DurationUnits.DEFAULT.days(d);
    }

    static long hours(double h) {
        return DurationUnits.DEFAULT.hours(h);
    }

    /** A date-time in January 2026 (5 = Monday). */
    static LocalDateTime jan(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 1, day, hour, minute);
    }

    NetworkFixture task(String name, long minutes) {
        ids.put(name, builder.addTask(name, minutes));
        last = name;
        return this;
    }

    NetworkFixture milestone(String name) {
        ids.put(name, builder.addMilestone(name));
        last = name;
        return this;
    }

    /** Adds a task finish-to-start after the previously added one. */
    NetworkFixture then(String name, long minutes) {
        String pred = last;
        task(name, minutes);
        return link(pred, name, LinkType.FINISH_TO_START, Lag.NONE);
    }

    /** Adds a summary task; following {@link #in(String)} calls place tasks under it. */
    NetworkFixture summary(String name) {
        return task(name, 0);
    }

    /** Places the last added task under a summary. */
    NetworkFixture in(String summary) {
        builder.parent(id(last), id(summary));
        return this;
    }

    NetworkFixture link(String pred, String succ, LinkType type, Lag lag) {
        links.put(pred + "->" + succ, builder.link(id(pred), id(succ), type, lag));
        return this;
    }

    NetworkFixture fs(String pred, String succ) {
        return link(pred, succ, LinkType.FINISH_TO_START, Lag.NONE);
    }

    NetworkFixture linkLagCalendar(String pred, String succ, LagCalendar calendar) {
        builder.lagCalendar(links.get(pred + "->" + succ), calendar);
        return this;
    }

    NetworkFixture constraint(String task, ConstraintType type, LocalDateTime date) {
        builder.constraint(id(task), type, date);
        return this;
    }

    NetworkFixture deadline(String task, LocalDateTime date) {
        builder.deadline(id(task), date);
        return this;
    }

    NetworkFixture calendar(String task, WorkCalendar calendar) {
        builder.calendar(id(task), calendar);
        return this;
    }

    NetworkFixture projectCalendar(WorkCalendar calendar) {
        builder.projectCalendar(calendar);
        return this;
    }

    NetworkFixture actualStart(String task, LocalDateTime date) {
        builder.actualStart(id(task), date);
        return this;
    }

    NetworkFixture actualFinish(String task, LocalDateTime date) {
        builder.actualFinish(id(task), date);
        return this;
    }

    NetworkFixture percentComplete(String task, double percent) {
        builder.percentComplete(id(task), percent);
        return this;
    }

    NetworkFixture statusDate(LocalDateTime date) {
        builder.statusDate(date);
        return this;
    }

    NetworkFixture progressPolicy(ProgressPolicy policy) {
        builder.progressPolicy(policy);
        return this;
    }

    NetworkFixture honorConstraintDates(boolean honor) {
        builder.honorConstraintDates(honor);
        return this;
    }

    NetworkFixture startMilestone(String name) {
        milestone(name);
        builder.startMilestone(id(name));
        return this;
    }

    NetworkFixture manual(String task) {
        builder.manual(id(task));
        return this;
    }

    NetworkFixture lateFinishAtNextStart(boolean atNextStart) {
        builder.lateFinishAtNextStart(atNextStart);
        return this;
    }

    NetworkFixture totalFloatRule(TotalFloatRule rule) {
        builder.totalFloatRule(rule);
        return this;
    }

    NetworkFixture lateStartAtActualStart(boolean atActual) {
        builder.lateStartAtActualStart(atActual);
        return this;
    }

    NetworkFixture finishAtLinkBound(boolean atBound) {
        builder.finishAtLinkBound(atBound);
        return this;
    }

    NetworkFixture assignment(String task, WorkCalendar calendar, long work, double units) {
        builder.assignment(id(task), calendar, work, units);
        return this;
    }

    NetworkFixture projectFinish(LocalDateTime finish) {
        builder.projectFinish(finish);
        return this;
    }

    int id(String name) {
        Integer i = ids.get(name);
        if (i == null) {
            throw new IllegalArgumentException("no task named " + name);
        }
        return i;
    }

    ScheduleNetwork build() {
        return builder.build();
    }

    Result schedule() {
        return new Result(new CriticalPathScheduler().schedule(build()), this);
    }

    /** Schedule results looked up by task name. */
    record Result(Schedule schedule, NetworkFixture fixture) {
        int id(String name) {
            return fixture.id(name);
        }

        LocalDateTime start(String task) {
            return WallClock.dateTime(schedule.start(id(task)));
        }

        LocalDateTime finish(String task) {
            return WallClock.dateTime(schedule.finish(id(task)));
        }

        LocalDateTime lateStart(String task) {
            return WallClock.dateTime(schedule.lateStart(id(task)));
        }

        LocalDateTime lateFinish(String task) {
            return WallClock.dateTime(schedule.lateFinish(id(task)));
        }

        long totalFloat(String task) {
            return schedule.totalFloat(id(task));
        }

        long freeFloat(String task) {
            return schedule.freeFloat(id(task));
        }

        boolean critical(String task) {
            return schedule.isCritical(id(task));
        }
    }
}
