package org.bearing.engine.leveling.psplib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.bearing.engine.leveling.LevelingResult;
import org.bearing.engine.leveling.LevelingOptions;
import org.bearing.engine.leveling.ResourceLeveler;
import org.bearing.engine.leveling.ScheduleCheck;
import org.junit.jupiter.api.Test;

class PsplibReaderTest {

    private static Path data() {
        var dir = PsplibData.locate();
        assumeTrue(dir.isPresent(), "../shared/data/psplib is absent");
        return dir.get();
    }

    @Test
    void readsTheFirstJ30Instance() {
        PsplibInstance i = PsplibReader.read(data().resolve("j30/j301_1.sm"));

        assertThat(i.name()).isEqualTo("j301_1");
        assertThat(i.set()).isEqualTo("j30");
        assertThat(i.parameter()).isEqualTo(1);
        assertThat(i.instance()).isEqualTo(1);
        assertThat(i.jobCount()).isEqualTo(32);
        assertThat(i.capacity()).containsExactly(12, 13, 4, 12);
        assertThat(i.criticalPathBound()).isEqualTo(38);
        assertThat(i.successors()[0]).containsExactly(1, 2, 3);
        assertThat(i.duration()[1]).isEqualTo(8);
        assertThat(i.demand()[1]).containsExactly(4, 0, 0, 0);
        assertThat(i.duration()[31]).isZero();
    }

    @Test
    void namesTheSetParameterAndInstanceOfJ120() {
        PsplibInstance i = PsplibReader.read(data().resolve("j120/j12060_10.sm"));
        assertThat(i.set()).isEqualTo("j120");
        assertThat(i.parameter()).isEqualTo(60);
        assertThat(i.instance()).isEqualTo(10);
        assertThat(i.jobCount()).isEqualTo(122);
    }

    @Test
    void knowsTheOptimaAndBestKnownMakespans() {
        PsplibReferences refs = PsplibReferences.load(data());
        assertThat(refs.bestKnown("j301_1")).hasValue(43);
        assertThat(refs.isOptimal("j301_1")).isTrue();
        assertThat(refs.bestKnown("j1201_1")).hasValue(105);
        assertThat(refs.bestKnown("j1201_2")).hasValue(109);
        assertThat(refs.isOptimal("j1201_2")).isTrue();
        for (String set : PsplibData.SETS) {
            for (Path f : PsplibData.instanceFiles(data(), set)) {
                String name = f.getFileName().toString().replace(".sm", "");
                assertThat(refs.bestKnown(name)).as(name).isPresent();
            }
        }
    }

    @Test
    void theMpmTimeIsTheCriticalPathTheLevelerComputes() {
        for (Path f : List.of(data().resolve("j60/j6017_3.sm"), data().resolve("j90/j9033_7.sm"))) {
            PsplibInstance i = PsplibReader.read(f);
            LevelingResult r = ResourceLeveler.level(i.toProblem(), LevelingOptions.singlePass());
            assertThat(r.criticalPathLength()).isEqualTo(i.criticalPathBound());
            assertThat(ScheduleCheck.isFeasible(i.toProblem(), r.starts())).isTrue();
        }
    }

    @Test
    void rejectsATruncatedFileWithItsName() {
        assertThatThrownBy(() -> PsplibReader.parse("broken.sm", List.of("jobs (incl. supersource/sink ):  4")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broken");
    }
}
