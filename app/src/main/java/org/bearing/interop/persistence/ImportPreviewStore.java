package org.bearing.interop.persistence;

import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code import_preview}: a pending replacement of a project's plan, shared by every app node. */
@Repository
public class ImportPreviewStore {
    private final JdbcClient jdbc;

    public ImportPreviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored preview; {@code differences} is the JSON shown to the user. */
    public record Row(String id, long projectId, String fileName, byte[] content, String planFingerprint, String differences,
                      String createdBy, LocalDateTime createdAt, LocalDateTime expiresAt) {
    }

    public void insert(Row r) {
        jdbc.sql("""
                        insert into import_preview (id, project_id, file_name, content, plan_fingerprint, differences, created_by,
                            created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.projectId(), r.fileName(), r.content(), r.planFingerprint(), r.differences(), r.createdBy(),
                        r.createdAt(), r.expiresAt()).update();
    }

    public Optional<Row> byId(String id) {
        return jdbc.sql("select * from import_preview where id = ?").param(id).query((rs, i) -> new Row(rs.getString("id"),
                rs.getLong("project_id"), rs.getString("file_name"), rs.getBytes("content"), rs.getString("plan_fingerprint"),
                rs.getString("differences"), rs.getString("created_by"), rs.getTimestamp("created_at").toLocalDateTime(),
                rs.getTimestamp("expires_at").toLocalDateTime())).optional();
    }

    public int delete(String id) {
        return jdbc.sql("delete from import_preview where id = ?").param(id).update();
    }

    /** Forgets previews that expired more than a day ago; a younger one still answers "expired" rather than "unknown". */
    public int purgeExpiredBefore(LocalDateTime cutoff) {
        return jdbc.sql("delete from import_preview where expires_at < ?").param(cutoff).update();
    }
}
