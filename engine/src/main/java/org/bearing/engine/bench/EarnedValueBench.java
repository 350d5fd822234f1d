package org.bearing.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.bearing.engine.earnedvalue.Baseline;
import org.bearing.engine.earnedvalue.Breakdown;
import org.bearing.engine.earnedvalue.EarnedValueHistory;
import org.bearing.engine.earnedvalue.EarnedValueMeasures;
import org.bearing.engine.earnedvalue.EvMethod;
import org.bearing.engine.earnedvalue.StatusUpdate;

/**
 * Plain-Java timing of an earned value history (what {@code bearing bench earned-value --json} runs): a generated
 * project of N tasks in a portfolio → program → project → WBS tree, P weekly status updates, then the history with
 * earned schedule of every WBS node, project, program and portfolio at every status date.
 */
public final class EarnedValueBench {

    /** Figures of one run: sizes, best and median wall time of history + earned schedule, and a checksum. */
    public record Result(int tasks, int periods, int nodes, double msBest, double msMedian, double cpuMsBest, int runs,
            double finalSpit) {
        public String toJson() {
            return String.format(Locale.ROOT, "{\"benchmark\":\"earned-value-history\",\"tasks\":%d,\"periods\":%d,"
                    + "\"nodes\":%d,\"ms\":%.3f,\"msMedian\":%.3f,\"cpuMsBest\":%.3f,\"runs\":%d,\"finalSpiT\":%.4f}",
                    tasks, periods, nodes, msBest, msMedian, cpuMsBest, runs, finalSpit);
        }
    }

    /** A generated baseline with its status updates. */
    public record Workload(Baseline baseline, List<StatusUpdate> updates) {
    }

    private EarnedValueBench() {
    }

    /**
     * Generates {@code tasks} tasks in WBS groups of 100, baseline starts spread over 5 days per 10 tasks, durations
     * 1..40 days (time unit: working day), mixed EV methods, and {@code periods} weekly updates where each task runs
     * at a random speed of 0.6..1.2.
     */
    public static Workload generate(int tasks, int periods, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Breakdown tree = new Breakdown();
        int portfolio = tree.root("Portfolio", Breakdown.Level.PORTFOLIO);
        int program = tree.add("Program", Breakdown.Level.PROGRAM, portfolio);
        int project = tree.add("Project", Breakdown.Level.PROJECT, program);
        Baseline.Builder b = Baseline.builder(tree);
        EvMethod[] methods = EvMethod.values();
        double horizon = Math.max(50, tasks / 20.0);
        double[] speed = new double[tasks];
        int wbs = -1;
        for (int i = 0; i < tasks; i++) {
            if (i % 100 == 0) {
                wbs = tree.add("WBS " + (i / 100 + 1), Breakdown.Level.WBS, project);
            }
            double start = Math.floor(r.nextDouble() * horizon);
            double duration = 1 + r.nextInt(40);
            double fixed = r.nextInt(4) == 0 ? 1000 * r.nextDouble() : 0;
            b.task(wbs, start, start + duration, fixed, 500 * duration * (0.5 + r.nextDouble()), 0,
                    methods[r.nextInt(methods.length) == 0 ? r.nextInt(methods.length) : 0]);
            speed[i] = 0.6 + 0.6 * r.nextDouble();
        }
        Baseline baseline = b.build();
        List<StatusUpdate> updates = new ArrayList<>(periods);
        double step = Math.max(5, (horizon + 40) * 1.5 / periods);
        for (int p = 1; p <= periods; p++) {
            double t = p * step;
            StatusUpdate u = new StatusUpdate(tasks, t);
            for (int i = 0; i < tasks; i++) {
                double s = baseline.start(i);
                if (t <= s) {
                    continue;
                }
                double d = baseline.finish(i) - s;
                double pct = Math.min(1.0, (t - s) * speed[i] / d);
                u.progress(i, true, pct, baseline.budget(i) * pct / speed[i]);
                u.milestonesAchieved(i, Math.floor(pct * 4) / 4);
            }
            updates.add(u);
        }
        return new Workload(baseline, updates);
    }

    /** History plus the measures (earned schedule included) of every roll-up node at every status date. */
    public static double history(Workload w) {
        EarnedValueHistory h = EarnedValueHistory.compute(w.baseline(), w.updates());
        double checksum = 0;
        int nodes = w.baseline().breakdown().size();
        for (int p = 0; p < h.periods(); p++) {
            for (int k = 0; k < nodes; k++) {
                EarnedValueMeasures m = h.measures(k, p);
                checksum += m.es();
            }
        }
        return checksum > 0 ? h.measures(0, h.periods() - 1).spit() : Double.NaN;
    }

    public static Result run(int tasks, int periods, long seed, int warmups, int runs) {
        Workload w = generate(tasks, periods, seed);
        double spit = 0;
        for (int i = 0; i < warmups; i++) {
            spit = history(w);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        double[] times = new double[runs];
        double cpuBest = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long c = cpu ? threads.getCurrentThreadCpuTime() : 0;
            long s = System.nanoTime();
            spit = history(w);
            times[i] = (System.nanoTime() - s) / 1e6;
            cpuBest = Math.min(cpuBest, cpu ? (threads.getCurrentThreadCpuTime() - c) / 1e6 : times[i]);
        }
        Arrays.sort(times);
        return new Result(tasks, periods, w.baseline().breakdown().size(), times[0], times[runs / 2], cpuBest, runs,
                spit);
    }

    /** {@code java -cp bearing-engine.jar org.bearing.engine.bench.EarnedValueBench [tasks] [periods]} prints JSON. */
    public static void main(String[] args) {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int periods = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        System.out.println(run(tasks, periods, 42, 5, 7).toJson());
    }
}
