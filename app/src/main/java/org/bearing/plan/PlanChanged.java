package org.bearing.plan;

/** Published after any committed change to a project's plan, so that the schedule and the reports follow. */
public record PlanChanged(long projectId) {
}
