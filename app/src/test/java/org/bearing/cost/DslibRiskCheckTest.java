package org.bearing.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The DSLIB risk validation on real projects (skipped only when ../shared/data/dslib is absent): the rebuilt network
 * reproduces DSLIB's baseline duration, the simulation brackets it, and the real duration is set against P80.
 */
class DslibRiskCheckTest {
    private static final List<String> PROJECTS = List.of("C2011-05 Telecom System Agnes", "C2013-01 Wiedauwkaai Fenders");

    @Test
    void durationsReadAsProTrackWritesThem() {
        long day = 480;
        long week = 5 * 480;
        assertThat(DslibRiskCheck.minutes("22d 4h", day, week)).isEqualTo(22 * 480 + 240);
        assertThat(DslibRiskCheck.minutes("2w 6d", day, week)).isEqualTo(2 * 2400 + 6 * 480);
        assertThat(DslibRiskCheck.minutes("180h", day, week)).isEqualTo(180 * 60);
        assertThat(DslibRiskCheck.minutes("0", day, week)).isZero();
    }

    @Test
    void realProjectsAreSimulatedFromTheirRiskAnalysisSheet() {
        Optional<Path> dslib = DslibCheck.locate();
        assumeTrue(dslib.isPresent(), "../shared/data/dslib is absent");
        List<Path> files = DslibCheck.workbooks(dslib.get()).stream()
                .filter(f -> PROJECTS.stream().anyMatch(p -> f.getFileName().toString().startsWith(p))).toList();
        assertThat(files).hasSize(2);
        DslibRiskCheck.Report report = new DslibRiskCheck().run(files, 1000, 1, 2);
        assertThat(report.compared()).isEqualTo(2);
        for (DslibRiskCheck.ProjectResult p : report.projects()) {
            assertThat(p.skipped()).isNull();
            assertThat(p.estimates()).as(p.name()).isGreaterThan(p.activities() / 2);
            assertThat(p.plannedDays()).as(p.name() + ": the network reproduces DSLIB's baseline duration").isCloseTo(p.baselineDays(), within(1.0));
            assertThat(p.p50Days()).as(p.name()).isLessThanOrEqualTo(p.p80Days());
            assertThat(p.p80Days()).as(p.name()).isGreaterThan(p.plannedDays());
            assertThat(p.withinP80()).isEqualTo(p.actualDays() <= p.p80Days() + 1e-9);
        }
        DslibRiskCheck.ProjectResult telecom = report.projects().get(0);
        assertThat(telecom.name()).startsWith("C2011-05");
        assertThat(telecom.actualDays()).as("Telecom System Agnes took 53 working days").isCloseTo(53.0, within(0.01));
        assertThat(telecom.withinP80()).as("its estimates did not foresee a 23 % overrun").isFalse();
        assertThat(new DslibRiskCheck().run(files.subList(0, 1), 1000, 1, 1).projects().get(0)).as("same seed, same result")
                .isEqualTo(telecom);
    }
}
