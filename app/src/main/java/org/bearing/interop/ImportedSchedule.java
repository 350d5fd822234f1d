package org.bearing.interop;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Everything a schedule file says that matters to scheduling, in Bearing's terms: the network (tasks, links,
 * calendars, constraints, progress), the project settings, and the critical-path values the saving tool stored.
 * It is the boundary between file formats and Bearing: the import feature and the fidelity check both start here.
 *
 * @param applicationVersion the major version of the saving application (MS Project 14 = 2010, 16 = 2016+), or null
 * @param lagCalendar     the calendar P6 measures lags on; MS Project always uses the successor's calendar
 * @param totalFloatRule  how the saving tool computes total float from the dates
 * @param storedDates     the critical-path values stored in the file, by task unique id; empty when it has none
 * @param storedDatesNote why {@code storedDates} is empty or partial, null when complete
 */
public record ImportedSchedule(String source, ScheduleFormat format, String fileType, String application,
                               Integer applicationVersion,
                               LocalDateTime projectStart, LocalDateTime statusDate,
                               String defaultCalendarId, int minutesPerDay, int minutesPerWeek,
                               long criticalSlackLimitMinutes, LagCalendar lagCalendar, FloatRule totalFloatRule,
                               List<ImportedCalendar> calendars, List<ImportedTask> tasks, List<ImportedLink> links,
                               Map<Integer, TaskDates> storedDates, String storedDatesNote,
                               List<ImportedResource> resources, List<ImportedAssignment> resourceAssignments,
                               List<ImportedBaseline> baselines) {

    /** A schedule without resources, assignments or baselines: a bare network. */
    public ImportedSchedule(String source, ScheduleFormat format, String fileType, String application,
                            Integer applicationVersion, LocalDateTime projectStart, LocalDateTime statusDate,
                            String defaultCalendarId, int minutesPerDay, int minutesPerWeek,
                            long criticalSlackLimitMinutes, LagCalendar lagCalendar, FloatRule totalFloatRule,
                            List<ImportedCalendar> calendars, List<ImportedTask> tasks, List<ImportedLink> links,
                            Map<Integer, TaskDates> storedDates, String storedDatesNote) {
        this(source, format, fileType, application, applicationVersion, projectStart, statusDate, defaultCalendarId,
                minutesPerDay, minutesPerWeek, criticalSlackLimitMinutes, lagCalendar, totalFloatRule, calendars, tasks, links,
                storedDates, storedDatesNote, List.of(), List.of(), List.of());
    }

    /** The same schedule with resources, their assignments and baselines. */
    public ImportedSchedule with(List<ImportedResource> resources, List<ImportedAssignment> assignments, List<ImportedBaseline> baselines) {
        return new ImportedSchedule(source, format, fileType, application, applicationVersion, projectStart, statusDate,
                defaultCalendarId, minutesPerDay, minutesPerWeek, criticalSlackLimitMinutes, lagCalendar, totalFloatRule,
                calendars, tasks, links, storedDates, storedDatesNote, resources, assignments, baselines);
    }

    /** Unique ids of the tasks that have subtasks in the file (resources are assigned to subtasks only). */
    public java.util.Set<Integer> parentUniqueIds() {
        java.util.Set<Integer> parents = new java.util.HashSet<>();
        tasks.forEach(t -> {
            if (t.parentUniqueId() != null) {
                parents.add(t.parentUniqueId());
            }
        });
        return parents;
    }

    /** Total float as late start - early start, late finish - early finish, or the smaller of both (MS Project). */
    public enum FloatRule { START, FINISH, SMALLEST }

    /** The calendar on which a P6 project measures relationship lags. */
    public enum LagCalendar { PREDECESSOR, SUCCESSOR, PROJECT_DEFAULT, TWENTY_FOUR_HOUR }
}
