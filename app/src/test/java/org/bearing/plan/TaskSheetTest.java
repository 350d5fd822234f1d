package org.bearing.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bearing.plan.TaskSheet.Column;
import org.bearing.platform.ConflictException;
import org.bearing.platform.InvalidFieldException;
import org.bearing.platform.RuleViolationException;
import org.bearing.support.DatabaseFingerprint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The task sheet's edits and their undo journal on H2: every edit undone restores the plan and the schedule exactly,
 * and every refused edit leaves the plan, the schedule and the journal as they were.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:task-sheet;DB_CLOSE_DELAY=-1", "bearing.admin-password=sheet-test"})
class TaskSheetTest {
    @Autowired
    TaskSheet sheet;
    @Autowired
    Projects projects;
    @Autowired
    Tasks tasks;
    @Autowired
    JdbcClient jdbc;
    long project;
    long design;
    long build;
    long test;
    long launch;

    @BeforeEach
    void aProjectWithFourTasks() {
        String code = "S" + System.nanoTime() % 1_000_000_000;
        project = projects.create(new ProjectDraft(null, code, "Sheet", null, null, null, null, null, LocalDate.of(2026, 1, 5), null,
                "EUR", null, null, null)).id();
        design = sheet.add(project, null, "Design").id();
        build = sheet.add(project, null, "Build").id();
        test = sheet.add(project, null, "Test").id();
        launch = sheet.add(project, null, "Launch").id();
        sheet.edit(project, build, Column.PREDECESSORS, "1");
        sheet.edit(project, test, Column.PREDECESSORS, "2FS+1d");
    }

    @Test
    void everyKindOfEditIsUndoneExactly() {
        List<Executable> edits = List.of(
                () -> sheet.edit(project, design, Column.NAME, "Design & spec"),
                () -> sheet.edit(project, design, Column.DURATION, "3d"),
                () -> sheet.edit(project, launch, Column.DURATION, "0d"),
                () -> sheet.edit(project, build, Column.START, "2026-01-14"),
                () -> sheet.edit(project, build, Column.FINISH, "Fri 2026-01-23"),
                () -> sheet.edit(project, launch, Column.PREDECESSORS, "3SS+50%, 1FF-2h"),
                () -> sheet.edit(project, test, Column.PREDECESSORS, ""),
                () -> sheet.add(project, design, "Review"),
                () -> sheet.add(project, null, "Handover"),
                () -> sheet.indent(project, launch),
                () -> sheet.delete(project, test));
        for (Executable edit : edits) {
            Map<String, Object> before = plan();
            run(edit);
            assertThat(plan()).as("the edit changed the plan").isNotEqualTo(before);
            sheet.undo(project);
            assertThat(plan()).as("undo restores the plan and the schedule").isEqualTo(before);
        }
    }

    @Test
    void undoWalksBackThroughSeveralEditsInOrder() {
        Map<String, Object> start = plan();
        sheet.indent(project, launch);
        sheet.outdent(project, launch);
        Map<String, Object> afterTwo = plan();
        sheet.edit(project, launch, Column.PREDECESSORS, "3");
        assertThat(plan()).isNotEqualTo(afterTwo);
        sheet.undo(project);
        assertThat(plan()).isEqualTo(afterTwo);
        sheet.undo(project);
        sheet.undo(project);
        assertThat(plan()).isEqualTo(start);
        assertThat(sheet.undo(project)).as("then the setup's own edits").startsWith("Set the predecessors of 'Test'");
    }

    @Test
    void indentAndOutdentChangeTheParentAsMsProjectDoes() {
        long docs = sheet.add(project, null, "Docs").id();
        long guide = sheet.add(project, null, "Guide").id();
        long faq = sheet.add(project, null, "FAQ").id();
        sheet.indent(project, guide);
        sheet.indent(project, faq);
        assertThat(tasks.get(project, guide).parentId()).isEqualTo(docs);
        assertThat(tasks.get(project, faq).parentId()).as("FAQ goes under the task above it at its level").isEqualTo(docs);
        assertThat(tasks.get(project, docs).summary()).isTrue();
        sheet.outdent(project, guide);
        assertThat(tasks.get(project, guide).parentId()).isNull();
        assertThat(tasks.get(project, faq).parentId()).as("the rows keep their order: FAQ now sits under Guide").isEqualTo(guide);
        assertThat(tasks.breakdown(project).outline()).extracting(Task::name)
                .containsExactly("Design", "Build", "Test", "Launch", "Docs", "Guide", "FAQ");
        assertThatThrownBy(() -> sheet.indent(project, build)).as("Build depends on Design, so it cannot go under it")
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("'Build' depends on 'Design'");
    }

    @Test
    void typedDatesBecomeNoEarlierThanConstraints() {
        sheet.edit(project, launch, Column.START, "2026-02-02");
        Task t = tasks.get(project, launch);
        assertThat(t.constraintType()).isEqualTo(ConstraintType.SNET);
        assertThat(t.constraintDate()).isEqualTo(LocalDate.of(2026, 2, 2).atTime(8, 0));
        assertThat(t.plannedStart()).as("the schedule follows in the same transaction").isEqualTo(LocalDate.of(2026, 2, 2).atTime(8, 0));
        sheet.edit(project, launch, Column.FINISH, "2026-02-10");
        assertThat(tasks.get(project, launch).constraintType()).isEqualTo(ConstraintType.FNET);
        assertThat(tasks.get(project, launch).plannedFinish()).isEqualTo(LocalDate.of(2026, 2, 10).atTime(17, 0));
    }

    @Test
    void refusedEditsChangeNeitherThePlanNorTheJournal() {
        sheet.indent(project, launch);   // Launch under Test, so that a link from Test to Launch is a summary link
        Map<String, Long> print = DatabaseFingerprint.of(jdbc);
        Map<String, Object> plan = plan();
        Object journal = journal();
        refused(() -> sheet.edit(project, design, Column.DURATION, "abc"), InvalidFieldException.class, "'abc' is not a duration");
        refused(() -> sheet.edit(project, design, Column.DURATION, "-2d"), InvalidFieldException.class, "cannot be negative");
        refused(() -> sheet.edit(project, design, Column.START, "2026-13-01"), InvalidFieldException.class, "'2026-13-01' is not a date");
        refused(() -> sheet.edit(project, design, Column.FINISH, "soon"), InvalidFieldException.class, "'soon' is not a date");
        refused(() -> sheet.edit(project, build, Column.PREDECESSORS, "1FX"), InvalidFieldException.class, "'1FX' is not a predecessor");
        refused(() -> sheet.edit(project, build, Column.PREDECESSORS, "1,9"), InvalidFieldException.class, "there is no row 9");
        refused(() -> sheet.edit(project, build, Column.PREDECESSORS, "2"), RuleViolationException.class, "'Build' cannot depend on itself");
        refused(() -> sheet.edit(project, design, Column.PREDECESSORS, "3"), RuleViolationException.class,
                "This link would close a dependency cycle: Test → Design → Build → Test");
        refused(() -> sheet.edit(project, launch, Column.PREDECESSORS, "3"), RuleViolationException.class, "summary task");
        refused(() -> sheet.edit(project, test, Column.DURATION, "2d"), InvalidFieldException.class, "is a summary task");
        refused(() -> sheet.edit(project, design, Column.NAME, "  "), InvalidFieldException.class, "A task needs a name");
        refused(() -> sheet.indent(project, design), InvalidFieldException.class, "no task above it");
        refused(() -> sheet.indent(project, test), RuleViolationException.class, "'Test' depends on 'Build'");
        refused(() -> sheet.outdent(project, design), InvalidFieldException.class, "already at the top level");
        refused(() -> sheet.delete(project, test), ConflictException.class, "is a summary task");
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(print);
        assertThat(plan()).isEqualTo(plan);
        assertThat(journal()).isEqualTo(journal);
    }

    @Test
    void undoIsRefusedWhenThePlanChangedOutsideTheSheet() {
        sheet.edit(project, design, Column.NAME, "Design & spec");
        Task t = tasks.get(project, launch);
        tasks.update(project, launch, null, TaskDraft.of(t).withName("Go live"));   // as the API would
        Map<String, Object> plan = plan();
        assertThatThrownBy(() -> sheet.undo(project)).isInstanceOf(ConflictException.class).hasMessageContaining("changed elsewhere");
        assertThat(plan()).isEqualTo(plan);
        sheet.edit(project, design, Column.DURATION, "2d");
        sheet.undo(project);
        assertThatThrownBy(() -> sheet.undo(project)).as("older entries were dropped: they predate the outside change")
                .isInstanceOf(ConflictException.class).hasMessageContaining("nothing to undo");
    }

    private void refused(Executable edit, Class<? extends Exception> type, String message) {
        assertThatThrownBy(edit::execute).isInstanceOf(type).hasMessageContaining(message);
    }

    private static void run(Executable e) {
        try {
            e.execute();
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** The project's tasks and links as stored, versions aside, with the scheduled dates. */
    private Map<String, Object> plan() {
        return Map.of("tasks", jdbc.sql("""
                        select id, parent_id, position, name, milestone, duration_minutes, constraint_type, constraint_date,
                            planned_start, planned_finish from task where project_id = ? order by id""").param(project).query().listOfRows(),
                "links", jdbc.sql("select id, predecessor_id, successor_id, type, lag_amount, lag_unit from dependency where project_id = ? order by id")
                        .param(project).query().listOfRows());
    }

    private Object journal() {
        return jdbc.sql("select id, undone, project_version from plan_edit where project_id = ? order by id").param(project).query().listOfRows();
    }
}
