package org.bearing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bearing.interop.FidelityCheck;
import org.bearing.interop.FidelityReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bearing fidelity DIR}: reschedules every file under DIR with Bearing and with MPXJ and reports, per file and
 * overall, the % of tasks whose early/late dates, total/free slack and critical flag match the stored values.
 */
@Command(name = "fidelity", mixinStandardHelpOptions = true,
        description = "Reschedule every schedule file under DIR with Bearing and with MPXJ and compare both with "
                + "the dates stored by the tool that saved each file (each field within one minute).")
public final class FidelityCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Directory searched recursively for schedule files.")
    Path dir;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--details", description = "List the mismatching tasks of each file.")
    boolean details;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FidelityReport report;
        try {
            report = new FidelityCheck(BearingScheduler.available()).checkAll(dir);
        } catch (IOException e) {
            err.println("bearing fidelity: " + e.getMessage());
            return 2;
        }
        if (json) {
            out.println(JsonOutput.write(report));
        } else {
            printTable(report, out);
            if (details) {
                printDetails(report, out);
            }
        }
        out.flush();
        return 0;
    }

    static void printTable(FidelityReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "%-90s %-10s %6s %16s %16s%n", "file", "format", "tasks", "Bearing", "MPXJ");
        for (FidelityReport.FileResult f : report.files()) {
            if (f.skipped()) {
                out.printf(Locale.ROOT, "%-90s %-10s %6s  skipped: %s%n", f.file(),
                        f.format() == null ? "-" : f.format(), "-", f.skippedReason());
                continue;
            }
            out.printf(Locale.ROOT, "%-90s %-10s %6d %16s %16s%n", f.file(), f.format(), f.compared(),
                    cell(f.bearing()), cell(f.mpxj()));
            printErrors(f, out);
        }
        out.printf(Locale.ROOT, "%-90s %-10s %6d %16s %16s%n", "OVERALL (tasks matching on every field)", "",
                report.compared(), overall(report, true), overall(report, false));
        report.files().stream().filter(f -> !f.skipped() && f.mpxj() != null && !f.mpxj().notCompared().isEmpty())
                .findFirst().ifPresent(f -> out.println("MPXJ: compared without " + f.mpxj().notCompared()
                        + ", which MPXJ's schedulers do not compute (they keep the value read from the file)"));
        report.files().stream().filter(f -> !f.skipped() && notRun(f.bearing())).findFirst()
                .ifPresent(f -> out.println("Bearing: " + f.bearing().error()));
    }

    static void printDetails(FidelityReport report, PrintWriter out) {
        for (FidelityReport.FileResult f : report.files()) {
            if (f.skipped()) {
                continue;
            }
            for (FidelityReport.Side side : new FidelityReport.Side[] {f.bearing(), f.mpxj()}) {
                for (FidelityReport.Mismatch m : side.mismatches()) {
                    out.printf(Locale.ROOT, "%s %s task %d %s: %s%n    stored %s%n    got    %s%n", f.file(),
                            side.scheduler(), m.uniqueId(), m.name(), m.fields(), m.expected(), m.actual());
                }
            }
        }
    }

    private static void printErrors(FidelityReport.FileResult f, PrintWriter out) {
        if (f.bearing().error() != null && !notRun(f.bearing())) {
            out.println("    Bearing: " + f.bearing().error());
        }
        if (f.mpxj().error() != null) {
            out.println("    MPXJ: " + f.mpxj().error());
        }
    }

    private static String cell(FidelityReport.Side side) {
        Double p = side.percent();
        if (p == null) {
            return notRun(side) ? "not run" : "error";
        }
        return String.format(Locale.ROOT, "%5.1f%% (%d/%d)", p, side.matched(), side.compared());
    }

    private static boolean notRun(FidelityReport.Side side) {
        return side.error() != null && side.error().startsWith("not run");
    }

    private static String overall(FidelityReport report, boolean bearing) {
        Double p = report.percent(bearing);
        return p == null ? "-" : String.format(Locale.ROOT, "%5.1f%% (%d)", p, report.matched(bearing));
    }
}
