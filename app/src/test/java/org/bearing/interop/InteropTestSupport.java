package org.bearing.interop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shared steps of the interop tests: import a file, export a project, count projects. */
final class InteropTestSupport {
    private InteropTestSupport() {
    }

    static byte[] export(PlanExport export, long projectId, ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(projectId, format, out);
        return out.toByteArray();
    }

    static ProjectImport.Imported importBytes(ProjectImport projectImport, Path dir, String name, byte[] content)
            throws IOException, ScheduleFileException {
        Path file = Files.write(dir.resolve(name), content);
        try {
            return projectImport.importFile(file, name);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static long projects(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from project").query(Long.class).single();
    }
}
