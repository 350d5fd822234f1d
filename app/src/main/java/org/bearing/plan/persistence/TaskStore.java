package org.bearing.plan.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.bearing.plan.ConstraintType;
import org.bearing.plan.EarnedValueMethod;
import org.bearing.plan.Task;
import org.bearing.plan.TaskDraft;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code task}, read in outline order (parent, then position). */
@Repository
public class TaskStore {
    // whether a task has children: one probe of the parent_id index per row, not a count over every task in the database
    private static final String SELECT = """
            select t.*, case when exists (select 1 from task k where k.parent_id = t.id) then 1 else 0 end as child_count
            from task t""";
    private static final String INSERT = """
            insert into task (project_id, parent_id, position, wbs_code, name, milestone, notes, duration_minutes,
                work_minutes, constraint_type, constraint_date, deadline, priority, percent_complete, actual_start,
                actual_finish, remaining_duration_minutes, fixed_cost, calendar_id, planned_start, planned_finish,
                ev_method, physical_percent_complete, ev_milestones, external_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public TaskStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * A task row to insert: its place among its siblings, what it holds ({@code draft.parentId()} is final) and the
     * id it has in the file it was imported from (or null).
     */
    public record NewRow(int position, TaskDraft draft, String externalId) {
    }

    public List<Task> inProject(long projectId) {
        return jdbc.sql(SELECT + " where t.project_id = ? order by t.position, t.id").param(projectId).query((rs, i) -> row(rs)).list();
    }

    /**
     * A task as a batch write checks its links and assignments against it: identity, place in the outline, name (for
     * messages), whether it is a summary and its duration in working minutes.
     */
    public record Outline(long id, Long parentId, String name, boolean summary, long durationMinutes) {
    }

    /**
     * The project's tasks in outline form, in no particular order: four columns instead of the whole row, and a summary
     * found from the other rows' parents instead of a subquery per row (what a 10,000-task import reads twice).
     */
    public List<Outline> outline(long projectId) {
        record Row(long id, Long parentId, String name, long durationMinutes) {
        }
        List<Row> rows = jdbc.sql("select id, parent_id, name, duration_minutes from task where project_id = ?").param(projectId)
                .query((rs, i) -> new Row(rs.getLong(1), Rows.longOrNull(rs, "parent_id"), rs.getString(3), rs.getLong(4))).list();
        java.util.Set<Long> parents = new java.util.HashSet<>();
        for (Row r : rows) {
            if (r.parentId() != null) {
                parents.add(r.parentId());
            }
        }
        List<Outline> out = new java.util.ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(new Outline(r.id(), r.parentId(), r.name(), parents.contains(r.id()), r.durationMinutes()));
        }
        return out;
    }

    /** The ids of the project's tasks, without reading the rows. */
    public List<Long> idsInProject(long projectId) {
        return jdbc.sql("select id from task where project_id = ?").param(projectId).query(Long.class).list();
    }

    public Optional<Task> byId(long id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query((rs, i) -> row(rs)).optional();
    }

    public int nextPosition(long projectId, Long parentId) {
        return jdbc.sql("select coalesce(max(position) + 1, 0) from task where project_id = ? and "
                        + (parentId == null ? "parent_id is null" : "parent_id = " + parentId))
                .param(projectId).query(Integer.class).single();
    }

    /** Makes room at {@code position} among the siblings by moving those at or after it one place down. */
    public void shiftSiblings(long projectId, Long parentId, int position) {
        jdbc.sql("update task set position = position + 1 where project_id = ? and position >= ? and "
                        + (parentId == null ? "parent_id is null" : "parent_id = " + parentId))
                .params(projectId, position).update();
    }

    public long insert(long projectId, int position, TaskDraft d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT).params(values(projectId, position, d, null)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Inserts many rows in JDBC batches (one round trip per batch, not per row), in the given order.
     *
     * @return the new ids, in the order of {@code rows}
     */
    public List<Long> insertAll(long projectId, List<NewRow> rows) {
        return BatchWrites.insertReturningIds(template, INSERT, rows, r -> values(projectId, r.position(), r.draft(), r.externalId()));
    }

    public void update(long id, long version, long projectId, int position, TaskDraft d) {
        // the insert's values without the first (project_id) and the last (external_id: an edit keeps it)
        Object[] v = values(projectId, position, d, null);
        Object[] params = new Object[v.length];
        System.arraycopy(v, 1, params, 0, v.length - 2);
        params[v.length - 2] = id;
        params[v.length - 1] = version;
        VersionedUpdate.requireOne(jdbc.sql("""
                        update task set parent_id = ?, position = ?, wbs_code = ?, name = ?, milestone = ?, notes = ?,
                            duration_minutes = ?, work_minutes = ?, constraint_type = ?, constraint_date = ?, deadline = ?,
                            priority = ?, percent_complete = ?, actual_start = ?, actual_finish = ?,
                            remaining_duration_minutes = ?, fixed_cost = ?, calendar_id = ?, planned_start = ?, planned_finish = ?,
                            ev_method = ?, physical_percent_complete = ?, ev_milestones = ?, version = version + 1
                        where id = ? and version = ?""").params(params).update(), "Task", id);
    }

    /**
     * Writes the dates the scheduler computed. They are derived values, not an edit: the version stays, so a client's
     * ETag stays valid across reschedules.
     */
    public void recordPlannedDates(long id, java.time.LocalDateTime start, java.time.LocalDateTime finish) {
        jdbc.sql("update task set planned_start = ?, planned_finish = ? where id = ?").params(start, finish, id).update();
    }

    /** A task's scheduled start and finish, to be recorded by {@link #recordPlannedDates(List)}. */
    public record PlannedDates(long id, java.time.LocalDateTime start, java.time.LocalDateTime finish) {
    }

    /** {@link #recordPlannedDates(long, java.time.LocalDateTime, java.time.LocalDateTime)} for many tasks, in JDBC batches. */
    public void recordPlannedDates(List<PlannedDates> dates) {
        BatchWrites.update(template, "update task set planned_start = ?, planned_finish = ? where id = ?", dates,
                d -> new Object[] {d.start(), d.finish(), d.id()});
    }

    public int delete(long id) {
        return jdbc.sql("delete from task where id = ?").param(id).update();
    }

    public boolean hasChildren(long id) {
        return jdbc.sql("select count(*) from task where parent_id = ?").param(id).query(Long.class).single() > 0;
    }

    /** Moves a task to another parent and place among its siblings without touching anything else. */
    public void place(long id, Long parentId, int position) {
        jdbc.sql("update task set parent_id = ?, position = ?, version = version + 1 where id = ?").params(parentId, position, id).update();
    }

    private static Object[] values(long projectId, int position, TaskDraft d, String externalId) {
        return new Object[] {projectId, d.parentId(), position, d.wbsCode(), d.name().strip(), Boolean.TRUE.equals(d.milestone()),
                d.notes(), orZero(d.durationMinutes()), orZero(d.workMinutes()),
                (d.constraintType() == null ? ConstraintType.ASAP : d.constraintType()).name(), d.constraintDate(), d.deadline(),
                d.priority() == null ? 500 : d.priority(), d.percentComplete() == null ? java.math.BigDecimal.ZERO : d.percentComplete(),
                d.actualStart(), d.actualFinish(), d.remainingDurationMinutes(),
                d.fixedCost() == null ? java.math.BigDecimal.ZERO : d.fixedCost(), d.calendarId(), d.plannedStart(), d.plannedFinish(),
                d.earnedValueMethod().name(), d.physicalPercentComplete() == null ? java.math.BigDecimal.ZERO : d.physicalPercentComplete(),
                EvMilestoneColumn.write(d.evMilestones()), externalId};
    }

    private static long orZero(Long v) {
        return v == null ? 0 : v;
    }

    static Task row(ResultSet rs) throws SQLException {
        return new Task(rs.getLong("id"), rs.getLong("version"), rs.getLong("project_id"), Rows.longOrNull(rs, "parent_id"),
                rs.getInt("position"), rs.getString("wbs_code"), rs.getString("name"), rs.getBoolean("milestone"),
                rs.getLong("child_count") > 0, rs.getString("notes"), rs.getLong("duration_minutes"), rs.getLong("work_minutes"),
                ConstraintType.valueOf(rs.getString("constraint_type")), Rows.dateTime(rs, "constraint_date"),
                Rows.dateTime(rs, "deadline"), rs.getInt("priority"), rs.getBigDecimal("percent_complete"),
                Rows.dateTime(rs, "actual_start"), Rows.dateTime(rs, "actual_finish"),
                Rows.longOrNull(rs, "remaining_duration_minutes"), rs.getBigDecimal("fixed_cost"),
                Rows.longOrNull(rs, "calendar_id"), Rows.dateTime(rs, "planned_start"), Rows.dateTime(rs, "planned_finish"),
                EarnedValueMethod.valueOf(rs.getString("ev_method")), rs.getBigDecimal("physical_percent_complete"),
                EvMilestoneColumn.read(rs.getString("ev_milestones")));
    }
}
