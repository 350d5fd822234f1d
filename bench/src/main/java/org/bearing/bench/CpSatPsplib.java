package org.bearing.bench;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.CumulativeConstraint;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bearing.engine.leveling.LevelingOptions;
import org.bearing.engine.leveling.ResourceLeveler;
import org.bearing.engine.leveling.psplib.PsplibBenchmark;
import org.bearing.engine.leveling.psplib.PsplibData;
import org.bearing.engine.leveling.psplib.PsplibInstance;

/**
 * OR-Tools CP-SAT, the peer of Bearing's leveling, on the PSPLIB sets: one interval per job, one cumulative per
 * resource, finish-to-start precedences, minimise the makespan; horizon = sum of durations (no hint from Bearing).
 *
 * <p>Usage: {@code CpSatPsplib [DIR] [--sets j30,j120] [--limit N] [--schedules K] [--ms-per-instance T]
 * [--workers W] [--json]}. Without {@code --ms-per-instance}, each instance is first leveled by Bearing with K
 * schedules (default 5,000) and CP-SAT then gets exactly Bearing's wall time on that instance; both tables are
 * printed, checked by the same independent feasibility check.
 */
public final class CpSatPsplib {

    public static void main(String[] args) {
        Path dir = null;
        List<String> sets = PsplibData.SETS;
        int limit = 0;
        long schedules = 5_000;
        double fixedMs = 0;
        int workers = 2;
        boolean json = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sets" -> sets = Arrays.asList(args[++i].split(","));
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--schedules" -> schedules = Long.parseLong(args[++i]);
                case "--ms-per-instance" -> fixedMs = Double.parseDouble(args[++i]);
                case "--workers" -> workers = Integer.parseInt(args[++i]);
                case "--json" -> json = true;
                default -> dir = Path.of(args[i]);
            }
        }
        Path psplib = dir != null ? dir : PsplibData.locate()
                .orElseThrow(() -> new IllegalArgumentException("PSPLIB directory not found; pass it as the first argument"));
        try {
            Loader.loadNativeLibraries();
        } catch (Throwable e) {
            System.err.println("OR-Tools native library did not load: " + e);
            System.exit(3);
        }
        PsplibBenchmark benchmark = new PsplibBenchmark(psplib);
        List<PsplibBenchmark.SetSummary> bearingRows = new ArrayList<>();
        List<PsplibBenchmark.SetSummary> cpSatRows = new ArrayList<>();
        Map<String, Double> bearingMs = new HashMap<>();
        LevelingOptions options = LevelingOptions.levelBest(schedules).withThreads(workers);
        for (String set : sets) {
            if (fixedMs <= 0) {
                bearingRows.add(benchmark.run(set, limit, instance -> {
                    long t0 = System.nanoTime();
                    int[] start = ResourceLeveler.level(instance.toProblem(), options).starts();
                    bearingMs.put(instance.name(), (System.nanoTime() - t0) / 1e6);
                    return start;
                }));
            }
            double ms = fixedMs;
            int w = workers;
            cpSatRows.add(benchmark.run(set, limit, instance ->
                    solve(instance, ms > 0 ? ms : bearingMs.get(instance.name()), w)));
        }
        String peer = "OR-Tools CP-SAT " + orToolsVersion() + ", " + workers + " workers, "
                + (fixedMs > 0 ? fixedMs + " ms per instance" : "Bearing's time per instance");
        String ours = "bearing level best, " + schedules + " schedules, " + workers + " threads";
        if (json) {
            String extra = String.format(Locale.ROOT, "\"workers\":%d,\"limit\":%d", workers, limit);
            System.out.println("[" + (bearingRows.isEmpty() ? "" : PsplibBenchmark.json(ours, extra, bearingRows) + ",")
                    + PsplibBenchmark.json(peer, extra, cpSatRows) + "]");
        } else {
            if (!bearingRows.isEmpty()) {
                System.out.print(PsplibBenchmark.table(ours, bearingRows));
                System.out.println();
            }
            System.out.print(PsplibBenchmark.table(peer, cpSatRows));
            for (int i = 0; i < bearingRows.size(); i++) {
                PsplibBenchmark.SetSummary b = bearingRows.get(i);
                PsplibBenchmark.SetSummary c = cpSatRows.get(i);
                System.out.printf(Locale.ROOT, "%s: Bearing / CP-SAT mean deviation from best known = %.3f %% / %.3f %%, "
                                + "feasible %d / %d, time %.1f / %.1f ms%n", b.set(), b.meanDeviationFromBestKnown(),
                        c.meanDeviationFromBestKnown(), b.feasible(), c.feasible(), b.meanMillis(), c.meanMillis());
            }
        }
    }

    private static String orToolsVersion() {
        try (var in = Loader.class.getResourceAsStream("/META-INF/maven/com.google.ortools/ortools-java/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "(unknown version)");
        } catch (java.io.IOException e) {
            return "(unknown version)";
        }
    }

    /** CP-SAT's best schedule within {@code ms} milliseconds, or null if it found none. */
    static int[] solve(PsplibInstance instance, double ms, int workers) {
        int n = instance.jobCount();
        int horizon = Arrays.stream(instance.duration()).sum();
        CpModel model = new CpModel();
        IntVar[] start = new IntVar[n];
        IntervalVar[] interval = new IntervalVar[n];
        for (int j = 0; j < n; j++) {
            start[j] = model.newIntVar(0, horizon, "s" + j);
            interval[j] = model.newFixedSizeIntervalVar(start[j], instance.duration()[j], "i" + j);
        }
        for (int r = 0; r < instance.capacity().length; r++) {
            CumulativeConstraint c = model.addCumulative(instance.capacity()[r]);
            for (int j = 0; j < n; j++) {
                int q = instance.demand()[j][r];
                if (q > 0 && instance.duration()[j] > 0) {
                    c.addDemand(interval[j], q);
                }
            }
        }
        for (int j = 0; j < n; j++) {
            for (int s : instance.successors()[j]) {
                model.addGreaterOrEqual(start[s], LinearExpr.newBuilder().add(start[j]).add(instance.duration()[j]));
            }
        }
        IntVar makespan = model.newIntVar(0, horizon, "makespan");
        for (int j = 0; j < n; j++) {
            model.addGreaterOrEqual(makespan, LinearExpr.newBuilder().add(start[j]).add(instance.duration()[j]));
        }
        model.minimize(makespan);
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(Math.max(0.001, ms / 1000.0));
        solver.getParameters().setNumWorkers(workers);
        solver.getParameters().setRandomSeed(1);
        CpSolverStatus status = solver.solve(model);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            return null;
        }
        int[] result = new int[n];
        for (int j = 0; j < n; j++) {
            result[j] = (int) solver.value(start[j]);
        }
        return result;
    }
}
