package org.bearing.risk;

import java.time.LocalDateTime;

/**
 * One Monte Carlo run of a project's schedule and cost risk. Its state lives in the database so that any app node
 * can report it: QUEUED when requested, RUNNING with {@code progress} (0..100 % of the iterations done) while a
 * node works on it, then DONE with its results or FAILED with the error.
 */
public record SimulationRun(long id, long projectId, String label, Status status, int progress, int iterations, long seed,
                            int threads, String requestedBy, LocalDateTime requestedAt, LocalDateTime startedAt,
                            LocalDateTime finishedAt, String error) {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }
}
