package org.bearing.engine.leveling;

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
 * JMH: one leveling single pass (serial scheme in LFT order plus double justification) of a generated project of
 * 10,000 tasks and 50 resources; target ≤ 200 ms. Run after {@code mvn -pl engine test-compile} with
 * {@code java -cp engine/target/test-classes:engine/target/classes:<jmh jars> org.openjdk.jmh.Main SinglePassBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SinglePassBenchmark {
    @Param({"10000"})
    int tasks;

    @Param({"50"})
    int resources;

    LevelingProblem project;

    @Setup(Level.Trial)
    public void generate() {
        project = GeneratedProject.of(tasks, resources, 1);
    }

    @Benchmark
    public int singlePass() {
        return ResourceLeveler.level(project, LevelingOptions.singlePass()).makespan();
    }
}
