package org.bearing.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bearing.interop.ImportedSchedule;
import org.bearing.interop.ImportedTask;
import org.bearing.interop.Rescheduler;
import org.bearing.interop.ScheduleFileException;
import org.bearing.interop.ScheduleFileReader;
import org.bearing.interop.TaskDates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bearing schedule FILE}: reads an MS Project, P6 or other schedule file, schedules it with Bearing's
 * engine and prints each task's early/late dates, total and free slack and critical flag.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Schedule an MS Project, Primavera or other schedule file with Bearing's engine and print "
                + "each task's early/late start and finish, total and free slack (minutes) and critical flag.")
public final class ScheduleCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Schedule file (MPP, MSPDI XML, MPX, XER, PMXML, GAN, ...).")
    Path file;

    @Option(names = "--json", description = "Print a JSON array of the tasks.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One output row; the JSON field names are part of the command's contract. */
    public record Row(int uniqueId, String name, String earlyStart, String earlyFinish, String lateStart,
                      String lateFinish, Long totalSlackMinutes, Long freeSlackMinutes, Boolean critical) { }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Rescheduler bearing = BearingScheduler.available();
        ImportedSchedule schedule;
        try {
            schedule = new ScheduleFileReader().read(file);
        } catch (ScheduleFileException e) {
            err.println("bearing schedule: " + e.getMessage());
            return 2;
        }
        Map<Integer, TaskDates> dates;
        try {
            dates = bearing.schedule(schedule);
        } catch (RuntimeException e) {
            err.println("bearing schedule: " + file + ": cannot be scheduled: " + e.getMessage());
            return 1;
        }
        List<Row> rows = rows(schedule, dates);
        if (json) {
            out.println(JsonOutput.write(rows));
        } else {
            out.printf(Locale.ROOT, "%8s  %-40s %-16s %-16s %-16s %-16s %10s %10s %s%n", "uniqueId", "name",
                    "earlyStart", "earlyFinish", "lateStart", "lateFinish", "totalSlack", "freeSlack", "critical");
            for (Row r : rows) {
                out.printf(Locale.ROOT, "%8d  %-40s %-16s %-16s %-16s %-16s %10s %10s %s%n", r.uniqueId(),
                        truncate(r.name()), r.earlyStart(), r.earlyFinish(), r.lateStart(), r.lateFinish(),
                        r.totalSlackMinutes(), r.freeSlackMinutes(), r.critical());
            }
        }
        out.flush();
        return 0;
    }

    /** Rows in file order; a task the engine left out (none should be) is omitted rather than shown blank. */
    static List<Row> rows(ImportedSchedule schedule, Map<Integer, TaskDates> dates) {
        List<Row> rows = new ArrayList<>();
        for (ImportedTask task : schedule.tasks()) {
            TaskDates d = dates.get(task.uniqueId());
            if (d != null) {
                rows.add(new Row(task.uniqueId(), task.name(), iso(d.earlyStart()), iso(d.earlyFinish()),
                        iso(d.lateStart()), iso(d.lateFinish()), d.totalSlackMinutes(), d.freeSlackMinutes(),
                        d.critical()));
            }
        }
        return rows;
    }

    private static String iso(java.time.LocalDateTime t) {
        return t == null ? null : t.toString();
    }

    private static String truncate(String name) {
        if (name == null) {
            return "";
        }
        return name.length() <= 40 ? name : name.substring(0, 39) + "…";
    }
}
