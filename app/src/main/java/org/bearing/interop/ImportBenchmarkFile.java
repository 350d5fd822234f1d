package org.bearing.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mpxj.CostRateTable;
import org.mpxj.CostRateTableEntry;
import org.mpxj.DayType;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Rate;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.common.LocalDateTimeHelper;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * Writes the MSPDI file the import benchmark reads: {@link BenchNetworkGenerator}'s network (WBS of work packages,
 * links with lags, constraints, a calendar with holidays) plus one work resource per 25 tasks at 40 to 150 an hour,
 * a fifth of them on a four-day-week calendar derived from the standard one, a few material resources, and one or
 * two assignments on every task at 50 or 100 %, and each task's start and finish as Bearing schedules the network
 * without resources (a file saved by a scheduling tool holds its dates). The same for the same seed.
 */
public final class ImportBenchmarkFile {
    private ImportBenchmarkFile() {
    }

    /** What was written. */
    public record Written(Path file, int tasks, int links, int resources, int assignments, long bytes) {
    }

    public static Written write(int leafTasks, long seed, Path file) throws IOException {
        ImportedSchedule network = BenchNetworkGenerator.generate(leafTasks, seed);
        ProjectFile project = MpxjProjectBuilder.build(network);
        // MS Project saves the dates it computed with the plan, so the file does too: an import then rewrites only
        // the dates its own scheduler computes differently, as it does for a real file
        Map<Integer, TaskDates> dates = new EngineRescheduler().schedule(network);
        for (Task t : project.getTasks()) {
            TaskDates d = dates.get(t.getUniqueID());
            if (d != null) {
                t.setStart(d.earlyStart());
                t.setFinish(d.earlyFinish());
            }
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        ProjectCalendar standard = project.getDefaultCalendar();
        ProjectCalendar fourDays = project.addCalendar();
        fourDays.setName("Four-day week");
        fourDays.setParent(standard);
        for (DayOfWeek d : DayOfWeek.values()) {
            fourDays.setCalendarDayType(d, d == DayOfWeek.FRIDAY ? DayType.NON_WORKING : DayType.DEFAULT);
        }
        List<Resource> people = new ArrayList<>();
        int workResources = Math.max(5, leafTasks / 25);
        for (int i = 1; i <= workResources + 3; i++) {
            Resource r = project.addResource();
            r.setUniqueID(i);
            r.setID(i);
            boolean material = i > workResources;
            r.setName(material ? "Material " + (i - workResources) : "Engineer " + i);
            r.setType(material ? org.mpxj.ResourceType.MATERIAL : org.mpxj.ResourceType.WORK);
            CostRateTable table = new CostRateTable();
            table.add(new CostRateTableEntry(LocalDateTimeHelper.START_DATE_NA, LocalDateTimeHelper.END_DATE_NA, BigDecimal.ZERO,
                    new Rate(40 + random.nextInt(111), TimeUnit.HOURS), new Rate(0, TimeUnit.HOURS)));
            r.setCostRateTable(0, table);
            if (!material) {
                if (random.nextInt(5) == 0) {
                    r.setCalendar(fourDays);
                }
                people.add(r);
            }
        }
        int wbs = 0;
        Map<Task, Integer> children = new HashMap<>();
        int assignments = 0;
        for (Task t : project.getTasks()) {
            Task parent = t.getParentTask();
            int n = children.merge(parent, 1, Integer::sum);
            t.setWBS(parent == null ? String.valueOf(++wbs) : parent.getWBS() + "." + n);
            if (t.getChildTasks().isEmpty() && !t.getMilestone()) {
                int count = random.nextInt(10) < 7 ? 1 : 2;
                for (int k = 0; k < count; k++) {
                    Resource r = people.get((t.getUniqueID() * 7 + k * 13) % people.size());
                    ResourceAssignment a = t.addResourceAssignment(r);
                    double units = random.nextBoolean() ? 100 : 50;
                    a.setUnits(units);
                    double hours = t.getDuration().convertUnits(TimeUnit.HOURS, project.getProjectProperties()).getDuration();
                    a.setWork(Duration.getInstance(hours * units / 100, TimeUnit.HOURS));
                    assignments++;
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            new MSPDIWriter().write(project, out);
        }
        return new Written(file, network.tasks().size(), network.links().size(), workResources + 3, assignments, Files.size(file));
    }
}
