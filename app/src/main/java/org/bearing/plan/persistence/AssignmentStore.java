package org.bearing.plan.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.bearing.plan.Assignment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code assignment}. */
@Repository
public class AssignmentStore {
    private static final String INSERT =
            "insert into assignment (project_id, task_id, resource_id, units, work_minutes, actual_work_minutes) values (?, ?, ?, ?, ?, ?)";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public AssignmentStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public List<Assignment> inProject(long projectId) {
        return jdbc.sql("select * from assignment where project_id = ? order by id").param(projectId).query((rs, i) -> row(rs)).list();
    }

    public Optional<Assignment> byId(long id) {
        return jdbc.sql("select * from assignment where id = ?").param(id).query((rs, i) -> row(rs)).optional();
    }

    public boolean exists(long taskId, long resourceId, long exceptId) {
        return jdbc.sql("select count(*) from assignment where task_id = ? and resource_id = ? and id <> ?")
                .params(taskId, resourceId, exceptId).query(Long.class).single() > 0;
    }

    public long insert(Assignment a) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).params(values(a)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Inserts many assignments (their ids and versions are ignored) in JDBC batches. */
    public void insertAll(List<Assignment> rows) {
        BatchWrites.update(template, INSERT, rows, AssignmentStore::values);
    }

    private static Object[] values(Assignment a) {
        return new Object[] {a.projectId(), a.taskId(), a.resourceId(), a.units(), a.workMinutes(), a.actualWorkMinutes()};
    }

    public void update(Assignment a) {
        VersionedUpdate.requireOne(jdbc.sql("""
                        update assignment set task_id = ?, resource_id = ?, units = ?, work_minutes = ?, actual_work_minutes = ?,
                            version = version + 1 where id = ? and version = ?""")
                .params(a.taskId(), a.resourceId(), a.units(), a.workMinutes(), a.actualWorkMinutes(), a.id(), a.version())
                .update(), "Assignment", a.id());
    }

    public int delete(long id) {
        return jdbc.sql("delete from assignment where id = ?").param(id).update();
    }

    private static Assignment row(ResultSet rs) throws SQLException {
        return new Assignment(rs.getLong("id"), rs.getLong("version"), rs.getLong("project_id"), rs.getLong("task_id"),
                rs.getLong("resource_id"), rs.getBigDecimal("units"), rs.getLong("work_minutes"), rs.getLong("actual_work_minutes"));
    }
}
