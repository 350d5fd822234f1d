package org.bearing.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenchNetworkGeneratorTest {

    @Test
    void generatesTheRequestedLeafTasksUnderSummariesWithLinksOnlyForward() {
        ImportedSchedule s = BenchNetworkGenerator.generate(2_000, 7);

        assertThat(s.tasks()).filteredOn(t -> !t.summary()).hasSize(2_000);
        assertThat(s.tasks()).filteredOn(ImportedTask::summary).isNotEmpty();
        Map<Integer, Integer> order = new HashMap<>();
        s.tasks().forEach(t -> order.put(t.uniqueId(), order.size()));
        Set<Long> pairs = new HashSet<>();
        for (ImportedLink l : s.links()) {
            assertThat(order.get(l.predecessorUniqueId())).isLessThan(order.get(l.successorUniqueId()));
            assertThat(pairs.add(((long) l.predecessorUniqueId() << 32) | l.successorUniqueId())).isTrue();
        }
        assertThat(s.links().size()).isBetween(1_200, 4_000);
        assertThat(s.links()).extracting(ImportedLink::type).contains(
                ImportedLink.Type.FS, ImportedLink.Type.SS, ImportedLink.Type.FF);
        assertThat(s.calendars().get(0).exceptions()).isNotEmpty();
    }

    @Test
    void isReproducibleForTheSameSeed() {
        assertThat(BenchNetworkGenerator.generate(500, 3)).isEqualTo(BenchNetworkGenerator.generate(500, 3));
        assertThat(BenchNetworkGenerator.generate(500, 3).links())
                .isNotEqualTo(BenchNetworkGenerator.generate(500, 4).links());
    }

    @Test
    void rejectsAnEmptyNetwork() {
        assertThatThrownBy(() -> BenchNetworkGenerator.generate(0, 1)).hasMessageContaining("at least 1");
    }

    @Test
    void mpxjSchedulesTheBuiltProjectFromItsStart() {
        ImportedSchedule s = BenchNetworkGenerator.generate(300, 11);

        MpxjPeerScheduler.Run run = MpxjPeerScheduler.scheduleMicrosoft(MpxjProjectBuilder.build(s), s.projectStart());

        assertThat(run.dates()).hasSize(s.tasks().size());
        assertThat(run.dates().values()).allMatch(d -> !d.earlyStart().isBefore(s.projectStart()));
        assertThat(run.dates().values()).anyMatch(d -> Boolean.TRUE.equals(d.critical()));
    }
}
