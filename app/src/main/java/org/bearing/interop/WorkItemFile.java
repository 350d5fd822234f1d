package org.bearing.interop;

import java.util.List;

/**
 * An issue tracker's export read and mapped: the schedule (tasks, hierarchy, dependencies, resources) and the backlog
 * (items and sprints), with the assumptions the mapping made, to be shown as import warnings.
 */
public record WorkItemFile(ImportedSchedule schedule, ImportedBacklog backlog, List<String> warnings) {
}
