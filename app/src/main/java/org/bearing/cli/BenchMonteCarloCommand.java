package org.bearing.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bearing.engine.risk.Criticality;
import org.bearing.interop.MonteCarloBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bearing bench montecarlo --tasks N --iterations K}: Monte Carlo schedule risk on a generated network with
 * calendars, and in the same run the MPXJ peer (reschedule a ProjectFile with {@code MicrosoftScheduler} each
 * iteration) on a smaller network; prints times, iterations/s, P50/P80 finish and the iterations/s ratio.
 */
@Command(name = "montecarlo", mixinStandardHelpOptions = true,
        description = "Monte Carlo simulation speed: Bearing against rescheduling with MPXJ's MicrosoftScheduler.")
public final class BenchMonteCarloCommand implements Callable<Integer> {

    @Option(names = "--tasks", description = "Tasks in the generated network (default: ${DEFAULT-VALUE}).",
            defaultValue = "10000")
    int tasks;

    @Option(names = "--iterations", description = "Monte Carlo iterations (default: ${DEFAULT-VALUE}).",
            defaultValue = "10000")
    int iterations;

    @Option(names = "--threads", description = "Worker threads (default: available processors).")
    Integer threads;

    @Option(names = "--seed", description = "Seed of network and simulation (default: ${DEFAULT-VALUE}).",
            defaultValue = "42")
    long seed;

    @Option(names = "--peer-tasks", description = "Leaf tasks of the MPXJ peer network, 0 skips it "
            + "(default: ${DEFAULT-VALUE}).", defaultValue = "1000")
    int peerTasks;

    @Option(names = "--peer-iterations", description = "MPXJ iterations (default: ${DEFAULT-VALUE}).",
            defaultValue = "20")
    int peerIterations;

    @Option(names = "--criticality", description = "What the criticality index counts: ${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE}; TOTAL_FLOAT adds the backward pass).", defaultValue = "LONGEST_PATH")
    Criticality criticality;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (tasks < 1 || iterations < 1 || t < 1 || peerTasks < 0 || peerIterations < 0) {
            spec.commandLine().getErr().println("bearing bench montecarlo: --tasks, --iterations and --threads must "
                    + "be at least 1, --peer-tasks and --peer-iterations at least 0");
            return 2;
        }
        MonteCarloBenchmark.Result r = MonteCarloBenchmark.run(tasks, iterations, t, seed, peerTasks, peerIterations,
                criticality);
        if (json) {
            out.println(JsonOutput.write(r));
        } else {
            MonteCarloBenchmark.Main m = r.bearing();
            out.printf(Locale.ROOT, "Bearing  tasks %d  links %d  iterations %d  threads %d  %.1f ms (process CPU %.1f ms)  "
                    + "%.1f iterations/s  criticality %s%n", m.tasks(), m.links(), m.iterations(), m.threads(), m.ms(),
                    m.processCpuMs(), m.iterationsPerSecond(), m.criticality());
            out.printf(Locale.ROOT, "         deterministic finish %s  P50 %s (%.1f working days)  P80 %s (%.1f)%n",
                    m.deterministicFinish(), m.p50Finish(), m.p50WorkingDays(), m.p80Finish(), m.p80WorkingDays());
            out.printf(Locale.ROOT, "         result digest %s (same seed, any thread count: same digest)%n", m.digest());
            out.printf(Locale.ROOT, "         risk tornado %.1f ms (process CPU %.1f ms, top driver %s); report figures "
                    + "%.1f ms; peak heap %.0f MB%n", m.tornadoMs(), m.tornadoProcessCpuMs(), m.topRiskDriver(),
                    m.reportMs(), m.peakHeapMb());
            MonteCarloBenchmark.Peer p = r.peer();
            if (p != null) {
                out.printf(Locale.ROOT, "peer network %d tasks: Bearing %.1f iterations/s (1 thread, %d iterations), "
                        + "%.1f (%d threads); MPXJ MicrosoftScheduler %.2f iterations/s (%d iterations, %.0f ms)%n",
                        p.tasks(), p.bearingIterationsPerSecond(), p.bearingIterations(),
                        p.bearingIterationsPerSecondAllThreads(), t, p.mpxjIterationsPerSecond(), p.mpxjIterations(),
                        p.mpxjMs());
                out.printf(Locale.ROOT, "iterations/s ratio (Bearing / MPXJ): %.1fx on 1 thread, %.1fx on %d threads; "
                        + "same project finish in %.1f%% of MPXJ's iterations%n", p.ratio(), p.ratioAllThreads(), t,
                        p.finishAgreementPercent());
            }
        }
        out.flush();
        return 0;
    }
}
