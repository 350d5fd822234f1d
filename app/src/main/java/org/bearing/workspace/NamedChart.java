package org.bearing.workspace;

/** A resource's chart with its title, for pages that list several. */
public record NamedChart(String name, double maxUnits, boolean overAllocated, String svg) {
}
