package org.bearing.plan.web;

import jakarta.validation.Valid;
import java.util.List;
import org.bearing.plan.CalendarDraft;
import org.bearing.plan.Calendars;
import org.bearing.plan.ProjectCalendar;
import org.bearing.plan.Projects;
import org.bearing.platform.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Working calendars: enterprise base calendars and project calendars. */
@RestController
@RequestMapping("/api/v1")
class CalendarController {
    private final Calendars calendars;
    private final Projects projects;

    CalendarController(Calendars calendars, Projects projects) {
        this.calendars = calendars;
        this.projects = projects;
    }

    @GetMapping("/calendars")
    List<CalendarView> all() {
        return calendars.all().stream().map(CalendarView::of).toList();
    }

    @GetMapping("/projects/{projectId}/calendars")
    List<CalendarView> visibleTo(@PathVariable long projectId) {
        projects.get(projectId);
        return calendars.visibleTo(projectId).stream().map(CalendarView::of).toList();
    }

    @GetMapping("/calendars/{id}")
    ResponseEntity<CalendarView> get(@PathVariable long id) {
        ProjectCalendar c = calendars.get(id);
        return Responses.ok(CalendarView.of(c), c.version());
    }

    @PostMapping("/calendars")
    ResponseEntity<CalendarView> create(@Valid @RequestBody CalendarDraft d) {
        ProjectCalendar c = calendars.create(d);
        return Responses.created(CalendarView.of(c), c.id(), c.version());
    }

    @PutMapping("/calendars/{id}")
    ResponseEntity<CalendarView> update(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                        @Valid @RequestBody CalendarDraft d) {
        ProjectCalendar c = calendars.update(id, ETags.parseIfMatch(ifMatch), d);
        return Responses.ok(CalendarView.of(c), c.version());
    }

    @DeleteMapping("/calendars/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        calendars.delete(id, ETags.parseIfMatch(ifMatch));
        return Responses.noContent();
    }
}
