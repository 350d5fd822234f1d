package org.bearing.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bearing.cost.DslibCheck;
import org.bearing.cost.DslibMeasure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bearing bench dslib [DIR]}: recomputes every DSLIB project's tracking overview (PV, EV, AC, ES, SV, SPI, CV,
 * CPI, SV(t), SPI(t)) from its baseline and tracking periods and prints how many periods match DSLIB within 0.5 %,
 * per measure and overall, and which projects differ and how.
 */
@Command(name = "dslib", mixinStandardHelpOptions = true,
        description = "Earned value and earned schedule recomputed on the DSLIB projects and compared with DSLIB's own.")
public final class DslibBenchCommand implements Callable<Integer> {

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
        long start = System.nanoTime();
        DslibCheck.Report report = new DslibCheck().run(files);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (json) {
            System.out.println(JsonOutput.write(toJson(report, files.size(), seconds)));
        } else {
            System.out.print(table(report, files.size(), seconds));
        }
        return 0;
    }

    private static Map<String, Object> toJson(DslibCheck.Report report, int workbooks, double seconds) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("benchmark", "dslib");
        root.put("tolerance", DslibCheck.TOLERANCE);
        root.put("workbooks", workbooks);
        root.put("projectsCompared", report.projects().stream().filter(p -> p.skipped() == null && p.periods() > 0).count());
        root.put("seconds", seconds);
        Map<String, Object> measures = new LinkedHashMap<>();
        for (DslibMeasure m : DslibMeasure.values()) {
            measures.put(m.label(), rate(report.matched()[m.ordinal()], report.compared()[m.ordinal()]));
        }
        root.put("measures", measures);
        root.put("overall", rate(report.matchedAll(), report.comparedAll()));
        List<Map<String, Object>> differing = new ArrayList<>();
        List<Map<String, Object>> skipped = new ArrayList<>();
        for (DslibCheck.ProjectResult p : report.projects()) {
            if (p.skipped() != null) {
                skipped.add(Map.of("project", p.name(), "reason", p.skipped()));
            } else if (p.differs()) {
                differing.add(Map.of("project", p.name(), "periods", p.periods(), "differences", p.differences()));
            }
        }
        root.put("differing", differing);
        root.put("skipped", skipped);
        return root;
    }

    private static Map<String, Object> rate(int matched, int compared) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("matched", matched);
        m.put("compared", compared);
        m.put("rate", compared == 0 ? null : (double) matched / compared);
        return m;
    }

    private static String table(DslibCheck.Report report, int workbooks, double seconds) {
        StringBuilder sb = new StringBuilder();
        long compared = report.projects().stream().filter(p -> p.skipped() == null && p.periods() > 0).count();
        sb.append(String.format(Locale.ROOT, "DSLIB check: %d workbooks, %d projects with tracking compared, %.1f s;"
                + " a period matches within %.1f %%%n", workbooks, compared, seconds, DslibCheck.TOLERANCE * 100));
        sb.append(String.format(Locale.ROOT, "%-8s %9s %9s %8s%n", "measure", "matched", "compared", "rate"));
        for (DslibMeasure m : DslibMeasure.values()) {
            sb.append(line(m.label(), report.matched()[m.ordinal()], report.compared()[m.ordinal()]));
        }
        sb.append(line("overall", report.matchedAll(), report.comparedAll()));
        sb.append("\nProjects that differ:\n");
        report.projects().stream().filter(DslibCheck.ProjectResult::differs).forEach(p -> {
            sb.append("  ").append(p.name()).append(" (").append(p.periods()).append(" periods)\n");
            p.differences().forEach(d -> sb.append("    ").append(d).append('\n'));
        });
        sb.append("\nNot compared:\n");
        report.projects().stream().filter(p -> p.skipped() != null)
                .forEach(p -> sb.append("  ").append(p.name()).append(": ").append(p.skipped()).append('\n'));
        return sb.toString();
    }

    private static String line(String label, int matched, int compared) {
        return String.format(Locale.ROOT, "%-8s %9d %9d %7.2f%%%n", label, matched, compared,
                compared == 0 ? Double.NaN : 100.0 * matched / compared);
    }
}
