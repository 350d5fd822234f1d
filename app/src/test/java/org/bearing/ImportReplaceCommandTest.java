package org.bearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code bearing import FILE --replace ID}: prints the differences and asks; "n" changes nothing, {@code --yes}
 * applies, and the same file again has nothing to change.
 */
class ImportReplaceCommandTest {
    @TempDir
    Path dir;

    private static final String FIRST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Project xmlns="http://schemas.microsoft.com/project"><Name>Cli</Name><StartDate>2026-01-05T08:00:00</StartDate>
            <MinutesPerDay>480</MinutesPerDay><Tasks>
            <Task><UID>1</UID><ID>1</ID><Name>Build</Name><OutlineLevel>1</OutlineLevel><Duration>PT40H0M0S</Duration></Task>
            <Task><UID>2</UID><ID>2</ID><Name>Test</Name><OutlineLevel>1</OutlineLevel><Duration>PT24H0M0S</Duration>
              <PredecessorLink><PredecessorUID>1</PredecessorUID><Type>1</Type></PredecessorLink></Task>
            </Tasks></Project>
            """;

    private record Run(int exit, String out) {
    }

    private Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        PrintStream stdout = System.out;
        InputStream in = System.in;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            CommandLine cli = Bearing.commandLine();
            cli.setOut(new PrintWriter(out, true));
            int exit = cli.execute(args);
            return new Run(exit, printed.toString(StandardCharsets.UTF_8) + out);
        } finally {
            System.setOut(stdout);
            System.setIn(in);
        }
    }

    @Test
    void replacePrintsTheDifferencesAsksAndAppliesWithYes() throws Exception {
        Path first = Files.writeString(dir.resolve("cli.xml"), FIRST);
        Path second = Files.writeString(dir.resolve("cli-week2.xml"), FIRST.replace("PT40H0M0S", "PT64H0M0S"));
        String data = dir.resolve("data").toString();
        Run imported = run("", "import", first.toString(), "--data-dir", data);
        assertThat(imported.exit()).as(imported.out()).isZero();
        Matcher m = Pattern.compile("as project (\\d+)").matcher(imported.out());
        assertThat(m.find()).as(imported.out()).isTrue();
        String id = m.group(1);

        Run declined = run("n\n", "import", second.toString(), "--replace", id, "--data-dir", data);
        assertThat(declined.exit()).as(declined.out()).isZero();
        assertThat(declined.out()).contains("Tasks: 0 added, 0 removed, 2 changed").contains("~ Build: duration 5d -> 8d; finish 2026-01-09 17:00 -> 2026-01-14 17:00")
                .contains("Project finish: 2026-01-14T17:00 -> 2026-01-19T17:00")
                .contains("Apply these changes? [y/N]").contains("Nothing changed.");

        Run applied = run("", "import", second.toString(), "--replace", id, "--yes", "--data-dir", data);
        assertThat(applied.exit()).as(applied.out()).isZero();
        assertThat(applied.out()).contains("~ Build: duration 5d -> 8d").contains("Replaced the plan of project " + id);

        Run again = run("", "import", second.toString(), "--replace", id, "--data-dir", data);
        assertThat(again.out()).as("the declined run changed nothing, the applied one everything").contains("Nothing to change.");
    }
}
