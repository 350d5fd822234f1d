package org.bearing.cost.persistence;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code control_account}: a task of a project flagged as control account, with its manager. */
@Repository
public class ControlAccountStore {
    private final JdbcClient jdbc;

    ControlAccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Manager by task id. */
    public Map<Long, String> managers(long projectId) {
        Map<Long, String> out = new TreeMap<>();
        jdbc.sql("select task_id, manager from control_account where project_id = ?").param(projectId)
                .query((rs, i) -> out.put(rs.getLong(1), rs.getString(2))).list();
        return out;
    }

    public void save(long projectId, long taskId, String manager) {
        if (jdbc.sql("update control_account set manager = ? where task_id = ? and project_id = ?").params(manager, taskId, projectId)
                .update() == 0) {
            jdbc.sql("insert into control_account (task_id, project_id, manager) values (?, ?, ?)").params(taskId, projectId, manager)
                    .update();
        }
    }

    public boolean delete(long projectId, long taskId) {
        return jdbc.sql("delete from control_account where task_id = ? and project_id = ?").params(taskId, projectId).update() == 1;
    }
}
