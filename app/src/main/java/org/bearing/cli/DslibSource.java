package org.bearing.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bearing.cost.DslibCheck;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The DSLIB workbooks a command reads: the DIR argument (or ../shared/data/dslib above here) and --limit. */
final class DslibSource {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "DSLIB directory (or its Excel folder) (default: ../shared/data/dslib above the working directory).")
    Path dir;

    @Option(names = "--limit", defaultValue = "0", description = "Use only the first N workbooks by name (0 = all).")
    int limit;

    /** The workbooks, or null after printing why there are none. */
    List<Path> files() {
        Path dslib = dir != null ? dir : DslibCheck.locate().orElse(null);
        if (dslib == null || !Files.isDirectory(dslib)) {
            System.err.println("DSLIB directory not found: " + (dir != null ? dir : "../shared/data/dslib"));
            return null;
        }
        List<Path> files = DslibCheck.workbooks(dslib);
        if (files.isEmpty()) {
            System.err.println("no DSLIB workbooks (C<year>-<nn> <name>.xlsx) in " + dslib);
            return null;
        }
        return limit > 0 && limit < files.size() ? files.subList(0, limit) : files;
    }
}
