package org.bearing.cost;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sector of each DSLIB project (e.g. {@code IT}, {@code Construction (civil)}), read from the database's overview
 * workbook {@value #FILE}: a static attribute known before a project starts, used as its reference class. Only the
 * {@code Code} and {@code Sector} columns are read; the overview's outcome columns (early/late, under/over budget,
 * final SPI, CPI, real duration and cost) are never read, so no project's outcome leaks through it.
 */
public final class DslibSectors {

    /** The overview workbook's file name (sic). */
    public static final String FILE = "DSLIB_Analysis_Scheet.xlsx";

    private DslibSectors() {
    }

    /**
     * The sectors by project code, from the overview workbook in the folder of the first workbook or its parent (the
     * DSLIB directory holds it next to its {@code Excel} folder); empty if there is none or it cannot be read.
     */
    public static Map<String, String> near(List<Path> workbooks) {
        if (workbooks.isEmpty() || workbooks.get(0).toAbsolutePath().getParent() == null) {
            return Map.of();
        }
        Path dir = workbooks.get(0).toAbsolutePath().getParent();
        for (Path d : new Path[] {dir, dir.getParent()}) {
            if (d != null && Files.isRegularFile(d.resolve(FILE))) {
                return read(d.resolve(FILE));
            }
        }
        return Map.of();
    }

    /** The sectors by project code of an overview workbook; empty if it has no Code and Sector header. */
    public static Map<String, String> read(Path file) {
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                Map<String, String> sectors = read(sheet);
                if (!sectors.isEmpty()) {
                    return sectors;
                }
            }
            return Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // no reference classes: the learners pool every project
        }
    }

    private static Map<String, String> read(Sheet sheet) {
        int code = -1;
        int sector = -1;
        Map<String, String> out = new HashMap<>();
        for (Row row : sheet) {
            if (code < 0) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    String t = DslibWorkbookReader.text(row, c);
                    code = "Code".equalsIgnoreCase(t) ? c : code;
                    sector = "Sector".equalsIgnoreCase(t) ? c : sector;
                }
                if (sector < 0) {
                    code = -1;
                }
                continue;
            }
            String id = DslibWorkbookReader.text(row, code);
            String s = DslibWorkbookReader.text(row, sector);
            if (!id.isEmpty() && !s.isEmpty()) {
                out.put(id, s);
            }
        }
        return out;
    }
}
