package org.bearing.plan.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code task.external_id} column: the unique id each task had in the schedule file it was imported from, so that
 * the next version of the file can be matched to the plan task by task. Bookkeeping, not an edit: versions stay.
 */
@Repository
public class TaskExternalIdStore {
    private final JdbcTemplate jdbc;

    public TaskExternalIdStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The external id of each task of the project that has one, by task id. */
    public Map<Long, String> of(long projectId) {
        Map<Long, String> ids = new HashMap<>();
        jdbc.query("select id, external_id from task where project_id = ? and external_id is not null",
                rs -> {
                    ids.put(rs.getLong(1), rs.getString(2));
                }, projectId);
        return ids;
    }

    /** Records many external ids in one JDBC batch (an import records one per task). */
    public void record(Map<Long, String> ids) {
        List<Object[]> rows = new ArrayList<>(ids.size());
        ids.forEach((id, external) -> rows.add(new Object[] {external, id}));
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("update task set external_id = ? where id = ?", rows);
        }
    }
}
