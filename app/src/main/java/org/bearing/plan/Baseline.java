package org.bearing.plan;

import java.time.Instant;
import java.util.List;

/**
 * A named snapshot of the plan, numbered 0..10 as in MS Project (Baseline, Baseline1 .. Baseline10), against which
 * progress and earned value are measured.
 */
public record Baseline(long id, long version, long projectId, int number, String name, Instant capturedAt, List<BaselineTask> tasks) {
    public static final int MAX_NUMBER = 10;

    public Baseline {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }
}
