package org.bearing.plan.web;

import jakarta.validation.Valid;
import java.util.List;
import org.bearing.plan.Task;
import org.bearing.plan.TaskDraft;
import org.bearing.plan.Tasks;
import org.bearing.plan.WorkBreakdown;
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

/** The tasks of a project, in outline order. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}/tasks")
class TaskController {
    private final Tasks tasks;

    TaskController(Tasks tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    List<TaskView> all(@PathVariable long projectId) {
        WorkBreakdown wbs = tasks.breakdown(projectId);
        return wbs.outline().stream().map(t -> TaskView.of(t, wbs)).toList();
    }

    @GetMapping("/{taskId}")
    ResponseEntity<TaskView> get(@PathVariable long projectId, @PathVariable long taskId) {
        Task t = tasks.get(projectId, taskId);
        return Responses.ok(TaskView.of(t, tasks.breakdown(projectId)), t.version());
    }

    @PostMapping
    ResponseEntity<TaskView> create(@PathVariable long projectId, @Valid @RequestBody TaskDraft d) {
        Task t = tasks.create(projectId, d);
        return Responses.created(TaskView.of(t, tasks.breakdown(projectId)), t.id(), t.version());
    }

    @PutMapping("/{taskId}")
    ResponseEntity<TaskView> update(@PathVariable long projectId, @PathVariable long taskId,
                                    @RequestHeader(value = "If-Match", required = false) String ifMatch, @Valid @RequestBody TaskDraft d) {
        Task t = tasks.update(projectId, taskId, ETags.parseIfMatch(ifMatch), d);
        return Responses.ok(TaskView.of(t, tasks.breakdown(projectId)), t.version());
    }

    @DeleteMapping("/{taskId}")
    ResponseEntity<Void> delete(@PathVariable long projectId, @PathVariable long taskId,
                                @RequestHeader(value = "If-Match", required = false) String ifMatch) {
        tasks.delete(projectId, taskId, ETags.parseIfMatch(ifMatch));
        return Responses.noContent();
    }
}
