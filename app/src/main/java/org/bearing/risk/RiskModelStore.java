package org.bearing.risk;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code risk_correlation_group}, {@code task_estimate}, {@code risk_event_model} and {@code risk_event_task}. */
@Repository
class RiskModelStore {
    private final JdbcClient jdbc;

    RiskModelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    QuantitativeRiskModel read(long projectId) {
        Map<Long, String> groupNames = new HashMap<>();
        List<QuantitativeRiskModel.CorrelationGroup> groups = jdbc.sql("select * from risk_correlation_group where project_id = ? order by name")
                .param(projectId).query((rs, i) -> {
                    groupNames.put(rs.getLong("id"), rs.getString("name"));
                    return new QuantitativeRiskModel.CorrelationGroup(rs.getString("name"), rs.getDouble("coefficient"));
                }).list();
        List<QuantitativeRiskModel.Estimate> estimates = jdbc.sql("""
                        select e.* from task_estimate e join task t on t.id = e.task_id
                        where e.project_id = ? order by t.id""").param(projectId)
                .query((rs, i) -> {
                    long g = rs.getLong("group_id");
                    String group = rs.wasNull() ? null : groupNames.get(g);
                    return new QuantitativeRiskModel.Estimate(rs.getLong("task_id"), QuantitativeRiskModel.Unit.valueOf(rs.getString("unit")),
                            rs.getDouble("min_value"), rs.getDouble("most_likely"), rs.getDouble("max_value"),
                            DistributionShape.valueOf(rs.getString("distribution")), group,
                            rs.getBigDecimal("cost_min"), rs.getBigDecimal("cost_most_likely"), rs.getBigDecimal("cost_max"),
                            shape(rs, "cost_distribution"));
                }).list();
        List<QuantitativeRiskModel.RiskEvent> events = jdbc.sql("select * from risk_event_model where project_id = ? order by risk_id")
                .param(projectId).query((rs, i) -> event(rs)).list().stream()
                .map(e -> new QuantitativeRiskModel.RiskEvent(e.riskId(), e.probability(), e.durationMin(), e.durationMostLikely(),
                        e.durationMax(), e.durationDistribution(), e.costMin(), e.costMostLikely(), e.costMax(), e.costDistribution(),
                        jdbc.sql("select task_id from risk_event_task where risk_id = ? order by task_id").param(e.riskId())
                                .query(Long.class).list()))
                .toList();
        return new QuantitativeRiskModel(estimates, groups, events);
    }

    /** Replaces the project's whole model (the caller's transaction makes it all or nothing). */
    void replace(long projectId, QuantitativeRiskModel m) {
        jdbc.sql("delete from risk_event_model where project_id = ?").param(projectId).update();
        jdbc.sql("delete from task_estimate where project_id = ?").param(projectId).update();
        jdbc.sql("delete from risk_correlation_group where project_id = ?").param(projectId).update();
        Map<String, Long> groupIds = new HashMap<>();
        for (QuantitativeRiskModel.CorrelationGroup g : m.correlationGroups()) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("insert into risk_correlation_group (project_id, name, coefficient) values (?, ?, ?)")
                    .params(projectId, g.name(), g.coefficient()).update(keys, "id");
            groupIds.put(g.name(), keys.getKey().longValue());
        }
        for (QuantitativeRiskModel.Estimate e : m.estimates()) {
            jdbc.sql("""
                            insert into task_estimate (task_id, project_id, unit, min_value, most_likely, max_value, distribution, group_id,
                                cost_min, cost_most_likely, cost_max, cost_distribution) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(e.taskId(), projectId, e.unit().name(), e.min(), e.mostLikely(), e.max(), e.distribution().name(),
                            e.correlationGroup() == null ? null : groupIds.get(e.correlationGroup()), e.costMin(), e.costMostLikely(),
                            e.costMax(), costShape(e.costMin(), e.costDistribution())).update();
        }
        for (QuantitativeRiskModel.RiskEvent r : m.riskEvents()) {
            jdbc.sql("""
                            insert into risk_event_model (risk_id, project_id, probability, duration_min, duration_most_likely, duration_max,
                                duration_distribution, cost_min, cost_most_likely, cost_max, cost_distribution)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(r.riskId(), projectId, r.probability(), r.durationMin(), r.durationMostLikely(), r.durationMax(),
                            r.durationDistribution().name(), r.costMin(), r.costMostLikely(), r.costMax(),
                            costShape(r.costMin(), r.costDistribution())).update();
            for (Long t : new java.util.TreeSet<>(r.taskIds())) {
                jdbc.sql("insert into risk_event_task (risk_id, task_id) values (?, ?)").params(r.riskId(), t).update();
            }
        }
    }

    private static String costShape(BigDecimal min, DistributionShape shape) {
        return min == null ? null : (shape == null ? DistributionShape.TRIANGULAR : shape).name();
    }

    private static DistributionShape shape(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : DistributionShape.valueOf(s);
    }

    private static QuantitativeRiskModel.RiskEvent event(ResultSet rs) throws SQLException {
        return new QuantitativeRiskModel.RiskEvent(rs.getLong("risk_id"), rs.getDouble("probability"), rs.getDouble("duration_min"),
                rs.getDouble("duration_most_likely"), rs.getDouble("duration_max"),
                DistributionShape.valueOf(rs.getString("duration_distribution")), rs.getBigDecimal("cost_min"),
                rs.getBigDecimal("cost_most_likely"), rs.getBigDecimal("cost_max"), shape(rs, "cost_distribution"), List.of());
    }
}
