package org.bearing.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fuzzes the import with 1,000 files mutated from the small files of the corpus (byte flips, truncations, chunk
 * duplications; fixed seed, so a failure reproduces): every file either imports (201) or is refused with a
 * {@link ScheduleFileException} (422), never anything else (500); none takes longer than the time limit; and a
 * refused file leaves the project count unchanged (no partial project).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:interop-fuzz;DB_CLOSE_DELAY=-1", "bearing.import.time-limit=2s"})
class ImportFuzzTest {
    static final int FILES = 1000;
    static final long SEED = 20261130L;

    @Autowired
    ProjectImport projectImport;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path dir;

    @Test
    void mutatedFilesImportOrAreRefusedCleanly() throws Exception {
        Path corpus = SchedulesCorpus.require();
        List<Path> seeds;
        try (Stream<Path> walk = Files.walk(corpus)) {
            seeds = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(mpp|xml|xer|gan|planner)$"))
                    .filter(p -> size(p) <= 16_000).sorted().toList();
        }
        assertThat(seeds).hasSizeGreaterThan(10);
        SplittableRandom random = new SplittableRandom(SEED);
        int imported = 0;
        int refused = 0;
        long slowest = 0;
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < FILES; i++) {
            Path seed = seeds.get(random.nextInt(seeds.size()));
            byte[] bytes = mutate(Files.readAllBytes(seed), random);
            String name = "fuzz-" + i + "-" + seed.getFileName();
            Path file = Files.write(dir.resolve(name), bytes);
            long projectsBefore = InteropTestSupport.projects(jdbc);
            long t0 = System.nanoTime();
            try {
                projectImport.importFile(file, name);
                imported++;
                assertThat(InteropTestSupport.projects(jdbc)).as(name).isEqualTo(projectsBefore + 1);
            } catch (ScheduleFileException e) {
                refused++;
                assertThat(e.getMessage()).as(name).isNotBlank();
                assertThat(InteropTestSupport.projects(jdbc)).as(name + " left a partial project").isEqualTo(projectsBefore);
            } catch (RuntimeException | Error e) {
                failures.add(name + " (from " + seed.getFileName() + "): " + e);
            } finally {
                Files.deleteIfExists(file);
            }
            long millis = (System.nanoTime() - t0) / 1_000_000;
            slowest = Math.max(slowest, millis);
            assertThat(millis).as(name + " took too long").isLessThan(2_000 + 2_000);
        }
        long total = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("fuzz: %d files from %d seeds (seed %d): %d imported, %d refused with 422, %d other failures; "
                + "slowest %d ms, total %.1f s%n", FILES, seeds.size(), SEED, imported, refused, failures.size(), slowest, total / 1000.0);
        failures.stream().limit(20).forEach(f -> System.out.println("fuzz FAILURE " + f));
        assertThat(failures).isEmpty();
        assertThat(imported + refused).isEqualTo(FILES);
        assertThat(refused).isPositive();
    }

    /** One of three mutations: flip 1..8 bytes, truncate, or duplicate a chunk in place. */
    static byte[] mutate(byte[] in, SplittableRandom random) {
        byte[] out;
        switch (random.nextInt(3)) {
            case 0 -> {
                out = in.clone();
                int flips = 1 + random.nextInt(8);
                for (int k = 0; k < flips; k++) {
                    int at = random.nextInt(out.length);
                    out[at] = (byte) (out[at] ^ (1 << random.nextInt(8)));
                }
            }
            case 1 -> out = java.util.Arrays.copyOf(in, random.nextInt(in.length));
            default -> {
                int from = random.nextInt(in.length);
                int length = 1 + random.nextInt(Math.min(512, in.length - from));
                int to = random.nextInt(in.length);
                out = new byte[in.length + length];
                System.arraycopy(in, 0, out, 0, to);
                System.arraycopy(in, from, out, to, length);
                System.arraycopy(in, to, out, to + length, in.length - to);
            }
        }
        return out;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (java.io.IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
