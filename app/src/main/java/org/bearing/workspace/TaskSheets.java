package org.bearing.workspace;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.calendar.WorkCalendar;
import org.bearing.plan.ConstraintType;
import org.bearing.plan.Dependencies;
import org.bearing.plan.Dependency;
import org.bearing.plan.DurationText;
import org.bearing.plan.PlanEditJournal;
import org.bearing.plan.PredecessorList;
import org.bearing.plan.Projects;
import org.bearing.plan.Task;
import org.bearing.plan.TaskSheet;
import org.bearing.plan.Tasks;
import org.bearing.plan.TimeUnits;
import org.bearing.plan.WorkBreakdown;
import org.bearing.schedule.ProjectSchedule;
import org.bearing.schedule.ScheduledTask;
import org.bearing.schedule.Scheduling;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles the task sheet from the plan (typed fields, predecessors) and the schedule (dates, float, critical). */
@Service
@Transactional(readOnly = true)
public class TaskSheets {
    private final Projects projects;
    private final Tasks tasks;
    private final Dependencies dependencies;
    private final TaskSheet sheet;
    private final PlanEditJournal journal;
    private final Scheduling scheduling;

    TaskSheets(Projects projects, Tasks tasks, Dependencies dependencies, TaskSheet sheet, PlanEditJournal journal, Scheduling scheduling) {
        this.projects = projects;
        this.tasks = tasks;
        this.dependencies = dependencies;
        this.sheet = sheet;
        this.journal = journal;
        this.scheduling = scheduling;
    }

    public TaskSheetView view(long projectId, TaskSheetView.CellError error, String notice, String csrfHeader, String csrfToken) {
        var project = projects.get(projectId);
        WorkBreakdown wbs = tasks.breakdown(projectId);
        TimeUnits units = sheet.timeUnits(projectId);
        ProjectSchedule schedule = scheduling.schedule(projectId);
        Map<Long, ScheduledTask> scheduled = new HashMap<>();
        schedule.tasks().forEach(t -> scheduled.put(t.taskId(), t));
        Map<Long, Integer> rowOf = new HashMap<>();
        TaskSheet.rows(wbs).forEach((row, id) -> rowOf.put(id, row));
        Map<Long, List<Dependency>> into = new HashMap<>();
        for (Dependency d : dependencies.all(projectId)) {
            into.computeIfAbsent(d.successorId(), k -> new ArrayList<>()).add(d);
        }
        WorkCalendar calendar = wbs.outline().stream().anyMatch(Task::summary) ? scheduling.projectCalendar(projectId) : null;
        List<TaskSheetView.Row> rows = new ArrayList<>();
        int critical = 0;
        for (Task t : wbs.outline()) {
            ScheduledTask s = scheduled.get(t.id());
            LocalDateTime start = s == null ? t.plannedStart() : s.start();
            LocalDateTime finish = s == null ? t.plannedFinish() : s.finish();
            long duration = t.summary() && calendar != null && start != null && finish != null
                    ? calendar.workingBetween(WallClock.minutes(start), WallClock.minutes(finish)) : t.durationMinutes();
            boolean isCritical = s != null && s.critical();
            if (isCritical && !t.summary()) {
                critical++;
            }
            rows.add(new TaskSheetView.Row(rowOf.get(t.id()), t.id(), wbs.wbsCode(t), t.name(), wbs.level(t.id()), t.summary(),
                    t.milestone(), DurationText.format(duration, units), shown(start), start == null ? "" : start.toLocalDate().toString(),
                    shown(finish), finish == null ? "" : finish.toLocalDate().toString(),
                    PredecessorList.format(into.getOrDefault(t.id(), List.of()), rowOf, units),
                    s == null ? "" : DurationText.format(s.totalFloatMinutes(), units), isCritical, constraint(t)));
        }
        return new TaskSheetView(project, rows, error, notice, journal.nextUndo(projectId).orElse(null),
                schedule.projectFinish() == null || rows.isEmpty() ? null : shown(schedule.projectFinish()), critical, csrfHeader, csrfToken);
    }

    /** A date as the sheet shows it: weekday and ISO date, {@code Mon 2026-01-05}. */
    static String shown(LocalDateTime at) {
        if (at == null) {
            return "";
        }
        return at.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH) + " " + at.toLocalDate();
    }

    private static String constraint(Task t) {
        if (t.constraintType() == null || t.constraintType() == ConstraintType.ASAP || t.constraintDate() == null) {
            return t.constraintType() == ConstraintType.ALAP ? "As late as possible" : null;
        }
        String date = t.constraintDate().toLocalDate().toString();
        return switch (t.constraintType()) {
            case SNET -> "Start no earlier than " + date;
            case SNLT -> "Start no later than " + date;
            case FNET -> "Finish no earlier than " + date;
            case FNLT -> "Finish no later than " + date;
            case MSO, START_ON, MANDATORY_START -> "Must start on " + date;
            case MFO, FINISH_ON, MANDATORY_FINISH -> "Must finish on " + date;
            default -> null;
        };
    }
}
