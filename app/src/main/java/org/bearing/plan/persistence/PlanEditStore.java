package org.bearing.plan.persistence;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code plan_edit}: the undo journal of the task sheet, newest last. */
@Repository
public class PlanEditStore {
    private final JdbcClient jdbc;

    public PlanEditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A journal entry as stored; {@code beforeImage} is JSON. */
    public record Entry(long id, long projectId, String description, String beforeImage, long projectVersion) {
    }

    public void insert(long projectId, String description, String beforeImage, long projectVersion) {
        jdbc.sql("insert into plan_edit (project_id, description, before_image, project_version) values (?, ?, ?, ?)")
                .params(projectId, description, beforeImage, projectVersion).update();
    }

    /** The most recent edit of the project that has not been undone. */
    public Optional<Entry> latestOpen(long projectId) {
        return jdbc.sql("select id, project_id, description, before_image, project_version from plan_edit "
                        + "where project_id = ? and undone = false order by id desc")
                .param(projectId).query((rs, i) -> new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .stream().findFirst();
    }

    public void markUndone(long id) {
        jdbc.sql("update plan_edit set undone = true where id = ?").param(id).update();
    }

    /** Drops the entries not yet undone: the plan changed outside the journal, so they can no longer be reversed safely. */
    public void forgetOpen(long projectId) {
        jdbc.sql("delete from plan_edit where project_id = ? and undone = false").param(projectId).update();
    }

    public void setProjectVersion(long id, long version) {
        jdbc.sql("update plan_edit set project_version = ? where id = ?").params(version, id).update();
    }

    /** Keeps the newest {@code keep} entries of the project and forgets the older ones. */
    public void trim(long projectId, int keep) {
        Long oldestKept = jdbc.sql("select id from plan_edit where project_id = ? order by id desc")
                .param(projectId).query(Long.class).stream().skip(keep - 1L).findFirst().orElse(null);
        if (oldestKept != null) {
            jdbc.sql("delete from plan_edit where project_id = ? and id < ?").params(projectId, oldestKept).update();
        }
    }

    public long projectVersion(long projectId) {
        return jdbc.sql("select version from project where id = ?").param(projectId).query(Long.class).single();
    }
}
