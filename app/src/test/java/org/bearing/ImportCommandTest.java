package org.bearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bearing import FILE} with a Jira CSV export: the project, its counts and backlog; a bad export exits 1. */
class ImportCommandTest {
    @TempDir
    Path data;

    @Test
    void importsAJiraCsvExportIntoTheDatabaseAndRefusesACycle() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Path cycle = data.resolve("cycle.csv");
        Files.writeString(cycle, "Summary,Issue key,Issue Type,Outward issue link (Blocks)\nA,X-1,Task,X-2\nB,X-2,Task,X-1\n");
        int ok;
        int refused;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
            ok = new CommandLine(new Bearing()).execute("import", "src/test/resources/trackers/jira-payments.csv",
                    "--data-dir", data.toString());
            refused = new CommandLine(new Bearing()).execute("import", cycle.toString(), "--data-dir", data.toString());
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(ok).as(text + errors).isZero();
        assertThat(text).contains("Imported jira-payments.csv as project", "(JIRA-PAYMENTS)", "22 tasks, 6 dependencies",
                "5 resources", "Backlog: 22 items in 3 sprints", "warning: ");
        assertThat(refused).isEqualTo(1);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("cycle.csv", "X-1 blocks X-2 blocks X-1");
    }
}
