package org.bearing.interop;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Rate;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;

/**
 * Maps the resources, assignments and baselines of MPXJ's {@link ProjectFile} to Bearing's terms: rates per hour,
 * capacities and units as fractions, work in working minutes. A companion of {@link ProjectFileMapper}.
 */
final class ProjectFileResources {
    private final ProjectFile project;
    private final ProjectProperties props;
    private final ProjectFileMapper mapper;

    ProjectFileResources(ProjectFile project, ProjectFileMapper mapper) {
        this.project = project;
        this.props = project.getProjectProperties();
        this.mapper = mapper;
    }

    List<ImportedResource> resources() {
        List<ImportedResource> list = new ArrayList<>();
        for (Resource r : project.getResources()) {
            // MS Project's resource 0 is a placeholder for unassigned work; blank rows have no name.
            if (r.getUniqueID() == null || r.getUniqueID() == 0 && (r.getName() == null || r.getName().isBlank()) || r.getNull()) {
                continue;
            }
            ImportedResource.Type type = r.getType() == ResourceType.MATERIAL ? ImportedResource.Type.MATERIAL
                    : r.getType() == ResourceType.COST ? ImportedResource.Type.COST : ImportedResource.Type.WORK;
            Number max = r.getMaxUnits();
            list.add(new ImportedResource(r.getUniqueID(), r.getName(), type, r.getInitials(), r.getGroup(), r.getEmailAddress(),
                    r.getMaterialLabel(), max == null ? null : max.doubleValue() / 100.0,
                    perHour(r.getStandardRate(), type), perHour(r.getOvertimeRate(), type),
                    r.getCostPerUse() == null ? 0 : r.getCostPerUse().doubleValue(),
                    type == ImportedResource.Type.WORK && r.getCalendar() != null ? ProjectFileMapper.id(r.getCalendar()) : null));
        }
        return List.copyOf(list);
    }

    List<ImportedAssignment> assignments() {
        List<ImportedAssignment> list = new ArrayList<>();
        for (ResourceAssignment a : project.getResourceAssignments()) {
            Task task = a.getTask();
            Resource resource = a.getResource();
            if (task == null || resource == null || !ProjectFileMapper.schedulable(task) || resource.getUniqueID() == null) {
                continue;
            }
            Number units = a.getUnits();
            list.add(new ImportedAssignment(task.getUniqueID(), resource.getUniqueID(),
                    units == null ? 1 : units.doubleValue() / 100.0, minutes(a.getWork()), minutes(a.getActualWork())));
        }
        return List.copyOf(list);
    }

    /** Baselines 0..10 that hold a value for at least one task; a task without values is left out of that baseline. */
    List<ImportedBaseline> baselines() {
        List<ImportedBaseline> list = new ArrayList<>();
        // checked once, not once per baseline: 11 passes over a large plan's tasks made this a tenth of the mapping
        List<Task> tasks = project.getTasks().stream().filter(ProjectFileMapper::schedulable).toList();
        for (int n = 0; n <= 10; n++) {
            Map<Integer, ImportedBaseline.Row> rows = new LinkedHashMap<>();
            for (Task t : tasks) {
                LocalDateTime start = n == 0 ? t.getBaselineStart() : t.getBaselineStart(n);
                LocalDateTime finish = n == 0 ? t.getBaselineFinish() : t.getBaselineFinish(n);
                Duration duration = n == 0 ? t.getBaselineDuration() : t.getBaselineDuration(n);
                Duration work = n == 0 ? t.getBaselineWork() : t.getBaselineWork(n);
                Number cost = n == 0 ? t.getBaselineCost() : t.getBaselineCost(n);
                if (start == null && finish == null) {
                    continue;
                }
                rows.put(t.getUniqueID(), new ImportedBaseline.Row(t.getUniqueID(), start, finish, minutes(duration), minutes(work),
                        cost == null ? 0 : cost.doubleValue()));
            }
            if (!rows.isEmpty()) {
                list.add(new ImportedBaseline(n, List.copyOf(rows.values())));
            }
        }
        return List.copyOf(list);
    }

    private long minutes(Duration d) {
        return d == null ? 0 : Math.max(0, mapper.minutes(d));
    }

    /** A rate per hour of work: MS Project stores rates per minute, hour, day, week, month or year. */
    private double perHour(Rate rate, ImportedResource.Type type) {
        if (rate == null) {
            return 0;
        }
        if (type != ImportedResource.Type.WORK || rate.getUnits() == null) {
            return rate.getAmount();
        }
        double hoursPerDay = minutesPerDay() / 60.0;
        double hoursPerWeek = (props.getMinutesPerWeek() == null || props.getMinutesPerWeek() <= 0 ? 2400 : props.getMinutesPerWeek()) / 60.0;
        return switch (rate.getUnits()) {
            case MINUTES, ELAPSED_MINUTES -> rate.getAmount() * 60;
            case DAYS, ELAPSED_DAYS -> rate.getAmount() / hoursPerDay;
            case WEEKS, ELAPSED_WEEKS -> rate.getAmount() / hoursPerWeek;
            case MONTHS, ELAPSED_MONTHS -> rate.getAmount() / (hoursPerDay * 20);
            case YEARS, ELAPSED_YEARS -> rate.getAmount() / (hoursPerWeek * 52);
            default -> rate.getAmount();
        };
    }

    private int minutesPerDay() {
        Integer m = props.getMinutesPerDay();
        return m == null || m <= 0 ? ProjectFileMapper.DEFAULT_MINUTES_PER_DAY : m;
    }
}
