package org.bearing.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bearing.platform.ConflictException;
import org.bearing.platform.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * {@link PlanBatch} writes in JDBC batches: what it writes must be what one-row-at-a-time writes gave (parents,
 * positions, ids in outline order, resources paired with their ids), and a batch that breaks a rule writes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:plan-batch;DB_CLOSE_DELAY=-1"})
class PlanBatchTest {
    @Autowired
    PlanBatch batch;
    @Autowired
    Projects projects;
    @Autowired
    Tasks tasks;
    @Autowired
    Resources resources;
    @Autowired
    PlanRewrite rewrite;
    @Autowired
    Dependencies dependencies;
    @Autowired
    Assignments assignments;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long newProject(String code) {
        return projects.create(new ProjectDraft(null, code, code, null, null, null, null, null, LocalDate.of(2026, 1, 5), null,
                "USD", null, null, null)).id();
    }

    @Test
    void anOutlineWhoseSummariesInterleaveKeepsEveryParentPositionAndTheOutlineOrderOfIds() {
        long project = newProject("BATCH-OUTLINE");
        List<PlanBatch.OutlineTask> outline = new ArrayList<>();
        outline.add(new PlanBatch.OutlineTask(null, TaskDraft.named("Phase 1", null, 0)));   // 0
        outline.add(new PlanBatch.OutlineTask(0, TaskDraft.named("Design", null, 480)));     // 1
        outline.add(new PlanBatch.OutlineTask(null, TaskDraft.named("Phase 2", null, 0)));   // 2
        outline.add(new PlanBatch.OutlineTask(2, TaskDraft.named("Work package", null, 0))); // 3
        outline.add(new PlanBatch.OutlineTask(0, TaskDraft.named("Review", null, 240)));     // 4: back under Phase 1
        outline.add(new PlanBatch.OutlineTask(3, TaskDraft.named("Build", null, 960)));      // 5: under a summary of the same batch
        // More rows than one JDBC batch holds, all under one summary.
        for (int i = 0; i < 2_345; i++) {
            outline.add(new PlanBatch.OutlineTask(3, TaskDraft.named("Step " + i, null, 60)));
        }

        List<Long> ids = batch.createTasks(project, outline);

        assertThat(ids).hasSize(outline.size()).doesNotHaveDuplicates().isSorted();
        Map<Long, Task> byId = tasks.all(project).stream().collect(Collectors.toMap(Task::id, Function.identity()));
        assertThat(byId).hasSize(outline.size());
        for (int i = 0; i < outline.size(); i++) {
            Task t = byId.get(ids.get(i));
            PlanBatch.OutlineTask o = outline.get(i);
            assertThat(t.name()).isEqualTo(o.draft().name());
            assertThat(t.parentId()).isEqualTo(o.parent() == null ? null : ids.get(o.parent()));
        }
        assertThat(byId.get(ids.get(4)).position()).isEqualTo(1);
        assertThat(byId.get(ids.get(2)).position()).isEqualTo(1);
        assertThat(byId.get(ids.get(5)).position()).isZero();
        assertThat(byId.get(ids.get(outline.size() - 1)).position()).isEqualTo(2_345);
        assertThat(byId.get(ids.get(3)).summary()).isTrue();
    }

    @Test
    void aTaskUnderAMilestoneOfTheSameBatchRefusesTheWholeBatch() {
        long project = newProject("BATCH-MILESTONE");
        TaskDraft gate = TaskDraft.named("Gate", null, 0);
        gate = new TaskDraft(null, null, null, gate.name(), true, null, 0L, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        List<PlanBatch.OutlineTask> outline = List.of(new PlanBatch.OutlineTask(null, TaskDraft.named("Kick-off", null, 60)),
                new PlanBatch.OutlineTask(null, gate), new PlanBatch.OutlineTask(1, TaskDraft.named("Under the gate", null, 60)));

        assertThatThrownBy(() -> batch.createTasks(project, outline)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("cannot be under a milestone");
        assertThat(tasks.all(project)).isEmpty();
    }

    @Test
    void linksAndAssignmentsAreCheckedAgainstTheProjectsOutlineAndABrokenBatchWritesNothing() {
        long project = newProject("BATCH-LINKS");
        List<Long> ids = batch.createTasks(project, List.of(new PlanBatch.OutlineTask(null, TaskDraft.named("Release", null, 0)),
                new PlanBatch.OutlineTask(0, TaskDraft.named("Design", null, 60)), new PlanBatch.OutlineTask(0, TaskDraft.named("Build", null, 120))));
        long release = ids.get(0);
        long design = ids.get(1);
        long build = ids.get(2);
        long other = batch.createTasks(newProject("BATCH-LINKS-2"), List.of(new PlanBatch.OutlineTask(null, TaskDraft.named("Elsewhere", null, 60)))).get(0);
        long engineer = batch.createResources(project, List.of(new ResourceDraft(project, "Engineer", ResourceType.WORK, null, null, null, null,
                BigDecimal.ONE, BigDecimal.TEN, null, null, null))).get(0);

        assertThatThrownBy(() -> batch.createDependencies(project, List.of(link(design, build), link(build, design))))
                .isInstanceOf(org.bearing.platform.RuleViolationException.class).hasMessageContaining("dependency cycle")
                .hasMessageContaining("Design").hasMessageContaining("Build");
        assertThatThrownBy(() -> batch.createDependencies(project, List.of(link(design, build), link(release, design))))
                .isInstanceOf(org.bearing.platform.RuleViolationException.class).hasMessageContaining("'Release' and 'Design' are a summary task");
        assertThatThrownBy(() -> batch.createDependencies(project, List.of(link(design, other))))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("Task " + other + " is not in project " + project);
        assertThat(dependencies.all(project)).isEmpty();

        assertThatThrownBy(() -> batch.createAssignments(project, List.of(assign(design, engineer), assign(release, engineer))))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("'Release' is a summary task");
        assertThat(assignments.all(project)).isEmpty();

        batch.createDependencies(project, List.of(link(design, build)));
        batch.createAssignments(project, List.of(new AssignmentDraft(build, engineer, new BigDecimal("0.5"), null, null)));
        assertThat(dependencies.all(project)).singleElement().satisfies(d -> assertThat(d.predecessorId()).isEqualTo(design));
        // work defaults to the task's duration x units: 120 min x 0.5
        assertThat(assignments.all(project)).singleElement().satisfies(a -> assertThat(a.workMinutes()).isEqualTo(60));
    }

    private static DependencyDraft link(long from, long to) {
        return new DependencyDraft(from, to, DependencyType.FS, null, null);
    }

    private static AssignmentDraft assign(long task, long resource) {
        return new AssignmentDraft(task, resource, null, null, null);
    }

    @Test
    void resourcesArePairedWithTheirIdsAndARepeatedNameRefusesTheWholeBatch() {
        long project = newProject("BATCH-RESOURCES");
        List<ResourceDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 1_203; i++) {
            drafts.add(new ResourceDraft(project, "Engineer " + i, ResourceType.WORK, null, null, null, null, BigDecimal.ONE,
                    BigDecimal.valueOf(50 + i), null, null, null));
        }

        List<Long> ids = batch.createResources(project, drafts);

        assertThat(ids).hasSize(drafts.size()).doesNotHaveDuplicates();
        for (int i = 0; i < drafts.size(); i += 401) {
            Resource r = resources.get(ids.get(i));
            assertThat(r.name()).isEqualTo("Engineer " + i);
            assertThat(r.standardRate()).isEqualByComparingTo(BigDecimal.valueOf(50 + i));
            assertThat(r.projectId()).isEqualTo(project);
        }

        List<ResourceDraft> again = List.of(new ResourceDraft(project, "Tester", ResourceType.WORK, null, null, null, null, null,
                null, null, null, null), drafts.get(7));
        assertThatThrownBy(() -> batch.createResources(project, again)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Engineer 7");
        assertThat(resources.visibleTo(project)).filteredOn(r -> project == (r.projectId() == null ? -1 : r.projectId()))
                .hasSize(drafts.size()).noneMatch(r -> r.name().equals("Tester"));
    }

    @Test
    void theFilesIdOfEachTaskIsWrittenWithItsRowAndClippedToTheColumn() {
        long project = newProject("BATCH-EXTERNAL");
        String longId = "x".repeat(130);
        List<Long> ids = batch.createTasks(project, List.of(new PlanBatch.OutlineTask(null, TaskDraft.named("Phase", null, 0), "17"),
                new PlanBatch.OutlineTask(0, TaskDraft.named("Build", null, 480), longId),
                new PlanBatch.OutlineTask(null, TaskDraft.named("Typed in", null, 60))));

        Map<Long, String> external = rewrite.externalIds(project);
        assertThat(external).containsEntry(ids.get(0), "17").containsEntry(ids.get(1), "x".repeat(100));
        assertThat(external.get(ids.get(2))).isNull();
    }

    /**
     * Every index is written on every insert and walked again by H2's commit, so none may repeat another one's
     * columns (H2 makes its own index for each foreign key; migration 18 drops the copies declared beside them).
     * Unique constraints whose columns match a foreign key's index stay: they enforce something.
     */
    @Test
    void noTableHasTwoPlainIndexesOnTheSameColumns() {
        List<String> duplicates = jdbc.sql("""
                select i.table_name || '(' || i.cols || ')' from (
                    select c.table_name, c.index_name, listagg(c.column_name, ',') within group (order by c.ordinal_position) cols
                    from information_schema.index_columns c where c.table_schema = 'PUBLIC' group by c.table_name, c.index_name) i
                join information_schema.indexes x on x.table_name = i.table_name and x.index_name = i.index_name
                where x.index_type_name = 'INDEX'
                group by i.table_name, i.cols having count(*) > 1""").query(String.class).list();

        assertThat(duplicates).isEmpty();
    }
}
