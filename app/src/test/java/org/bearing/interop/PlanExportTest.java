package org.bearing.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bearing.plan.Project;
import org.bearing.plan.ProjectDraft;
import org.bearing.plan.Projects;
import org.bearing.plan.TaskDraft;
import org.bearing.plan.Tasks;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskDraft;
import org.bearing.risk.RiskRegister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every export format writes the plan, reads back where a reader exists, and neutralises formula injection. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:interop-export;DB_CLOSE_DELAY=-1"})
class PlanExportTest {
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example\",\"open\")", "+1+2", "-3+4", "@SUM(A1:A9)");

    @Autowired
    ProjectImport projectImport;
    @Autowired
    PlanExport export;
    @Autowired
    Projects projects;
    @Autowired
    Tasks tasks;
    @Autowired
    RiskRegister risks;
    @Autowired
    org.bearing.risk.RiskMatrices riskMatrices;
    @TempDir
    Path dir;

    private ProjectImport.Imported sample() throws Exception {
        return projectImport.importFile(SchedulesCorpus.file("joniles__mpxj/junit/data/legacy/sample.xml"), "sample.xml");
    }

    @Test
    void mspdiXerAndPmxmlReadBackWithTheSameNetwork() throws Exception {
        ProjectImport.Imported original = sample();
        long id = original.project().id();
        for (ExportFormat format : List.of(ExportFormat.MSPDI, ExportFormat.XER, ExportFormat.PMXML)) {
            byte[] bytes = InteropTestSupport.export(export, id, format);
            ProjectImport.Imported again = InteropTestSupport.importBytes(projectImport, dir, "again." + format.extension(), bytes);
            assertThat(again.dependencies()).as(format + " links").isEqualTo(original.dependencies());
            // P6 keeps activities under WBS nodes: its writer may add a project-level node, so leaves are compared.
            assertThat(leaves(again.project().id())).as(format + " leaf tasks").isEqualTo(leaves(id));
            if (format == ExportFormat.MSPDI) {
                assertThat(again.tasks()).as(format + " tasks").isEqualTo(original.tasks());
            }
            assertThat(again.resources()).as(format + " resources").isEqualTo(original.resources());
            assertThat(again.assignments()).as(format + " assignments").isEqualTo(original.assignments());
        }
    }

    @Test
    void xlsxHasTheOutlineAsRowGroupsAFrozenHeaderAndResourceAndRiskSheets() throws Exception {
        ProjectImport.Imported imported = sample();
        long id = imported.project().id();
        risks.record(id, new RiskDraft(Risk.Kind.THREAT, "=cmd|' /C calc'!A0", "Vendor", "Late delivery", "Slip", "Supply", "Ann", 3,
                new RiskDraft.Impact(4, 2, 1, 1), null, null, Risk.Strategy.MITIGATE, List.of(), null, null, null, null, null, null), "test");
        org.bearing.risk.RiskMatrix standard = org.bearing.risk.RiskMatrix.standard();
        riskMatrices.configureProject(id, null, new org.bearing.risk.RiskMatrix(standard.probability(), standard.impact(),
                standard.scores().stream().map(row -> row.stream().map(score -> 2 * score).toList()).toList(),
                List.of(new org.bearing.risk.RiskMatrix.Rating("Low", 1, "green"), new org.bearing.risk.RiskMatrix.Rating("Medium", 10, "amber"),
                        new org.bearing.risk.RiskMatrix.Rating("High", 20, "red"))), "test");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(InteropTestSupport.export(export, id, ExportFormat.XLSX)))) {
            XSSFSheet sheet = book.getSheet("Tasks");
            assertThat(sheet.getLastRowNum()).isEqualTo(imported.tasks());
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Name");
            int grouped = 0;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                XSSFRow row = sheet.getRow(r);
                int level = (int) row.getCell(2).getNumericCellValue();
                assertThat(row.getOutlineLevel()).as("row " + r).isEqualTo(Math.min(7, level - 1));
                grouped += row.getOutlineLevel() > 0 ? 1 : 0;
                if (row.getCell(6) != null && row.getCell(6).getCellType() == CellType.NUMERIC) {
                    assertThat(row.getCell(6).getLocalDateTimeCellValue()).isAfter(LocalDateTime.of(1990, 1, 1, 0, 0));
                }
            }
            assertThat(grouped).isPositive();
            assertThat(book.getSheet("Resources").getLastRowNum()).isEqualTo(imported.resources());
            XSSFSheet riskSheet = book.getSheet("Risks");
            assertThat(riskSheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(riskSheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
            // the project's configured matrix scores every cell twice P x I: P3 x I4 = 24, rated High
            assertThat(riskSheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("Score");
            assertThat(riskSheet.getRow(1).getCell(10).getNumericCellValue()).isEqualTo(24.0);
            assertThat(riskSheet.getRow(1).getCell(11).getStringCellValue()).isEqualTo("High");
        }
    }

    @Test
    void csvAndXlsxNeutraliseFormulaInjection() throws Exception {
        long id = hostileProject();

        String csv = new String(InteropTestSupport.export(export, id, ExportFormat.CSV), StandardCharsets.UTF_8);
        for (String name : HOSTILE) {
            String field = CsvPlanWriter.field(name);
            assertThat(csv).contains("," + field + ",");
            assertThat(field.replace("\"", "")).startsWith("'");
        }
        assertThat(csv).doesNotContain(",=HYPERLINK", ",+1+2", ",-3+4", ",@SUM");
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).doesNotStartWith("="));
        // Task names are stripped of surrounding white space, so tab and CR only reach a sheet through other text.
        assertThat(SpreadsheetText.safe("\tcmd")).isEqualTo("'\tcmd");
        assertThat(SpreadsheetText.safe("\rcmd")).isEqualTo("'\rcmd");
        assertThat(SpreadsheetText.safe("Design review")).isEqualTo("Design review");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(InteropTestSupport.export(export, id, ExportFormat.XLSX)))) {
            XSSFSheet sheet = book.getSheet("Tasks");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var cell = sheet.getRow(r).getCell(3);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).startsWith("'");
            }
            assertThat(book.getSheet("Risks")).isNull();
        }
    }

    @Test
    void icsHasOneEventPerMilestoneAndDeadlineWithFoldedEscapedCrlfLines() throws Exception {
        Project p = projects.create(new ProjectDraft(null, "ICS-" + System.nanoTime() % 100000, "Calendar test", null, null, null, null, null,
                LocalDate.of(2026, 1, 5), null, "USD", null, null, LocalDate.of(2026, 6, 30)));
        String longName = "Go-live, phase 1; EU \\ all régions — " + "x".repeat(80);
        tasks.create(p.id(), new TaskDraft(null, null, null, longName, true, "line one\nline two", 0L, null, null, null,
                null, null, null, null, null, null, null, null, null, null));
        tasks.create(p.id(), new TaskDraft(null, null, null, "Build", false, null, 480L * 3, null, null, null,
                LocalDateTime.of(2026, 2, 1, 17, 0), null, null, null, null, null, null, null, null, null));

        byte[] bytes = InteropTestSupport.export(export, p.id(), ExportFormat.ICS);
        String ics = new String(bytes, StandardCharsets.UTF_8);

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n", "\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(count(ics, "BEGIN:VEVENT")).isEqualTo(3); // milestone, task deadline, project hard deadline
        assertThat(count(ics, "UID:")).isEqualTo(3);
        assertThat(count(ics, "DTSTAMP:")).isEqualTo(3);
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Milestone: Go-live\\, phase 1\\; EU \\\\ all régions", "DESCRIPTION:Calendar test\\nline one\\nline two",
                "DTSTART;VALUE=DATE:20260201", "DTSTART;VALUE=DATE:20260630");
        assertThat(InteropTestSupport.export(export, p.id(), ExportFormat.ICS)).isNotEmpty();
    }

    @Test
    void jsonIsThePlanInTheApiShapes() throws Exception {
        ProjectImport.Imported imported = sample();
        JsonNode json = JsonMapper.builder().build().readTree(InteropTestSupport.export(export, imported.project().id(), ExportFormat.JSON));
        assertThat(json.get("project").get("code").asString()).isEqualTo(imported.project().code());
        assertThat(json.get("tasks").size()).isEqualTo(imported.tasks());
        assertThat(json.get("dependencies").size()).isEqualTo(imported.dependencies());
        assertThat(json.get("resources").size()).isGreaterThanOrEqualTo(imported.resources());
        assertThat(json.get("schedule").get("tasks").size()).isEqualTo(imported.tasks());
    }

    private long leaves(long projectId) {
        return tasks.all(projectId).stream().filter(t -> !t.summary()).count();
    }

    private long hostileProject() {
        Project p = projects.create(new ProjectDraft(null, "HOSTILE-" + System.nanoTime() % 100000, "Hostile", null, null, null, null, null,
                LocalDate.of(2026, 1, 5), null, "USD", null, null, null));
        for (String name : HOSTILE) {
            tasks.create(p.id(), TaskDraft.named(name, null, 480));
        }
        return p.id();
    }

    private static int count(String text, String needle) {
        return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }
}
