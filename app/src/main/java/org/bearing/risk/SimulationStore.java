package org.bearing.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Rows of {@code simulation_run}; inputs and results are stored as JSON documents. */
@Repository
class SimulationStore {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcClient jdbc;

    SimulationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a QUEUED run held by {@code node}, with its first heartbeat. */
    long insert(long projectId, String label, int iterations, long seed, int threads, String by, String node) {
        var keys = new GeneratedKeyHolder();
        LocalDateTime now = now();
        jdbc.sql("""
                        insert into simulation_run (project_id, label, status, progress, iterations, seed, threads, requested_by, requested_at,
                            node, heartbeat_at)
                        values (?, ?, 'QUEUED', 0, ?, ?, ?, ?, ?, ?, ?)""")
                .params(projectId, label, iterations, seed, threads, by, now, node, now).update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<SimulationRun> byId(long id) {
        return jdbc.sql("select * from simulation_run where id = ?").param(id).query((rs, i) -> row(rs)).optional();
    }

    List<SimulationRun> inProject(long projectId) {
        return jdbc.sql("select * from simulation_run where project_id = ? order by id desc").param(projectId)
                .query((rs, i) -> row(rs)).list();
    }

    /** Moves a QUEUED run to RUNNING; false if another node took it first. */
    boolean start(long id, SimulationInputs inputs) {
        return jdbc.sql("update simulation_run set status = 'RUNNING', started_at = ?, heartbeat_at = ?, progress = 0, inputs = ? where id = ? and status = 'QUEUED'")
                .params(now(), now(), JSON.writeValueAsString(inputs), id).update() == 1;
    }

    /** Records progress; it is also a heartbeat. */
    void progress(long id, int percent) {
        jdbc.sql("update simulation_run set progress = ?, heartbeat_at = ? where id = ? and status = 'RUNNING'").params(percent, now(), id).update();
    }

    /** The heartbeat of a live node: touches every run it still holds. */
    int heartbeat(String node) {
        return jdbc.sql("update simulation_run set heartbeat_at = ? where node = ? and status in ('QUEUED', 'RUNNING')").params(now(), node).update();
    }

    /** QUEUED or RUNNING runs whose last heartbeat is older than {@code cutoff}: their node has stopped. */
    List<StaleRun> stale(LocalDateTime cutoff) {
        return jdbc.sql("select id, node, heartbeat_at from simulation_run where status in ('QUEUED', 'RUNNING') and heartbeat_at < ? order by id")
                .param(cutoff).query((rs, i) -> new StaleRun(rs.getLong("id"), rs.getString("node"), rs.getObject("heartbeat_at", LocalDateTime.class)))
                .list();
    }

    /** Marks a stale run FAILED, unless a heartbeat arrived since it was found stale; true if it was marked. */
    boolean failStale(long id, LocalDateTime cutoff, String reason) {
        return jdbc.sql("update simulation_run set status = 'FAILED', finished_at = ?, error = ? where id = ? and status in ('QUEUED', 'RUNNING') and heartbeat_at < ?")
                .params(now(), reason, id, cutoff).update() == 1;
    }

    /** A run found without a recent heartbeat. */
    record StaleRun(long id, String node, LocalDateTime heartbeatAt) {
    }

    void done(long id, SimulationResults results) {
        jdbc.sql("update simulation_run set status = 'DONE', progress = 100, finished_at = ?, results = ? where id = ?")
                .params(now(), JSON.writeValueAsString(results), id).update();
    }

    void failed(long id, String error) {
        String e = error == null ? "unknown error" : error.length() > 4000 ? error.substring(0, 4000) : error;
        jdbc.sql("update simulation_run set status = 'FAILED', finished_at = ?, error = ? where id = ?").params(now(), e, id).update();
    }

    Optional<SimulationResults> results(long id) {
        return document("results", id).map(s -> JSON.readValue(s, SimulationResults.class));
    }

    Optional<SimulationInputs> inputs(long id) {
        return document("inputs", id).map(s -> JSON.readValue(s, SimulationInputs.class));
    }

    private Optional<String> document(String column, long id) {
        return jdbc.sql("select " + column + " from simulation_run where id = ?").param(id).query((rs, i) -> rs.getString(1)).list()
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private static SimulationRun row(ResultSet rs) throws SQLException {
        return new SimulationRun(rs.getLong("id"), rs.getLong("project_id"), rs.getString("label"),
                SimulationRun.Status.valueOf(rs.getString("status")), rs.getInt("progress"), rs.getInt("iterations"), rs.getLong("seed"),
                rs.getInt("threads"), rs.getString("requested_by"), rs.getObject("requested_at", LocalDateTime.class),
                rs.getObject("started_at", LocalDateTime.class), rs.getObject("finished_at", LocalDateTime.class), rs.getString("error"));
    }
}
