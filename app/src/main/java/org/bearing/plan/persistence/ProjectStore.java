package org.bearing.plan.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bearing.plan.Project;
import org.bearing.plan.ProjectDraft;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code project} and its ordered objectives and success criteria in {@code project_statement}. */
@Repository
public class ProjectStore {
    private static final String OBJECTIVE = "OBJECTIVE";
    private static final String SUCCESS = "SUCCESS_CRITERION";
    private final JdbcClient jdbc;

    public ProjectStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Project> all() {
        return withStatements(jdbc.sql("select * from project order by code").query((rs, i) -> row(rs)).list());
    }

    public List<Project> inProgram(long programId) {
        return withStatements(jdbc.sql("select * from project where program_id = ? order by code").param(programId)
                .query((rs, i) -> row(rs)).list());
    }

    public Optional<Project> byId(long id) {
        return jdbc.sql("select * from project where id = ?").param(id).query((rs, i) -> row(rs)).optional()
                .map(p -> withStatements(List.of(p)).get(0));
    }

    public Optional<Project> byCode(String code) {
        return jdbc.sql("select * from project where code = ?").param(code).query((rs, i) -> row(rs)).optional()
                .map(p -> withStatements(List.of(p)).get(0));
    }

    public long insert(ProjectDraft d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into project (program_id, code, name, sponsor, manager, scope_statement, start_date, status_date,
                                             currency, calendar_id, budget, hard_deadline)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.programId(), d.code(), d.name(), d.sponsor(), d.manager(), d.scopeStatement(), d.startDate(),
                        d.statusDate(), d.currency(), d.calendarId(), d.budget(), d.hardDeadline())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        writeStatements(id, d);
        return id;
    }

    public void update(long id, long version, ProjectDraft d) {
        VersionedUpdate.requireOne(jdbc.sql("""
                        update project set program_id = ?, code = ?, name = ?, sponsor = ?, manager = ?, scope_statement = ?,
                               start_date = ?, status_date = ?, currency = ?, calendar_id = ?, budget = ?, hard_deadline = ?,
                               version = version + 1
                        where id = ? and version = ?""")
                .params(d.programId(), d.code(), d.name(), d.sponsor(), d.manager(), d.scopeStatement(), d.startDate(),
                        d.statusDate(), d.currency(), d.calendarId(), d.budget(), d.hardDeadline(), id, version)
                .update(), "Project", id);
        jdbc.sql("delete from project_statement where project_id = ?").param(id).update();
        writeStatements(id, d);
    }

    /** Marks the project changed (its plan was edited), so that caches and ETags of the whole plan move on. */
    public void touch(long id) {
        jdbc.sql("update project set version = version + 1 where id = ?").param(id).update();
    }

    public void setCalendar(long id, long calendarId) {
        jdbc.sql("update project set calendar_id = ? where id = ?").params(calendarId, id).update();
    }

    /**
     * Deletes the project and everything in it. Tasks reference each other (parent) and calendars may be used by
     * tasks and resources of the project, so the order matters.
     */
    public int delete(long id) {
        jdbc.sql("delete from baseline where project_id = ?").param(id).update();
        jdbc.sql("delete from assignment where project_id = ?").param(id).update();
        jdbc.sql("delete from dependency where project_id = ?").param(id).update();
        jdbc.sql("update task set parent_id = null, calendar_id = null where project_id = ?").param(id).update();
        jdbc.sql("delete from task where project_id = ?").param(id).update();
        jdbc.sql("delete from resource where project_id = ?").param(id).update();
        jdbc.sql("update project set calendar_id = null where id = ?").param(id).update();
        jdbc.sql("update work_calendar set base_calendar_id = null where project_id = ?").param(id).update();
        jdbc.sql("delete from work_calendar where project_id = ?").param(id).update();
        return jdbc.sql("delete from project where id = ?").param(id).update();
    }

    private void writeStatements(long id, ProjectDraft d) {
        write(id, OBJECTIVE, d.objectives());
        write(id, SUCCESS, d.successCriteria());
    }

    private void write(long id, String kind, List<String> texts) {
        if (texts == null) {
            return;
        }
        for (int i = 0; i < texts.size(); i++) {
            jdbc.sql("insert into project_statement (project_id, kind, position, text) values (?, ?, ?, ?)")
                    .params(id, kind, i, texts.get(i)).update();
        }
    }

    private List<Project> withStatements(List<Project> projects) {
        if (projects.isEmpty()) {
            return projects;
        }
        Map<Long, List<String>> objectives = new LinkedHashMap<>();
        Map<Long, List<String>> success = new LinkedHashMap<>();
        jdbc.sql("select project_id, kind, text from project_statement order by project_id, kind, position")
                .query(rs -> {
                    var target = OBJECTIVE.equals(rs.getString("kind")) ? objectives : success;
                    target.computeIfAbsent(rs.getLong("project_id"), k -> new ArrayList<>()).add(rs.getString("text"));
                });
        List<Project> out = new ArrayList<>(projects.size());
        for (Project p : projects) {
            out.add(new Project(p.id(), p.version(), p.programId(), p.code(), p.name(), p.sponsor(), p.manager(),
                    p.scopeStatement(), objectives.getOrDefault(p.id(), List.of()), success.getOrDefault(p.id(), List.of()),
                    p.startDate(), p.statusDate(), p.currency(), p.calendarId(), p.budget(), p.hardDeadline()));
        }
        return out;
    }

    private static Project row(ResultSet rs) throws SQLException {
        return new Project(rs.getLong("id"), rs.getLong("version"), Rows.longOrNull(rs, "program_id"), rs.getString("code"),
                rs.getString("name"), rs.getString("sponsor"), rs.getString("manager"), rs.getString("scope_statement"),
                List.of(), List.of(), Rows.date(rs, "start_date"), Rows.date(rs, "status_date"), rs.getString("currency"),
                Rows.longOrNull(rs, "calendar_id"), rs.getBigDecimal("budget"), Rows.date(rs, "hard_deadline"));
    }
}
