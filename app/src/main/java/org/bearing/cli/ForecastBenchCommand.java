package org.bearing.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bearing.cost.ForecastAccuracy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bearing bench forecast [DIR]}: MAPE of the earned value cost and time forecasts on the finished DSLIB
 * projects at 10 % .. 90 % of their real duration, classical and learned (leave-one-project-out), with the best of
 * each and the relative improvement for duration and cost.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Accuracy (MAPE) of EAC and EAC(t) methods on finished DSLIB projects at 10..90% completion.")
public final class ForecastBenchCommand implements Callable<Integer> {

    @Mixin
    DslibSource source;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        List<Path> files = source.files();
        if (files == null) {
            return 2;
        }
        ForecastAccuracy.Result r = new ForecastAccuracy().run(files);
        List<String> names = r.names();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("benchmark", "forecast");
            root.put("projects", r.projects());
            root.put("crossValidation", "leave one project out");
            root.put("completionPercent", ForecastAccuracy.COMPLETION);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int j = 0; j < names.size(); j++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("method", names.get(j));
                row.put("forecasts", r.duration()[j] ? "duration" : "cost");
                row.put("learned", r.learned()[j]);
                row.put("networkInput", r.bearing()[j]);
                row.put("mape", nullable(r.mape()[j]));
                row.put("averageMape", nullable(r.average(j)));
                row.put("projects", r.count()[j]);
                rows.add(row);
            }
            root.put("methods", rows);
            for (boolean duration : new boolean[] {true, false}) {
                Map<String, Object> s = new LinkedHashMap<>();
                int c = r.best(duration, false);
                int l = r.headline(duration);
                int b = r.best(duration, true);
                s.put("bestClassical", c < 0 ? null : names.get(c));
                s.put("bestClassicalAverageMape", c < 0 ? null : nullable(r.average(c)));
                s.put("learned", l < 0 ? null : names.get(l));
                s.put("learnedAverageMape", l < 0 ? null : nullable(r.average(l)));
                s.put("relativeImprovement", nullable(r.improvement(duration)));
                s.put("bestLearnedRowChosenAfterScoring", b < 0 ? null : names.get(b));
                s.put("bestLearnedRowAverageMape", b < 0 ? null : nullable(r.average(b)));
                s.put("bestLearnedRowImprovement", nullable(r.improvement(duration, b)));
                s.put("target", ForecastAccuracy.TARGET_IMPROVEMENT);
                s.put("targetMet", r.improvement(duration) >= ForecastAccuracy.TARGET_IMPROVEMENT);
                root.put(duration ? "duration" : "cost", s);
            }
            System.out.println(JsonOutput.write(root));
            return 0;
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "MAPE (%%) of forecasts on %d finished DSLIB projects, by %% of real duration; learned methods scored"
                        + " leave-one-project-out%n%-100s", r.projects(), "method"));
        for (int c : ForecastAccuracy.COMPLETION) {
            sb.append(String.format(Locale.ROOT, "%6d%%", c));
        }
        sb.append("    avg\n");
        for (int j = 0; j < names.size(); j++) {
            sb.append(String.format(Locale.ROOT, "%-100s", names.get(j)));
            for (double v : r.mape()[j]) {
                sb.append(String.format(Locale.ROOT, "%7.1f", v));
            }
            sb.append(String.format(Locale.ROOT, "%7.2f%n", r.average(j)));
        }
        for (boolean duration : new boolean[] {true, false}) {
            int c = r.best(duration, false);
            int l = r.headline(duration);
            int b = r.best(duration, true);
            if (c < 0 || l < 0) {
                continue;
            }
            double gain = r.improvement(duration);
            sb.append(String.format(Locale.ROOT,
                    "%s: best classical %s %.2f %%, learned (stacked inside the training projects) %.2f %%, improvement %.1f %% (target %.0f"
                            + " %%: %s); best learned row, picked after scoring (optimistic): %s %.2f %% (%.1f %%)%n",
                    duration ? "duration" : "cost", names.get(c), r.average(c), r.average(l), 100 * gain,
                    100 * ForecastAccuracy.TARGET_IMPROVEMENT,
                    gain >= ForecastAccuracy.TARGET_IMPROVEMENT ? "met" : "NOT met", names.get(b).substring(9),
                    r.average(b), 100 * r.improvement(duration, b)));
        }
        System.out.print(sb);
        return 0;
    }

    private static Object nullable(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static List<Double> nullable(double[] values) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            out.add(Double.isFinite(v) ? v : null);
        }
        return out;
    }
}
