package org.bearing.delivery.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.bearing.delivery.BacklogItem;
import org.bearing.delivery.BacklogItemDraft;
import org.bearing.delivery.Sprint;
import org.bearing.delivery.SprintDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code sprint} and {@code backlog_item}. */
@Repository
public class BacklogStore {
    private final JdbcClient jdbc;

    BacklogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertSprint(long projectId, SprintDraft d, int position) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into sprint (project_id, name, state, start_date, finish_date, position) values (?, ?, ?, ?, ?, ?)")
                .params(projectId, d.name(), d.state(), d.start(), d.finish(), position).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void insertItem(long projectId, BacklogItemDraft d, Long sprintId) {
        jdbc.sql("""
                insert into backlog_item (project_id, task_id, sprint_id, source_system, source_key, item_type, summary, status,
                    status_category, story_points, assignee, epic_key, item_rank) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(projectId, d.taskId(), sprintId, d.sourceSystem(), d.sourceKey(), d.type(), d.summary(), d.status(),
                        d.statusCategory(), d.storyPoints(), d.assignee(), d.epicKey(), d.rank()).update();
    }

    public List<Sprint> sprints(long projectId) {
        return jdbc.sql("select * from sprint where project_id = ? order by position, id").param(projectId)
                .query((rs, i) -> sprint(rs)).list();
    }

    public List<BacklogItem> items(long projectId) {
        return jdbc.sql("select * from backlog_item where project_id = ? order by item_rank, id").param(projectId)
                .query((rs, i) -> item(rs)).list();
    }

    public boolean hasItem(long projectId, String system, String key) {
        return jdbc.sql("select count(*) from backlog_item where project_id = ? and source_system = ? and source_key = ?")
                .params(projectId, system, key).query(Long.class).single() > 0;
    }

    /** Story points as entered (5, 0.5), not at the column's scale (5.00). */
    private static java.math.BigDecimal points(java.math.BigDecimal v) {
        if (v == null) {
            return null;
        }
        java.math.BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static Sprint sprint(ResultSet rs) throws SQLException {
        return new Sprint(rs.getLong("id"), rs.getLong("project_id"), rs.getString("name"), rs.getString("state"),
                rs.getObject("start_date", LocalDateTime.class), rs.getObject("finish_date", LocalDateTime.class), rs.getInt("position"));
    }

    private static BacklogItem item(ResultSet rs) throws SQLException {
        return new BacklogItem(rs.getLong("id"), rs.getLong("project_id"), rs.getObject("task_id", Long.class),
                rs.getObject("sprint_id", Long.class), rs.getString("source_system"), rs.getString("source_key"),
                rs.getString("item_type"), rs.getString("summary"), rs.getString("status"), rs.getString("status_category"),
                points(rs.getBigDecimal("story_points")), rs.getString("assignee"), rs.getString("epic_key"), rs.getInt("item_rank"));
    }
}
