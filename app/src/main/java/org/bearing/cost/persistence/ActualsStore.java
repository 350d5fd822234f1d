package org.bearing.cost.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.bearing.cost.Actual;
import org.bearing.cost.ApprovalStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code cost_entry}, {@code time_entry}, {@code project_reserve} and {@code funding_period}. */
@Repository
public class ActualsStore {
    private final JdbcClient jdbc;

    ActualsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertCost(long projectId, Actual.CostEntryDraft d, String by, LocalDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into cost_entry (project_id, task_id, entry_date, amount, category, description, status, submitted_by,
                    submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(projectId, d.taskId(), d.date(), d.amount(), d.category().strip(), d.description(),
                        ApprovalStatus.SUBMITTED.name(), by, at).update(keys, "id");
        return keys.getKey().longValue();
    }

    public long insertTime(long projectId, Actual.TimeEntryDraft d, String by, LocalDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into time_entry (project_id, task_id, resource_id, work_date, hours, status, submitted_by, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(projectId, d.taskId(), d.resourceId(), d.day(), d.hours(), ApprovalStatus.SUBMITTED.name(), by, at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<Actual.CostEntry> costEntries(long projectId) {
        return jdbc.sql("select * from cost_entry where project_id = ? order by entry_date, id").param(projectId)
                .query((rs, i) -> cost(rs)).list();
    }

    public Optional<Actual.CostEntry> costEntry(long projectId, long id) {
        return jdbc.sql("select * from cost_entry where project_id = ? and id = ?").params(projectId, id)
                .query((rs, i) -> cost(rs)).optional();
    }

    public List<Actual.TimeEntry> timeEntries(long projectId) {
        return jdbc.sql("select * from time_entry where project_id = ? order by work_date, id").param(projectId)
                .query((rs, i) -> time(rs)).list();
    }

    public Optional<Actual.TimeEntry> timeEntry(long projectId, long id) {
        return jdbc.sql("select * from time_entry where project_id = ? and id = ?").params(projectId, id)
                .query((rs, i) -> time(rs)).optional();
    }

    /** Records a decision on an entry still SUBMITTED; false if someone decided it first. */
    public boolean decide(String table, long id, ApprovalStatus to, String by, LocalDateTime at, String note) {
        String sql = "update " + (table.equals("time") ? "time_entry" : "cost_entry")
                + " set status = ?, decided_by = ?, decided_at = ?, decision_note = ? where id = ? and status = ?";
        return jdbc.sql(sql).params(to.name(), by, at, note, id, ApprovalStatus.SUBMITTED.name()).update() == 1;
    }

    /** Approved cost entries dated up to {@code asOf}, summed per task and date: rows of task id, date, amount. */
    public List<Object[]> approvedCostByTaskAndDay(long projectId, LocalDate asOf) {
        return jdbc.sql("""
                select task_id, entry_date, sum(amount) from cost_entry where project_id = ? and status = 'APPROVED'
                and entry_date <= ? group by task_id, entry_date""").params(projectId, asOf)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getBigDecimal(3)}).list();
    }

    /** Approved hours up to {@code asOf} per task, resource and day: rows of task id, resource id, day, hours. */
    public List<Object[]> approvedHoursByDay(long projectId, LocalDate asOf) {
        return jdbc.sql("""
                select task_id, resource_id, work_date, sum(hours) from time_entry where project_id = ? and status = 'APPROVED'
                and work_date <= ? group by task_id, resource_id, work_date""").params(projectId, asOf)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getBigDecimal(4)})
                .list();
    }

    /**
     * Hours a resource has booked on a day in entries that still count or may count (submitted or approved), over all
     * projects: a person shared by a pool has one day, whichever projects they book it to.
     */
    public BigDecimal hoursBooked(long resourceId, LocalDate day) {
        return jdbc.sql("select coalesce(sum(hours), 0) from time_entry where resource_id = ? and work_date = ? and status <> 'REJECTED'")
                .params(resourceId, day).query(BigDecimal.class).single();
    }

    public Optional<Actual.Reserves> reserves(long projectId) {
        return jdbc.sql("select management_reserve, contingency from project_reserve where project_id = ?").param(projectId)
                .query((rs, i) -> new Actual.Reserves(rs.getBigDecimal(1), rs.getBigDecimal(2))).optional();
    }

    public void saveReserves(long projectId, Actual.Reserves r) {
        jdbc.sql("delete from project_reserve where project_id = ?").param(projectId).update();
        jdbc.sql("insert into project_reserve (project_id, management_reserve, contingency) values (?, ?, ?)")
                .params(projectId, r.managementReserve(), r.contingency()).update();
    }

    public List<Actual.FundingPeriod> funding(long projectId) {
        return jdbc.sql("select period_start, period_end, amount from funding_period where project_id = ? order by period_start")
                .param(projectId).query((rs, i) -> new Actual.FundingPeriod(rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class), rs.getBigDecimal(3))).list();
    }

    public void replaceFunding(long projectId, List<Actual.FundingPeriod> periods) {
        jdbc.sql("delete from funding_period where project_id = ?").param(projectId).update();
        for (Actual.FundingPeriod p : periods) {
            jdbc.sql("insert into funding_period (project_id, period_start, period_end, amount) values (?, ?, ?, ?)")
                    .params(projectId, p.start(), p.end(), p.amount()).update();
        }
    }

    private static Actual.CostEntry cost(ResultSet rs) throws SQLException {
        return new Actual.CostEntry(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("task_id"),
                rs.getObject("entry_date", LocalDate.class), rs.getBigDecimal("amount"), rs.getString("category"),
                rs.getString("description"), ApprovalStatus.valueOf(rs.getString("status")), rs.getString("submitted_by"),
                rs.getObject("submitted_at", LocalDateTime.class), rs.getString("decided_by"),
                rs.getObject("decided_at", LocalDateTime.class), rs.getString("decision_note"));
    }

    private static Actual.TimeEntry time(ResultSet rs) throws SQLException {
        return new Actual.TimeEntry(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("task_id"),
                rs.getLong("resource_id"), rs.getObject("work_date", LocalDate.class), rs.getBigDecimal("hours"),
                ApprovalStatus.valueOf(rs.getString("status")), rs.getString("submitted_by"),
                rs.getObject("submitted_at", LocalDateTime.class), rs.getString("decided_by"),
                rs.getObject("decided_at", LocalDateTime.class), rs.getString("decision_note"));
    }
}
