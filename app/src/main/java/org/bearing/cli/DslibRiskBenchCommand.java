package org.bearing.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bearing.cost.DslibRiskCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bearing bench dslib-risk [DIR]}: simulates each DSLIB project from its Risk Analysis sheet and prints P50 and
 * P80 of the project duration next to the real duration, and whether the real duration was within P80.
 */
@Command(name = "dslib-risk", mixinStandardHelpOptions = true,
        description = "Monte Carlo P50/P80 of each DSLIB project (its Risk Analysis three-point estimates) against its real duration.")
public final class DslibRiskBenchCommand implements Callable<Integer> {

    @Mixin
    DslibSource source;

    @Option(names = "--iterations", defaultValue = "2000", description = "Iterations per project (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", description = "Worker threads (default: available processors).")
    Integer threads;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        if (iterations < 10) {
            System.err.println("bearing bench dslib-risk: --iterations must be at least 10");
            return 2;
        }
        List<Path> files = source.files();
        if (files == null) {
            return 2;
        }
        long t0 = System.nanoTime();
        DslibRiskCheck.Report report = new DslibRiskCheck().run(files, iterations,
                seed, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (json) {
            System.out.println(JsonOutput.write(java.util.Map.of("benchmark", "dslib-risk", "seconds", seconds, "report", report)));
            return 0;
        }
        System.out.printf(Locale.ROOT, "DSLIB risk check: %d workbooks, %d simulated with %d iterations (seed %d) in %.1f s%n",
                files.size(), report.compared(), iterations, seed, seconds);
        System.out.printf(Locale.ROOT, "%-44s %5s %5s %8s %8s %8s %8s %8s %6s %5s%n", "project (working days)", "acts", "est",
                "baseline", "planned", "P50", "P80", "actual", "≤P80", "pct");
        for (DslibRiskCheck.ProjectResult p : report.projects()) {
            if (p.skipped() != null) {
                continue;
            }
            System.out.printf(Locale.ROOT, "%-44s %5d %5d %8.1f %8.1f %8.1f %8.1f %8.1f %6s %4.0f%%%n", truncate(p.name()), p.activities(),
                    p.estimates(), p.baselineDays(), p.plannedDays(), p.p50Days(), p.p80Days(), p.actualDays(), p.withinP80() ? "yes" : "no",
                    100 * p.actualPercentile());
        }
        System.out.printf(Locale.ROOT, "real duration <= P80: %d of %d (%.0f %%); <= P50: %d; mean percentile of the real duration %.0f %%%n",
                report.withinP80(), report.compared(), report.compared() == 0 ? 0 : 100.0 * report.withinP80() / report.compared(),
                report.withinP50(), 100 * report.meanActualPercentile());
        report.projects().stream().filter(p -> p.skipped() != null)
                .forEach(p -> System.out.println("  skipped " + p.name() + ": " + p.skipped()));
        return 0;
    }

    private static String truncate(String s) {
        return s.length() <= 44 ? s : s.substring(0, 43) + "…";
    }
}
