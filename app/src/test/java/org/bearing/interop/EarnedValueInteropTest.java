package org.bearing.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bearing.plan.EarnedValueMethod;
import org.bearing.plan.Task;
import org.bearing.plan.TaskDraft;
import org.bearing.plan.Tasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * How a task earns value crosses the file boundary: MS Project's per-task Earned Value Method and Physical % Complete
 * (MSPDI, both ways) and P6's percent complete type "Physical" (XER and PMXML, read). The corpus has no file with a
 * physical method, so the P6 files are real corpus files with that one field switched; the MSPDI side is a written
 * round trip of an imported corpus plan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:interop-earned-value;DB_CLOSE_DELAY=-1"})
class EarnedValueInteropTest {
    @Autowired
    ProjectImport projectImport;
    @Autowired
    PlanExport export;
    @Autowired
    Tasks tasks;
    @Autowired
    PlanReplacement replacement;
    @TempDir
    Path dir;

    @Test
    void mspdiWritesAndReadsTheMethodAndPhysicalPercent() throws Exception {
        Path file = SchedulesCorpus.file("joniles__mpxj/junit/data/legacy/sample.xml");
        long project = projectImport.importFile(file, "sample.xml").project().id();
        List<Task> leaves = tasks.all(project).stream().filter(t -> !t.summary() && !t.milestone()).toList();
        assertThat(leaves).hasSizeGreaterThan(2);
        assertThat(leaves).allMatch(t -> t.evMethod() == EarnedValueMethod.PERCENT_COMPLETE); // what the file says
        Task physical = earn(project, leaves.get(0), "PHYSICAL_PERCENT", "65", BigDecimal.valueOf(10));
        Task fifty = earn(project, leaves.get(1), "FIFTY_FIFTY", "0", BigDecimal.valueOf(10));
        Task zero = earn(project, leaves.get(2), "ZERO_HUNDRED", "0", BigDecimal.valueOf(10));

        byte[] mspdi = InteropTestSupport.export(export, project, ExportFormat.MSPDI);
        String xml = new String(mspdi, StandardCharsets.UTF_8);
        assertThat(xml).contains("<EarnedValueMethod>1</EarnedValueMethod>").contains("<PhysicalPercentComplete>65</PhysicalPercentComplete>");

        long again = InteropTestSupport.importBytes(projectImport, dir, "again.xml", mspdi).project().id();
        List<Task> read = tasks.all(again).stream().filter(t -> !t.summary() && !t.milestone()).toList();
        assertThat(read.get(0).name()).isEqualTo(physical.name());
        assertThat(read.get(0).evMethod()).isEqualTo(EarnedValueMethod.PHYSICAL_PERCENT);
        assertThat(read.get(0).physicalPercentComplete()).isEqualByComparingTo("65");
        // MS Project has no 50/50 or 0/100 (and keeps physical % as a whole number): the file carries the fraction they earn as physical % complete
        assertThat(read.get(1).name()).isEqualTo(fifty.name());
        assertThat(read.get(1).evMethod()).isEqualTo(EarnedValueMethod.PHYSICAL_PERCENT);
        assertThat(read.get(1).physicalPercentComplete()).isEqualByComparingTo("50");
        assertThat(read.get(2).name()).isEqualTo(zero.name());
        assertThat(read.get(2).physicalPercentComplete()).isEqualByComparingTo("0");
        assertThat(read.get(3).evMethod()).isEqualTo(EarnedValueMethod.PERCENT_COMPLETE);
    }

    @Test
    void p6PhysicalPercentCompleteTypeReadsAsPhysicalPercent() throws Exception {
        // XER: the one activity (finished, "Test") switched from duration to physical % complete, 40 % assessed
        Path xer = SchedulesCorpus.file("joniles__mpxj/junit/data/SuccessorCalendar.xer");
        List<String> lines = Files.readAllLines(xer, StandardCharsets.UTF_8);
        String[] header = null;
        StringBuilder out = new StringBuilder();
        String table = "";
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("%T")) {
                table = f[1];
            } else if (f[0].equals("%F") && table.equals("TASK")) {
                header = f;
            } else if (f[0].equals("%R") && table.equals("TASK")) {
                List<String> h = List.of(header);
                f[h.indexOf("complete_pct_type")] = "CP_Phys";
                f[h.indexOf("phys_complete_pct")] = "40";
                line = String.join("\t", f);
            }
            out.append(line).append("\r\n");
        }
        Task fromXer = onlyActivity(InteropTestSupport.importBytes(projectImport, dir, "physical.xer",
                out.toString().getBytes(StandardCharsets.UTF_8)).project().id());
        assertThat(fromXer.evMethod()).isEqualTo(EarnedValueMethod.PHYSICAL_PERCENT);
        assertThat(fromXer.physicalPercentComplete()).isEqualByComparingTo("40");

        Task unchanged = onlyActivity(projectImport.importFile(xer, "SuccessorCalendar.xer").project().id());
        assertThat(unchanged.evMethod()).isEqualTo(EarnedValueMethod.PERCENT_COMPLETE);

        // PMXML: the same switch on the activity (its physical % complete is stored as 1.0, i.e. 100 %)
        Path pmxml = SchedulesCorpus.file("joniles__mpxj/junit/data/SuccessorCalendar.xml");
        String text = Files.readString(pmxml, StandardCharsets.UTF_8);
        int activity = text.indexOf("<Activity>");
        String patched = text.substring(0, activity) + text.substring(activity)
                .replaceFirst("<PercentCompleteType>Duration</PercentCompleteType>", "<PercentCompleteType>Physical</PercentCompleteType>");
        assertThat(patched).isNotEqualTo(text);
        Task fromPmxml = onlyActivity(InteropTestSupport.importBytes(projectImport, dir, "physical.xml",
                patched.getBytes(StandardCharsets.UTF_8)).project().id());
        assertThat(fromPmxml.evMethod()).isEqualTo(EarnedValueMethod.PHYSICAL_PERCENT);
        assertThat(fromPmxml.physicalPercentComplete()).isEqualByComparingTo("100");
    }

    /** A GanttProject file says nothing about earning: replacing the plan from it keeps each task's method and steps. */
    @Test
    void replacingThePlanFromAFileThatIsSilentKeepsTheMethod() throws Exception {
        Path gan = SchedulesCorpus.file("bardsoftware__ganttproject/ganttproject-builder/HouseBuildingSample.gan");
        long project = projectImport.importFile(gan, "HouseBuildingSample.gan").project().id();
        Task leaf = tasks.all(project).stream().filter(t -> !t.summary() && !t.milestone()).findFirst().orElseThrow();
        List<org.bearing.plan.EvMilestone> steps = List.of(new org.bearing.plan.EvMilestone("Poured", BigDecimal.ONE, true),
                new org.bearing.plan.EvMilestone("Cured", BigDecimal.valueOf(3), false));
        // renamed in the plan, so that the replacement rewrites this task from the file
        tasks.update(project, leaf.id(), null, TaskDraft.of(leaf).withName("Renamed in the plan")
                .withEarning("WEIGHTED_MILESTONES", BigDecimal.TEN, steps));

        PlanReplacement.Preview preview = replacement.preview(project, gan, "HouseBuildingSample.gan", "admin");
        replacement.apply(project, preview.id());

        Task after = tasks.get(project, leaf.id());
        assertThat(after.name()).isEqualTo(leaf.name());
        assertThat(after.evMethod()).isEqualTo(EarnedValueMethod.WEIGHTED_MILESTONES);
        assertThat(after.physicalPercentComplete()).isEqualByComparingTo("10");
        assertThat(after.evMilestones()).extracting(org.bearing.plan.EvMilestone::name).containsExactly("Poured", "Cured");
    }

    private Task earn(long project, Task t, String method, String physical, BigDecimal percent) {
        return tasks.update(project, t.id(), t.version(), TaskDraft.of(t).withProgress(percent,
                t.plannedStart(), null, null).withEarning(method, new BigDecimal(physical), List.of()));
    }

    private Task onlyActivity(long project) {
        List<Task> leaves = tasks.all(project).stream().filter(t -> !t.summary()).toList();
        assertThat(leaves).hasSize(1);
        return leaves.get(0);
    }
}
