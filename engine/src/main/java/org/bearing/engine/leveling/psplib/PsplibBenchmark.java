package org.bearing.engine.leveling.psplib;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bearing.engine.leveling.LevelingProblem;
import org.bearing.engine.leveling.ScheduleCheck;

/**
 * Runs a solver on every instance of PSPLIB sets and summarises each set the way the literature does (Kolisch and
 * Hartmann 2006): mean deviation of the makespan from the optimum (j30) or from the critical-path lower bound
 * (j60, j90, j120), mean deviation from the best known makespan, feasible schedules (checked by
 * {@link ScheduleCheck}, independent of the solver) and mean wall time per instance. Deviation = (makespan −
 * reference) / reference · 100 %. An infeasible or missing schedule is counted as infeasible and left out of the
 * means.
 */
public final class PsplibBenchmark {

    /** Solves one instance: returns the start of every job (0-based job numbers), or null if it found none. */
    @FunctionalInterface
    public interface Solver {
        int[] solve(PsplibInstance instance);
    }

    /** Per-set summary; deviations in percent, time in milliseconds. */
    public record SetSummary(String set, int instances, int feasible, String reference, double meanDeviationFromReference,
                             double meanDeviationFromBestKnown, int matchedBestKnown, double meanMillis) {
    }

    private final Path psplibDir;
    private final PsplibReferences references;

    public PsplibBenchmark(Path psplibDir) {
        this.psplibDir = psplibDir;
        this.references = PsplibReferences.load(psplibDir);
    }

    /**
     * The instance files of {@code set}; with {@code limit > 0}, {@code limit} of them spread evenly over the set
     * (every (count / limit)-th file), so that every parameter class is represented.
     */
    public List<Path> files(String set, int limit) {
        List<Path> all = PsplibData.instanceFiles(psplibDir, set);
        if (limit <= 0 || limit >= all.size()) {
            return all;
        }
        List<Path> chosen = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            chosen.add(all.get((int) ((long) i * all.size() / limit)));
        }
        return chosen;
    }

    public SetSummary run(String set, int limit, Solver solver) {
        return run(set, limit, 1, solver);
    }

    /**
     * Runs the solver on the instances of {@code set} (see {@link #files}), {@code jobs} instances at a time. The
     * summary does not depend on {@code jobs} when the solver is deterministic; the mean time per instance is the
     * wall time of each instance, which grows when instances share the cores.
     */
    public SetSummary run(String set, int limit, int jobs, Solver solver) {
        List<Path> files = files(set, limit);
        List<Outcome> outcomes = new ArrayList<>(files.size());
        if (jobs <= 1) {
            for (Path file : files) {
                outcomes.add(solve(file, solver));
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(jobs, r -> {
                Thread t = new Thread(r, "psplib-instance");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Outcome>> pending = new ArrayList<>(files.size());
                for (Path file : files) {
                    pending.add(pool.submit(() -> solve(file, solver)));
                }
                for (Future<Outcome> f : pending) {
                    outcomes.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Benchmark interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Benchmark failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        boolean againstOptimum = set.equals("j30");
        int feasible = 0;
        int matched = 0;
        double sumRef = 0;
        double sumBest = 0;
        int withBest = 0;
        long nanos = 0;
        for (Outcome o : outcomes) {
            nanos += o.nanos();
            if (o.makespan() < 0) {
                continue;
            }
            feasible++;
            OptionalInt best = references.bestKnown(o.instance().name());
            int reference = againstOptimum
                    ? best.orElseThrow(() -> new IllegalStateException("No optimum for " + o.instance().name()))
                    : o.instance().criticalPathBound();
            sumRef += 100.0 * (o.makespan() - reference) / reference;
            if (best.isPresent()) {
                sumBest += 100.0 * (o.makespan() - best.getAsInt()) / best.getAsInt();
                withBest++;
                if (o.makespan() <= best.getAsInt()) {
                    matched++;
                }
            }
        }
        return new SetSummary(set, files.size(), feasible, againstOptimum ? "optimum" : "critical-path bound",
                feasible == 0 ? Double.NaN : sumRef / feasible, withBest == 0 ? Double.NaN : sumBest / withBest,
                matched, files.isEmpty() ? 0 : nanos / 1e6 / files.size());
    }

    /** One instance's result: its makespan (−1 if the schedule is missing or infeasible) and the solver's wall time. */
    private record Outcome(PsplibInstance instance, int makespan, long nanos) {
    }

    private static Outcome solve(Path file, Solver solver) {
        PsplibInstance instance = PsplibReader.read(file);
        LevelingProblem problem = instance.toProblem();
        long t0 = System.nanoTime();
        int[] start = solver.solve(instance);
        long nanos = System.nanoTime() - t0;
        if (start == null || !ScheduleCheck.isFeasible(problem, start)) {
            return new Outcome(instance, -1, nanos);
        }
        int makespan = 0;
        for (int j = 0; j < start.length; j++) {
            makespan = Math.max(makespan, start[j] + instance.duration()[j]);
        }
        return new Outcome(instance, makespan, nanos);
    }

    /** A fixed-width table of the summaries, one row per set. */
    public static String table(String solverName, List<SetSummary> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(solverName).append('\n');
        sb.append(String.format(Locale.ROOT, "%-5s %9s %-20s %10s %10s %9s %12s%n",
                "set", "feasible", "reference", "dev ref %", "dev best %", "= best", "ms/instance"));
        for (SetSummary r : rows) {
            sb.append(String.format(Locale.ROOT, "%-5s %4d/%-4d %-20s %10.3f %10.3f %9d %12.2f%n",
                    r.set(), r.feasible(), r.instances(), r.reference(), r.meanDeviationFromReference(),
                    r.meanDeviationFromBestKnown(), r.matchedBestKnown(), r.meanMillis()));
        }
        return sb.toString();
    }

    /** The summaries as a JSON object {@code {"solver": ..., "sets": [...]}} plus the given extra fields. */
    public static String json(String solverName, String extraFields, List<SetSummary> rows) {
        StringBuilder sb = new StringBuilder("{\"solver\":\"").append(solverName).append('"');
        if (extraFields != null && !extraFields.isEmpty()) {
            sb.append(',').append(extraFields);
        }
        sb.append(",\"sets\":[");
        for (int i = 0; i < rows.size(); i++) {
            SetSummary r = rows.get(i);
            sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"set\":\"%s\",\"instances\":%d,\"feasible\":%d,\"reference\":\"%s\",\"meanDeviationFromReferencePct\":%s,"
                            + "\"meanDeviationFromBestKnownPct\":%s,\"matchedBestKnown\":%d,\"meanMillisPerInstance\":%.3f}",
                    r.set(), r.instances(), r.feasible(), r.reference(), num(r.meanDeviationFromReference()),
                    num(r.meanDeviationFromBestKnown()), r.matchedBestKnown(), r.meanMillis()));
        }
        return sb.append("]}").toString();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "null" : String.format(Locale.ROOT, "%.4f", v);
    }
}
