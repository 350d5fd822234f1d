package org.bearing.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes the task table as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * quotes doubled), UTF-8 with a byte order mark so that Excel reads accents. Text is made inert against formula
 * injection ({@link SpreadsheetText}); dates are ISO 8601 ({@code 2026-01-05T08:00}).
 */
final class CsvPlanWriter {
    private CsvPlanWriter() {
    }

    static void write(ExportedPlan plan, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, List.copyOf(PlanTable.HEADERS));
        for (PlanTable.Row row : PlanTable.rows(plan)) {
            line(w, row.cells());
        }
        w.flush();
    }

    private static void line(Writer w, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String field(Object value) {
        String text;
        if (value == null) {
            return "";
        } else if (value instanceof BigDecimal d) {
            text = d.toPlainString();
        } else if (value instanceof Number || value instanceof LocalDateTime) {
            text = value.toString();
        } else {
            text = SpreadsheetText.safe(value.toString());
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
