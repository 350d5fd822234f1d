package org.bearing.interop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The corpus of real schedule files in {@code ../shared/data/schedules} beside the repository, found by walking up
 * from the working directory. Tests that need it skip only when it is absent.
 */
public final class SchedulesCorpus {
    private SchedulesCorpus() {
    }

    /** The corpus directory, or null when no {@code shared/data/schedules} is found above the working directory. */
    public static Path locate() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared").resolve("data").resolve("schedules");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        return null;
    }

    /** The corpus directory; skips the calling test when it is absent. */
    public static Path require() {
        Path dir = locate();
        assumeTrue(dir != null, "../shared/data/schedules is absent");
        return dir;
    }

    /** A file of the corpus; skips the calling test when the corpus is absent. */
    public static Path file(String relative) {
        Path file = require().resolve(relative);
        assumeTrue(Files.isRegularFile(file), relative + " is absent from the corpus");
        return file;
    }
}
