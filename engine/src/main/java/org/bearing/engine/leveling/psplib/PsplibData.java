package org.bearing.engine.leveling.psplib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Where the PSPLIB data lives and which instance files a set holds. */
public final class PsplibData {
    /** The sets in the order they are reported. */
    public static final List<String> SETS = List.of("j30", "j60", "j90", "j120");

    private PsplibData() {
    }

    /**
     * Finds {@code ../shared/data/psplib} relative to the repository root by walking up from the working directory:
     * the first ancestor {@code d} with a directory {@code d/../shared/data/psplib}.
     */
    public static Optional<Path> locate() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolve("../shared/data/psplib").normalize();
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The {@code .sm} files of {@code set} under {@code psplibDir}, ordered by parameter then instance
     * (j301_1, j301_2, ..., j3048_10).
     */
    public static List<Path> instanceFiles(Path psplibDir, String set) {
        Path dir = psplibDir.resolve(set);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("No instance directory " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sm"))
                    .sorted((a, b) -> Long.compare(order(set, a), order(set, b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }

    private static long order(String set, Path file) {
        String n = file.getFileName().toString();
        String core = n.substring(set.length(), n.length() - 3);
        int u = core.indexOf('_');
        if (u < 0) {
            return Long.MAX_VALUE;
        }
        return Long.parseLong(core.substring(0, u)) * 1000 + Long.parseLong(core.substring(u + 1));
    }
}
