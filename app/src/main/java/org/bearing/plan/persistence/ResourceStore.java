package org.bearing.plan.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.bearing.plan.Resource;
import org.bearing.plan.ResourceDraft;
import org.bearing.plan.ResourceType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code resource}. */
@Repository
public class ResourceStore {
    private static final String INSERT = """
            insert into resource (project_id, name, type, initials, resource_group, email, material_label, max_units,
                standard_rate, overtime_rate, cost_per_use, calendar_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public ResourceStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public List<Resource> all() {
        return jdbc.sql("select * from resource order by name, id").query((rs, i) -> row(rs)).list();
    }

    /** The resources a project can assign: the enterprise pool and its own. */
    public List<Resource> visibleTo(long projectId) {
        return jdbc.sql("select * from resource where project_id is null or project_id = ? order by name, id").param(projectId)
                .query((rs, i) -> row(rs)).list();
    }

    public Optional<Resource> byId(long id) {
        return jdbc.sql("select * from resource where id = ?").param(id).query((rs, i) -> row(rs)).optional();
    }

    public Optional<Resource> named(Long projectId, String name) {
        return jdbc.sql("select * from resource where name = ? and " + (projectId == null ? "project_id is null" : "project_id = " + projectId))
                .param(name).query((rs, i) -> row(rs)).optional();
    }

    public long insert(ResourceDraft d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).params(values(d)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Inserts many resources in JDBC batches.
     *
     * @return the new ids, in the order of {@code drafts}
     */
    public List<Long> insertAll(List<ResourceDraft> drafts) {
        return BatchWrites.insertReturningIds(template, INSERT, drafts, ResourceStore::values);
    }

    public void update(long id, long version, ResourceDraft d) {
        Object[] v = values(d);
        Object[] params = java.util.Arrays.copyOf(v, v.length + 2);
        params[v.length] = id;
        params[v.length + 1] = version;
        VersionedUpdate.requireOne(jdbc.sql("""
                        update resource set project_id = ?, name = ?, type = ?, initials = ?, resource_group = ?, email = ?,
                            material_label = ?, max_units = ?, standard_rate = ?, overtime_rate = ?, cost_per_use = ?, calendar_id = ?,
                            version = version + 1 where id = ? and version = ?""").params(params).update(), "Resource", id);
    }

    public int delete(long id) {
        return jdbc.sql("delete from resource where id = ?").param(id).update();
    }

    public boolean isAssigned(long id) {
        return jdbc.sql("select count(*) from assignment where resource_id = ?").param(id).query(Long.class).single() > 0;
    }

    private static Object[] values(ResourceDraft d) {
        return new Object[] {d.projectId(), d.name().strip(), d.type().name(), d.initials(), d.group(), d.email(), d.materialLabel(),
                d.maxUnits() == null ? BigDecimal.ONE : d.maxUnits(), orZero(d.standardRate()), orZero(d.overtimeRate()),
                orZero(d.costPerUse()), d.calendarId()};
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static Resource row(ResultSet rs) throws SQLException {
        return new Resource(rs.getLong("id"), rs.getLong("version"), Rows.longOrNull(rs, "project_id"), rs.getString("name"),
                ResourceType.valueOf(rs.getString("type")), rs.getString("initials"), rs.getString("resource_group"),
                rs.getString("email"), rs.getString("material_label"), rs.getBigDecimal("max_units"),
                rs.getBigDecimal("standard_rate"), rs.getBigDecimal("overtime_rate"), rs.getBigDecimal("cost_per_use"),
                Rows.longOrNull(rs, "calendar_id"));
    }
}
