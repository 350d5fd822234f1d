package org.bearing.cost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bearing.engine.calendar.WorkCalendar;
import org.bearing.engine.risk.MonteCarloSimulation;
import org.bearing.engine.risk.RiskModel;
import org.bearing.engine.risk.SimulationOptions;
import org.bearing.engine.risk.SimulationResult;
import org.bearing.engine.risk.ThreePointEstimate;
import org.bearing.engine.calendar.WallClock;
import org.bearing.engine.schedule.ConstraintType;
import org.bearing.engine.schedule.Lag;
import org.bearing.engine.schedule.LinkType;
import org.bearing.engine.schedule.NetworkBuilder;
import org.bearing.engine.schedule.ScheduleNetwork;

/**
 * Validates the Monte Carlo engine on real projects: for each DSLIB workbook, the baseline network (leaf activities,
 * FS/SS/FF/SF links with lags, links of summaries expanded to their leaves, each activity anchored at its baseline
 * start) on the workbook's agenda, each activity's three-point duration estimate from its
 * {@code Risk Analysis} sheet (relative profiles in % of the baseline duration, "manual - absolute" ones in hours;
 * triangular, as ProTrack draws them), simulated; P50 and P80 of the project duration (working days) set next to the
 * real duration from the last tracking period, and whether the real duration was at or below P80.
 */
public final class DslibRiskCheck {
    private static final String RISK_SHEET = "Risk Analysis";
    private static final Pattern LINK = Pattern.compile("(\\d+)(FS|SS|FF|SF)([+-].*)?");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([wdhm])");

    /**
     * One project's outcome; durations in working days of its agenda. {@code actualPercentile} is the share of
     * iterations that finished within the real duration. {@code skipped} says why a workbook was not simulated.
     */
    public record ProjectResult(String name, int activities, int estimates, int links, double baselineDays, double plannedDays,
                                double p50Days, double p80Days, double actualDays, boolean withinP80, double actualPercentile,
                                String skipped) {
        static ProjectResult skipped(String name, String why) {
            return new ProjectResult(name, 0, 0, 0, 0, 0, 0, 0, 0, false, 0, why);
        }
    }

    /** All projects; {@code withinP80} of {@code compared} had a real duration at or below P80. */
    public record Report(int iterations, long seed, List<ProjectResult> projects, int compared, int withinP80, int withinP50,
                         double meanActualPercentile) {
    }

    public Report run(List<Path> files, int iterations, long seed, int threads) {
        List<ProjectResult> out = new ArrayList<>();
        for (Path f : files) {
            out.add(check(f, iterations, seed, threads));
        }
        List<ProjectResult> done = out.stream().filter(p -> p.skipped() == null).toList();
        int p80 = (int) done.stream().filter(ProjectResult::withinP80).count();
        int p50 = (int) done.stream().filter(p -> p.actualDays() <= p.p50Days() + 1e-9).count();
        double mean = done.stream().mapToDouble(ProjectResult::actualPercentile).average().orElse(Double.NaN);
        return new Report(iterations, seed, out, done.size(), p80, p50, mean);
    }

    public ProjectResult check(Path file, int iterations, long seed, int threads) {
        String name = file.getFileName().toString().replaceFirst("\\.xlsx$", "");
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            return check(name, wb, iterations, seed, threads);
        } catch (IOException | RuntimeException e) {
            return ProjectResult.skipped(name, "cannot read: " + e.getMessage());
        }
    }

    private ProjectResult check(String name, Workbook wb, int iterations, long seed, int threads) {
        DslibProject project = new DslibWorkbookReader().read(name, wb);
        Sheet riskSheet = wb.getSheet(RISK_SHEET);
        if (riskSheet == null) {
            return ProjectResult.skipped(name, "no '" + RISK_SHEET + "' sheet");
        }
        WorkCalendar calendar = DslibCheck.calendar(project);
        long day = Math.round(project.hoursPerDay() > 0 ? project.hoursPerDay() * 60 : 480);
        long week = day * Math.max(1, project.workingDays().isEmpty() ? 5 : project.workingDays().size());
        if (project.periods().isEmpty()) {
            return ProjectResult.skipped(name, "no tracking periods, so no real duration");
        }
        Double actual = actualMinutes(wb, day, week);
        if (actual == null) {
            return ProjectResult.skipped(name, "the last tracking period does not show the project finished");
        }
        Map<Integer, LocalDateTime> baselineStart = new HashMap<>();
        for (DslibProject.Activity a : project.activities()) {
            baselineStart.put(a.id(), a.baselineStart());
        }
        Sheet baseline = wb.getSheet("Baseline Schedule");
        NetworkBuilder b = ScheduleNetwork.builder().projectStart(project.start()).projectCalendar(calendar);
        Map<Integer, Integer> index = new HashMap<>();
        Map<Integer, String> wbsOf = new HashMap<>();
        List<String[]> predecessors = new ArrayList<>();
        double baselineMinutes = Double.NaN;
        for (int r = 2; r <= baseline.getLastRowNum(); r++) {
            Row row = baseline.getRow(r);
            Double id = number(row, 0);
            if (id == null) {
                continue;
            }
            if (id == 0) {
                baselineMinutes = minutes(text(row, 7), day, week);
            }
            wbsOf.put(id.intValue(), text(row, 2));
            predecessors.add(new String[] {String.valueOf(id.intValue()), text(row, 3)});
            LocalDateTime start = baselineStart.get(id.intValue());
            if (start == null) {
                continue; // a summary: its links are expanded to its leaves below
            }
            int i = b.addTask(text(row, 1), Math.round(minutes(text(row, 7), day, week)));
            // The baseline start anchors each activity (it holds what the network alone does not: leveling, waits);
            // sampled durations then push successors later through the links.
            b.constraint(i, ConstraintType.START_NO_EARLIER_THAN, WallClock.minutes(start));
            index.put(id.intValue(), i);
        }
        Map<Integer, List<Integer>> leavesOf = new HashMap<>();
        for (Map.Entry<Integer, String> e : wbsOf.entrySet()) {
            String prefix = e.getValue() + ".";
            List<Integer> under = new ArrayList<>();
            for (Map.Entry<Integer, Integer> leaf : index.entrySet()) {
                if (leaf.getKey().equals(e.getKey()) || wbsOf.getOrDefault(leaf.getKey(), "").startsWith(prefix)) {
                    under.add(leaf.getValue());
                }
            }
            leavesOf.put(e.getKey(), under);
        }
        int links = 0;
        Set<Long> linked = new HashSet<>();
        for (String[] p : predecessors) {
            List<Integer> successors = leavesOf.getOrDefault(Integer.parseInt(p[0]), List.of());
            for (String ref : p[1].split(";")) {
                Matcher m = LINK.matcher(ref.strip());
                if (!m.matches()) {
                    continue;
                }
                String lag = m.group(3);
                long lagMinutes = lag == null ? 0 : Math.round((lag.startsWith("-") ? -1 : 1) * minutes(lag.substring(1), day, week));
                for (int predecessor : leavesOf.getOrDefault(Integer.parseInt(m.group(1)), List.of())) {
                    for (int successor : successors) {
                        if (predecessor != successor && linked.add(((long) predecessor << 32) | successor)) {
                            b.link(predecessor, successor, type(m.group(2)), Lag.working(lagMinutes));
                            links++;
                        }
                    }
                }
            }
        }
        ScheduleNetwork net = b.build();
        RiskModel.Builder model = RiskModel.builder(net);
        int estimates = 0;
        for (int r = 3; r <= riskSheet.getLastRowNum(); r++) {
            Row row = riskSheet.getRow(r);
            Double id = number(row, 0);
            Integer i = id == null ? null : index.get(id.intValue());
            Double lo = number(row, 4);
            Double ml = number(row, 5);
            Double hi = number(row, 6);
            if (i == null || lo == null || ml == null || hi == null || !(lo <= ml && ml <= hi) || lo < 0) {
                continue;
            }
            boolean absolute = text(row, 3).toLowerCase(Locale.ROOT).contains("absolute");
            double scale = absolute ? 60 : net.duration(i) / 100.0;
            if (scale <= 0 || hi == 0) {
                continue;
            }
            model.estimate(i, new ThreePointEstimate(lo * scale, ml * scale, hi * scale, ThreePointEstimate.Shape.TRIANGULAR));
            estimates++;
        }
        SimulationResult result = new MonteCarloSimulation(model.build())
                .run(SimulationOptions.of(iterations, seed, net.taskCount()).withThreads(threads));
        long within = 0;
        long start = net.projectStart();
        for (int k = 0; k < iterations; k++) {
            within += calendar.workingBetween(start, result.finish(k)) <= actual + 1e-9 ? 1 : 0;
        }
        double planned = calendar.workingBetween(start, result.deterministicFinish());
        double p80 = result.finishWorkingMinutesPercentile(80);
        return new ProjectResult(name, net.taskCount(), estimates, links, baselineMinutes / day, planned / day,
                result.finishWorkingMinutesPercentile(50) / (double) day, p80 / day, actual / day, actual <= p80 + 1e-9,
                (double) within / iterations, null);
    }

    /** The project row's actual duration in the last tracking period, if the project is 100 % complete there. */
    private static Double actualMinutes(Workbook wb, long day, long week) {
        Sheet last = null;
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            if (wb.getSheetName(s).matches("(Project Control - )?TP\\d+")) {
                last = wb.getSheetAt(s);
            }
        }
        if (last == null) {
            return null;
        }
        for (int r = 4; r <= last.getLastRowNum(); r++) {
            Row row = last.getRow(r);
            Double id = number(row, 0);
            if (id != null && id == 0) {
                Double done = number(row, 20);
                String duration = text(row, 12);
                return done != null && done >= 0.999 && !duration.isEmpty() ? minutes(duration, day, week) : null;
            }
        }
        return null;
    }

    /** Minutes of a ProTrack duration such as "22d 4h", "2w 6d" or "180h"; a bare number is hours. */
    static double minutes(String s, long day, long week) {
        String t = s == null ? "" : s.strip();
        if (t.isEmpty()) {
            return 0;
        }
        if (t.matches("\\d+(\\.\\d+)?")) {
            return Double.parseDouble(t) * 60;
        }
        double total = 0;
        Matcher m = AMOUNT.matcher(t);
        while (m.find()) {
            double v = Double.parseDouble(m.group(1));
            total += switch (m.group(2)) {
                case "w" -> v * week;
                case "d" -> v * day;
                case "h" -> v * 60;
                default -> v;
            };
        }
        return total;
    }

    private static LinkType type(String code) {
        return switch (code) {
            case "SS" -> LinkType.START_TO_START;
            case "FF" -> LinkType.FINISH_TO_FINISH;
            case "SF" -> LinkType.START_TO_FINISH;
            default -> LinkType.FINISH_TO_START;
        };
    }

    private static final DataFormatter FORMAT = new DataFormatter(Locale.ROOT);

    private static String text(Row row, int col) {
        Cell c = row == null ? null : row.getCell(col);
        return c == null ? "" : FORMAT.formatCellValue(c).strip();
    }

    private static Double number(Row row, int col) {
        Cell c = row == null ? null : row.getCell(col);
        if (c == null) {
            return null;
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (t == CellType.NUMERIC) {
            return c.getNumericCellValue();
        }
        if (t == CellType.STRING) {
            try {
                return Double.parseDouble(c.getStringCellValue().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
