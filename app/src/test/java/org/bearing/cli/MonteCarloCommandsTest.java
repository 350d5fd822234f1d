package org.bearing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.bearing.Bearing;
import org.bearing.interop.SchedulesCorpus;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code simulate} and {@code bench montecarlo}: output, JSON shape, reproducibility and exit codes. */
class MonteCarloCommandsTest {
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = new CommandLine(new Bearing());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void simulatePrintsPercentilesAndIsReproducible() {
        Path file = SchedulesCorpus.require().resolve("joniles__mpxj/junit/data/legacy/sample.mpp");

        assertThat(run("simulate", file.toString(), "--iterations", "300", "--json", "--threads", "1")).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(run("simulate", file.toString(), "--iterations", "300", "--json", "--threads", "2")).isZero();
        JsonNode again = JsonMapper.builder().build().readTree(out.toString());

        assertThat(json.get("percentiles").size()).isEqualTo(9);
        assertThat(json.get("percentiles").get(0).get("percent").asInt()).isEqualTo(10);
        assertThat(json.get("defaultEstimates").asInt()).isPositive();
        assertThat(json.get("percentiles").get(8).get("workingDays").asDouble())
                .isGreaterThan(json.get("percentiles").get(0).get("workingDays").asDouble());
        assertThat(json.get("mostCritical").get(0).get("criticality").asDouble()).isBetween(0.0, 1.0);
        assertThat(json.get("histogram").size()).isEqualTo(20);
        assertThat(json.get("histogram").get(19).get("cumulative").asDouble()).isEqualTo(1.0);
        assertThat(again.get("percentiles")).isEqualTo(json.get("percentiles"));
        assertThat(again.get("mostCritical")).isEqualTo(json.get("mostCritical"));
    }

    @Test
    void simulateRefusesAMissingFileAndBadSpread() {
        assertThat(run("simulate", "/no/such/file.mpp")).isEqualTo(2);
        assertThat(err.toString()).contains("bearing simulate:");
        assertThat(run("simulate", "/no/such/file.mpp", "--low", "0.2")).isEqualTo(2);
        assertThat(err.toString()).contains("--low");
    }

    @Test
    void benchMonteCarloReportsBothSides() {
        assertThat(run("bench", "montecarlo", "--tasks", "200", "--iterations", "100", "--peer-tasks", "60",
                "--peer-iterations", "2", "--json")).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.get("bearing").get("iterations").asInt()).isEqualTo(100);
        assertThat(json.get("bearing").get("iterationsPerSecond").asDouble()).isPositive();
        assertThat(json.get("bearing").get("tornadoMs").asDouble()).isPositive();
        assertThat(json.get("bearing").get("peakHeapMb").asDouble()).isPositive();
        assertThat(json.get("bearing").get("topRiskDriver").asText()).startsWith("Risk ");
        assertThat(json.get("peer").get("mpxjIterations").asInt()).isEqualTo(2);
        assertThat(json.get("peer").get("ratio").asDouble()).isPositive();
        assertThat(json.get("peer").get("finishAgreementPercent").asDouble()).isBetween(0.0, 100.0);
    }
}
