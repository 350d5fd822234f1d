package org.bearing.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The sectors are read from DSLIB's overview workbook by project code, and nothing else is. */
class DslibSectorsTest {

    @Test
    void readsTheSectorOfEveryProjectOfTheOverview() {
        Optional<Path> dslib = DslibCheck.locate();
        assumeTrue(dslib.isPresent() && Files.isRegularFile(dslib.get().resolve(DslibSectors.FILE)),
                "../shared/data/dslib is absent");
        Map<String, String> sectors = DslibSectors.read(dslib.get().resolve(DslibSectors.FILE));
        assertThat(sectors).hasSize(231)
                .containsEntry("C2011-10", "Construction (residential building)")
                .containsEntry("C2015-14", "IT")
                .containsEntry("C2014-04", "Construction (industrial)");
        assertThat(sectors.values()).allMatch(s -> !s.matches(".*\\d.*"), "no number: not an outcome column");
        assertThat(DslibSectors.near(DslibCheck.workbooks(dslib.get()))).isEqualTo(sectors);
    }

    @Test
    void withoutAnOverviewThereAreNoSectors() {
        assertThat(DslibSectors.near(java.util.List.of(Path.of("/nonexistent/dir/C2011-10 x.xlsx")))).isEmpty();
        assertThat(DslibSectors.read(Path.of("/nonexistent.xlsx"))).isEmpty();
    }
}
