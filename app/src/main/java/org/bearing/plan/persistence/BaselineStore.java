package org.bearing.plan.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.bearing.plan.Baseline;
import org.bearing.plan.BaselineTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code baseline} and {@code baseline_task}. */
@Repository
public class BaselineStore {
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public BaselineStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The project's baselines without their task rows. */
    public List<Baseline> inProject(long projectId) {
        return jdbc.sql("select * from baseline where project_id = ? order by number").param(projectId).query((rs, i) -> row(rs)).list();
    }

    public Optional<Baseline> byId(long id) {
        return jdbc.sql("select * from baseline where id = ?").param(id).query((rs, i) -> row(rs)).optional()
                .map(b -> new Baseline(b.id(), b.version(), b.projectId(), b.number(), b.name(), b.capturedAt(), tasks(b.id())));
    }

    public List<Integer> numbersInUse(long projectId) {
        return jdbc.sql("select number from baseline where project_id = ? order by number").param(projectId).query(Integer.class).list();
    }

    public long insert(Baseline b) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into baseline (project_id, number, name, captured_at) values (?, ?, ?, ?)")
                .params(b.projectId(), b.number(), b.name(), LocalDateTime.ofInstant(b.capturedAt(), ZoneOffset.UTC)).update(keys, "id");
        long id = keys.getKey().longValue();
        BatchWrites.update(template, """
                        insert into baseline_task (baseline_id, task_id, start_at, finish_at, duration_minutes, work_minutes, cost)
                        values (?, ?, ?, ?, ?, ?, ?)""", b.tasks(),
                t -> new Object[] {id, t.taskId(), t.start(), t.finish(), t.durationMinutes(), t.workMinutes(), t.cost()});
        return id;
    }

    public int delete(long id) {
        return jdbc.sql("delete from baseline where id = ?").param(id).update();
    }

    private List<BaselineTask> tasks(long baselineId) {
        return jdbc.sql("select * from baseline_task where baseline_id = ? order by task_id").param(baselineId)
                .query((rs, i) -> new BaselineTask(rs.getLong("task_id"), Rows.dateTime(rs, "start_at"), Rows.dateTime(rs, "finish_at"),
                        rs.getLong("duration_minutes"), rs.getLong("work_minutes"), rs.getBigDecimal("cost"))).list();
    }

    private static Baseline row(ResultSet rs) throws SQLException {
        return new Baseline(rs.getLong("id"), rs.getLong("version"), rs.getLong("project_id"), rs.getInt("number"),
                rs.getString("name"), Rows.dateTime(rs, "captured_at").toInstant(ZoneOffset.UTC), List.of());
    }
}
