package org.bearing.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FidelityCheckTest {
    /** MPXJ's overall match on the corpus, measured 2026-11-30 (730 of 824 tasks = 88.6 %). */
    static final double MPXJ_OVERALL_PERCENT = 88.0;
    /** Bearing's overall match on the corpus, measured 2026-11-30 (770 of 824 tasks = 93.4 %); only ever raise it. */
    static final double BEARING_OVERALL_PERCENT = 93.4;

    @Test
    void bearingAndMpxjReproduceTheStoredDatesOfTheCorpus() throws Exception {
        FidelityReport report = new FidelityCheck(new EngineRescheduler()).checkAll(SchedulesCorpus.require());

        assertThat(report.compared()).isGreaterThan(500);
        assertThat(report.percent(false)).isGreaterThanOrEqualTo(MPXJ_OVERALL_PERCENT);
        assertThat(report.percent(true)).isGreaterThanOrEqualTo(BEARING_OVERALL_PERCENT);
        assertThat(report.files()).filteredOn(f -> !f.skipped()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.bearing().matched()).as(f.file())
                        .isGreaterThanOrEqualTo(f.mpxj().matched()));
        assertThat(report.files()).filteredOn(f -> f.file().endsWith(".gan")).isNotEmpty()
                .allMatch(f -> f.skipped() && f.skippedReason().contains("only start"));
        assertThat(report.files()).filteredOn(f -> f.file().equals("SOURCES.md"))
                .allMatch(f -> f.skippedReason().startsWith("unreadable"));
        assertThat(report.files()).as("every schedule file of the corpus is read")
                .filteredOn(f -> f.skipped() && !f.file().equals("SOURCES.md"))
                .allMatch(f -> !f.skippedReason().startsWith("unreadable"));
        assertThat(report.files()).filteredOn(f -> f.file().contains("task-links")).hasSize(8)
                .allSatisfy(f -> assertThat(f.bearing().matched()).as(f.file()).isEqualTo(f.compared()));
    }

    @Test
    void aSchedulerThatReturnsTheStoredValuesMatchesEveryTask() throws Exception {
        Path file = SchedulesCorpus.file("joniles__mpxj/junit/data/legacy/sample.xml");

        FidelityReport.FileResult result = new FidelityCheck(new Replay(0)).check("sample.xml", file);

        assertThat(result.compared()).isPositive();
        assertThat(result.bearing().matched()).isEqualTo(result.compared());
        assertThat(result.bearing().percent()).isEqualTo(100.0);
    }

    @Test
    void twoMinutesOffIsAMismatchAndOneMinuteIsNot() throws Exception {
        Path file = SchedulesCorpus.file("joniles__mpxj/junit/data/legacy/sample.xml");

        FidelityReport.FileResult twoOff = new FidelityCheck(new Replay(2)).check("sample.xml", file);
        FidelityReport.FileResult oneOff = new FidelityCheck(new Replay(1)).check("sample.xml", file);

        assertThat(twoOff.bearing().matched()).isZero();
        assertThat(twoOff.bearing().mismatches().get(0).fields()).contains("earlyStart", "lateFinish");
        assertThat(oneOff.bearing().matched()).isEqualTo(oneOff.compared());
    }

    @Test
    void aFailingSchedulerIsReportedAsAnErrorNotAMatch() throws Exception {
        Path file = SchedulesCorpus.file("joniles__mpxj/junit/data/legacy/sample.xml");
        Rescheduler failing = new Rescheduler() {
            public String name() {
                return "Bearing";
            }

            public Map<Integer, TaskDates> schedule(ImportedSchedule schedule) {
                throw new IllegalArgumentException("cycle between tasks 3 and 4");
            }
        };

        FidelityReport.FileResult result = new FidelityCheck(failing).check("sample.xml", file);

        assertThat(result.bearing().error()).isEqualTo("cycle between tasks 3 and 4");
        assertThat(result.bearing().percent()).isNull();
        assertThat(new FidelityReport(java.util.List.of(result)).matched(true)).isZero();
    }

    @Test
    void skipsFilesItCannotRead(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("readme.txt"), "hello");

        FidelityReport report = new FidelityCheck(null).checkAll(dir);

        assertThat(report.files()).singleElement().satisfies(f -> {
            assertThat(f.skipped()).isTrue();
            assertThat(f.skippedReason()).contains("not a schedule format");
        });
        assertThat(report.percent(false)).isNull();
    }

    /** Returns the stored values shifted by a number of minutes. */
    private record Replay(long shiftMinutes) implements Rescheduler {
        public String name() {
            return "replay";
        }

        public Map<Integer, TaskDates> schedule(ImportedSchedule schedule) {
            Map<Integer, TaskDates> out = new LinkedHashMap<>();
            schedule.storedDates().forEach((id, d) -> out.put(id, new TaskDates(id, d.name(),
                    shift(d.earlyStart()), shift(d.earlyFinish()), shift(d.lateStart()), shift(d.lateFinish()),
                    d.totalSlackMinutes(), d.freeSlackMinutes(), d.critical())));
            return out;
        }

        private java.time.LocalDateTime shift(java.time.LocalDateTime t) {
            return t == null ? null : t.plusMinutes(shiftMinutes);
        }
    }
}
