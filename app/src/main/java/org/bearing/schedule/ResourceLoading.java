package org.bearing.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.calendar.WorkCalendar;
import org.bearing.engine.schedule.Schedule;
import org.bearing.engine.usage.ResourceUsage;
import org.bearing.plan.Assignment;
import org.bearing.plan.Assignments;
import org.bearing.plan.Calendars;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.plan.Resource;
import org.bearing.plan.ResourceType;
import org.bearing.plan.Resources;
import org.bearing.plan.Task;
import org.bearing.platform.InvalidFieldException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each work resource's booked work per day, week or month of the current schedule, against its capacity, with the
 * periods where it is over-allocated: the data behind a resource histogram.
 */
@Service
@Transactional(readOnly = true)
public class ResourceLoading {
    /** Enough for three years by day; a longer range should use weeks or months. */
    static final int MAX_PERIODS = 1100;

    public enum Granularity { DAY, WEEK, MONTH }

    /** One resource's usage; minutes are working minutes. */
    public record ResourceLoad(long resourceId, String name, double maxUnits, boolean overAllocated, List<PeriodLoad> periods) {
    }

    public record PeriodLoad(LocalDate start, double demandMinutes, double capacityMinutes, double peakUnits, boolean overAllocated) {
    }

    public record Usage(long projectId, Granularity granularity, LocalDate from, LocalDate to, List<ResourceLoad> resources) {
    }

    private final Scheduling scheduling;
    private final Projects projects;
    private final Assignments assignments;
    private final Resources resources;
    private final Calendars calendars;

    public ResourceLoading(Scheduling scheduling, Projects projects, Assignments assignments, Resources resources, Calendars calendars) {
        this.scheduling = scheduling;
        this.projects = projects;
        this.assignments = assignments;
        this.resources = resources;
        this.calendars = calendars;
    }

    public Usage usage(long projectId, Granularity granularity, LocalDate from, LocalDate to) {
        Project project = projects.get(projectId);
        Scheduling.Computed computed = scheduling.compute(projectId);
        Schedule s = computed.schedule();
        LocalDate first = periodStart(from != null ? from : WallClock.date(s.projectStart()), granularity);
        LocalDate last = to != null ? to : WallClock.date(s.projectFinish());
        if (last.isBefore(first)) {
            throw new InvalidFieldException("to", "to " + last + " is before from " + first);
        }
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = next(d, granularity)) {
            starts.add(d);
            if (starts.size() > MAX_PERIODS) {
                throw new InvalidFieldException("granularity", "more than " + MAX_PERIODS + " periods: choose a coarser granularity or a shorter range");
            }
        }
        long[] boundaries = new long[starts.size() + 1];
        for (int i = 0; i < starts.size(); i++) {
            boundaries[i] = WallClock.minutes(starts.get(i));
        }
        boundaries[starts.size()] = WallClock.minutes(next(starts.get(starts.size() - 1), granularity));

        CompiledCalendars compiled = new CompiledCalendars(project, calendars.visibleTo(projectId));
        List<Resource> work = resources.visibleTo(projectId).stream().filter(r -> r.type() == ResourceType.WORK).toList();
        Map<Long, Integer> resourceIndex = new HashMap<>();
        double[] maxUnits = new double[work.size()];
        WorkCalendar[] resourceCalendars = new WorkCalendar[work.size()];
        for (int r = 0; r < work.size(); r++) {
            Resource res = work.get(r);
            resourceIndex.put(res.id(), r);
            maxUnits[r] = res.maxUnits().doubleValue();
            resourceCalendars[r] = compiled.orProject(res.calendarId());
        }
        PlanNetwork plan = computed.plan();
        List<ResourceUsage.Booking> bookings = new ArrayList<>();
        List<Long> used = new ArrayList<>();
        for (Assignment a : assignments.all(projectId)) {
            Integer r = resourceIndex.get(a.resourceId());
            Integer t = plan.indexOf.get(a.taskId());
            if (r == null || t == null) {
                continue;
            }
            Task task = plan.tasks.get(t);
            bookings.add(new ResourceUsage.Booking(r, s.start(t), s.finish(t), a.units().doubleValue(),
                    compiled.orProject(task.calendarId())));
            used.add(a.resourceId());
        }
        ResourceUsage usage = ResourceUsage.of(maxUnits, resourceCalendars, bookings, boundaries);
        List<ResourceLoad> loads = new ArrayList<>();
        for (int r = 0; r < work.size(); r++) {
            if (!used.contains(work.get(r).id())) {
                continue;
            }
            List<PeriodLoad> periods = new ArrayList<>(starts.size());
            boolean over = false;
            for (int p = 0; p < starts.size(); p++) {
                boolean o = usage.overAllocated(r, p);
                over |= o;
                periods.add(new PeriodLoad(starts.get(p), usage.demand(r, p), usage.capacity(r, p), usage.peakUnits(r, p), o));
            }
            loads.add(new ResourceLoad(work.get(r).id(), work.get(r).name(), maxUnits[r], over, periods));
        }
        return new Usage(projectId, granularity, first, last, loads);
    }

    private static LocalDate periodStart(LocalDate d, Granularity g) {
        return switch (g) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
        };
    }

    private static LocalDate next(LocalDate d, Granularity g) {
        return switch (g) {
            case DAY -> d.plusDays(1);
            case WEEK -> d.plusWeeks(1);
            case MONTH -> d.plusMonths(1);
        };
    }
}
