package org.bearing.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bearing.plan.Assignment;
import org.bearing.plan.Assignments;
import org.bearing.plan.Baseline;
import org.bearing.plan.Baselines;
import org.bearing.plan.Resource;
import org.bearing.plan.ResourceType;
import org.bearing.plan.Resources;
import org.bearing.plan.Task;
import org.bearing.plan.Tasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Import completeness: resources, assignments, notes, progress and baselines land in the plan. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:interop-import;DB_CLOSE_DELAY=-1"})
class ProjectImportTest {
    @Autowired
    ProjectImport projectImport;
    @Autowired
    Tasks tasks;
    @Autowired
    Resources resources;
    @Autowired
    Assignments assignments;
    @Autowired
    Baselines baselines;
    @TempDir
    Path dir;

    @Test
    void importsResourcesWithTheirRatesAndAssignmentsWithTheirWork() throws Exception {
        Path file = SchedulesCorpus.file("joniles__mpxj/junit/data/legacy/sample.xml");
        ImportedSchedule read = new ScheduleFileReader().read(file);

        ProjectImport.Imported imported = projectImport.importFile(file, "sample.xml");

        long project = imported.project().id();
        List<Resource> rs = resources.visibleTo(project).stream().filter(r -> r.projectId() != null).toList();
        assertThat(rs).hasSize(read.resources().size()).hasSize(imported.resources()).isNotEmpty();
        for (ImportedResource r : read.resources()) {
            Resource mine = rs.stream().filter(x -> x.name().equals(r.name())).findFirst().orElseThrow();
            assertThat(mine.type().name()).isEqualTo(r.type().name());
            assertThat(mine.standardRate().doubleValue()).isCloseTo(r.standardRate(), org.assertj.core.data.Offset.offset(1e-6));
            if (r.maxUnits() != null) {
                assertThat(mine.maxUnits().doubleValue()).isCloseTo(r.maxUnits(), org.assertj.core.data.Offset.offset(1e-6));
            }
        }
        List<Assignment> as = assignments.all(project);
        assertThat(as).hasSize(imported.assignments()).isNotEmpty();
        long fileWork = read.resourceAssignments().stream().mapToLong(ImportedAssignment::workMinutes).sum();
        long skippedWork = 0; // assignments on summaries are refused and reported
        assertThat(as.stream().mapToLong(Assignment::workMinutes).sum() + skippedWork).isLessThanOrEqualTo(fileWork);
        assertThat(as).allMatch(a -> a.units().signum() > 0);
        assertThat(tasks.all(project)).anyMatch(t -> t.notes() != null && !t.notes().isBlank());
    }

    @Test
    void importsTheBaselinesAFileSavedWithTheirOwnValues() throws Exception {
        ProjectFile file = new ProjectFile();
        file.addDefaultBaseCalendar();
        file.getProjectProperties().setStartDate(LocalDateTime.of(2026, 1, 5, 8, 0));
        org.mpxj.Task summary = file.addTask();
        summary.setName("Phase");
        org.mpxj.Task a = summary.addTask();
        a.setName("Design");
        a.setDuration(Duration.getInstance(5, TimeUnit.DAYS));
        a.setBaselineStart(LocalDateTime.of(2026, 1, 5, 8, 0));
        a.setBaselineFinish(LocalDateTime.of(2026, 1, 9, 17, 0));
        a.setBaselineDuration(Duration.getInstance(5, TimeUnit.DAYS));
        a.setBaselineCost(1234.5);
        a.setBaselineStart(3, LocalDateTime.of(2026, 2, 2, 8, 0));
        a.setBaselineFinish(3, LocalDateTime.of(2026, 2, 6, 17, 0));
        a.setPercentageComplete(40);
        a.setActualStart(LocalDateTime.of(2026, 1, 5, 8, 0));
        a.setNotes("Sign-off by the architecture board");
        Path mspdi = dir.resolve("baselines.xml");
        new MSPDIWriter().write(file, mspdi.toString());

        ProjectImport.Imported imported = projectImport.importFile(mspdi, "baselines.xml");

        long project = imported.project().id();
        assertThat(imported.baselines()).isEqualTo(2);
        Map<Integer, Baseline> byNumber = baselines.all(project).stream()
                .collect(Collectors.toMap(Baseline::number, b -> baselines.get(project, b.id())));
        assertThat(byNumber.keySet()).containsExactlyInAnyOrder(0, 3);
        Task design = tasks.all(project).stream().filter(t -> t.name().equals("Design")).findFirst().orElseThrow();
        var row0 = byNumber.get(0).tasks().stream().filter(r -> r.taskId() == design.id()).findFirst().orElseThrow();
        assertThat(row0.start()).isEqualTo(LocalDateTime.of(2026, 1, 5, 8, 0));
        assertThat(row0.finish()).isEqualTo(LocalDateTime.of(2026, 1, 9, 17, 0));
        assertThat(row0.durationMinutes()).isEqualTo(5 * 480);
        assertThat(row0.cost()).isEqualByComparingTo(new BigDecimal("1234.50"));
        var row3 = byNumber.get(3).tasks().stream().filter(r -> r.taskId() == design.id()).findFirst().orElseThrow();
        assertThat(row3.start()).isEqualTo(LocalDateTime.of(2026, 2, 2, 8, 0));
        assertThat(byNumber.get(3).name()).isEqualTo("Baseline 3");
        assertThat(design.percentComplete()).isEqualByComparingTo("40");
        assertThat(design.actualStart()).isEqualTo(LocalDateTime.of(2026, 1, 5, 8, 0));
        assertThat(design.notes()).isEqualTo("Sign-off by the architecture board");
    }

    @Test
    void importsMaterialAndCostResources() throws Exception {
        ProjectFile file = new ProjectFile();
        file.addDefaultBaseCalendar();
        file.getProjectProperties().setStartDate(LocalDateTime.of(2026, 1, 5, 8, 0));
        org.mpxj.Task pour = file.addTask();
        pour.setName("Pour foundation");
        pour.setDuration(Duration.getInstance(2, TimeUnit.DAYS));
        org.mpxj.Resource concrete = file.addResource();
        concrete.setName("Concrete");
        concrete.setType(org.mpxj.ResourceType.MATERIAL);
        org.mpxj.Resource travel = file.addResource();
        travel.setName("Travel");
        travel.setType(org.mpxj.ResourceType.COST);
        org.mpxj.Resource crew = file.addResource();
        crew.setName("Crew");
        org.mpxj.ResourceAssignment onCrew = pour.addResourceAssignment(crew);
        onCrew.setUnits(50);
        onCrew.setWork(Duration.getInstance(8, TimeUnit.HOURS));
        onCrew.setActualWork(Duration.getInstance(2, TimeUnit.HOURS));
        Path mspdi = dir.resolve("kinds.xml");
        new MSPDIWriter().write(file, mspdi.toString());

        long project = projectImport.importFile(mspdi, "kinds.xml").project().id();

        Map<String, Resource> byName = resources.visibleTo(project).stream().filter(r -> r.projectId() != null)
                .collect(Collectors.toMap(Resource::name, r -> r));
        assertThat(byName.get("Concrete").type()).isEqualTo(ResourceType.MATERIAL);
        assertThat(byName.get("Travel").type()).isEqualTo(ResourceType.COST);
        assertThat(byName.get("Crew").type()).isEqualTo(ResourceType.WORK);
        Assignment a = assignments.all(project).get(0);
        assertThat(a.units()).isEqualByComparingTo("0.5");
        assertThat(a.workMinutes()).isEqualTo(480);
        assertThat(a.actualWorkMinutes()).isEqualTo(120);
    }
}
