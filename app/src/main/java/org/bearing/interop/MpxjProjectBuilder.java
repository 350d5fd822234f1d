package org.bearing.interop;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mpxj.ConstraintType;
import org.mpxj.DayType;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;

/**
 * Builds an MPXJ {@link ProjectFile} from an {@link ImportedSchedule} with one base calendar: tasks, summaries,
 * durations, constraints, links and lags, so that MPXJ's scheduler can run on the very network Bearing schedules.
 */
final class MpxjProjectBuilder {
    private MpxjProjectBuilder() {
    }

    static ProjectFile build(ImportedSchedule schedule) {
        ProjectFile file = new ProjectFile();
        file.getProjectProperties().setMinutesPerDay(schedule.minutesPerDay());
        file.getProjectProperties().setMinutesPerWeek(schedule.minutesPerWeek());
        file.getProjectProperties().setStartDate(schedule.projectStart());
        ImportedCalendar source = schedule.calendars().stream()
                .filter(c -> c.id().equals(schedule.defaultCalendarId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no default calendar"));
        ProjectCalendar calendar = file.addCalendar();
        calendar.setName(source.name());
        for (DayOfWeek day : DayOfWeek.values()) {
            List<ImportedCalendar.WorkingTime> times = source.week().getOrDefault(day, List.of());
            calendar.setCalendarDayType(day, times.isEmpty() ? DayType.NON_WORKING : DayType.WORKING);
            ProjectCalendarHours hours = calendar.addCalendarHours(day);
            times.forEach(t -> hours.add(new LocalTimeRange(t.from(), t.to())));
        }
        for (ImportedCalendar.Exception e : source.exceptions()) {
            ProjectCalendarException exception = calendar.addCalendarException(e.from(), e.to());
            e.working().forEach(t -> exception.add(new LocalTimeRange(t.from(), t.to())));
        }
        file.setDefaultCalendar(calendar);

        Map<Integer, Task> tasks = new HashMap<>();
        for (ImportedTask t : schedule.tasks()) {
            Task parent = t.parentUniqueId() == null ? null : tasks.get(t.parentUniqueId());
            Task task = parent == null ? file.addTask() : parent.addTask();
            task.setUniqueID(t.uniqueId());
            task.setName(t.name());
            if (!t.summary()) {
                Duration duration = duration(t.durationMinutes(), schedule.minutesPerDay());
                task.setDuration(duration);
                task.setActualDuration(Duration.getInstance(0, duration.getUnits()));
                task.setRemainingDuration(duration);
                task.setMilestone(t.kind() == ImportedTask.Kind.MILESTONE);
                if (t.constraint() != null && t.constraint() != ImportedTask.Constraint.AS_SOON_AS_POSSIBLE) {
                    task.setConstraintType(ConstraintType.valueOf(t.constraint().name()));
                    task.setConstraintDate(t.constraintDate());
                }
            }
            tasks.put(t.uniqueId(), task);
        }
        for (ImportedLink link : schedule.links()) {
            Task successor = tasks.get(link.successorUniqueId());
            successor.addPredecessor(new Relation.Builder()
                    .predecessorTask(tasks.get(link.predecessorUniqueId()))
                    .type(switch (link.type()) {
                        case SS -> RelationType.START_START;
                        case FF -> RelationType.FINISH_FINISH;
                        case SF -> RelationType.START_FINISH;
                        default -> RelationType.FINISH_START;
                    })
                    .lag(duration(link.lagMinutes(), schedule.minutesPerDay())));
        }
        return file;
    }

    private static Duration duration(long minutes, int minutesPerDay) {
        if (minutes % minutesPerDay == 0) {
            return Duration.getInstance((int) (minutes / minutesPerDay), TimeUnit.DAYS);
        }
        return Duration.getInstance((double) minutes, TimeUnit.MINUTES);
    }
}
