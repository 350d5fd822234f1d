package org.bearing.plan;

import java.util.List;
import org.bearing.plan.persistence.CalendarStore;
import org.bearing.plan.persistence.PortfolioStore;
import org.bearing.plan.persistence.ProjectStore;
import org.bearing.platform.ConflictException;
import org.bearing.platform.ETags;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Projects: their charter (sponsor, scope, objectives, success criteria) and their anchor dates. */
@Service
@Transactional
public class Projects {
    private final ProjectStore store;
    private final PortfolioStore portfolios;
    private final CalendarStore calendars;
    private final ApplicationEventPublisher events;

    public Projects(ProjectStore store, PortfolioStore portfolios, CalendarStore calendars, ApplicationEventPublisher events) {
        this.store = store;
        this.portfolios = portfolios;
        this.calendars = calendars;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Project> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public List<Project> inProgram(long programId) {
        return store.inProgram(programId);
    }

    @Transactional(readOnly = true)
    public Project get(long id) {
        return store.byId(id).orElseThrow(() -> new NotFoundException("Project", id));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Project> byCode(String code) {
        return store.byCode(code);
    }

    public Project create(ProjectDraft d) {
        requireValid(d, -1);
        long id = store.insert(d);
        events.publishEvent(new PlanChanged(id));
        if (d.statusDate() != null) {
            events.publishEvent(new StatusDateMoved(id, null, d.statusDate()));
        }
        return get(id);
    }

    public Project update(long id, Long expectedVersion, ProjectDraft d) {
        Project current = get(id);
        ETags.requireCurrent("Project " + id, expectedVersion, current.version());
        requireValid(d, id);
        store.update(id, current.version(), d);
        events.publishEvent(new PlanChanged(id));
        if (d.statusDate() != null && !d.statusDate().equals(current.statusDate())) {
            events.publishEvent(new StatusDateMoved(id, current.statusDate(), d.statusDate()));
        }
        return get(id);
    }

    public void delete(long id, Long expectedVersion) {
        Project current = get(id);
        ETags.requireCurrent("Project " + id, expectedVersion, current.version());
        store.delete(id);
    }

    private void requireValid(ProjectDraft d, long self) {
        if (d.programId() != null && portfolios.program(d.programId()).isEmpty()) {
            throw new NotFoundException("Program", d.programId(), "programId");
        }
        if (d.calendarId() != null) {
            ProjectCalendar c = calendars.byId(d.calendarId()).orElseThrow(() -> new NotFoundException("Calendar", d.calendarId(), "calendarId"));
            if (c.projectId() != null && c.projectId() != self) {
                throw new InvalidFieldException("calendarId", "Calendar " + c.id() + " belongs to another project");
            }
        }
        if (d.statusDate() != null && d.statusDate().isBefore(d.startDate())) {
            throw new InvalidFieldException("statusDate", "statusDate " + d.statusDate() + " is before the project's startDate " + d.startDate());
        }
        store.byCode(d.code()).filter(p -> p.id() != self).ifPresent(p -> {
            throw new ConflictException("A project with code '" + d.code() + "' already exists", "code");
        });
    }
}
