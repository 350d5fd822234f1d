package org.bearing.plan;

/** A portfolio groups programs and projects that a steering committee governs together. */
public record Portfolio(long id, long version, String name, String description) {
}
