package org.bearing.risk;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Rows of {@code risk_matrix}: one configured matrix per project or per program, stored as a JSON document. */
@Repository
class RiskMatrixStore {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    RiskMatrixStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The matrix configured for the owner ({@code project_id} or {@code program_id}), with its version. */
    Optional<Stored> find(Owner owner, long ownerId) {
        return jdbc.sql("select version, document from risk_matrix where " + owner.column + " = ?").param(ownerId)
                .query((rs, i) -> new Stored(JSON.readValue(rs.getString("document"), RiskMatrix.class), rs.getLong("version")))
                .optional();
    }

    /** Writes the owner's matrix, replacing the one it had. */
    void save(Owner owner, long ownerId, RiskMatrix matrix, String by) {
        String document = JSON.writeValueAsString(matrix);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int rows = jdbc.sql("update risk_matrix set document = ?, updated_by = ?, updated_at = ?, version = version + 1 where " + owner.column + " = ?")
                .params(document, by, now, ownerId).update();
        if (rows == 0) {
            jdbc.sql("insert into risk_matrix (" + owner.column + ", version, document, updated_by, updated_at) values (?, 1, ?, ?, ?)")
                    .params(ownerId, document, by, now).update();
        }
    }

    int delete(Owner owner, long ownerId) {
        return jdbc.sql("delete from risk_matrix where " + owner.column + " = ?").param(ownerId).update();
    }

    enum Owner {
        PROJECT("project_id"), PROGRAM("program_id");

        final String column;

        Owner(String column) {
            this.column = column;
        }
    }

    record Stored(RiskMatrix matrix, long version) {
    }
}
