package org.bearing.risk;

/**
 * What a client sends to start a Monte Carlo run: the number of iterations, the seed (the same seed on the same model
 * gives the same results; omitted, one is drawn and stored), worker threads and an optional label such as
 * "before response".
 */
public record SimulationRequest(Integer iterations, Long seed, Integer threads, String label) {
    public static final int MIN_ITERATIONS = 100;
    public static final int MAX_ITERATIONS = 200_000;
    public static final int MAX_THREADS = 16;
}
