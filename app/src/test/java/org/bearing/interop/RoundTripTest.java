package org.bearing.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Structural round trip over the whole corpus: each file MPXJ can read is imported (Bearing A), exported as MSPDI and
 * imported again (Bearing B); A and B must agree fact by fact ({@link PlanFacts}) on tasks, hierarchy, links, lags,
 * constraints, calendars, resources, assignments, baselines and dates. Differences are printed per file; any not
 * matched by {@link #ALLOWED} fails the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:interop-roundtrip;DB_CLOSE_DELAY=-1"})
class RoundTripTest {
    /** Differences that are understood and accepted: file pattern, fact pattern, and why. */
    record Allowed(Pattern file, Pattern fact, String why) {
    }

    static final List<Allowed> ALLOWED = List.of();

    @Autowired
    ProjectImport projectImport;
    @Autowired
    PlanExport export;
    @TempDir
    Path dir;

    @Test
    void mspdiRoundTripKeepsThePlan() throws Exception {
        Path corpus = SchedulesCorpus.require();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(mpp|xml|xer|gan|planner|mpx|pmxml)$"))
                    .sorted().toList();
        }
        List<String> unexplained = new ArrayList<>();
        Map<String, Integer> allowedCounts = new TreeMap<>();
        int compared = 0;
        for (Path file : files) {
            String name = corpus.relativize(file).toString();
            ProjectImport.Imported a;
            try {
                a = projectImport.importFile(file, file.getFileName().toString());
            } catch (ScheduleFileException e) {
                System.out.println("round trip: skipped " + name + ": " + e.getMessage());
                continue; // MPXJ (or a plan rule) cannot read it: not part of the round trip
            }
            byte[] mspdi = InteropTestSupport.export(export, a.project().id(), ExportFormat.MSPDI);
            ProjectImport.Imported b = InteropTestSupport.importBytes(projectImport, dir, "roundtrip.xml", mspdi);
            Map<String, String> factsA = PlanFacts.of(export.gather(a.project().id()));
            Map<String, String> factsB = PlanFacts.of(export.gather(b.project().id()));
            compared++;
            Set<String> keys = new TreeSet<>(factsA.keySet());
            keys.addAll(factsB.keySet());
            int shown = 0;
            for (String key : keys) {
                String va = factsA.get(key);
                String vb = factsB.get(key);
                if (java.util.Objects.equals(va, vb)) {
                    continue;
                }
                String line = name + " " + key + ": " + va + " -> " + vb;
                Allowed allowed = ALLOWED.stream().filter(x -> x.file().matcher(name).find() && x.fact().matcher(key).find())
                        .findFirst().orElse(null);
                if (allowed != null) {
                    allowedCounts.merge(allowed.why(), 1, Integer::sum);
                    continue;
                }
                unexplained.add(line);
                if (shown++ < 15) {
                    System.out.println("round trip DIFF " + line);
                }
            }
        }
        Map<String, Integer> byCategory = new TreeMap<>();
        unexplained.forEach(line -> byCategory.merge(line.split(" ")[1].split("/")[0], 1, Integer::sum));
        System.out.println("round trip: unexplained differences by category: " + byCategory);
        allowedCounts.forEach((why, n) -> System.out.println("round trip: " + n + " allowed differences: " + why));
        System.out.println("round trip: " + compared + " files compared, " + unexplained.size() + " unexplained differences");
        assertThat(compared).isGreaterThan(30);
        assertThat(unexplained).isEmpty();
    }
}
