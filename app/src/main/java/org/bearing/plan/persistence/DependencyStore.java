package org.bearing.plan.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.bearing.plan.Dependency;
import org.bearing.plan.DependencyDraft;
import org.bearing.plan.DependencyType;
import org.bearing.plan.Lag;
import org.bearing.plan.LagUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code dependency}. */
@Repository
public class DependencyStore {
    private static final String INSERT =
            "insert into dependency (project_id, predecessor_id, successor_id, type, lag_amount, lag_unit) values (?, ?, ?, ?, ?, ?)";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public DependencyStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public List<Dependency> inProject(long projectId) {
        return jdbc.sql("select * from dependency where project_id = ? order by id").param(projectId).query((rs, i) -> row(rs)).list();
    }

    public Optional<Dependency> byId(long id) {
        return jdbc.sql("select * from dependency where id = ?").param(id).query((rs, i) -> row(rs)).optional();
    }

    public boolean exists(long predecessorId, long successorId, long exceptId) {
        return jdbc.sql("select count(*) from dependency where predecessor_id = ? and successor_id = ? and id <> ?")
                .params(predecessorId, successorId, exceptId).query(Long.class).single() > 0;
    }

    public long insert(long projectId, DependencyDraft d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).params(values(projectId, d)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Inserts many dependencies in JDBC batches. */
    public void insertAll(long projectId, List<DependencyDraft> drafts) {
        BatchWrites.update(template, INSERT, drafts, d -> values(projectId, d));
    }

    private static Object[] values(long projectId, DependencyDraft d) {
        Lag lag = d.lag();
        return new Object[] {projectId, d.predecessorId(), d.successorId(), d.type().name(), lag.amount(), lag.unit().name()};
    }

    public void update(long id, long version, DependencyDraft d) {
        Lag lag = d.lag();
        VersionedUpdate.requireOne(jdbc.sql("""
                        update dependency set predecessor_id = ?, successor_id = ?, type = ?, lag_amount = ?, lag_unit = ?,
                            version = version + 1 where id = ? and version = ?""")
                .params(d.predecessorId(), d.successorId(), d.type().name(), lag.amount(), lag.unit().name(), id, version)
                .update(), "Dependency", id);
    }

    public int delete(long id) {
        return jdbc.sql("delete from dependency where id = ?").param(id).update();
    }

    private static Dependency row(ResultSet rs) throws SQLException {
        return new Dependency(rs.getLong("id"), rs.getLong("version"), rs.getLong("project_id"), rs.getLong("predecessor_id"),
                rs.getLong("successor_id"), DependencyType.valueOf(rs.getString("type")),
                new Lag(rs.getLong("lag_amount"), LagUnit.valueOf(rs.getString("lag_unit"))));
    }
}
