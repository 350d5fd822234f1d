package org.bearing.schedule;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code task_leveling}: the leveling delay of each leveled task, in working minutes. */
@Repository
class LevelingDelays {
    private final JdbcClient jdbc;

    LevelingDelays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Long> of(long projectId) {
        Map<Long, Long> delays = new HashMap<>();
        jdbc.sql("select task_id, delay_minutes from task_leveling where project_id = ?").param(projectId)
                .query(rs -> {
                    delays.put(rs.getLong("task_id"), rs.getLong("delay_minutes"));
                });
        return delays;
    }

    void replace(long projectId, Map<Long, Long> delays) {
        clear(projectId);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        delays.forEach((task, minutes) -> jdbc.sql("insert into task_leveling (task_id, project_id, delay_minutes, leveled_at) values (?, ?, ?, ?)")
                .params(task, projectId, minutes, now).update());
    }

    int clear(long projectId) {
        return jdbc.sql("delete from task_leveling where project_id = ?").param(projectId).update();
    }
}
