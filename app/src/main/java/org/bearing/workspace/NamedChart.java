package org.bearing.workspace;

import java.util.List;

/** A resource's chart with its title and the assignments that load it, for pages that list several. */
public record NamedChart(String name, double maxUnits, boolean overAllocated, String svg, List<AssignedTask> assignments) {

    /** A chart shown without its assignments. */
    public NamedChart(String name, double maxUnits, boolean overAllocated, String svg) {
        this(name, maxUnits, overAllocated, svg, List.of());
    }

    /** One assignment of the resource: the task, the units (1.0 = full time) and the work in hours. */
    public record AssignedTask(String task, double units, double workHours) {
    }
}
