package org.bearing.cost.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bearing.cost.EarnedValueReport;
import org.bearing.cost.EarnedValueSnapshot;
import org.bearing.cost.SCurve;
import org.bearing.cost.SCurves;
import org.bearing.engine.earnedvalue.Granularity;
import org.bearing.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;

/** Exported tables keep their numbers as numbers and never let a WBS name become a formula. */
class EarnedValueExportTest {

    private static final List<String> HOSTILE = List.of("=1+2", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\tx", "\rx");

    private static EarnedValueReport.Measures measures(double cv) {
        return new EarnedValueReport.Measures(1000.0, 500.0, 400.0, 450.0, cv, -100.0, 0.889, 0.8, 1.09, 1125.0, null,
                1050.0, -125.0, 4.0, 5.0, -1.0, 0.8, 10.0, 12.5);
    }

    private static EarnedValueReport report() {
        List<EarnedValueReport.Node> nodes = new ArrayList<>();
        for (String name : HOSTILE) {
            nodes.add(new EarnedValueReport.Node(name, 1, measures(-50)));
        }
        nodes.add(new EarnedValueReport.Node("Plain, with comma", 2, measures(-50)));
        return new EarnedValueReport(1, "EUR", "Plan", LocalDate.of(2026, 3, 2), measures(-50), nodes,
                List.of(new EarnedValueReport.CurvePoint(LocalDate.of(2026, 3, 6), 500, 400.0, 450.0)));
    }

    /** Two weeks: the first measured at the status date, the second forecast only. */
    private static SCurves.Page page() {
        SCurve curve = new SCurve(1, "EUR", "Plan", Granularity.WEEK, LocalDate.of(2026, 3, 4), 1000, LocalDate.of(2026, 3, 13),
                1125.0, "EAC = BAC / CPI", LocalDate.of(2026, 3, 13), "EAC(t) = AT + (PD − ES) / SPI(t)", List.of(
                new SCurve.Period(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), 500, 400.0, 450.0, LocalDate.of(2026, 3, 4),
                        SCurve.Source.STATUS_DATE, 612.5, 689.06),
                new SCurve.Period(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 15), 1000, null, null, null, null, 1000.0, 1125.0)));
        return new SCurves.Page(report(), curve, null);
    }

    private static final List<EarnedValueSnapshot> HISTORY = List.of(new EarnedValueSnapshot(LocalDate.of(2026, 3, 2),
            "=evil()", 1000.0, 500.0, 400.0, 450.0, -50.0, -100.0, 0.889, 0.8, 4.0, 5.0, -1.0, 0.8, 1125.0, -125.0, 12.5,
            LocalDateTime.of(2026, 3, 2, 18, 0)));

    @Test
    void csvPrefixesTextThatCouldBeAFormulaButNotNegativeNumbers() {
        String[] lines = EarnedValueExport.csv(page(), HISTORY, EarnedValueExport.Table.MEASURES).split("\r\n");
        assertThat(lines).hasSize(3 + HOSTILE.size()); // header, project, the hostile names, one plain
        assertThat(lines[1]).startsWith("(project),0,1000,500,400,450,-50,-100,0.889,0.8,1.09,1125,-125,4,5,-1,0.8,12.5");
        assertThat(lines[2]).startsWith("'=1+2,1,");
        assertThat(lines[3]).startsWith("'+cmd|' /C calc'!A0,1,");
        assertThat(lines[4]).startsWith("'-2+3,1,");
        assertThat(lines[5]).startsWith("'@SUM(A1:A2),1,");
        assertThat(lines[6]).startsWith("'\tx,1,");
        assertThat(lines[7]).startsWith("\"'\rx\",1,"); // a carriage return is also quoted, as CSV requires
        assertThat(lines[8]).startsWith("\"Plain, with comma\",2,");
        String history = EarnedValueExport.csv(page(), HISTORY, EarnedValueExport.Table.HISTORY);
        assertThat(history.split("\r\n")[1]).startsWith("2026-03-02,'=evil(),1000,");
    }

    @Test
    void xlsxHasASheetPerTableWithFrozenHeaderNumberFormatsAndNoFormulas() throws Exception {
        byte[] bytes = EarnedValueExport.xlsx(page(), HISTORY);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            assertThat(List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3), wb.getSheetName(4)))
                    .containsExactly("Measures by WBS", "Time-phased PV EV AC", "History", "Measures by task", "S-curve");
            for (int i = 0; i < 5; i++) {
                Sheet s = wb.getSheetAt(i);
                assertThat(s.getPaneInformation().isFreezePane()).isTrue();
                assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                s.forEach(row -> row.forEach(c -> assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA)));
            }
            Sheet m = wb.getSheetAt(0);
            for (int r = 0; r < HOSTILE.size(); r++) {
                Cell name = m.getRow(r + 2).getCell(0);
                assertThat(name.getCellType()).isEqualTo(CellType.STRING);
                assertThat(name.getStringCellValue()).isEqualTo(HOSTILE.get(r));
                assertThat(name.getCellStyle().getQuotePrefixed()).as(HOSTILE.get(r)).isTrue();
            }
            assertThat(m.getRow(HOSTILE.size() + 2).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
            Cell bac = m.getRow(1).getCell(2);
            assertThat(bac.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(bac.getNumericCellValue()).isEqualTo(1000);
            assertThat(bac.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(m.getRow(1).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.000"); // CPI
            assertThat(m.getRow(1).getCell(10 + 1).getNumericCellValue()).isEqualTo(1125); // EAC
            Sheet phased = wb.getSheetAt(1);
            assertThat(phased.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 6));
            assertThat(phased.getRow(1).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            Sheet history = wb.getSheetAt(2);
            assertThat(history.getRow(1).getCell(1).getStringCellValue()).isEqualTo("=evil()");
            assertThat(history.getRow(1).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void theSCurveTableHasAPeriodPerRowWithItsUnitsAndBlankCellsWhereTheApiHasNull() throws Exception {
        String[] lines = EarnedValueExport.csv(page(), HISTORY, EarnedValueExport.Table.S_CURVE).split("\r\n");
        assertThat(lines).containsExactly(
                "Period start (week),Period end (week),PV cumulative (EUR),EV cumulative (EUR),AC cumulative (EUR),"
                        + "EV and AC measured on,EV and AC from,EV forecast (EUR),AC forecast / EAC path (EUR)",
                "2026-03-02,2026-03-08,500,400,450,2026-03-04,STATUS_DATE,612.5,689.06",
                "2026-03-09,2026-03-15,1000,,,,,1000,1125");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(EarnedValueExport.xlsx(page(), HISTORY)))) {
            Sheet s = wb.getSheet("S-curve");
            assertThat(s.getRow(0).getCell(7).getStringCellValue()).isEqualTo("EV forecast (EUR)");
            assertThat(s.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 8));
            assertThat(s.getRow(1).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
            assertThat(s.getRow(1).getCell(8).getNumericCellValue()).isEqualTo(689.06);
            assertThat(s.getRow(1).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(s.getRow(2).getCell(3)).as("nothing measured after the status date").isNull();
            assertThat(s.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void aCurveWithTooManyPeriodsIsRefusedAsCsvAndExplainedInItsSheet() throws Exception {
        SCurves.Page none = new SCurves.Page(report(), null, "the S-curve would have 1500 day periods; at most 1000");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EarnedValueExport.csv(none, HISTORY, EarnedValueExport.Table.S_CURVE))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("granularity"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(EarnedValueExport.xlsx(none, HISTORY)))) {
            assertThat(wb.getSheet("S-curve").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("No S-curve: the S-curve would have 1500 day periods; at most 1000");
            assertThat(wb.getSheet("Measures by WBS").getLastRowNum()).as("the other sheets are whole").isEqualTo(HOSTILE.size() + 2);
        }
    }
}
