package org.bearing.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import warm-up of a started server: it runs the whole import path on a generated plan and leaves nothing behind
 * (no project, task, link, resource, assignment, calendar or baseline, no preview, no pending event).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:interop-warm-up;DB_CLOSE_DELAY=-1",
        "bearing.import.warm-up-rounds=1", "bearing.import.warm-up-tasks=60"})
class ImportWarmUpTest {
    private static final List<String> TABLES = List.of("project", "task", "dependency", "resource", "assignment", "work_calendar",
            "work_calendar_exception", "baseline", "baseline_task", "task_estimate", "plan_edit", "event_publication");

    @Autowired
    ImportWarmUp warmUp;
    @Autowired
    ProjectImport projectImport;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    @Test
    void theStartupWarmUpRunsOnItsOwnThreadAndLeavesNoRows() throws Exception {
        long until = System.nanoTime() + 120_000_000_000L;
        while (warmUp.startupWarmUp().isEmpty() && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(warmUp.startupWarmUp()).hasValueSatisfying(d -> {
            assertThat(d.rounds()).isEqualTo(1);
            assertThat(d.tasks()).isEqualTo(60);
        });
        Map<String, Long> counts = counts();
        assertThat(counts.get("project")).isZero();
        assertThat(counts.get("task")).isZero();
        assertThat(counts.get("assignment")).isZero();
    }

    @Test
    void eachRoundImportsAndReschedulesThePlanThenRollsItBack() throws Exception {
        Map<String, Long> before = counts();

        ImportWarmUp.Done done = warmUp.run(2, 150);

        assertThat(done.rounds()).isEqualTo(2);
        assertThat(done.millis()).isPositive();
        assertThat(counts()).isEqualTo(before);
        // the same file imported for real lands in full: the warm-up held no lock and left no name taken
        Path file = ImportBenchmarkFile.write(150, 7, dir.resolve("warm-up.xml")).file();
        ProjectImport.Imported imported = projectImport.importFile(file, "warm-up.xml");
        assertThat(imported.tasks()).isGreaterThanOrEqualTo(150);
        assertThat(counts().get("task")).isEqualTo(before.get("task") + imported.tasks());
        assertThat(imported.project().name()).isEqualTo("warm-up");
    }

    @Test
    void noRoundsDoNothing() {
        Map<String, Long> before = counts();
        assertThat(warmUp.run(0, 150)).isEqualTo(new ImportWarmUp.Done(0, 150, 0));
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
