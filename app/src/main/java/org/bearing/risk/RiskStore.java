package org.bearing.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code risk}, {@code risk_action} and {@code risk_score_history}. */
@Repository
class RiskStore {
    private final JdbcClient jdbc;
    private final RegisterNumbers numbers;

    RiskStore(JdbcClient jdbc, RegisterNumbers numbers) {
        this.jdbc = jdbc;
        this.numbers = numbers;
    }

    List<Risk> inProject(long projectId) {
        return jdbc.sql("select * from risk where project_id = ? order by number").param(projectId).query((rs, i) -> row(rs)).list()
                .stream().map(this::withActions).toList();
    }

    List<Risk> inProgram(long programId) {
        return jdbc.sql("select * from risk where program_id = ? order by number").param(programId).query((rs, i) -> row(rs)).list()
                .stream().map(this::withActions).toList();
    }

    Optional<Risk> byId(long id) {
        return jdbc.sql("select * from risk where id = ?").param(id).query((rs, i) -> row(rs)).optional().map(this::withActions);
    }

    long insert(long projectId, RiskDraft d) {
        return insert(RegisterNumbers.Owner.PROJECT, "project_id", projectId, d);
    }

    long insertInProgram(long programId, RiskDraft d) {
        return insert(RegisterNumbers.Owner.PROGRAM, "program_id", programId, d);
    }

    /** Inserts under the owner column (project_id or program_id); numbers run per owner and are never reused. */
    private long insert(RegisterNumbers.Owner owner, String ownerColumn, long ownerId, RiskDraft d) {
        int number = numbers.next(RegisterNumbers.Register.RISK, owner, ownerId);
        var keys = new GeneratedKeyHolder();
        Object[] v = values(d);
        Object[] params = new Object[v.length + 2];
        params[0] = ownerId;
        params[1] = number;
        System.arraycopy(v, 0, params, 2, v.length);
        jdbc.sql("""
                        insert into risk ({owner}, number, kind, title, cause, risk_event, effect, category, owner, probability,
                            impact_schedule, impact_cost, impact_scope, impact_quality, cost_exposure, proximity, strategy,
                            contingency_plan, trigger_condition, status, residual_probability, residual_impact, review_date)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".replace("{owner}", ownerColumn)).params(params).update(keys, "id");
        long id = keys.getKey().longValue();
        writeActions(id, d);
        return id;
    }

    void update(long id, long version, RiskDraft d) {
        Object[] v = values(d);
        Object[] params = java.util.Arrays.copyOf(v, v.length + 2);
        params[v.length] = id;
        params[v.length + 1] = version;
        int rows = jdbc.sql("""
                        update risk set kind = ?, title = ?, cause = ?, risk_event = ?, effect = ?, category = ?, owner = ?,
                            probability = ?, impact_schedule = ?, impact_cost = ?, impact_scope = ?, impact_quality = ?,
                            cost_exposure = ?, proximity = ?, strategy = ?, contingency_plan = ?, trigger_condition = ?, status = ?,
                            residual_probability = ?, residual_impact = ?, review_date = ?, version = version + 1
                        where id = ? and version = ?""").params(params).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Risk " + id + " was changed by someone else; read it again and retry");
        }
        jdbc.sql("delete from risk_action where risk_id = ?").param(id).update();
        writeActions(id, d);
    }

    int delete(long id) {
        return jdbc.sql("delete from risk where id = ?").param(id).update();
    }

    /** Adds an entry to the risk's score history: its values now and the score its matrix gives them. */
    void recordScore(long riskId, String by, Risk r, int score) {
        jdbc.sql("insert into risk_score_history (risk_id, changed_at, changed_by, probability, impact, score, status) values (?, ?, ?, ?, ?, ?, ?)")
                .params(riskId, LocalDateTime.now(ZoneOffset.UTC), by, r.probability(), r.impact().max(), score, r.status().name())
                .update();
    }

    List<ScoreChange> history(long riskId) {
        return jdbc.sql("select * from risk_score_history where risk_id = ? order by changed_at, id").param(riskId)
                .query((rs, i) -> new ScoreChange(rs.getObject("changed_at", LocalDateTime.class), rs.getString("changed_by"),
                        rs.getInt("probability"), rs.getInt("impact"), rs.getInt("score"), Risk.Status.valueOf(rs.getString("status"))))
                .list();
    }

    private void writeActions(long id, RiskDraft d) {
        List<RiskDraft.Action> actions = d.actions() == null ? List.of() : d.actions();
        for (int i = 0; i < actions.size(); i++) {
            RiskDraft.Action a = actions.get(i);
            jdbc.sql("insert into risk_action (risk_id, position, description, owner, due_date, done) values (?, ?, ?, ?, ?, ?)")
                    .params(id, i, a.description(), a.owner(), a.dueDate(), Boolean.TRUE.equals(a.done())).update();
        }
    }

    private Risk withActions(Risk r) {
        List<Risk.ResponseAction> actions = jdbc.sql("select * from risk_action where risk_id = ? order by position").param(r.id())
                .query((rs, i) -> new Risk.ResponseAction(rs.getString("description"), rs.getString("owner"),
                        rs.getObject("due_date", LocalDate.class), rs.getBoolean("done"))).list();
        return new Risk(r.id(), r.version(), r.projectId(), r.programId(), r.code(), r.kind(), r.title(), r.cause(), r.event(), r.effect(),
                r.category(), r.owner(), r.probability(), r.impact(), r.costExposure(), r.proximity(), r.strategy(), actions,
                r.contingencyPlan(), r.trigger(), r.status(), r.residualProbability(), r.residualImpact(), r.reviewDate());
    }

    private static Object[] values(RiskDraft d) {
        return new Object[] {d.kind().name(), d.title().strip(), d.cause(), d.event(), d.effect(), d.category(), d.owner(), d.probability(),
                d.impact().schedule(), d.impact().cost(), d.impact().scope(), d.impact().quality(), d.costExposure(), d.proximity(),
                d.strategy() == null ? null : d.strategy().name(), d.contingencyPlan(), d.trigger(),
                (d.status() == null ? Risk.Status.OPEN : d.status()).name(), d.residualProbability(), d.residualImpact(), d.reviewDate()};
    }

    private static Risk row(ResultSet rs) throws SQLException {
        String strategy = rs.getString("strategy");
        int rp = rs.getInt("residual_probability");
        Integer residualProbability = rs.wasNull() ? null : rp;
        int ri = rs.getInt("residual_impact");
        Integer residualImpact = rs.wasNull() ? null : ri;
        Risk.Kind kind = Risk.Kind.valueOf(rs.getString("kind"));
        return new Risk(rs.getLong("id"), rs.getLong("version"), rs.getObject("project_id", Long.class),
                rs.getObject("program_id", Long.class),
                (rs.getObject("program_id") != null ? "P" : "") + (kind == Risk.Kind.THREAT ? "R-" : "O-") + String.format("%03d", rs.getInt("number")), kind, rs.getString("title"),
                rs.getString("cause"), rs.getString("risk_event"), rs.getString("effect"), rs.getString("category"), rs.getString("owner"),
                rs.getInt("probability"), new Risk.Impact(rs.getInt("impact_schedule"), rs.getInt("impact_cost"),
                rs.getInt("impact_scope"), rs.getInt("impact_quality")), rs.getBigDecimal("cost_exposure"),
                rs.getObject("proximity", LocalDate.class), strategy == null ? null : Risk.Strategy.valueOf(strategy), new ArrayList<>(),
                rs.getString("contingency_plan"), rs.getString("trigger_condition"), Risk.Status.valueOf(rs.getString("status")),
                residualProbability, residualImpact, rs.getObject("review_date", LocalDate.class));
    }
}
