package org.bearing.interop;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a realistic, reproducible project network for benchmarks: work packages of 5 to 40 tasks under
 * summaries, durations of 1 to 20 days, one to three predecessors drawn mostly from the same or the previous work
 * package (80 % FS, 10 % SS, 10 % FF, a fifth with a lag of 1 to 3 days), a few start-no-earlier-than constraints,
 * parallel streams of work packages (one per 400 tasks) so that the project lasts a few years,
 * a Monday-to-Friday 08:00-12:00/13:00-17:00 calendar with ten public holidays a year.
 */
public final class BenchNetworkGenerator {
    /** The one calendar of a generated network. */
    public static final String CALENDAR_ID = "1";
    private static final int MINUTES_PER_DAY = 480;

    private BenchNetworkGenerator() {
    }

    /** A network of {@code tasks} leaf tasks (plus their summaries), the same for the same seed. */
    public static ImportedSchedule generate(int tasks, long seed) {
        if (tasks < 1) {
            throw new IllegalArgumentException("tasks must be at least 1, got " + tasks);
        }
        SplittableRandom random = new SplittableRandom(seed);
        LocalDateTime start = LocalDateTime.of(2026, 1, 5, 8, 0);
        List<ImportedTask> list = new ArrayList<>(tasks + tasks / 10);
        List<ImportedLink> links = new ArrayList<>(tasks * 2);
        int[] leafIds = new int[tasks];
        int streams = Math.max(1, tasks / 400);
        int[] lastPackageStart = new int[streams];
        int[] lastPackageEnd = new int[streams];
        int nextId = 1;
        int leaves = 0;
        for (int pkg = 0; leaves < tasks; pkg++) {
            int stream = pkg % streams;
            int size = Math.min(tasks - leaves, 5 + random.nextInt(36));
            int summaryId = nextId++;
            list.add(task(summaryId, "WP " + summaryId, null, ImportedTask.Kind.SUMMARY, 0, null, null));
            for (int i = 0; i < size; i++) {
                int id = nextId++;
                boolean milestone = random.nextInt(50) == 0;
                long duration = milestone ? 0 : (1 + random.nextInt(20)) * (long) MINUTES_PER_DAY;
                ImportedTask.Constraint constraint = null;
                LocalDateTime constraintDate = null;
                if (random.nextInt(100) == 0) {
                    constraint = ImportedTask.Constraint.START_NO_EARLIER_THAN;
                    constraintDate = start.plusDays(random.nextInt(365));
                }
                list.add(task(id, "Task " + id, summaryId,
                        milestone ? ImportedTask.Kind.MILESTONE : ImportedTask.Kind.TASK, duration, constraint,
                        constraintDate));
                int index = leaves + i;
                leafIds[index] = id;
                int poolBefore = lastPackageEnd[stream] - lastPackageStart[stream];
                int pool = poolBefore + i;
                if (pool == 0 || (i == 0 && random.nextInt(4) == 0)) {
                    continue;
                }
                int predecessors = 1 + (random.nextInt(10) < 3 ? 1 + random.nextInt(2) : 0);
                int[] chosen = new int[predecessors];
                int count = 0;
                for (int p = 0; p < predecessors; p++) {
                    int from;
                    if (index > 0 && random.nextInt(20) == 0) {
                        from = random.nextInt(index);
                    } else {
                        int pick = random.nextInt(pool);
                        from = pick < poolBefore ? lastPackageStart[stream] + pick : leaves + pick - poolBefore;
                    }
                    if (!contains(chosen, count, from)) {
                        chosen[count++] = from;
                        links.add(link(leafIds[from], id, random));
                    }
                }
            }
            lastPackageStart[stream] = leaves;
            lastPackageEnd[stream] = leaves + size;
            leaves += size;
        }
        ImportedCalendar calendar = new ImportedCalendar(CALENDAR_ID, "Standard", null, standardWeek(), List.of(),
                holidays(2026, 2060), MINUTES_PER_DAY, 2400);
        return new ImportedSchedule("generated:" + tasks + ":" + seed, ScheduleFormat.MS_PROJECT, "generated",
                "Bearing benchmark", null, start, null, CALENDAR_ID, MINUTES_PER_DAY, 2400, 0,
                ImportedSchedule.LagCalendar.SUCCESSOR, ImportedSchedule.FloatRule.SMALLEST, List.of(calendar), List.copyOf(list), List.copyOf(links),
                Map.of(), "generated network: no stored dates");
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private static ImportedLink link(int predecessor, int successor, SplittableRandom random) {
        int r = random.nextInt(10);
        ImportedLink.Type type = r < 8 ? ImportedLink.Type.FS : r == 8 ? ImportedLink.Type.SS : ImportedLink.Type.FF;
        long lag = random.nextInt(5) == 0 ? (1 + random.nextInt(3)) * (long) MINUTES_PER_DAY : 0;
        return new ImportedLink(predecessor, successor, type, lag, ImportedLink.LagKind.WORKING, 0);
    }

    private static ImportedTask task(int id, String name, Integer parent, ImportedTask.Kind kind, long duration,
                                     ImportedTask.Constraint constraint, LocalDateTime constraintDate) {
        return new ImportedTask(id, id, name, parent, null, kind, true, false, false, duration, false, duration, null,
                List.of(), false, false, constraint == null ? ImportedTask.Constraint.AS_SOON_AS_POSSIBLE : constraint, constraintDate,
                null, null, null, null, null, 0, null, null, null, 0);
    }

    static Map<DayOfWeek, List<ImportedCalendar.WorkingTime>> standardWeek() {
        Map<DayOfWeek, List<ImportedCalendar.WorkingTime>> week = new EnumMap<>(DayOfWeek.class);
        List<ImportedCalendar.WorkingTime> day = List.of(
                new ImportedCalendar.WorkingTime(LocalTime.of(8, 0), LocalTime.of(12, 0)),
                new ImportedCalendar.WorkingTime(LocalTime.of(13, 0), LocalTime.of(17, 0)));
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put(d, d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? List.of() : day);
        }
        return week;
    }

    /** Ten fixed-date public holidays a year, as single-day non-working exceptions. */
    private static List<ImportedCalendar.Exception> holidays(int fromYear, int toYear) {
        int[][] days = {{1, 1}, {1, 19}, {2, 16}, {5, 25}, {7, 3}, {9, 7}, {10, 12}, {11, 11}, {11, 26}, {12, 25}};
        List<ImportedCalendar.Exception> list = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            for (int[] md : days) {
                LocalDate date = LocalDate.of(year, md[0], md[1]);
                list.add(new ImportedCalendar.Exception(date, date, List.of()));
            }
        }
        return list;
    }
}
