package org.bearing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bearing.Bearing;
import org.bearing.interop.SchedulesCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The file commands run without Spring: their output format, JSON shape and exit codes. */
class FileCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Bearing());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void fidelityPrintsOneRowPerFileAndAnOverallRow() {
        Path corpus = SchedulesCorpus.require();

        int exit = run("fidelity", corpus.resolve("joniles__mpxj/junit/data/generated/task-links").toString());

        assertThat(exit).isZero();
        String text = out.toString();
        assertThat(text.lines().findFirst().orElseThrow()).contains("file", "format", "tasks", "Bearing", "MPXJ");
        assertThat(text).contains("task-links-project2010-mspdi.xml", "MS_PROJECT");
        assertThat(text).containsPattern("OVERALL \\(tasks matching on every field\\)\\s+\\d+");
        assertThat(text).containsPattern("\\d+\\.\\d% \\(\\d+/\\d+\\)");
    }

    @Test
    void fidelityJsonHasFilesWithBothSides() {
        Path corpus = SchedulesCorpus.require();

        int exit = run("fidelity", "--json", corpus.resolve("joniles__mpxj/junit/data/legacy").toString());

        assertThat(exit).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("files").size()).isEqualTo(4);
        JsonNode first = json.get("files").get(0);
        assertThat(first.get("file").asString()).isEqualTo("caltest.mpp");
        assertThat(first.get("compared").asInt()).isPositive();
        assertThat(first.get("mpxj").get("matched").asInt()).isLessThanOrEqualTo(first.get("compared").asInt());
        assertThat(first.has("bearing")).isTrue();
    }

    @Test
    void fidelityOfAMissingDirectoryFailsWithTheReason(@TempDir Path dir) {
        int exit = run("fidelity", dir.resolve("nope").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("nope: not a directory");
    }

    @Test
    void scheduleOfAnUnreadableFileFailsWithTheReason(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("plan.txt"), "hello");

        int exit = run("schedule", text.toString());

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("bearing schedule: ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void schedulePrintsOneRowPerTaskWithIsoDates() {
        Path file = SchedulesCorpus.file("joniles__mpxj/junit/data/generated/task-links/task-links-project2010-mspdi.xml");

        int exit = run("schedule", file.toString());

        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).containsSubsequence("uniqueId", "name", "earlyStart", "earlyFinish", "lateStart",
                "lateFinish", "totalSlack", "freeSlack", "critical");
        assertThat(lines).hasSize(17);
        assertThat(lines.get(10)).matches("\\s*10\\s+Task 2\\s+2014-11-03T08:00\\s+2014-11-03T17:00\\s+2014-11-03T08:00"
                + "\\s+2014-11-03T17:00\\s+0\\s+0\\s+true");
    }

    @Test
    void scheduleJsonIsAnArrayOfTasks() {
        Path file = SchedulesCorpus.file("joniles__mpxj/junit/data/generated/task-links/task-links-project2010-mspdi.xml");

        int exit = run("schedule", "--json", file.toString());

        assertThat(exit).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.isArray()).isTrue();
        assertThat(json.size()).isEqualTo(16);
        JsonNode first = json.get(0);
        assertThat(first.get("uniqueId").asInt()).isEqualTo(1);
        assertThat(first.get("name").asString()).isEqualTo("Task 1");
        assertThat(first.get("earlyStart").asString()).isEqualTo("2014-10-17T08:00");
        assertThat(first.get("lateFinish").asString()).isEqualTo("2014-10-31T17:00");
        assertThat(first.get("totalSlackMinutes").asLong()).isEqualTo(4800);
        assertThat(first.get("freeSlackMinutes").asLong()).isZero();
        assertThat(first.get("critical").asBoolean()).isFalse();
    }

    @Test
    void benchScheduleJsonReportsBothSidesAndTheRatio() {
        int exit = run("bench", "schedule", "--tasks", "200", "--runs", "1", "--json");

        assertThat(exit).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("leafTasks").asInt()).isEqualTo(200);
        JsonNode mpxj = json.get("mpxj");
        JsonNode bearing = json.get("bearing");
        assertThat(mpxj.get("tasks").asInt()).isGreaterThan(200).isEqualTo(bearing.get("tasks").asInt());
        assertThat(mpxj.get("millis").asDouble()).isPositive();
        assertThat(bearing.get("millis").asDouble()).isPositive();
        assertThat(mpxj.get("scheduler").asString()).isEqualTo("MPXJ MicrosoftScheduler");
        assertThat(json.get("speedRatio").asDouble()).isPositive();
        assertThat(json.get("cpuSpeedRatio").asDouble()).isPositive();
        assertThat(bearing.get("cpuMillis").asDouble()).isPositive();
        assertThat(json.get("agreementPercent").asDouble()).isBetween(0.0, 100.0);
        assertThat(json.get("seed").asLong()).isEqualTo(42);
    }

    @Test
    void benchScheduleWithAPeerCapSaysSoAndComparesTimePerTask() {
        int exit = run("bench", "schedule", "--tasks", "300", "--peer-tasks", "100", "--runs", "1");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("MPXJ scheduled 100 leaf tasks (--peer-tasks), Bearing 300")
                .contains("speed ratio (MPXJ / Bearing)").doesNotContain("agrees with MPXJ");
    }

    @Test
    void benchScheduleRejectsANonPositiveTaskCount() {
        int exit = run("bench", "schedule", "--tasks", "0");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--tasks");
    }
}
