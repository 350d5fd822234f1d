package org.bearing.cost.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bearing.cost.EarnedValueReport;
import org.bearing.cost.EarnedValueSnapshot;
import org.bearing.cost.SCurve;
import org.bearing.cost.SCurves;
import org.bearing.platform.InvalidFieldException;

/**
 * The earned value tables as CSV (one table) or XLSX (a sheet per table, frozen header row, number formats). Money is
 * in the project's currency (named in each money column's header), dates are ISO 8601 ({@code yyyy-mm-dd}).
 * Text that a spreadsheet would take for a formula (starting with =, +, −, @, tab or carriage return; a WBS name is
 * user input) is neutralised: a leading apostrophe in CSV, a quote-prefixed string cell in XLSX, which Excel shows
 * as typed and never evaluates.
 */
final class EarnedValueExport {

    /** The tables that can be exported. */
    enum Table {
        MEASURES("Measures by WBS"), TIME_PHASED("Time-phased PV EV AC"), HISTORY("History"), TASKS("Measures by task"),
        /** The {@link SCurve}: one row per period, the same numbers as the S-curve API for the same granularity. */
        S_CURVE("S-curve");

        final String title;

        Table(String title) {
            this.title = title;
        }
    }

    private enum Kind {
        TEXT, COUNT, MONEY, INDEX, DAYS, DATE
    }

    /** A table: its header, the kind of each column and its rows (String, Double, LocalDate or null cells). */
    private record Grid(List<String> header, List<Kind> kinds, List<List<Object>> rows) {
    }

    private EarnedValueExport() {
    }

    /** Whether a spreadsheet could read this text as a formula or a command. */
    static boolean dangerous(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0;
    }

    /**
     * One table as CSV. The S-curve table of a curve with too many periods at its granularity is refused, naming the
     * granularity, as the S-curve API refuses it.
     */
    static String csv(SCurves.Page page, List<EarnedValueSnapshot> history, Table table) {
        if (table == Table.S_CURVE && page.curve() == null) {
            throw new InvalidFieldException("granularity", page.curveUnavailable());
        }
        Grid g = grid(page, history, table);
        StringBuilder sb = new StringBuilder();
        line(sb, new ArrayList<>(g.header()));
        for (List<Object> row : g.rows()) {
            line(sb, row);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            Object v = cells.get(i);
            if (v instanceof Double d) {
                sb.append(Double.isFinite(d) ? plain(d) : "");
            } else if (v != null) {
                String s = v.toString();
                if (dangerous(s)) {
                    s = "'" + s;
                }
                if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                    s = '"' + s.replace("\"", "\"\"") + '"';
                }
                sb.append(s);
            }
        }
        sb.append("\r\n");
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** Every table, a sheet each; an S-curve with too many periods at its granularity leaves its sheet saying why. */
    static byte[] xlsx(SCurves.Page page, List<EarnedValueSnapshot> history) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            CellStyle text = wb.createCellStyle();
            CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle index = wb.createCellStyle();
            index.setDataFormat(wb.createDataFormat().getFormat("0.000"));
            CellStyle days = wb.createCellStyle();
            days.setDataFormat(wb.createDataFormat().getFormat("0.0"));
            CellStyle count = wb.createCellStyle();
            count.setDataFormat(wb.createDataFormat().getFormat("0"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            for (Table t : Table.values()) {
                Grid g = grid(page, history, t);
                Sheet sheet = wb.createSheet(t.title);
                Row header = sheet.createRow(0);
                for (int c = 0; c < g.header().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(g.header().get(c));
                    cell.setCellStyle(head);
                }
                sheet.createFreezePane(0, 1);
                for (int r = 0; r < g.rows().size(); r++) {
                    Row row = sheet.createRow(r + 1);
                    List<Object> values = g.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v == null || v instanceof Double d && !Double.isFinite(d)) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v instanceof Double d) {
                            cell.setCellValue(d);
                            Kind k = g.kinds().get(c);
                            cell.setCellStyle(k == Kind.MONEY ? money : k == Kind.INDEX ? index : k == Kind.COUNT ? count : days);
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else {
                            String s = v.toString();
                            cell.setCellValue(s); // a string cell: never a formula
                            cell.setCellStyle(dangerous(s) ? quoted : text);
                        }
                    }
                }
                for (int c = 0; c < g.header().size(); c++) {
                    sheet.setColumnWidth(c, Math.min(60, Math.max(12, g.header().get(c).length() + 4)) * 256);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Grid grid(SCurves.Page page, List<EarnedValueSnapshot> history, Table table) {
        EarnedValueReport r = page.report();
        List<List<Object>> rows = new ArrayList<>();
        switch (table) {
            case S_CURVE -> {
                return sCurve(page, r);
            }
            case MEASURES -> {
                rows.add(measures("(project)", 0, r.project()));
                for (EarnedValueReport.Node n : r.breakdown()) {
                    rows.add(measures(n.name(), n.level(), n.measures()));
                }
                return new Grid(List.of("Element", "Level", money("BAC", r), money("PV", r), money("EV", r), money("AC", r),
                        money("CV", r), money("SV", r), "CPI", "SPI", "TCPI", money("EAC (BAC/CPI)", r), money("VAC", r),
                        "ES (days)", "AT (days)", "SV(t) (days)", "SPI(t)", "EAC(t) (days)"),
                        List.of(Kind.TEXT, Kind.COUNT, Kind.MONEY, Kind.MONEY, Kind.MONEY, Kind.MONEY, Kind.MONEY, Kind.MONEY,
                                Kind.INDEX, Kind.INDEX, Kind.INDEX, Kind.MONEY, Kind.MONEY, Kind.DAYS, Kind.DAYS, Kind.DAYS,
                                Kind.INDEX, Kind.DAYS), rows);
            }
            case TASKS -> {
                for (EarnedValueReport.TaskLine t : r.tasks()) {
                    EarnedValueReport.Measures m = t.measures();
                    rows.add(list(t.name(), t.evMethod(), t.percentComplete(), t.physicalPercentComplete(), m.bac(), m.pv(),
                            m.ev(), m.ac(), m.cpi(), m.spi(), m.es(), m.at(), m.spit()));
                }
                return new Grid(List.of("Task", "EV method", "% complete", "Physical % complete", money("BAC", r), money("PV", r),
                        money("EV", r), money("AC", r), "CPI", "SPI", "ES (days)", "AT (days)", "SPI(t)"),
                        List.of(Kind.TEXT, Kind.TEXT, Kind.DAYS, Kind.DAYS, Kind.MONEY, Kind.MONEY, Kind.MONEY, Kind.MONEY,
                                Kind.INDEX, Kind.INDEX, Kind.DAYS, Kind.DAYS, Kind.INDEX), rows);
            }
            case TIME_PHASED -> {
                for (EarnedValueReport.CurvePoint p : r.sCurve()) {
                    rows.add(list(p.date(), p.pv(), p.ev(), p.ac()));
                }
                return new Grid(List.of("Period end", money("PV (cumulative)", r), money("EV", r), money("AC", r)),
                        List.of(Kind.DATE, Kind.MONEY, Kind.MONEY, Kind.MONEY), rows);
            }
            default -> {
                for (EarnedValueSnapshot s : history) {
                    rows.add(list(s.statusDate(), s.baseline(), s.bac(), s.pv(), s.ev(), s.ac(), s.cv(), s.sv(), s.cpi(),
                            s.spi(), s.es(), s.at(), s.svt(), s.spit(), s.eacCpi(), s.vac(), s.eact()));
                }
                return new Grid(List.of("Status date", "Baseline", money("BAC", r), money("PV", r), money("EV", r),
                        money("AC", r), money("CV", r), money("SV", r), "CPI", "SPI", "ES (days)", "AT (days)",
                        "SV(t) (days)", "SPI(t)", money("EAC (BAC/CPI)", r), money("VAC", r), "EAC(t) (days)"),
                        List.of(Kind.DATE, Kind.TEXT, Kind.MONEY, Kind.MONEY, Kind.MONEY, Kind.MONEY, Kind.MONEY,
                                Kind.MONEY, Kind.INDEX, Kind.INDEX, Kind.DAYS, Kind.DAYS, Kind.DAYS, Kind.INDEX, Kind.MONEY,
                                Kind.MONEY, Kind.DAYS), rows);
            }
        }
    }

    /**
     * Per period of the S-curve: its first and last day, cumulative PV, EV and AC at its end, the day EV and AC were
     * measured on and from what ({@link SCurve.Source}), and the forecast EV and AC (the EAC path) at its end.
     */
    private static Grid sCurve(SCurves.Page page, EarnedValueReport r) {
        List<List<Object>> rows = new ArrayList<>();
        SCurve c = page.curve();
        String unit = c == null ? "period" : c.granularity().name().toLowerCase(Locale.ROOT);
        if (c == null) {
            rows.add(list("No S-curve: " + page.curveUnavailable()));
        } else {
            for (SCurve.Period p : c.periods()) {
                rows.add(list(p.start(), p.end(), p.pv(), p.ev(), p.ac(), p.measuredOn(),
                        p.source() == null ? null : p.source().name(), p.forecastEv(), p.forecastAc()));
            }
        }
        return new Grid(List.of("Period start (" + unit + ")", "Period end (" + unit + ")", money("PV cumulative", r),
                money("EV cumulative", r), money("AC cumulative", r), "EV and AC measured on", "EV and AC from",
                money("EV forecast", r), money("AC forecast / EAC path", r)),
                List.of(Kind.DATE, Kind.DATE, Kind.MONEY, Kind.MONEY, Kind.MONEY, Kind.DATE, Kind.TEXT, Kind.MONEY, Kind.MONEY),
                rows);
    }

    private static String money(String label, EarnedValueReport r) {
        return String.format(Locale.ROOT, "%s (%s)", label, r.currency());
    }

    private static List<Object> measures(String name, int level, EarnedValueReport.Measures m) {
        return list(name, (double) level, m.bac(), m.pv(), m.ev(), m.ac(), m.cv(), m.sv(), m.cpi(), m.spi(), m.tcpi(),
                m.eacCpi(), m.vac(), m.es(), m.at(), m.svt(), m.spit(), m.eact());
    }

    private static List<Object> list(Object... cells) {
        List<Object> out = new ArrayList<>(cells.length);
        java.util.Collections.addAll(out, cells);
        return out;
    }
}
