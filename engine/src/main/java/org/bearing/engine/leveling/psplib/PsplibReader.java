package org.bearing.engine.leveling.psplib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PSPLIB {@code .sm} files (Kolisch and Sprecher 1997): blocks of text separated by lines of {@code *}. Only
 * single-mode instances with renewable resources are accepted; anything else is rejected with the file and line.
 */
public final class PsplibReader {
    private static final Pattern NAME = Pattern.compile("(j120|j30|j60|j90)(\\d+)_(\\d+)");

    private PsplibReader() {
    }

    public static PsplibInstance read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Parses the lines of a file named {@code fileName} (used for the set, parameter and instance). */
    public static PsplibInstance parse(String fileName, List<String> lines) {
        String name = fileName.endsWith(".sm") ? fileName.substring(0, fileName.length() - 3) : fileName;
        String set = "";
        int parameter = 0;
        int inst = 0;
        Matcher m = NAME.matcher(name);
        if (m.matches()) {
            set = m.group(1);
            parameter = Integer.parseInt(m.group(2));
            inst = Integer.parseInt(m.group(3));
        }
        int jobs = -1;
        int renewable = -1;
        int cpm = -1;
        int x = 0;
        int[] duration = null;
        int[][] successors = null;
        int[][] demand = null;
        int[] capacity = null;
        while (x < lines.size()) {
            String line = lines.get(x).trim();
            if (line.startsWith("jobs (incl. supersource/sink )")) {
                jobs = intAfterColon(name, x, line);
                duration = new int[jobs];
                successors = new int[jobs][];
            } else if (line.startsWith("- renewable")) {
                renewable = Integer.parseInt(afterColon(name, x, line).split("\\s+")[0]);
            } else if (line.startsWith("- nonrenewable") || line.startsWith("- doubly constrained")) {
                int count = Integer.parseInt(afterColon(name, x, line).split("\\s+")[0]);
                if (count != 0) {
                    throw error(name, x, "only renewable resources are supported, found: " + line);
                }
            } else if (line.startsWith("PROJECT INFORMATION:")) {
                x += 2;
                int[] v = ints(name, x, lines.get(x));
                cpm = v[5];
            } else if (line.startsWith("PRECEDENCE RELATIONS:")) {
                requireHeader(name, x, jobs, renewable);
                x += 2;
                for (int j = 0; j < jobs; j++, x++) {
                    int[] v = ints(name, x, lines.get(x));
                    if (v[0] != j + 1 || v[1] != 1 || v.length != 3 + v[2]) {
                        throw error(name, x, "expected job " + (j + 1) + " with one mode and its successors");
                    }
                    successors[j] = new int[v[2]];
                    for (int k = 0; k < v[2]; k++) {
                        int s = v[3 + k] - 1;
                        if (s <= j || s >= jobs) {
                            throw error(name, x, "successor " + (s + 1) + " of job " + (j + 1) + " is out of order or range");
                        }
                        successors[j][k] = s;
                    }
                }
                continue;
            } else if (line.startsWith("REQUESTS/DURATIONS:")) {
                requireHeader(name, x, jobs, renewable);
                x += 3;
                demand = new int[jobs][renewable];
                for (int j = 0; j < jobs; j++, x++) {
                    int[] v = ints(name, x, lines.get(x));
                    if (v[0] != j + 1 || v.length != 3 + renewable) {
                        throw error(name, x, "expected job " + (j + 1) + ", mode, duration and " + renewable + " demands");
                    }
                    duration[j] = v[2];
                    System.arraycopy(v, 3, demand[j], 0, renewable);
                }
                continue;
            } else if (line.startsWith("RESOURCEAVAILABILITIES:")) {
                requireHeader(name, x, jobs, renewable);
                x += 2;
                capacity = ints(name, x, lines.get(x));
                if (capacity.length != renewable) {
                    throw error(name, x, "expected " + renewable + " capacities");
                }
            }
            x++;
        }
        if (duration == null || successors[0] == null || demand == null || capacity == null || cpm < 0) {
            throw new IllegalArgumentException(name + ": not a complete PSPLIB single-mode file");
        }
        return new PsplibInstance(name, set, parameter, inst, duration, successors, demand, capacity, cpm);
    }

    private static void requireHeader(String name, int x, int jobs, int renewable) {
        if (jobs < 0 || renewable < 0) {
            throw error(name, x, "the job and resource counts must come first");
        }
    }

    private static String afterColon(String name, int x, String line) {
        int c = line.indexOf(':');
        if (c < 0) {
            throw error(name, x, "expected 'label : value'");
        }
        return line.substring(c + 1).trim();
    }

    private static int intAfterColon(String name, int x, String line) {
        try {
            return Integer.parseInt(afterColon(name, x, line));
        } catch (NumberFormatException e) {
            throw error(name, x, "expected a number: " + line);
        }
    }

    private static int[] ints(String name, int x, String line) {
        String t = line.trim();
        if (t.isEmpty()) {
            return new int[0];
        }
        String[] parts = t.split("\\s+");
        int[] v = new int[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                v[i] = Integer.parseInt(parts[i]);
            }
        } catch (NumberFormatException e) {
            throw error(name, x, "expected numbers: " + line);
        }
        return v;
    }

    private static IllegalArgumentException error(String name, int x, String message) {
        return new IllegalArgumentException(name + ".sm line " + (x + 1) + ": " + message);
    }
}
