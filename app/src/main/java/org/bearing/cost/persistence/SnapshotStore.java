package org.bearing.cost.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.bearing.cost.EarnedValueSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code ev_snapshot}: one per project and status date. */
@Repository
public class SnapshotStore {
    private final JdbcClient jdbc;

    SnapshotStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The project's snapshots by status date, oldest first. */
    public List<EarnedValueSnapshot> history(long projectId) {
        return jdbc.sql("select * from ev_snapshot where project_id = ? order by status_date").param(projectId)
                .query((rs, i) -> row(rs)).list();
    }

    /** Whether the project has a snapshot for that status date. */
    public boolean exists(long projectId, LocalDate statusDate) {
        return jdbc.sql("select count(*) from ev_snapshot where project_id = ? and status_date = ?")
                .params(projectId, statusDate).query(Long.class).single() > 0;
    }

    /** Writes the snapshot of a status date, replacing the one before (delete + insert works on H2 and PostgreSQL). */
    public void save(long projectId, EarnedValueSnapshot s) {
        jdbc.sql("delete from ev_snapshot where project_id = ? and status_date = ?").params(projectId, s.statusDate()).update();
        jdbc.sql("""
                insert into ev_snapshot (project_id, status_date, baseline_name, bac, pv, ev, ac, cv, sv, cpi, spi, es, at_days,
                    svt, spit, eac_cpi, vac, eact, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(projectId, s.statusDate(), s.baseline(), s.bac(), s.pv(), s.ev(), s.ac(), s.cv(), s.sv(), s.cpi(),
                        s.spi(), s.es(), s.at(), s.svt(), s.spit(), s.eacCpi(), s.vac(), s.eact(), s.recordedAt())
                .update();
    }

    private static EarnedValueSnapshot row(ResultSet rs) throws SQLException {
        return new EarnedValueSnapshot(rs.getObject("status_date", LocalDate.class), rs.getString("baseline_name"),
                d(rs, "bac"), d(rs, "pv"), d(rs, "ev"), d(rs, "ac"), d(rs, "cv"), d(rs, "sv"), d(rs, "cpi"), d(rs, "spi"),
                d(rs, "es"), d(rs, "at_days"), d(rs, "svt"), d(rs, "spit"), d(rs, "eac_cpi"), d(rs, "vac"), d(rs, "eact"),
                rs.getObject("recorded_at", java.time.LocalDateTime.class));
    }

    private static Double d(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
