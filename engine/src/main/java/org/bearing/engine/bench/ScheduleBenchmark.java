package org.bearing.engine.bench;

import java.util.concurrent.TimeUnit;

import org.bearing.engine.schedule.CriticalPathScheduler;
import org.bearing.engine.schedule.Schedule;
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
 * JMH benchmark of a full forward + backward pass (calendars, float, warnings) on generated networks, and of
 * rescheduling after a one-task edit. Run with
 * {@code java -cp engine/target/classes:<jmh-core and deps> org.openjdk.jmh.Main ScheduleBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScheduleBenchmark {

    @Param({"10000", "100000", "1000000"})
    public int tasks;

    private ScheduleNetwork network;
    private final CriticalPathScheduler scheduler = new CriticalPathScheduler();
    private int edits;

    @Setup(Level.Trial)
    public void generate() {
        network = new NetworkGenerator(42).generate(tasks);
    }

    @Benchmark
    public Schedule forwardAndBackwardPass() {
        return scheduler.schedule(network);
    }

    @Benchmark
    public Schedule rescheduleAfterDurationEdit() {
        int task = (edits++ * 7919) % tasks;
        return scheduler.schedule(network.withDuration(task, network.duration(task) + 60));
    }
}
