package org.bearing.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bearing.plan.TaskReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Risk events linked to tasks and the tasks' three-point estimates point at them. */
@Component
class RiskTaskReferences implements TaskReferences {
    private final JdbcClient jdbc;

    RiskTaskReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, List<String>> tasks(long projectId) {
        List<Count> counts = new ArrayList<>();
        counts.addAll(jdbc.sql("""
                        select r.task_id, count(*) from risk_event_task r join task t on t.id = r.task_id
                        where t.project_id = ? group by r.task_id""").param(projectId)
                .query((rs, i) -> new Count(rs.getLong(1), "linked risk", rs.getLong(2))).list());
        counts.addAll(jdbc.sql("select task_id, count(*) from task_estimate where project_id = ? group by task_id").param(projectId)
                .query((rs, i) -> new Count(rs.getLong(1), "risk estimate", rs.getLong(2))).list());
        return TaskReferences.byTask(counts);
    }
}
