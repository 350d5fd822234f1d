package org.bearing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.risk.MonteCarloSimulation;
import org.bearing.engine.risk.Criticality;
import org.bearing.engine.risk.SimulationOptions;
import org.bearing.engine.risk.SimulationResult;
import org.bearing.engine.risk.ThreePointEstimate;
import org.bearing.engine.schedule.ScheduleNetwork;
import org.bearing.interop.ScheduleFileException;
import org.bearing.interop.ScheduleRiskReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bearing simulate FILE --iterations K}: Monte Carlo schedule risk of an MS Project, P6 or other schedule
 * file: P10..P90 project and milestone finish dates and the most critical tasks.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Monte Carlo schedule risk of a schedule file: finish percentiles and the most critical tasks. "
                + "Uses MS Project's PERT durations (Duration1 optimistic, Duration2 expected, Duration3 pessimistic) "
                + "where present, else a default spread around each planned duration.")
public final class SimulateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Schedule file (MPP, MSPDI XML, MPX, XER, PMXML, GAN, ...).")
    Path file;

    @Option(names = "--iterations", description = "Monte Carlo iterations (default: ${DEFAULT-VALUE}).",
            defaultValue = "5000")
    int iterations;

    @Option(names = "--seed", description = "Seed (default: ${DEFAULT-VALUE}); the same seed gives the same result.",
            defaultValue = "1")
    long seed;

    @Option(names = "--threads", description = "Worker threads (default: available processors).")
    Integer threads;

    @Option(names = "--low", description = "Default spread below the planned duration (default: ${DEFAULT-VALUE}).",
            defaultValue = "-0.10")
    double low;

    @Option(names = "--high", description = "Default spread above the planned duration (default: ${DEFAULT-VALUE}).",
            defaultValue = "0.25")
    double high;

    @Option(names = "--shape", description = "Distribution: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            defaultValue = "TRIANGULAR")
    ThreePointEstimate.Shape shape;

    @Option(names = "--top", description = "Most critical tasks listed (default: ${DEFAULT-VALUE}).",
            defaultValue = "10")
    int top;

    @Option(names = "--criticality", description = "What the criticality index counts: ${COMPLETION-CANDIDATES} "
            + "(default: ${DEFAULT-VALUE}: the chain of driving links to the finish; TOTAL_FLOAT: total float at or "
            + "below the critical float, as MS Project's critical flag).", defaultValue = "LONGEST_PATH")
    Criticality criticality;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** A percentile row; JSON field names are part of the command's contract. */
    public record Percentile(int percent, LocalDateTime finish, double workingDays) { }

    public record Milestone(int uniqueId, String name, LocalDateTime p50, LocalDateTime p80) { }

    public record CriticalTask(int uniqueId, String name, double criticality, double spearman,
                               double durationSensitivity, double meanDurationDays) { }

    /** One histogram bin of the project finish: [from, to), iterations in it, and P(finish before to). */
    public record Bin(LocalDateTime from, LocalDateTime to, long iterations, double cumulative) { }

    public record Output(String file, int tasks, int iterations, long seed, Criticality criticality, String spread,
                         int estimatesFromFile,
                         int defaultEstimates, LocalDateTime deterministicFinish,
                         double probabilityOfDeterministicFinish, List<Percentile> percentiles,
                         List<Milestone> milestones, List<CriticalTask> mostCritical, List<Bin> histogram,
                         double ms) { }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int t = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (iterations < 1 || t < 1 || top < 0) {
            err.println("bearing simulate: --iterations and --threads must be at least 1, --top at least 0");
            return 2;
        }
        if (low > 0 || low < -1 || high < 0) {
            err.println("bearing simulate: need -1 <= --low <= 0 <= --high, got " + low + ", " + high);
            return 2;
        }
        ScheduleRiskReader.FileRiskModel m;
        try {
            m = ScheduleRiskReader.read(file, low, high, shape);
        } catch (ScheduleFileException e) {
            err.println("bearing simulate: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("bearing simulate: " + file + ": cannot be scheduled: " + e.getMessage());
            return 1;
        }
        ScheduleNetwork net = m.mapped().network();
        long t0 = System.nanoTime();
        SimulationResult r = new MonteCarloSimulation(m.model())
                .run(SimulationOptions.of(iterations, seed, net.taskCount()).withThreads(t).withCriticality(criticality));
        double ms = (System.nanoTime() - t0) / 1e6;
        double minutesPerDay = net.durationUnits().minutesPerDay();
        List<Percentile> percentiles = new ArrayList<>();
        for (int p = 10; p <= 90; p += 10) {
            percentiles.add(new Percentile(p, WallClock.dateTime(r.finishPercentile(p)),
                    r.finishWorkingMinutesPercentile(p) / minutesPerDay));
        }
        List<Milestone> milestones = new ArrayList<>();
        int[] ms2 = m.model().milestones();
        for (int j = 0; j < ms2.length; j++) {
            milestones.add(new Milestone(m.mapped().uniqueIds()[ms2[j]], net.name(ms2[j]),
                    WallClock.dateTime(r.milestonePercentile(j, 50)), WallClock.dateTime(r.milestonePercentile(j, 80))));
        }
        List<CriticalTask> critical = new ArrayList<>();
        for (int i : r.mostCriticalTasks(top)) {
            critical.add(new CriticalTask(m.mapped().uniqueIds()[i], net.name(i), r.criticality(i), r.spearman(i),
                    r.durationSensitivity(i), r.meanDuration(i) / minutesPerDay));
        }
        List<Bin> histogram = new ArrayList<>();
        org.bearing.engine.risk.Histogram h = r.finishHistogram(20);
        double[] cumulative = h.cumulative();
        long[] counts = h.counts();
        for (int b = 0; b < h.bins(); b++) {
            histogram.add(new Bin(WallClock.dateTime(Math.round(h.lower(b))), WallClock.dateTime(Math.round(h.upper(b))),
                    counts[b], cumulative[b]));
        }
        String spread = String.format(Locale.ROOT, "%s %+.0f%% / %+.0f%% where the file has no PERT durations",
                shape, low * 100, high * 100);
        Output o = new Output(file.toString(), net.taskCount(), iterations, seed, criticality, spread, m.fromFile(),
                m.defaulted(), WallClock.dateTime(r.deterministicFinish()),
                r.probabilityOfFinishingBy(r.deterministicFinish()), percentiles, milestones, critical, histogram, ms);
        if (json) {
            out.println(JsonOutput.write(o));
        } else {
            print(o, out);
        }
        out.flush();
        return 0;
    }

    private static void print(Output o, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %d tasks, %d iterations (seed %d) in %.0f ms%n", o.file(), o.tasks(),
                o.iterations(), o.seed(), o.ms());
        out.printf(Locale.ROOT, "estimates: %d from the file's PERT durations, %d default (%s)%n",
                o.estimatesFromFile(), o.defaultEstimates(), o.spread());
        out.printf(Locale.ROOT, "deterministic finish %s: met in %.0f%% of iterations%n", o.deterministicFinish(),
                100 * o.probabilityOfDeterministicFinish());
        for (Percentile p : o.percentiles()) {
            out.printf(Locale.ROOT, "  P%-3d %s  (%.1f working days)%n", p.percent(), p.finish(), p.workingDays());
        }
        if (!o.milestones().isEmpty()) {
            out.println("milestones (P50, P80):");
            for (Milestone m : o.milestones()) {
                out.printf(Locale.ROOT, "  %-40s %s  %s%n", truncate(m.name()), m.p50(), m.p80());
            }
        }
        out.println("most critical tasks (criticality index: " + (o.criticality() == Criticality.LONGEST_PATH
                ? "share of iterations on the longest path" : "share of iterations with total float <= critical float")
                + "; Spearman rho with project duration, DSI, mean days):");
        for (CriticalTask c : o.mostCritical()) {
            out.printf(Locale.ROOT, "  %6d %-40s %5.1f%%  %+.2f  %.2f  %.1f%n", c.uniqueId(), truncate(c.name()),
                    100 * c.criticality(), c.spearman(), c.durationSensitivity(), c.meanDurationDays());
        }
    }

    private static String truncate(String s) {
        return s == null ? "" : s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }
}
