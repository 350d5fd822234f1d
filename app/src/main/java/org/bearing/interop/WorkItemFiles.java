package org.bearing.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Tells an issue tracker's export from a schedule file by its content, not its name, and reads it: JSON (an object
 * first, or a .json name) is Jira's REST search; a CSV whose header has "Issue key" is Jira's, one with "Work Item Type" is
 * Azure DevOps'. Anything else is left to the schedule readers, except a file named .csv or .json, which can only be
 * meant as an export and is refused with the columns it should have. Runs after {@link ScheduleFileGuard}, so the
 * file is within the size limit.
 */
final class WorkItemFiles {
    private static final int HEAD = 64 * 1024;

    /** The export formats Bearing reads. */
    enum Format { JIRA_CSV, JIRA_JSON, AZURE_DEVOPS_CSV }

    private WorkItemFiles() {
    }

    /** The tracker format of the file, or null when it is not an issue tracker's export. */
    static Format detect(Path file, String label) throws ScheduleFileException {
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new ScheduleFileException(label + ": cannot be read: " + e.getMessage(), e);
        }
        String text = new String(head, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").stripLeading();
        String extension = ScheduleFileReader.extension(label);
        if (text.startsWith("{") || extension.equals("json")) {
            return Format.JIRA_JSON;
        }
        List<String> header = CsvTable.headerOf(text);
        List<String> lower = header.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        if (lower.contains("issue key")) {
            return Format.JIRA_CSV;
        }
        if (lower.contains("work item type")) {
            return Format.AZURE_DEVOPS_CSV;
        }
        if (extension.equals("csv")) {
            throw new ScheduleFileException(label + ": a CSV file that is neither a Jira export (columns " + String.join(", ", JiraCsvReader.REQUIRED)
                    + ") nor an Azure DevOps work-item export (columns ID, Work Item Type, Title); its columns are "
                    + (header.size() > 12 ? String.join(", ", header.subList(0, 12)) + ", ..." : String.join(", ", header)));
        }
        return null;
    }

    /** Reads and maps an export of a detected format: the same rules for every tracker (see {@link WorkItemMapper}). */
    static WorkItemFile read(Path file, String label, Format format, EstimateRule estimates) throws ScheduleFileException {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScheduleFileException(label + ": cannot be read: " + e.getMessage(), e);
        }
        TrackerExport export = switch (format) {
            case JIRA_JSON -> JiraJsonReader.read(text, label);
            case JIRA_CSV -> JiraCsvReader.read(CsvTable.parse(text, label));
            case AZURE_DEVOPS_CSV -> AzureDevOpsCsvReader.read(CsvTable.parse(text, label));
        };
        return new WorkItemMapper(estimates).map(export, label);
    }
}
