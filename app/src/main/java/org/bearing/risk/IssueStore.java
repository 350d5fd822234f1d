package org.bearing.risk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Rows of {@code issue}, {@code issue_link} and {@code issue_escalation}. */
@Repository
class IssueStore {
    private final JdbcClient jdbc;
    private final RegisterNumbers numbers;

    IssueStore(JdbcClient jdbc, RegisterNumbers numbers) {
        this.jdbc = jdbc;
        this.numbers = numbers;
    }

    List<Issue> inProject(long projectId) {
        return jdbc.sql("select * from issue where project_id = ? order by number").param(projectId).query((rs, i) -> row(rs)).list()
                .stream().map(this::withLinks).toList();
    }

    Optional<Issue> byId(long id) {
        return jdbc.sql("select * from issue where id = ?").param(id).query((rs, i) -> row(rs)).optional().map(this::withLinks);
    }

    long insert(long projectId, IssueDraft d, List<Issue.Link> links, String by) {
        int number = numbers.next(RegisterNumbers.Register.ISSUE, RegisterNumbers.Owner.PROJECT, projectId); // never reused
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into issue (project_id, number, title, description, severity, owner, due_date, status, escalation_level,
                            resolution, raised_by, raised_at) values (?, ?, ?, ?, ?, ?, ?, ?, 'TEAM', ?, ?, ?)""")
                .params(projectId, number, d.title().strip(), d.description(), d.severity().name(), d.owner(), d.dueDate(),
                        status(d).name(), d.resolution(), by, LocalDateTime.now(ZoneOffset.UTC)).update(keys, "id");
        long id = keys.getKey().longValue();
        writeLinks(id, links);
        return id;
    }

    void update(long id, long version, IssueDraft d, List<Issue.Link> links) {
        int rows = jdbc.sql("""
                        update issue set title = ?, description = ?, severity = ?, owner = ?, due_date = ?, status = ?, resolution = ?,
                            version = version + 1 where id = ? and version = ?""")
                .params(d.title().strip(), d.description(), d.severity().name(), d.owner(), d.dueDate(), status(d).name(), d.resolution(),
                        id, version).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Issue " + id + " was changed by someone else; read it again and retry");
        }
        jdbc.sql("delete from issue_link where issue_id = ?").param(id).update();
        writeLinks(id, links);
    }

    void escalate(long id, long version, Escalation e) {
        int rows = jdbc.sql("update issue set escalation_level = ?, version = version + 1 where id = ? and version = ?")
                .params(e.to().name(), id, version).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("Issue " + id + " was changed by someone else; read it again and retry");
        }
        jdbc.sql("insert into issue_escalation (issue_id, from_level, to_level, escalated_by, escalated_at, reason) values (?, ?, ?, ?, ?, ?)")
                .params(id, e.from().name(), e.to().name(), e.by(), e.at(), e.reason()).update();
    }

    List<Escalation> escalations(long issueId) {
        return jdbc.sql("select * from issue_escalation where issue_id = ? order by escalated_at, id").param(issueId)
                .query((rs, i) -> new Escalation(Issue.EscalationLevel.valueOf(rs.getString("from_level")),
                        Issue.EscalationLevel.valueOf(rs.getString("to_level")), rs.getString("escalated_by"),
                        rs.getObject("escalated_at", LocalDateTime.class), rs.getString("reason"))).list();
    }

    int delete(long id) {
        return jdbc.sql("delete from issue where id = ?").param(id).update();
    }

    private void writeLinks(long id, List<Issue.Link> links) {
        for (Issue.Link l : new java.util.LinkedHashSet<>(links)) {
            jdbc.sql("insert into issue_link (issue_id, kind, target_id) values (?, ?, ?)").params(id, l.kind().name(), l.targetId()).update();
        }
    }

    private Issue withLinks(Issue i) {
        List<Issue.Link> links = jdbc.sql("select * from issue_link where issue_id = ? order by kind, target_id").param(i.id())
                .query((rs, n) -> new Issue.Link(Issue.Link.Kind.valueOf(rs.getString("kind")), rs.getLong("target_id"))).list();
        return new Issue(i.id(), i.version(), i.projectId(), i.code(), i.title(), i.description(), i.severity(), i.owner(), i.dueDate(),
                i.status(), i.escalationLevel(), i.resolution(), i.raisedBy(), i.raisedAt(), links);
    }

    private static Issue.Status status(IssueDraft d) {
        return d.status() == null ? Issue.Status.OPEN : d.status();
    }

    private static Issue row(ResultSet rs) throws SQLException {
        return new Issue(rs.getLong("id"), rs.getLong("version"), rs.getLong("project_id"), "I-" + String.format("%03d", rs.getInt("number")),
                rs.getString("title"), rs.getString("description"), Issue.Severity.valueOf(rs.getString("severity")), rs.getString("owner"),
                rs.getObject("due_date", LocalDate.class), Issue.Status.valueOf(rs.getString("status")),
                Issue.EscalationLevel.valueOf(rs.getString("escalation_level")), rs.getString("resolution"), rs.getString("raised_by"),
                rs.getObject("raised_at", LocalDateTime.class), List.of());
    }
}
