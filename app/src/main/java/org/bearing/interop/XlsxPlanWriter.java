package org.bearing.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bearing.plan.ProjectCalendar;
import org.bearing.plan.Resource;
import org.bearing.risk.Risk;

/**
 * Writes a project as an Excel workbook: a Tasks sheet with the WBS outline as Excel row groups (collapsible with the
 * outline buttons, summary row above its subtasks), dates as real dates, summaries in bold and critical tasks in
 * red; a Resources sheet; and a Risks sheet when the project has risks. Every sheet has a bold, frozen, filterable
 * header. Text cells are made inert against formula injection ({@link SpreadsheetText}).
 */
final class XlsxPlanWriter {
    private static final List<String> RESOURCE_HEADERS = List.of("Name", "Type", "Initials", "Group", "Email", "Material label",
            "Max units (%)", "Standard rate", "Overtime rate", "Cost per use", "Calendar");
    private static final List<String> RISK_HEADERS = List.of("Code", "Kind", "Title", "Cause", "Event", "Effect", "Category", "Owner",
            "Probability", "Impact", "Score", "Rating", "Cost exposure", "Strategy", "Status", "Proximity", "Review date");

    private final ExportedPlan plan;
    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle summary;
    private final CellStyle summaryDate;
    private final CellStyle critical;

    XlsxPlanWriter(ExportedPlan plan) {
        this.plan = plan;
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        short dateFormat = book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm");
        date = book.createCellStyle();
        date.setDataFormat(dateFormat);
        summary = book.createCellStyle();
        summary.setFont(bold);
        summaryDate = book.createCellStyle();
        summaryDate.setFont(bold);
        summaryDate.setDataFormat(dateFormat);
        Font red = book.createFont();
        red.setColor(IndexedColors.RED.getIndex());
        critical = book.createCellStyle();
        critical.setFont(red);
    }

    void write(OutputStream out) throws IOException {
        tasks();
        resources();
        if (!plan.risks().isEmpty()) {
            risks();
        }
        book.write(out);
        book.close();
    }

    private void tasks() {
        XSSFSheet sheet = sheet("Tasks", PlanTable.HEADERS);
        sheet.setRowSumsBelow(false); // the summary's row is above its group, as in a WBS
        List<PlanTable.Row> rows = PlanTable.rows(plan);
        for (int i = 0; i < rows.size(); i++) {
            PlanTable.Row row = rows.get(i);
            XSSFRow r = sheet.createRow(i + 1);
            boolean isCritical = "Yes".equals(row.cells().get(14)) && !row.task().summary();
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = cell(r, c, row.cells().get(c));
                if (row.task().summary()) {
                    cell.setCellStyle(row.cells().get(c) instanceof LocalDateTime ? summaryDate : summary);
                } else if (isCritical && c == 3) {
                    cell.setCellStyle(critical);
                }
            }
            if (row.level() > 1) {
                // Outline level of the row = depth below the top level; Excel draws the group brackets from it.
                r.getCTRow().setOutlineLevel((short) Math.min(7, row.level() - 1));
            }
        }
        finish(sheet, PlanTable.HEADERS.size(), rows.size());
        sheet.setColumnWidth(3, 45 * 256);
        sheet.createFreezePane(4, 1);
    }

    private void resources() {
        XSSFSheet sheet = sheet("Resources", RESOURCE_HEADERS);
        Map<Long, String> calendars = plan.calendars().stream().collect(Collectors.toMap(ProjectCalendar::id, ProjectCalendar::name));
        int i = 1;
        for (Resource r : plan.resources()) {
            XSSFRow row = sheet.createRow(i++);
            List<Object> cells = java.util.Arrays.asList(r.name(), r.type().name(), r.initials(), r.group(), r.email(), r.materialLabel(),
                    r.maxUnits() == null ? null : r.maxUnits().multiply(BigDecimal.valueOf(100)), r.standardRate(), r.overtimeRate(),
                    r.costPerUse(), r.calendarId() == null ? null : calendars.get(r.calendarId()));
            for (int c = 0; c < cells.size(); c++) {
                cell(row, c, cells.get(c));
            }
        }
        finish(sheet, RESOURCE_HEADERS.size(), plan.resources().size());
        sheet.createFreezePane(1, 1);
    }

    private void risks() {
        XSSFSheet sheet = sheet("Risks", RISK_HEADERS);
        int i = 1;
        for (Risk k : plan.risks()) {
            XSSFRow row = sheet.createRow(i++);
            List<Object> cells = java.util.Arrays.asList(k.code(), k.kind().name(), k.title(), k.cause(), k.event(), k.effect(),
                    k.category(), k.owner(), k.probability(), k.impact() == null ? null : k.impact().max(),
                    k.impact() == null ? null : plan.riskMatrix().score(k),
                    k.impact() == null ? null : plan.riskMatrix().rating(k).label(), k.costExposure(),
                    k.strategy() == null ? null : k.strategy().name(), k.status() == null ? null : k.status().name(),
                    k.proximity(), k.reviewDate());
            for (int c = 0; c < cells.size(); c++) {
                cell(row, c, cells.get(c));
            }
        }
        finish(sheet, RISK_HEADERS.size(), plan.risks().size());
        sheet.createFreezePane(1, 1);
    }

    private XSSFSheet sheet(String name, List<String> headers) {
        XSSFSheet sheet = book.createSheet(name);
        XSSFRow row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(header);
        }
        return sheet;
    }

    private void finish(XSSFSheet sheet, int columns, int rows) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows), 0, columns - 1));
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, 16 * 256);
        }
    }

    private Cell cell(XSSFRow row, int column, Object value) {
        Cell cell = row.createCell(column);
        if (value instanceof LocalDateTime t) {
            cell.setCellValue(t);
            cell.setCellStyle(date);
        } else if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (value != null) {
            String text = SpreadsheetText.safe(value.toString());
            cell.setCellValue(text.length() > 32_767 ? text.substring(0, 32_767) : text);
        }
        return cell;
    }
}
