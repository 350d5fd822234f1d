package org.bearing.cost.persistence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bearing.plan.TaskReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Cost and time entries point at their tasks, and time entries at their resources. */
@Component
class ActualsTaskReferences implements TaskReferences {
    private final JdbcClient jdbc;

    ActualsTaskReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, List<String>> tasks(long projectId) {
        List<Count> counts = new ArrayList<>();
        counts.addAll(jdbc.sql("select task_id, count(*) from cost_entry where project_id = ? group by task_id").param(projectId)
                .query((rs, i) -> new Count(rs.getLong(1), "cost entry", rs.getLong(2))).list());
        counts.addAll(jdbc.sql("select task_id, count(*) from time_entry where project_id = ? group by task_id").param(projectId)
                .query((rs, i) -> new Count(rs.getLong(1), "time entry", rs.getLong(2))).list());
        return TaskReferences.byTask(counts);
    }

    @Override
    public Set<Long> resources(long projectId) {
        return new HashSet<>(jdbc.sql("select distinct resource_id from time_entry where project_id = ?").param(projectId)
                .query(Long.class).list());
    }
}
