package org.bearing.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import benchmark's MSPDI file is a schedule as a scheduling tool saves it: its plan, and the dates computed from it. */
class ImportBenchmarkFileTest {

    @Test
    void holdsTheNetworkItsResourcesAndTheDatesBearingComputesForEachTask(@TempDir Path dir) throws Exception {
        ImportBenchmarkFile.Written written = ImportBenchmarkFile.write(300, 11, dir.resolve("bench.xml"));

        ImportedSchedule read = new ScheduleFileReader().read(written.file());

        assertThat(read.tasks()).hasSize(written.tasks());
        assertThat(read.links()).hasSize(written.links());
        assertThat(read.resources()).hasSize(written.resources());
        Map<Integer, TaskDates> computed = new EngineRescheduler().schedule(BenchNetworkGenerator.generate(300, 11));
        assertThat(read.tasks()).allSatisfy(t -> {
            TaskDates d = computed.get(t.uniqueId());
            assertThat(t.start()).as("start of %s", t.name()).isEqualTo(d.earlyStart());
            assertThat(t.finish()).as("finish of %s", t.name()).isEqualTo(d.earlyFinish());
        });
    }
}
