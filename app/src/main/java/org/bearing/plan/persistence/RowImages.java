package org.bearing.plan.persistence;

import org.bearing.plan.Assignment;
import org.bearing.plan.Dependency;
import org.bearing.plan.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes rows back exactly as an earlier image of them, ids included, to reverse an edit. The version moves on
 * (version + 1 of the current row, or 0 for a re-inserted one) so that clients holding an ETag see the change.
 */
@Repository
public class RowImages {
    private final JdbcClient jdbc;

    public RowImages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean taskExists(long id) {
        return jdbc.sql("select count(*) from task where id = ?").param(id).query(Long.class).single() > 0;
    }

    /** Re-inserts a deleted task with its old id, at the top level for now; {@link #restore(Task)} then places it. */
    public void reinsert(Task t) {
        jdbc.sql("insert into task (id, project_id, parent_id, position, name, constraint_type) values (?, ?, null, ?, ?, 'ASAP')")
                .params(t.id(), t.projectId(), t.position(), t.name()).update();
    }

    public void restore(Task t) {
        jdbc.sql("""
                        update task set parent_id = ?, position = ?, wbs_code = ?, name = ?, milestone = ?, notes = ?,
                            duration_minutes = ?, work_minutes = ?, constraint_type = ?, constraint_date = ?, deadline = ?,
                            priority = ?, percent_complete = ?, actual_start = ?, actual_finish = ?,
                            remaining_duration_minutes = ?, fixed_cost = ?, calendar_id = ?, planned_start = ?, planned_finish = ?,
                            ev_method = ?, physical_percent_complete = ?, ev_milestones = ?, version = version + 1
                        where id = ?""")
                .params(t.parentId(), t.position(), t.wbsCode(), t.name(), t.milestone(), t.notes(), t.durationMinutes(),
                        t.workMinutes(), t.constraintType().name(), t.constraintDate(), t.deadline(), t.priority(), t.percentComplete(),
                        t.actualStart(), t.actualFinish(), t.remainingDurationMinutes(), t.fixedCost(), t.calendarId(),
                        t.plannedStart(), t.plannedFinish(), t.evMethod().name(), t.physicalPercentComplete(),
                        EvMilestoneColumn.write(t.evMilestones()), t.id())
                .update();
    }

    /** Moves a task back to its former parent and position, nothing else. */
    public void place(long taskId, Long parentId, int position) {
        jdbc.sql("update task set parent_id = ?, position = ?, version = version + 1 where id = ?").params(parentId, position, taskId).update();
    }

    public void deleteTask(long id) {
        jdbc.sql("delete from task where id = ?").param(id).update();
    }

    public void restore(Dependency d) {
        int updated = jdbc.sql("""
                        update dependency set predecessor_id = ?, successor_id = ?, type = ?, lag_amount = ?, lag_unit = ?,
                            version = version + 1 where id = ?""")
                .params(d.predecessorId(), d.successorId(), d.type().name(), d.lag().amount(), d.lag().unit().name(), d.id()).update();
        if (updated == 0) {
            jdbc.sql("insert into dependency (id, project_id, predecessor_id, successor_id, type, lag_amount, lag_unit) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(d.id(), d.projectId(), d.predecessorId(), d.successorId(), d.type().name(), d.lag().amount(), d.lag().unit().name())
                    .update();
        }
    }

    public void deleteDependency(long id) {
        jdbc.sql("delete from dependency where id = ?").param(id).update();
    }

    public void restore(Assignment a) {
        int updated = jdbc.sql("""
                        update assignment set task_id = ?, resource_id = ?, units = ?, work_minutes = ?, actual_work_minutes = ?,
                            version = version + 1 where id = ?""")
                .params(a.taskId(), a.resourceId(), a.units(), a.workMinutes(), a.actualWorkMinutes(), a.id()).update();
        if (updated == 0) {
            jdbc.sql("insert into assignment (id, project_id, task_id, resource_id, units, work_minutes, actual_work_minutes) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(a.id(), a.projectId(), a.taskId(), a.resourceId(), a.units(), a.workMinutes(), a.actualWorkMinutes()).update();
        }
    }

    public void deleteAssignment(long id) {
        jdbc.sql("delete from assignment where id = ?").param(id).update();
    }
}
