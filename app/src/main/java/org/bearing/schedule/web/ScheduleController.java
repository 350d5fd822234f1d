package org.bearing.schedule.web;

import java.util.List;
import org.bearing.schedule.Leveling;
import org.bearing.schedule.ProjectSchedule;
import org.bearing.schedule.ResourceLoading;
import org.bearing.schedule.ScheduledTask;
import org.bearing.schedule.Scheduling;
import org.bearing.schedule.TaskDrivers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A project's computed schedule, its critical path, and why each task is where it is. */
@RestController
@RequestMapping("/api/v1/projects/{projectId}")
class ScheduleController {
    private final Scheduling scheduling;
    private final ResourceLoading loading;
    private final Leveling leveling;

    ScheduleController(Scheduling scheduling, ResourceLoading loading, Leveling leveling) {
        this.scheduling = scheduling;
        this.loading = loading;
        this.leveling = leveling;
    }

    @GetMapping("/schedule")
    ProjectSchedule schedule(@PathVariable long projectId) {
        return scheduling.schedule(projectId);
    }

    /** The critical path in outline order: tasks with no float (or negative float), summaries excluded. */
    @GetMapping("/critical-path")
    CriticalPath criticalPath(@PathVariable long projectId) {
        ProjectSchedule s = scheduling.schedule(projectId);
        List<ScheduledTask> byFloat = s.tasks().stream().filter(t -> !t.summary() && s.criticalByFloat().contains(t.taskId())).toList();
        List<ScheduledTask> longest = s.tasks().stream().filter(t -> !t.summary() && s.longestPath().contains(t.taskId())).toList();
        return new CriticalPath(projectId, s.projectFinish(), byFloat, longest);
    }

    /** Work per resource and period against capacity, with over-allocation: the data of the resource histogram. */
    @GetMapping("/resource-usage")
    ResourceLoading.Usage resourceUsage(@PathVariable long projectId,
                                        @RequestParam(defaultValue = "WEEK") ResourceLoading.Granularity granularity,
                                        @RequestParam(required = false) java.time.LocalDate from,
                                        @RequestParam(required = false) java.time.LocalDate to) {
        return loading.usage(projectId, granularity, from, to);
    }

    /** What resource leveling would do, without changing anything: the tasks that move and the new finish. */
    @PostMapping("/leveling/preview")
    Leveling.Preview levelingPreview(@PathVariable long projectId, @RequestBody(required = false) Leveling.Request request) {
        return leveling.preview(projectId, request == null ? new Leveling.Request(null, null, null, null) : request);
    }

    /** Levels the project and records each moved task's leveling delay; the schedule follows at once. */
    @PostMapping("/leveling")
    Leveling.Preview level(@PathVariable long projectId, @RequestBody(required = false) Leveling.Request request) {
        return leveling.apply(projectId, request == null ? new Leveling.Request(null, null, null, null) : request);
    }

    /** Clears every leveling delay of the project. */
    @org.springframework.web.bind.annotation.DeleteMapping("/leveling")
    java.util.Map<String, Integer> clearLeveling(@PathVariable long projectId) {
        return java.util.Map.of("cleared", leveling.clear(projectId));
    }

    @GetMapping("/tasks/{taskId}/drivers")
    TaskDrivers drivers(@PathVariable long projectId, @PathVariable long taskId) {
        return scheduling.drivers(projectId, taskId);
    }

    /** The critical tasks by float (total float ≤ the critical threshold) and by longest path. */
    record CriticalPath(long projectId, java.time.LocalDateTime projectFinish, List<ScheduledTask> byFloat, List<ScheduledTask> longestPath) {
    }
}
