package org.bearing.engine.leveling.psplib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reference makespans from the PSPLIB {@code solutions/} folder: the proven optima of j30 ({@code j30opt.sm}) and,
 * for every set, the best known makespan = min over {@code j*hrs.sm} and the {@code J*_BKS.csv} / {@code J60_C.csv}
 * tables (the data's SOURCES.md explains why both are needed). Keys are instance names such as {@code j1201_1}.
 */
public final class PsplibReferences {
    private final Map<String, Integer> bestKnown = new HashMap<>();
    private final Set<String> optimal = new HashSet<>();

    private PsplibReferences() {
    }

    /** Loads everything under {@code psplibDir/solutions}; missing files are skipped. */
    public static PsplibReferences load(Path psplibDir) {
        PsplibReferences refs = new PsplibReferences();
        Path dir = psplibDir.resolve("solutions");
        refs.readOptima(dir.resolve("j30opt.sm"), "j30");
        for (String set : List.of("j30", "j60", "j90", "j120")) {
            refs.readHrs(dir.resolve(set + "hrs.sm"), set);
        }
        refs.readCsv(dir.resolve("J60_C.csv"), "j60", 10);
        refs.readCsv(dir.resolve("J90_BKS.csv"), "j90", 10);
        refs.readCsv(dir.resolve("J120_BKS.csv"), "j120", 10);
        return refs;
    }

    /** Best known makespan of the instance, if the files give one. */
    public OptionalInt bestKnown(String instanceName) {
        Integer v = bestKnown.get(instanceName);
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }

    /** True if the best known makespan is proven optimal (j30 optima, or an {@code optimal} row of a CSV). */
    public boolean isOptimal(String instanceName) {
        return optimal.contains(instanceName);
    }

    private void offer(String name, int makespan) {
        bestKnown.merge(name, makespan, Math::min);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private void readOptima(Path file, String set) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        for (String line : lines(file)) {
            String[] p = line.trim().split("\\s+");
            if (p.length >= 3 && isInt(p[0]) && isInt(p[1]) && isInt(p[2])) {
                String name = set + p[0] + "_" + p[1];
                offer(name, Integer.parseInt(p[2]));
                optimal.add(name);
            }
        }
    }

    private void readHrs(Path file, String set) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        for (String line : lines(file)) {
            String[] p = line.trim().split("\\s+");
            if (p.length >= 3 && isInt(p[0]) && isInt(p[1]) && isInt(p[2])) {
                offer(set + p[0] + "_" + p[1], Integer.parseInt(p[2]));
            }
        }
    }

    /** {@code ID;Type;Value;...} with ID = (parameter − 1) · perClass + instance. */
    private void readCsv(Path file, String set, int perClass) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        for (String raw : lines(file)) {
            String line = raw.replace("\u00EF\u00BB\u00BF", "").trim();
            String[] p = line.split(";");
            if (p.length < 3 || !isInt(p[0]) || !isInt(p[2])) {
                continue;
            }
            String type = p[1].trim();
            if (!type.equals("optimal") && !type.equals("heuristic")) {
                continue;
            }
            int id = Integer.parseInt(p[0]);
            String name = set + ((id - 1) / perClass + 1) + "_" + ((id - 1) % perClass + 1);
            offer(name, Integer.parseInt(p[2]));
            if (type.equals("optimal")) {
                optimal.add(name);
            }
        }
    }

    private static boolean isInt(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
