package org.bearing.engine.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.bearing.engine.risk.MonteCarloSimulation;
import org.bearing.engine.risk.RiskDriver;
import org.bearing.engine.risk.SimulationOptions;
import org.bearing.engine.risk.SimulationResult;
import org.bearing.engine.schedule.CriticalPathRerun;
import org.bearing.engine.schedule.ScheduleNetwork;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmark of Monte Carlo simulation on generated networks with calendars ({@link MonteCarloBench#model}):
 * one critical path re-run with sampled durations (the per-iteration cost), and a whole simulation of 200
 * iterations on one thread (sampling, CPM, criticality and rank correlations), and its risk tornado. Run with
 * {@code java -cp engine/target/classes:<jmh-core and deps> org.openjdk.jmh.Main MonteCarloBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MonteCarloBenchmark {

    @Param({"1000", "10000"})
    public int tasks;

    private MonteCarloSimulation simulation;
    private CriticalPathRerun rerun;
    private long[] durations;
    private int iteration;
    private SimulationResult base;

    @Setup(Level.Trial)
    public void generate() {
        ScheduleNetwork network = new NetworkGenerator(42).generate(tasks);
        simulation = new MonteCarloSimulation(MonteCarloBench.model(network, 42));
        rerun = new CriticalPathRerun(network);
        durations = new long[tasks];
        base = simulation.run(new SimulationOptions(200, 42, 1, 200));
    }

    @Benchmark
    public long oneIteration() {
        simulation.sample(42, iteration++, durations);
        rerun.run(durations);
        return rerun.projectFinish();
    }

    @Benchmark
    public SimulationResult simulate200IterationsOneThread() {
        return simulation.run(new SimulationOptions(200, 42, 1, 200));
    }

    /** The risk tornado of a 200-iteration run: only iterations where an event occurs are scheduled again. */
    @Benchmark
    public List<RiskDriver> tornado200IterationsOneThread() {
        return simulation.riskDrivers(base, 80);
    }
}
