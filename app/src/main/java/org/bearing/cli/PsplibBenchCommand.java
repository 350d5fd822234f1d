package org.bearing.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bearing.engine.leveling.LevelingOptions;
import org.bearing.engine.leveling.ResourceLeveler;
import org.bearing.engine.leveling.psplib.PsplibBenchmark;
import org.bearing.engine.leveling.psplib.PsplibData;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bearing bench psplib DIR}: levels every PSPLIB instance of each set and prints, per set, the mean deviation
 * from the optimum (j30) or the critical-path bound (j60, j90, j120), from the best known makespan, the feasible
 * count (checked independently) and the mean time per instance.
 */
@Command(name = "psplib", mixinStandardHelpOptions = true,
        description = "Resource leveling on the PSPLIB RCPSP sets j30, j60, j90, j120.")
public final class PsplibBenchCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "PSPLIB directory holding j30/ ... j120/ and solutions/ (default: ../shared/data/psplib above the working directory).")
    Path dir;

    @Option(names = "--schedules", defaultValue = "1",
            description = "Schedules per instance: 1 = single pass, more = level best with that budget (default: ${DEFAULT-VALUE}).")
    long schedules;

    @Option(names = "--sets", split = ",", defaultValue = "j30,j60,j90,j120", description = "Sets to run (default: ${DEFAULT-VALUE}).")
    List<String> sets;

    @Option(names = "--limit", defaultValue = "0",
            description = "Run only this many instances per set, spread evenly over its parameter classes (0 = all).")
    int limit;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the search (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "2", description = "Threads per instance (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--time-limit-ms", defaultValue = "0", description = "Wall-clock limit per instance in ms (0 = none).")
    long timeLimitMs;

    @Option(names = "--jobs", defaultValue = "1",
            description = "Instances solved at a time, each with --threads threads; results do not depend on it (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        Path psplib = dir != null ? dir : PsplibData.locate().orElse(null);
        if (psplib == null || !Files.isDirectory(psplib)) {
            System.err.println("PSPLIB directory not found: " + (dir != null ? dir : "../shared/data/psplib"));
            return 2;
        }
        for (String set : sets) {
            if (!PsplibData.SETS.contains(set)) {
                System.err.println("Unknown set '" + set + "'; choose from " + PsplibData.SETS);
                return 2;
            }
        }
        LevelingOptions options = LevelingOptions.levelBest(schedules).withSeed(seed).withThreads(threads)
                .withTimeLimit(timeLimitMs > 0 ? Duration.ofMillis(timeLimitMs) : null);
        PsplibBenchmark benchmark = new PsplibBenchmark(psplib);
        List<PsplibBenchmark.SetSummary> rows = new ArrayList<>();
        for (String set : sets) {
            rows.add(benchmark.run(set, limit, Math.max(1, jobs),
                    instance -> ResourceLeveler.level(instance.toProblem(), options).starts()));
        }
        String name = schedules <= 1 ? "bearing single pass" : "bearing level best, " + schedules + " schedules";
        if (json) {
            System.out.println(PsplibBenchmark.json(name, String.format(Locale.ROOT,
                    "\"schedules\":%d,\"seed\":%d,\"threads\":%d,\"jobs\":%d,\"limit\":%d,\"timeLimitMs\":%d",
                    schedules, seed, threads, jobs, limit, timeLimitMs), rows));
        } else {
            System.out.print(PsplibBenchmark.table(name + " (seed " + seed + ", " + threads + " threads)", rows));
        }
        return 0;
    }
}
