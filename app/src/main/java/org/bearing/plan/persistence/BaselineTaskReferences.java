package org.bearing.plan.persistence;

import java.util.List;
import java.util.Map;
import org.bearing.plan.TaskReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Baseline rows point at the tasks they saved. */
@Component
class BaselineTaskReferences implements TaskReferences {
    private final JdbcClient jdbc;

    BaselineTaskReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, List<String>> tasks(long projectId) {
        return TaskReferences.byTask(jdbc.sql("""
                        select b.task_id, count(*) from baseline_task b join task t on t.id = b.task_id
                        where t.project_id = ? group by b.task_id""").param(projectId)
                .query((rs, i) -> new Count(rs.getLong(1), "baseline", rs.getLong(2))).list());
    }
}
