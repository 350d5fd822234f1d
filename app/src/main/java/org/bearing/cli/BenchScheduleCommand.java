package org.bearing.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bearing.interop.ScheduleBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bearing bench schedule --tasks N}: schedules a generated network with Bearing and, in the same run, the same
 * network built as an MPXJ project with MPXJ's {@code MicrosoftScheduler}; prints times, memory and the speed ratio.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Critical-path scheduling speed: Bearing against MPXJ's MicrosoftScheduler on the same network.")
public final class BenchScheduleCommand implements Callable<Integer> {

    @Option(names = "--tasks", description = "Leaf tasks in the generated network (default: ${DEFAULT-VALUE}).",
            defaultValue = "10000")
    int tasks;

    @Option(names = "--peer-tasks", description = "Leaf tasks MPXJ schedules (default: same as --tasks; 0 skips MPXJ). "
            + "Use a smaller value when MPXJ takes too long; the ratio then compares time per task.")
    Integer peerTasks;

    @Option(names = "--runs", description = "Measured Bearing runs; the median is reported (default: ${DEFAULT-VALUE}).",
            defaultValue = "5")
    int runs;

    @Option(names = "--seed", description = "Seed of the generated network (default: ${DEFAULT-VALUE}).",
            defaultValue = "42")
    long seed;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (tasks < 1 || (peerTasks != null && peerTasks < 0) || runs < 1) {
            spec.commandLine().getErr().println("bearing bench schedule: --tasks and --runs must be at least 1, "
                    + "--peer-tasks at least 0");
            return 2;
        }
        ScheduleBenchmark.Result result = ScheduleBenchmark.run(tasks, peerTasks == null ? tasks : peerTasks, seed,
                runs);
        if (json) {
            out.println(JsonOutput.write(result));
        } else {
            print(result, out);
        }
        out.flush();
        return 0;
    }

    private static void print(ScheduleBenchmark.Result r, PrintWriter out) {
        for (ScheduleBenchmark.Side side : new ScheduleBenchmark.Side[] {r.bearing(), r.mpxj()}) {
            if (side != null) {
                out.printf(Locale.ROOT, "%-24s tasks %8d  links %8d  schedule %10.1f ms (cpu %10.1f ms)  "
                                + "build %8.1f ms  %8.1f MB  (%d run%s)%n",
                        side.scheduler(), side.tasks(), side.links(), side.millis(), side.cpuMillis(),
                        side.buildMillis(), side.memoryBytes() / 1e6, side.runs(), side.runs() == 1 ? "" : "s, median");
            }
        }
        if (r.speedRatio() != null) {
            out.printf(Locale.ROOT, "speed ratio (MPXJ / Bearing): %.1fx wall, %s cpu%n", r.speedRatio(),
                    r.cpuSpeedRatio() == null ? "-" : String.format(Locale.ROOT, "%.1fx", r.cpuSpeedRatio()));
        }
        if (r.agreementPercent() != null) {
            out.printf(Locale.ROOT, "Bearing agrees with MPXJ on every field for %.1f%% of tasks%n",
                    r.agreementPercent());
        }
        if (r.note() != null) {
            out.println("note: " + r.note());
        }
    }
}
