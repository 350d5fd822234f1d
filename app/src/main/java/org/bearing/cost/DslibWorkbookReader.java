package org.bearing.cost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a DSLIB project workbook ({@code .xlsx}) into a {@link DslibProject}. Column positions follow the DSLIB 3.0
 * layout; header texts are checked so that another layout fails with a message naming the sheet and column.
 */
public final class DslibWorkbookReader {
    private static final String BASELINE = "Baseline Schedule";
    private static final String OVERVIEW = "Tracking Overview";
    private static final String AGENDA = "Agenda";

    /** Reads {@code file}; throws {@link DslibFormatException} naming the file, sheet and cell on bad input. */
    public DslibProject read(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.xlsx$", "");
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            return read(name, wb);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DslibFormatException d) {
                throw d;
            }
            throw new DslibFormatException(name + ": cannot read workbook: " + e.getMessage(), e);
        }
    }

    /** Reads an open workbook (for callers that read other sheets of it too). */
    public DslibProject read(String name, Workbook wb) {
        Sheet baseline = sheet(wb, name, BASELINE);
        expectHeader(name, baseline, 1, 5, "Baseline Start");
        expectHeader(name, baseline, 1, 10, "Fixed Cost");
        expectHeader(name, baseline, 1, 13, "Total Cost");
        LocalDateTime projectStart = date(baseline.getRow(2), 5);
        List<Object[]> rows = new ArrayList<>();
        Set<String> wbsCodes = new HashSet<>();
        for (int r = 3; r <= baseline.getLastRowNum(); r++) {
            Row row = baseline.getRow(r);
            double id = number(row, 0);
            LocalDateTime s = date(row, 5);
            LocalDateTime e = date(row, 6);
            if (Double.isNaN(id) || s == null || e == null) {
                continue;
            }
            String wbs = text(row, 2);
            wbsCodes.add(wbs);
            rows.add(new Object[] {(int) id, wbs, s, e, zeroIfBlank(number(row, 10)), zeroIfBlank(number(row, 13)),
                text(row, 3)});
        }
        int[] hours = new int[0];
        Set<Integer> days = new LinkedHashSet<>();
        Set<LocalDate> holidays = new HashSet<>();
        Sheet agenda = wb.getSheet(AGENDA);
        if (agenda != null) {
            hours = workingHours(agenda);
            for (int r = 1; r <= agenda.getLastRowNum(); r++) {
                Row row = agenda.getRow(r);
                String day = text(row, 3);
                if (!day.isEmpty() && "yes".equalsIgnoreCase(text(row, 4))) {
                    days.add(java.time.DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)).getValue());
                }
                LocalDateTime h = date(row, 6);
                if (h != null) {
                    holidays.add(h.toLocalDate());
                }
            }
        }
        double hoursPerDay = hoursPerDay(hours);
        // relations may name summaries: a summary's leaves inherit its predecessors, and a link to a summary is a
        // link to each of its leaves
        Map<String, Integer> idOfWbs = new HashMap<>();
        Map<Integer, String> wbsOfId = new HashMap<>();
        Map<Integer, List<DslibProject.Link>> ownLinks = new HashMap<>();
        for (Object[] a : rows) {
            idOfWbs.put((String) a[1], (int) a[0]);
            wbsOfId.put((int) a[0], (String) a[1]);
            ownLinks.put((int) a[0], links((String) a[6], hoursPerDay));
        }
        Map<Integer, List<Integer>> leavesOf = new HashMap<>();
        List<Object[]> leafRows = new ArrayList<>();
        for (Object[] a : rows) {
            String prefix = a[1] + ".";
            boolean summary = wbsCodes.stream().anyMatch(w -> w.startsWith(prefix));
            if (!summary) {
                leafRows.add(a);
                for (String w = (String) a[1]; w.contains("."); ) {
                    w = w.substring(0, w.lastIndexOf('.'));
                    Integer up = idOfWbs.get(w);
                    if (up != null) {
                        leavesOf.computeIfAbsent(up, k -> new ArrayList<>()).add((int) a[0]);
                    }
                }
            }
        }
        List<DslibProject.Activity> activities = new ArrayList<>();
        for (Object[] a : leafRows) {
            List<DslibProject.Link> inherited = new ArrayList<>(ownLinks.get((int) a[0]));
            for (String w = (String) a[1]; w.contains("."); ) {
                w = w.substring(0, w.lastIndexOf('.'));
                Integer up = idOfWbs.get(w);
                if (up != null && leavesOf.containsKey(up) && w.contains(".")) {
                    inherited.addAll(ownLinks.get(up)); // not the project row's
                }
            }
            List<DslibProject.Link> expanded = new ArrayList<>();
            for (DslibProject.Link l : inherited) {
                List<Integer> leaves = leavesOf.get(l.predecessor());
                if (leaves == null) {
                    expanded.add(l);
                } else {
                    leaves.forEach(x -> expanded.add(new DslibProject.Link(x, l.type(), l.lagHours())));
                }
            }
            activities.add(new DslibProject.Activity((int) a[0], (LocalDateTime) a[2], (LocalDateTime) a[3],
                    (double) a[4], (double) a[5], List.copyOf(expanded)));
        }
        LocalDateTime start = projectStart;
        for (DslibProject.Activity a : activities) {
            if (start == null || a.baselineStart().isBefore(start)) {
                start = a.baselineStart(); // some workbooks leave the project row without dates
            }
        }
        if (start == null) {
            throw new DslibFormatException(name + ": " + BASELINE + " has no activity with baseline start and end");
        }
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < activities.size(); i++) {
            index.put(activities.get(i).id(), i);
        }
        List<DslibProject.Period> periods = new ArrayList<>();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            String sheetName = wb.getSheetName(s);
            if (sheetName.matches("(Project Control - )?TP\\d+")) {
                periods.add(period(name, wb.getSheetAt(s), index, hoursPerDay));
            }
        }
        return new DslibProject(name, start, hours, days, holidays, activities, periods, overview(wb));
    }

    private static int[] workingHours(Sheet agenda) {
        List<Integer> bounds = new ArrayList<>();
        for (int r = 1; r <= agenda.getLastRowNum(); r++) {
            Row row = agenda.getRow(r);
            String slot = text(row, 0);
            if (!slot.contains("-") || !"yes".equalsIgnoreCase(text(row, 1))) {
                continue;
            }
            String[] ends = slot.split("-");
            int from = minuteOfDay(ends[0]);
            int to = minuteOfDay(ends[1]);
            if (to == 0) {
                to = 1440;
            }
            if (!bounds.isEmpty() && bounds.get(bounds.size() - 1) == from) {
                bounds.set(bounds.size() - 1, to);
            } else {
                bounds.add(from);
                bounds.add(to);
            }
        }
        return bounds.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int minuteOfDay(String hhmm) {
        String[] p = hhmm.trim().split(":");
        return Integer.parseInt(p[0].trim()) * 60 + (p.length > 1 ? Integer.parseInt(p[1].trim()) : 0);
    }

    /** Working hours per day of the agenda's slots; 8 without an agenda (the standard calendar). */
    private static double hoursPerDay(int[] bounds) {
        int minutes = 0;
        for (int i = 0; i + 1 < bounds.length; i += 2) {
            minutes += bounds[i + 1] - bounds[i];
        }
        return minutes == 0 ? 8 : minutes / 60.0;
    }

    private static final java.util.regex.Pattern LINK =
            java.util.regex.Pattern.compile("(\\d+)\\s*(FS|SS|FF|SF)?\\s*([+-].*)?", java.util.regex.Pattern.CASE_INSENSITIVE);

    /** The relations of a Predecessors cell such as {@code 12FS+2d;13SS}; unreadable parts are left out. */
    static List<DslibProject.Link> links(String cell, double hoursPerDay) {
        List<DslibProject.Link> out = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return out;
        }
        for (String part : cell.split("[;,]")) {
            java.util.regex.Matcher m = LINK.matcher(part.trim());
            if (!m.matches()) {
                continue;
            }
            String type = m.group(2) == null ? "FS" : m.group(2).toUpperCase(Locale.ROOT);
            double lag = 0;
            if (m.group(3) != null) {
                String l = m.group(3).trim();
                double sign = l.startsWith("-") ? -1 : 1;
                lag = sign * hours(l.substring(1), hoursPerDay);
                if (Double.isNaN(lag)) {
                    lag = 0;
                }
            }
            out.add(new DslibProject.Link(Integer.parseInt(m.group(1)), type, lag));
        }
        return out;
    }

    private static final java.util.regex.Pattern SPAN =
            java.util.regex.Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*([wdhm]?)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Working hours of a DSLIB duration text such as {@code 22d 4h} (w = 5 days, m = minutes); a bare 0 is 0 and
     * anything unreadable NaN.
     */
    static double hours(String text, double hoursPerDay) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        java.util.regex.Matcher m = SPAN.matcher(t);
        double sum = 0;
        int end = 0;
        while (m.find()) {
            if (!t.substring(end, m.start()).isBlank()) {
                return Double.NaN;
            }
            double v = Double.parseDouble(m.group(1).replace(',', '.'));
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            if (unit.isEmpty() && v != 0) {
                return Double.NaN;
            }
            sum += switch (unit) {
                case "w" -> v * 5 * hoursPerDay;
                case "d" -> v * hoursPerDay;
                case "m" -> v / 60;
                default -> v;
            };
            end = m.end();
        }
        return end == t.length() && end > 0 ? sum : Double.NaN;
    }

    private static DslibProject.Period period(String project, Sheet sheet, Map<Integer, Integer> index,
            double hoursPerDay) {
        LocalDateTime status = date(sheet.getRow(0), 2);
        if (status == null) {
            throw new DslibFormatException(project + ": sheet '" + sheet.getSheetName() + "' has no TP status date in C1");
        }
        expectHeader(project, sheet, 3, 11, "Actual Start");
        expectHeader(project, sheet, 3, 18, "Actual Cost");
        expectHeader(project, sheet, 3, 20, "Percentage Completed");
        DslibProject.Progress[] progress = new DslibProject.Progress[index.size()];
        for (int r = 4; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            double id = number(row, 0);
            Integer i = Double.isNaN(id) ? null : index.get((int) id);
            if (i == null) {
                continue;
            }
            double pct = zeroIfBlank(number(row, 20));
            progress[i] = new DslibProject.Progress(date(row, 11) != null || pct > 0, Math.min(1, Math.max(0, pct)),
                    zeroIfBlank(number(row, 18)), zeroIfBlank(number(row, 19)), date(row, 11),
                    hours(text(row, 12), hoursPerDay), hours(text(row, 15), hoursPerDay));
        }
        return new DslibProject.Period(sheet.getSheetName(), status, java.util.Arrays.asList(progress));
    }

    private static List<DslibProject.Reported> overview(Workbook wb) {
        Sheet sheet = wb.getSheet(OVERVIEW);
        List<DslibProject.Reported> out = new ArrayList<>();
        if (sheet == null) {
            return out;
        }
        for (int r = 2; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            LocalDateTime status = date(row, 2);
            if (status == null) {
                continue;
            }
            out.add(new DslibProject.Reported(status, number(row, 3), number(row, 4), number(row, 5), date(row, 6),
                    number(row, 7), number(row, 8), number(row, 9), number(row, 10), number(row, 35), number(row, 12)));
        }
        return out;
    }

    private static Sheet sheet(Workbook wb, String project, String name) {
        Sheet s = wb.getSheet(name);
        if (s == null) {
            throw new DslibFormatException(project + ": no sheet '" + name + "'");
        }
        return s;
    }

    private static void expectHeader(String project, Sheet sheet, int row, int col, String header) {
        String actual = text(sheet.getRow(row), col);
        if (!actual.equalsIgnoreCase(header)) {
            throw new DslibFormatException(project + ": sheet '" + sheet.getSheetName() + "' row " + (row + 1) + " column "
                    + (col + 1) + " should be '" + header + "', found '" + actual + "'");
        }
    }

    private static double zeroIfBlank(double v) {
        return Double.isNaN(v) ? 0.0 : v;
    }

    private static CellType type(Cell c) {
        return c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    }

    /** Numeric value of a cell (numbers written as text too); NaN if blank or not a number. */
    static double number(Row row, int col) {
        Cell c = row == null ? null : row.getCell(col);
        if (c == null) {
            return Double.NaN;
        }
        CellType t = type(c);
        if (t == CellType.NUMERIC) {
            return c.getNumericCellValue();
        }
        if (t == CellType.STRING) {
            try {
                return Double.parseDouble(c.getStringCellValue().trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** Date-time of a date-formatted numeric cell, or null. */
    static LocalDateTime date(Row row, int col) {
        Cell c = row == null ? null : row.getCell(col);
        if (c == null || type(c) != CellType.NUMERIC || !DateUtil.isCellDateFormatted(c)) {
            return null;
        }
        // round to the minute: Excel serial dates carry binary fractions of a day
        LocalDateTime t = c.getLocalDateTimeCellValue();
        return t.plusSeconds(30).withSecond(0).withNano(0);
    }

    static String text(Row row, int col) {
        Cell c = row == null ? null : row.getCell(col);
        if (c == null) {
            return "";
        }
        CellType t = type(c);
        if (t == CellType.STRING) {
            return c.getStringCellValue().trim();
        }
        if (t == CellType.NUMERIC) {
            double v = c.getNumericCellValue();
            return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
        }
        return "";
    }
}
