package org.bearing.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.bearing.Bearing;
import org.bearing.engine.leveling.psplib.PsplibData;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PsplibBenchCommandTest {

    private static String run(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = new CommandLine(new Bearing()).execute(args);
            assertThat(exit).isZero();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsOneJsonRowPerSetWithEveryScheduleFeasible() {
        assumeTrue(PsplibData.locate().isPresent(), "../shared/data/psplib is absent");
        String json = run("bench", "psplib", "--sets", "j30,j120", "--limit", "3", "--schedules", "200", "--json");

        assertThat(json).contains("\"solver\":\"bearing level best, 200 schedules\"")
                .contains("{\"set\":\"j30\",\"instances\":3,\"feasible\":3,\"reference\":\"optimum\"")
                .contains("{\"set\":\"j120\",\"instances\":3,\"feasible\":3,\"reference\":\"critical-path bound\"");
    }

    @Test
    void solvingInstancesSideBySideChangesNoResult() {
        assumeTrue(PsplibData.locate().isPresent(), "../shared/data/psplib is absent");
        String one = run("bench", "psplib", "--sets", "j30", "--limit", "6", "--schedules", "300", "--json");
        String three = run("bench", "psplib", "--sets", "j30", "--limit", "6", "--schedules", "300", "--jobs", "3", "--json");

        assertThat(three).contains("\"jobs\":3");
        assertThat(setsWithoutTimes(three)).contains("\"feasible\":6").isEqualTo(setsWithoutTimes(one));
    }

    /** The "sets" array of the JSON without the wall times, which differ from run to run. */
    private static String setsWithoutTimes(String json) {
        return json.substring(json.indexOf("\"sets\":")).replaceAll("\"meanMillisPerInstance\":[0-9.]+", "").strip();
    }

    @Test
    void rejectsAnUnknownSet() {
        int exit = new CommandLine(new Bearing()).execute("bench", "psplib", "--sets", "j31");
        assertThat(exit).isEqualTo(2);
    }
}
