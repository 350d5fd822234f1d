package org.bearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bearing.interop.SchedulesCorpus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the packaged {@code bearing.jar} on real files of every reader family, because the jar's class path is not
 * the tests' class path: a dependency that only tests declare (once jsoup, which MPXJ's XER reader needs for HTML
 * notes) passes every in-process test and still breaks the product.
 */
class ProductJarIT {

    @Test
    void thePackagedJarSchedulesPrimaveraAndMsProjectFiles() throws Exception {
        for (String file : List.of("Constology__XERNative/wk2.xer", "yaololo__python-read-mpp-file/example.mpp",
                "joniles__mpxj/junit/data/legacy/sample.xml")) {
            Path path = SchedulesCorpus.file(file);
            Run run = bearing("schedule", path.toString(), "--json");
            assertThat(run.exit()).as(file + ": " + run.err()).isZero();
            JsonNode tasks = JsonMapper.builder().build().readTree(run.out());
            assertThat(tasks.isArray()).as(file).isTrue();
            assertThat(tasks.size()).as(file).isGreaterThan(10);
            assertThat(tasks.get(0).get("earlyStart").asString()).as(file).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*");
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run bearing(String... args) throws Exception {
        Path jar = Path.of(System.getProperty("bearing.jar", "target/bearing.jar"));
        assertThat(jar).exists();
        List<String> command = new java.util.ArrayList<>(List.of(System.getProperty("java.home") + File.separator + "bin"
                + File.separator + "java", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        command.addAll(List.of(args));
        File out = File.createTempFile("bearing-out", ".txt");
        File err = File.createTempFile("bearing-err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("bearing " + String.join(" ", args) + " finished").isTrue();
        return new Run(p.exitValue(), java.nio.file.Files.readString(out.toPath(), StandardCharsets.UTF_8),
                java.nio.file.Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }
}
