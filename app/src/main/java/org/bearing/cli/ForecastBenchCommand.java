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
 * projects at 10 % .. 90 % of their real duration.
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
        List<String> names = ForecastAccuracy.methodNames();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("benchmark", "forecast");
            root.put("projects", r.projects());
            root.put("completionPercent", ForecastAccuracy.COMPLETION);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int j = 0; j < names.size(); j++) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("method", names.get(j));
                List<Double> mape = new ArrayList<>();
                for (double v : r.mape()[j]) {
                    mape.add(Double.isNaN(v) ? null : v);
                }
                row.put("mape", mape);
                row.put("projects", r.count()[j]);
                rows.add(row);
            }
            root.put("methods", rows);
            System.out.println(JsonOutput.write(root));
            return 0;
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "MAPE (%%) of forecasts on %d finished DSLIB projects, by %% of real duration%n%-48s", r.projects(), "method"));
        for (int c : ForecastAccuracy.COMPLETION) {
            sb.append(String.format(Locale.ROOT, "%7d%%", c));
        }
        sb.append('\n');
        for (int j = 0; j < names.size(); j++) {
            sb.append(String.format(Locale.ROOT, "%-48s", names.get(j)));
            for (double v : r.mape()[j]) {
                sb.append(String.format(Locale.ROOT, "%8.1f", v));
            }
            sb.append('\n');
        }
        System.out.print(sb);
        return 0;
    }
}
