package org.bearing.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DSLIB check on a few real projects of ../shared/data/dslib (skipped only when it is absent). */
class DslibCheckTest {

    /** Small projects: behind and ahead of schedule, pauses in the plan, an 11-hour working day with a lunch break. */
    private static final List<String> PROJECTS = List.of("C2011-05 Telecom System Agnes", "C2012-15 The Master Project",
            "C2014-02 Playing Cards", "C2015-17 Insurance Bundling System", "C2015-21 Investment Product (1)");

    private static List<Path> files() {
        Optional<Path> dslib = DslibCheck.locate();
        assumeTrue(dslib.isPresent(), "../shared/data/dslib is absent");
        List<Path> files = DslibCheck.workbooks(dslib.get()).stream()
                .filter(f -> PROJECTS.contains(f.getFileName().toString().replace(".xlsx", ""))).toList();
        assertThat(files).hasSize(PROJECTS.size());
        return files;
    }

    private static List<DslibProject> projects;

    /** The five projects, read once for all tests. */
    private static synchronized List<DslibProject> projects() {
        if (projects == null) {
            DslibWorkbookReader reader = new DslibWorkbookReader();
            projects = files().stream().map(reader::read).toList();
        }
        return projects;
    }

    @Test
    void recomputesTheTrackingOverviewOfRealProjects() {
        DslibCheck check = new DslibCheck();
        DslibCheck.Report report = DslibCheck.summarize(projects().stream().map(check::check).toList());
        assertThat(report.projects()).allSatisfy(p -> assertThat(p.skipped()).isNull());
        // cost measures are reproduced exactly in every period
        for (DslibMeasure m : List.of(DslibMeasure.PV, DslibMeasure.EV, DslibMeasure.AC, DslibMeasure.SV, DslibMeasure.SPI,
                DslibMeasure.CV, DslibMeasure.CPI)) {
            assertThat(report.matched()[m.ordinal()]).as(m.label()).isEqualTo(report.compared()[m.ordinal()]);
        }
        assertThat(report.compared()[DslibMeasure.PV.ordinal()]).isEqualTo(5 + 7 + 29 + 5 + 2);
        // earned schedule at DSLIB's whole-hour resolution: one period of Telecom differs by one hour in SV(t)
        assertThat(report.matched()[DslibMeasure.ES.ordinal()]).isEqualTo(report.compared()[DslibMeasure.ES.ordinal()]);
        assertThat(report.compared()[DslibMeasure.SVT.ordinal()] - report.matched()[DslibMeasure.SVT.ordinal()])
                .isLessThanOrEqualTo(1);
        assertThat((double) report.matchedAll() / report.comparedAll()).isGreaterThanOrEqualTo(0.99);
    }

    /** MAPE measured on these five finished projects (regression figures, not targets). */
    @Test
    void measuresForecastErrorsOnFinishedProjects() {
        ForecastAccuracy.Result r = new ForecastAccuracy().evaluate(projects());
        assertThat(r.projects()).isEqualTo(5);
        int at90 = ForecastAccuracy.COMPLETION.length - 1;
        assertThat(r.count()[0]).containsExactly(3, 3, 2, 3, 2, 3, 2, 3, 2);
        assertThat(r.mape()[0][at90]).isCloseTo(0.2647, org.assertj.core.api.Assertions.within(1e-3)); // AC + (BAC - EV)
        assertThat(r.mape()[1][at90]).isCloseTo(0.3822, org.assertj.core.api.Assertions.within(1e-3)); // BAC / CPI
        assertThat(r.mape()[3][at90]).isCloseTo(5.6556, org.assertj.core.api.Assertions.within(1e-3)); // AT + (PD - ES)
        assertThat(r.mape()[4][at90]).isCloseTo(5.0555, org.assertj.core.api.Assertions.within(1e-3)); // AT + (PD - ES) / SPI(t)
    }

    @Test
    void aWorkbookWithoutABaselineScheduleIsRefusedWithItsName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("C2099-01 Empty.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Sheet1");
            wb.write(out);
        }
        assertThatThrownBy(() -> new DslibWorkbookReader().read(file))
                .isInstanceOf(DslibFormatException.class)
                .hasMessage("C2099-01 Empty: no sheet 'Baseline Schedule'");
        DslibCheck.Report report = new DslibCheck().run(List.of(file));
        assertThat(report.projects().get(0).skipped()).contains("no sheet 'Baseline Schedule'");
        assertThat(report.comparedAll()).isZero();
    }
}
