package org.bearing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bearing serve}'s options become the server's properties; the import warm-up is on unless turned off. */
class ServeCommandTest {

    private static ServeCommand parsed(String... args) {
        ServeCommand command = new ServeCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void aServerWarmsItsImportPathUpUnlessToldNotTo() {
        assertThat(parsed("--port", "9090").springArguments()).contains("--server.port=9090",
                "--bearing.import.warm-up-rounds=8", "--bearing.import.warm-up-tasks=3000").doesNotContain("--bearing.demo=true");
        assertThat(parsed("--no-warm-up", "--demo").springArguments()).contains("--bearing.demo=true")
                .noneMatch(a -> a.startsWith("--bearing.import.warm-up"));
    }
}
