package org.bearing.interop.persistence;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What other modules' records point at a project's tasks and resources, counted straight from their tables: cost and
 * time entries (cost), task links and estimates (risk), baseline rows (plan). Read-only; it exists so that replacing a
 * plan never deletes a task (and, by the database's cascades, its actuals or risk links) that something still needs.
 * Reading the tables directly keeps the count to one query instead of one call per module per task.
 */
@Repository
public class TaskReferenceStore {
    private final JdbcClient jdbc;

    public TaskReferenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** For each task something points at, what points at it in words ("2 time entries"), by task id. */
    public Map<Long, List<String>> references(long projectId) {
        Map<Long, List<String>> refs = new LinkedHashMap<>();
        jdbc.sql("""
                        select task_id, 'cost entry' as what, count(*) as n from cost_entry where project_id = ? group by task_id
                        union all
                        select task_id, 'time entry', count(*) from time_entry where project_id = ? group by task_id
                        union all
                        select r.task_id, 'linked risk', count(*) from risk_event_task r join task t on t.id = r.task_id
                            where t.project_id = ? group by r.task_id
                        union all
                        select task_id, 'risk estimate', count(*) from task_estimate where project_id = ? group by task_id
                        union all
                        select b.task_id, 'baseline', count(*) from baseline_task b join task t on t.id = b.task_id
                            where t.project_id = ? group by b.task_id""")
                .params(projectId, projectId, projectId, projectId, projectId)
                .query((rs, i) -> {
                    long n = rs.getLong(3);
                    refs.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(n + " " + rs.getString(2) + (n == 1 ? "" : "s"));
                    return null;
                }).list();
        return refs;
    }

    /** The project's resources that time entries were booked against: deleting one would delete its time entries. */
    public Set<Long> resourcesWithTimeEntries(long projectId) {
        return new HashSet<>(jdbc.sql("select distinct resource_id from time_entry where project_id = ?").param(projectId)
                .query(Long.class).list());
    }
}
