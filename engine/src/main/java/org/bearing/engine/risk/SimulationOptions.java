package org.bearing.engine.risk;

/**
 * How a simulation runs. Results depend on {@code iterations}, {@code seed} and {@code sensitivityIterations}
 * only, never on {@code threads}.
 *
 * @param iterations            number of Monte Carlo iterations K (each a full critical path run)
 * @param seed                  master seed; iteration k draws from a stream seeded by hash(seed, k)
 * @param threads               worker threads (1 = run in the caller's thread)
 * @param sensitivityIterations how many of the first iterations keep every task's sampled duration for the
 *                              rank correlations (memory: 4 bytes x varying tasks x this number)
 * @param criticality           what counts as critical in an iteration (the criticality index)
 */
public record SimulationOptions(int iterations, long seed, int threads, int sensitivityIterations,
        Criticality criticality) {

    /** Durations kept for rank correlations: at most this many values (40 MB). */
    static final long SENSITIVITY_BUDGET = 10_000_000;

    public SimulationOptions {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1, got " + iterations);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (sensitivityIterations < 0) {
            throw new IllegalArgumentException("sensitivity iterations must be >= 0, got " + sensitivityIterations);
        }
        if (criticality == null) {
            throw new IllegalArgumentException("criticality is required");
        }
    }

    /** Options whose criticality index counts the longest path. */
    public SimulationOptions(int iterations, long seed, int threads, int sensitivityIterations) {
        this(iterations, seed, threads, sensitivityIterations, Criticality.LONGEST_PATH);
    }

    /**
     * Options with one thread per available processor, the longest-path criticality and rank correlations over
     * min(K, max(200, 10,000,000 / tasks)) iterations.
     */
    public static SimulationOptions of(int iterations, long seed, int tasks) {
        int sens = (int) Math.min(iterations, Math.max(200, SENSITIVITY_BUDGET / Math.max(1, tasks)));
        return new SimulationOptions(iterations, seed, Runtime.getRuntime().availableProcessors(), sens);
    }

    public SimulationOptions withThreads(int threadCount) {
        return new SimulationOptions(iterations, seed, threadCount, sensitivityIterations, criticality);
    }

    public SimulationOptions withCriticality(Criticality definition) {
        return new SimulationOptions(iterations, seed, threads, sensitivityIterations, definition);
    }
}
