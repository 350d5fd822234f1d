package org.bearing.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A comma-separated table as RFC 4180 defines it: fields may be quoted, a quoted field may hold commas, doubled quotes
 * and line breaks, and the first record is the header. Column names may repeat (Jira writes one "Sprint" column per
 * sprint an issue was in, one "Outward issue link (Blocks)" per link), so a column is looked up as all its positions.
 * Every record must have as many fields as the header: a shorter one means the file was cut off or is not this table.
 */
final class CsvTable {
    private final String label;
    private final List<String> header;
    private final List<List<String>> rows;
    private final List<Integer> lines;

    private CsvTable(String label, List<String> header, List<List<String>> rows, List<Integer> lines) {
        this.label = label;
        this.header = header;
        this.rows = rows;
        this.lines = lines;
    }

    /**
     * @throws ScheduleFileException naming the line of an unterminated quoted field or of a record whose field count
     *                               differs from the header's
     */
    static CsvTable parse(String text, String label) throws ScheduleFileException {
        List<List<String>> records = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        boolean any = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                quoteLine = line;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || !field.isEmpty()) {
                    record.add(field.toString());
                    records.add(record);
                    starts.add(recordLine);
                }
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new ScheduleFileException(label + ": the quoted field that starts on line " + quoteLine
                    + " never ends; the file looks truncated");
        }
        if (any || !field.isEmpty()) {
            record.add(field.toString());
            records.add(record);
            starts.add(recordLine);
        }
        if (records.isEmpty()) {
            throw new ScheduleFileException(label + ": the file holds no header row");
        }
        List<String> header = records.get(0).stream().map(String::strip).toList();
        for (int r = 1; r < records.size(); r++) {
            if (records.get(r).size() != header.size()) {
                throw new ScheduleFileException(label + ": line " + starts.get(r) + " has " + records.get(r).size()
                        + " fields where the header has " + header.size() + "; the file looks truncated or damaged");
            }
        }
        return new CsvTable(label, header, records.subList(1, records.size()), starts.subList(1, starts.size()));
    }

    /** The header's first record, read without checking the rest: enough to tell which tool wrote the file. */
    static List<String> headerOf(String head) {
        try {
            int end = 0;
            boolean quoted = false;
            for (; end < head.length(); end++) {
                char c = head.charAt(end);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\n' || c == '\r')) {
                    break;
                }
            }
            return parse(head.substring(0, end), "header").header;
        } catch (ScheduleFileException e) {
            return List.of();
        }
    }

    String label() {
        return label;
    }

    List<String> header() {
        return header;
    }

    int size() {
        return rows.size();
    }

    /** The file line on which row {@code r} (0-based, after the header) starts. */
    int line(int r) {
        return lines.get(r);
    }

    /** True when a column of this name (case-insensitive) is present. */
    boolean has(String column) {
        return !positions(column).isEmpty();
    }

    /** The first non-blank value of the column in row {@code r}, stripped, or null. */
    String value(int r, String column) {
        for (String v : values(r, column)) {
            return v;
        }
        return null;
    }

    /** The first non-blank value of whichever of the columns is present, in the order given. */
    String first(int r, String... columns) {
        for (String c : columns) {
            String v = value(r, c);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Every non-blank value of every column of this name in row {@code r}, in column order, stripped. */
    List<String> values(int r, String column) {
        List<String> out = new ArrayList<>();
        for (int p : positions(column)) {
            String v = rows.get(r).get(p).strip();
            if (!v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }

    private List<Integer> positions(String column) {
        List<Integer> out = new ArrayList<>();
        String wanted = column.toLowerCase(Locale.ROOT);
        for (int p = 0; p < header.size(); p++) {
            if (header.get(p).toLowerCase(Locale.ROOT).equals(wanted)) {
                out.add(p);
            }
        }
        return out;
    }
}
