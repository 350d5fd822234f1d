package org.bearing.plan;

/** A program coordinates related projects toward a shared outcome; it may belong to a portfolio. */
public record Program(long id, long version, Long portfolioId, String name, String description, String sponsor, String manager) {
}
