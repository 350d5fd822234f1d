package org.bearing.plan;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bearing.plan.persistence.CalendarStore;
import org.bearing.plan.persistence.ProjectStore;
import org.bearing.platform.ConflictException;
import org.bearing.platform.ETags;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
import org.bearing.platform.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Working calendars: enterprise base calendars and project calendars, with inheritance. */
@Service
@Transactional
public class Calendars {
    /** The enterprise calendar every installation starts with: Monday to Friday, 08:00-12:00 and 13:00-17:00. */
    public static final String STANDARD = "Standard";

    private final CalendarStore store;
    private final ProjectStore projects;
    private final ApplicationEventPublisher events;

    public Calendars(CalendarStore store, ProjectStore projects, ApplicationEventPublisher events) {
        this.store = store;
        this.projects = projects;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ProjectCalendar> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public List<ProjectCalendar> visibleTo(long projectId) {
        return store.visibleTo(projectId);
    }

    @Transactional(readOnly = true)
    public ProjectCalendar get(long id) {
        return store.byId(id).orElseThrow(() -> new NotFoundException("Calendar", id));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<ProjectCalendar> baseNamed(String name) {
        return store.baseNamed(name);
    }

    public ProjectCalendar create(CalendarDraft d) {
        ProjectCalendar c = toCalendar(-1, 0, d);
        long id = store.insert(c);
        return get(id);
    }

    public ProjectCalendar update(long id, Long expectedVersion, CalendarDraft d) {
        ProjectCalendar current = get(id);
        ETags.requireCurrent("Calendar " + id, expectedVersion, current.version());
        if (!java.util.Objects.equals(current.projectId(), d.projectId())) {
            throw new InvalidFieldException("projectId", "A calendar cannot move to another project");
        }
        ProjectCalendar c = toCalendar(id, current.version(), d);
        store.update(id, current.version(), c);
        planChanged(c.projectId());
        return get(id);
    }

    public void delete(long id, Long expectedVersion) {
        ProjectCalendar current = get(id);
        ETags.requireCurrent("Calendar " + id, expectedVersion, current.version());
        String usage = store.usage(id);
        if (usage != null) {
            throw new ConflictException("Calendar '" + current.name() + "' is used by " + usage, null);
        }
        store.delete(id);
    }

    private void planChanged(Long projectId) {
        if (projectId != null) {
            projects.touch(projectId);
            events.publishEvent(new PlanChanged(projectId));
        } else {
            projects.all().forEach(p -> events.publishEvent(new PlanChanged(p.id())));
        }
    }

    private ProjectCalendar toCalendar(long self, long version, CalendarDraft d) {
        if (d.projectId() != null && projects.byId(d.projectId()).isEmpty()) {
            throw new NotFoundException("Project", d.projectId(), "projectId");
        }
        if (d.baseCalendarId() != null) {
            ProjectCalendar base = store.byId(d.baseCalendarId())
                    .orElseThrow(() -> new NotFoundException("Calendar", d.baseCalendarId(), "baseCalendarId"));
            if (base.projectId() != null && !base.projectId().equals(d.projectId())) {
                throw new InvalidFieldException("baseCalendarId", "Base calendar " + base.id() + " belongs to another project");
            }
            requireNoInheritanceCycle(self, base);
        }
        Map<DayOfWeek, CalendarDay> week = new EnumMap<>(DayOfWeek.class);
        List<CalendarDraft.Day> days = d.week() == null ? List.of() : d.week();
        for (int i = 0; i < days.size(); i++) {
            CalendarDraft.Day day = days.get(i);
            if (day.mode() == CalendarDay.Mode.INHERIT && d.baseCalendarId() == null) {
                throw new InvalidFieldException("week[" + i + "].mode", "A day can only inherit when the calendar has a base calendar");
            }
            List<WorkingPeriod> periods = periods("week[" + i + "].periods", day.periods());
            if (day.mode() == CalendarDay.Mode.WORKING && periods.isEmpty()) {
                throw new InvalidFieldException("week[" + i + "].periods", "A working day needs at least one working period such as 08:00-12:00");
            }
            if (week.put(day.day(), new CalendarDay(day.day(), day.mode(), periods)) != null) {
                throw new InvalidFieldException("week[" + i + "].day", day.day() + " appears twice in the week");
            }
        }
        for (DayOfWeek dow : DayOfWeek.values()) {
            week.computeIfAbsent(dow, k -> new CalendarDay(k, d.baseCalendarId() != null ? CalendarDay.Mode.INHERIT : CalendarDay.Mode.NONWORKING, List.of()));
        }
        List<CalendarException> exceptions = new ArrayList<>();
        List<CalendarDraft.Exception> drafts = d.exceptions() == null ? List.of() : d.exceptions();
        for (int i = 0; i < drafts.size(); i++) {
            CalendarDraft.Exception e = drafts.get(i);
            var to = e.to() == null ? e.from() : e.to();
            if (to.isBefore(e.from())) {
                throw new InvalidFieldException("exceptions[" + i + "].to", "Exception '" + e.name() + "' ends before it starts");
            }
            exceptions.add(new CalendarException(e.name(), e.from(), to, periods("exceptions[" + i + "].periods", e.periods())));
        }
        exceptions.sort(java.util.Comparator.comparing(CalendarException::from));
        for (int i = 1; i < exceptions.size(); i++) {
            if (!exceptions.get(i).from().isAfter(exceptions.get(i - 1).to())) {
                throw new InvalidFieldException("exceptions", "Exceptions '" + exceptions.get(i - 1).name() + "' and '"
                        + exceptions.get(i).name() + "' overlap");
            }
        }
        return new ProjectCalendar(self, version, d.projectId(), d.name().strip(), d.baseCalendarId(),
                d.minutesPerDay() == null ? 480 : d.minutesPerDay(), d.minutesPerWeek() == null ? 2400 : d.minutesPerWeek(),
                d.daysPerMonth() == null ? 20 : d.daysPerMonth(), List.copyOf(week.values()), exceptions);
    }

    private void requireNoInheritanceCycle(long self, ProjectCalendar base) {
        ProjectCalendar at = base;
        int guard = 0;
        while (at != null && guard++ < 100) {
            if (at.id() == self) {
                throw new RuleViolationException("calendar-inheritance-cycle", "baseCalendarId",
                        "Calendar " + self + " cannot inherit from itself, directly or through '" + base.name() + "'");
            }
            at = at.baseCalendarId() == null ? null : store.byId(at.baseCalendarId()).orElse(null);
        }
    }

    private static List<WorkingPeriod> periods(String field, String text) {
        try {
            return WorkingPeriod.parseList(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, e.getMessage());
        }
    }
}
