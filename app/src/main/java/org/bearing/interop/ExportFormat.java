package org.bearing.interop;

import java.util.Locale;

/** The file formats a project exports to, with their media type and file extension. */
public enum ExportFormat {
    /** MS Project XML (MSPDI), read by MS Project 2003 and later, ProjectLibre and most schedulers. */
    MSPDI("application/vnd.ms-project+xml", "xml"),
    /** Primavera P6 XER. */
    XER("application/x-primavera-xer", "xer"),
    /** Primavera P6 PMXML. */
    PMXML("application/xml", "xml"),
    /** Excel workbook: tasks (WBS outline grouping), resources, risks. */
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** One row per task, RFC 4180. */
    CSV("text/csv", "csv"),
    /** The plan in Bearing's API shapes. */
    JSON("application/json", "json"),
    /** iCalendar (RFC 5545): milestones and deadlines as events. */
    ICS("text/calendar", "ics");

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format named {@code name} (case-insensitive), or null. */
    public static ExportFormat named(String name) {
        for (ExportFormat f : values()) {
            if (f.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return f;
            }
        }
        return null;
    }

    /** Lower-case names, for messages. */
    public static String names() {
        return String.join(", ", java.util.Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
    }
}
