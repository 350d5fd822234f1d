package org.bearing.engine.bench;

import java.util.concurrent.TimeUnit;

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
 * JMH benchmark of an earned value history with earned schedule of every roll-up node (see {@link EarnedValueBench}).
 * Run with {@code java -cp engine/target/classes:<jmh-core and deps> org.openjdk.jmh.Main EarnedValueBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EarnedValueBenchmark {

    @Param({"10000"})
    public int tasks;

    @Param({"100"})
    public int periods;

    private EarnedValueBench.Workload workload;

    @Setup(Level.Trial)
    public void generate() {
        workload = EarnedValueBench.generate(tasks, periods, 42);
    }

    @Benchmark
    public double historyWithEarnedSchedule() {
        return EarnedValueBench.history(workload);
    }
}
