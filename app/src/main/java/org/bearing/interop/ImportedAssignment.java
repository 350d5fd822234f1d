package org.bearing.interop;

/**
 * A resource assigned to a task: {@code units} as a fraction of the resource (1 = 100 %, or a quantity for material),
 * planned and actual work in working minutes.
 */
public record ImportedAssignment(int taskUniqueId, int resourceUniqueId, double units, long workMinutes,
                                 long actualWorkMinutes) {
}
