package org.bearing.plan;

import java.util.List;
import org.bearing.plan.persistence.CalendarStore;
import org.bearing.plan.persistence.ProjectStore;
import org.bearing.plan.persistence.ResourceStore;
import org.bearing.platform.ConflictException;
import org.bearing.platform.ETags;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Resources: the enterprise pool and project-local resources. */
@Service
@Transactional
public class Resources {
    private final ResourceStore store;
    private final ProjectStore projects;
    private final CalendarStore calendars;

    public Resources(ResourceStore store, ProjectStore projects, CalendarStore calendars) {
        this.store = store;
        this.projects = projects;
        this.calendars = calendars;
    }

    @Transactional(readOnly = true)
    public List<Resource> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public List<Resource> visibleTo(long projectId) {
        return store.visibleTo(projectId);
    }

    @Transactional(readOnly = true)
    public Resource get(long id) {
        return store.byId(id).orElseThrow(() -> new NotFoundException("Resource", id));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Resource> named(Long projectId, String name) {
        return store.named(projectId, name);
    }

    public Resource create(ResourceDraft d) {
        requireValid(-1, d);
        return get(store.insert(d));
    }

    public Resource update(long id, Long expectedVersion, ResourceDraft d) {
        Resource current = get(id);
        ETags.requireCurrent("Resource " + id, expectedVersion, current.version());
        if (!java.util.Objects.equals(current.projectId(), d.projectId())) {
            throw new InvalidFieldException("projectId", "A resource cannot move between projects or the enterprise pool");
        }
        requireValid(id, d);
        store.update(id, current.version(), d);
        return get(id);
    }

    public void delete(long id, Long expectedVersion) {
        Resource current = get(id);
        ETags.requireCurrent("Resource " + id, expectedVersion, current.version());
        if (store.isAssigned(id)) {
            throw new ConflictException("Resource '" + current.name() + "' is assigned to tasks; remove the assignments first", null);
        }
        store.delete(id);
    }

    private void requireValid(long self, ResourceDraft d) {
        if (d.projectId() != null && projects.byId(d.projectId()).isEmpty()) {
            throw new NotFoundException("Project", d.projectId(), "projectId");
        }
        if (d.calendarId() != null) {
            ProjectCalendar c = calendars.byId(d.calendarId()).orElseThrow(() -> new NotFoundException("Calendar", d.calendarId(), "calendarId"));
            if (c.projectId() != null && !c.projectId().equals(d.projectId())) {
                throw new InvalidFieldException("calendarId", "Calendar " + c.id() + " belongs to another project");
            }
        }
        if (d.type() != ResourceType.WORK && d.calendarId() != null) {
            throw new InvalidFieldException("calendarId", "Only work resources have a calendar");
        }
        store.named(d.projectId(), d.name().strip()).filter(r -> r.id() != self).ifPresent(r -> {
            throw new ConflictException("A resource named '" + d.name() + "' already exists there", "name");
        });
    }
}
