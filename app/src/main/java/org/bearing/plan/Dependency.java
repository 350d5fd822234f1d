package org.bearing.plan;

/** A logical link: the successor's start or finish depends on the predecessor's start or finish, offset by a lag. */
public record Dependency(long id, long version, long projectId, long predecessorId, long successorId, DependencyType type, Lag lag) {
}
