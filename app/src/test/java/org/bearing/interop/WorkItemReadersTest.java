package org.bearing.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers of Jira CSV, Jira REST JSON and Azure DevOps CSV exports and the one mapping they share, rule by rule,
 * on the hand-written fixtures under {@code src/test/resources/trackers}, and the bad exports each refuses.
 */
class WorkItemReadersTest {
    @TempDir
    Path dir;

    static Path fixture(String name) {
        return Path.of("src/test/resources/trackers", name);
    }

    private static WorkItemFile read(Path file) throws ScheduleFileException {
        return read(file, EstimateRule.DEFAULT);
    }

    private static WorkItemFile read(Path file, EstimateRule rule) throws ScheduleFileException {
        String label = file.getFileName().toString();
        WorkItemFiles.Format format = WorkItemFiles.detect(file, label);
        assertThat(format).as(label + " detected").isNotNull();
        return WorkItemFiles.read(file, label, format, rule);
    }

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    /** Tasks by the key their name starts with. */
    private static Map<String, ImportedTask> byKey(WorkItemFile f) {
        Map<String, ImportedTask> out = new HashMap<>();
        f.schedule().tasks().forEach(t -> out.put(t.name().substring(0, t.name().indexOf(' ')), t));
        return out;
    }

    private static String key(WorkItemFile f, int uid) {
        String name = f.schedule().tasks().get(uid - 1).name();
        return name.substring(0, name.indexOf(' '));
    }

    private static Set<String> links(WorkItemFile f) {
        return f.schedule().links().stream().map(l -> key(f, l.predecessorUniqueId()) + ">" + key(f, l.successorUniqueId()))
                .collect(Collectors.toSet());
    }

    private static String parentKey(WorkItemFile f, String key) {
        Integer p = byKey(f).get(key).parentUniqueId();
        return p == null ? null : key(f, p);
    }

    @Test
    void jiraCsvMapsHierarchyLinksEstimatesProgressAndAssignees() throws Exception {
        WorkItemFile f = read(fixture("jira-payments.csv"));
        Map<String, ImportedTask> t = byKey(f);
        assertThat(f.schedule().fileType()).isEqualTo("Jira CSV");
        assertThat(f.schedule().tasks()).hasSize(22); // the quoted description with a line break is one field
        // Epic Link puts stories under their epic; Parent id (the numeric issue id) puts sub-tasks under their story.
        assertThat(parentKey(f, "PAY-4")).isEqualTo("PAY-1");
        assertThat(parentKey(f, "PAY-6")).isEqualTo("PAY-5");
        assertThat(parentKey(f, "PAY-14")).isEqualTo("PAY-13");
        assertThat(parentKey(f, "PAY-19")).isNull();
        assertThat(f.schedule().tasks().stream().filter(ImportedTask::summary).map(x -> x.name().split(" ")[0]))
                .containsExactlyInAnyOrder("PAY-1", "PAY-2", "PAY-3", "PAY-5", "PAY-13");
        // Repeated "Outward issue link (Blocks)" columns and the inward side of the same link count once.
        assertThat(links(f)).containsExactlyInAnyOrder("PAY-4>PAY-5", "PAY-5>PAY-7", "PAY-7>PAY-11", "PAY-7>PAY-20",
                "PAY-11>PAY-12", "PAY-17>PAY-18");
        assertThat(f.schedule().links()).allMatch(l -> l.type() == ImportedLink.Type.FS && l.lagMinutes() == 0);
        // Durations: original estimate (seconds), else points × 1 day, else 1 day.
        assertThat(t.get("PAY-6").durationMinutes()).isEqualTo(960);
        assertThat(t.get("PAY-22").durationMinutes()).isEqualTo(1440);
        assertThat(t.get("PAY-4").durationMinutes()).isEqualTo(5 * 480);
        assertThat(t.get("PAY-14").durationMinutes()).isEqualTo(480);
        assertThat(t.get("PAY-1").durationMinutes()).isZero();
        // Progress by status category.
        assertThat(t.get("PAY-4").percentComplete()).isEqualTo(100);
        assertThat(t.get("PAY-4").actualStart()).isEqualTo(LocalDateTime.of(2024, 1, 8, 9, 12));
        assertThat(t.get("PAY-4").actualFinish()).isEqualTo(LocalDateTime.of(2024, 1, 24, 16, 40));
        assertThat(t.get("PAY-10").actualStart()).isEqualTo(LocalDateTime.of(2024, 2, 7, 9, 45)); // "In Review", category In Progress
        assertThat(t.get("PAY-10").percentComplete()).isZero();
        assertThat(t.get("PAY-7").actualStart()).isNull();
        // Assignees become resources, assigned to leaf tasks only.
        assertThat(f.schedule().resources()).extracting(ImportedResource::name)
                .containsExactlyInAnyOrder("Priya Nair", "Tom Okafor", "Lena Fischer", "Ana Costa", "Maya Lindqvist");
        assertThat(f.schedule().resourceAssignments()).noneMatch(a -> a.taskUniqueId() == t.get("PAY-5").uniqueId());
        assertThat(f.schedule().resourceAssignments()).anyMatch(a -> a.taskUniqueId() == t.get("PAY-4").uniqueId()
                && f.schedule().resources().get(a.resourceUniqueId() - 1).name().equals("Priya Nair") && a.workMinutes() == 2400);
        // Backlog: every issue, the current (last) sprint, the epic above it.
        ImportedBacklog b = f.backlog();
        assertThat(b.sprints()).extracting(ImportedBacklog.Sprint::name).containsExactly("Sprint 1", "Sprint 2", "Sprint 3");
        Map<String, ImportedBacklog.Item> items = b.items().stream().collect(Collectors.toMap(ImportedBacklog.Item::key, i -> i));
        assertThat(items).hasSize(22);
        assertThat(items.get("PAY-5").sprint()).isEqualTo("Sprint 2");
        assertThat(items.get("PAY-12").sprint()).isNull();
        assertThat(items.get("PAY-6").epicKey()).isEqualTo("PAY-1");
        assertThat(items.get("PAY-5").storyPoints()).isEqualByComparingTo("8");
        assertThat(items.get("PAY-10").category()).isEqualTo("IN_PROGRESS");
        assertThat(f.warnings()).anyMatch(w -> w.contains("story points × 1 working day") && w.contains("PAY-4"))
                .anyMatch(w -> w.contains("neither an estimate nor story points") && w.contains("PAY-14"));
    }

    @Test
    void jiraJsonResolvesCustomFieldsByNamesAndReadsSprintObjects() throws Exception {
        WorkItemFile f = read(fixture("jira-mobile-search.json"));
        Map<String, ImportedTask> t = byKey(f);
        assertThat(f.schedule().fileType()).isEqualTo("Jira JSON");
        assertThat(f.schedule().tasks()).hasSize(17);
        assertThat(parentKey(f, "MOB-3")).isEqualTo("MOB-1"); // fields.parent
        assertThat(parentKey(f, "MOB-6")).isEqualTo("MOB-1"); // Epic Link custom field, found through "names"
        assertThat(parentKey(f, "MOB-5")).isEqualTo("MOB-4");
        // Each link appears on both issues (outwardIssue and inwardIssue); "Relates" is not a dependency.
        assertThat(links(f)).containsExactlyInAnyOrder("MOB-3>MOB-4", "MOB-4>MOB-6", "MOB-10>MOB-11", "MOB-10>MOB-12",
                "MOB-12>MOB-13", "MOB-15>MOB-4");
        assertThat(t.get("MOB-5").durationMinutes()).isEqualTo(720);
        assertThat(t.get("MOB-5").actualStart()).isEqualTo(LocalDateTime.of(2024, 3, 21, 17, 45)); // Code Review: in progress
        assertThat(t.get("MOB-12").durationMinutes()).isEqualTo(5 * 480); // Story point estimate, customfield_10016
        // A to-do item waits for its sprint's start.
        assertThat(t.get("MOB-7").constraint()).isEqualTo(ImportedTask.Constraint.START_NO_EARLIER_THAN);
        assertThat(t.get("MOB-7").constraintDate()).isEqualTo(LocalDateTime.of(2024, 4, 1, 9, 0));
        assertThat(t.get("MOB-13").constraint()).isEqualTo(ImportedTask.Constraint.AS_SOON_AS_POSSIBLE);
        assertThat(f.backlog().sprints()).containsExactly(
                new ImportedBacklog.Sprint("MOB Sprint 7", "closed", LocalDateTime.of(2024, 3, 4, 9, 0), LocalDateTime.of(2024, 3, 15, 17, 0)),
                new ImportedBacklog.Sprint("MOB Sprint 8", "active", LocalDateTime.of(2024, 3, 18, 9, 0), LocalDateTime.of(2024, 3, 29, 17, 0)),
                new ImportedBacklog.Sprint("MOB Sprint 9", "future", LocalDateTime.of(2024, 4, 1, 9, 0), LocalDateTime.of(2024, 4, 12, 17, 0)));
        assertThat(f.backlog().items().stream().filter(i -> i.key().equals("MOB-4")).findFirst().orElseThrow().sprint()).isEqualTo("MOB Sprint 8");
    }

    @Test
    void jiraJsonWithoutNamesUsesCloudDefaultsAndServerSprintText() throws Exception {
        Path p = write("server.json", """
                {"issues": [
                  {"key": "OPS-1", "fields": {"summary": "Rotate keys", "issuetype": {"name": "Task"},
                   "status": {"name": "Closed"}, "customfield_10016": 3,
                   "customfield_10020": ["com.atlassian.greenhopper.service.sprint.Sprint@5a1[id=7,rapidViewId=2,state=ACTIVE,name=Ops 4,startDate=2024-05-06T09:00:00.000Z,endDate=<null>,completeDate=<null>,sequence=7]"]}}
                ], "total": 3}""");
        WorkItemFile f = read(p);
        assertThat(f.schedule().tasks().get(0).percentComplete()).isEqualTo(100); // "Closed" without a category is done
        assertThat(f.schedule().tasks().get(0).durationMinutes()).isEqualTo(3 * 480);
        assertThat(f.backlog().sprints()).containsExactly(new ImportedBacklog.Sprint("Ops 4", "active", LocalDateTime.of(2024, 5, 6, 9, 0), null));
        assertThat(f.warnings()).anyMatch(w -> w.contains("no \"names\" map")).anyMatch(w -> w.contains("1 of the search's 3 issues"));
    }

    @Test
    void azureDevOpsTreeQueryNestsByTitleLevelAndReadsIterations() throws Exception {
        WorkItemFile f = read(fixture("azure-devops-portal.csv"));
        Map<String, ImportedTask> t = byKey(f);
        assertThat(f.schedule().fileType()).isEqualTo("Azure DevOps CSV");
        assertThat(f.schedule().tasks()).hasSize(22);
        assertThat(parentKey(f, "3102")).isEqualTo("3101");
        assertThat(parentKey(f, "3105")).isEqualTo("3102");
        assertThat(parentKey(f, "3141")).isEqualTo("3110");
        assertThat(parentKey(f, "3130")).isNull();
        assertThat(parentKey(f, "3143")).isEqualTo("3132");
        assertThat(links(f)).containsExactlyInAnyOrder("3105>3106", "3106>3110", "3110>3111", "3110>3112", "3120>3121");
        assertThat(t.get("3140").durationMinutes()).isEqualTo(12 * 60); // Original Estimate in hours
        assertThat(t.get("3140").actualFinish()).isEqualTo(LocalDateTime.of(2024, 1, 30, 16, 0));
        assertThat(t.get("3112").actualStart()).isNotNull(); // "Resolved" is in progress in Azure DevOps
        assertThat(t.get("3112").percentComplete()).isZero();
        assertThat(t.get("3135").durationMinutes()).isEqualTo(480);
        assertThat(f.schedule().resources()).extracting(ImportedResource::name).contains("Aiko Tanaka", "Marco Rossi", "Priya Shah")
                .noneMatch(n -> n.contains("<"));
        Map<String, ImportedBacklog.Item> items = f.backlog().items().stream().collect(Collectors.toMap(ImportedBacklog.Item::key, i -> i));
        assertThat(items.get("3106").sprint()).isEqualTo("Sprint 2");
        assertThat(items.get("3113").sprint()).isNull(); // the project root iteration is the backlog
        assertThat(items.get("3141").epicKey()).isEqualTo("3103"); // the nearest feature or epic
        assertThat(f.backlog().sprints()).extracting(ImportedBacklog.Sprint::name).containsExactly("Sprint 1", "Sprint 2", "Sprint 3");
    }

    @Test
    void azureDevOpsFlatQueryUsesTheParentColumn() throws Exception {
        Path p = write("flat.csv", """
                ID,Work Item Type,Title,State,Parent,Effort
                7,Product Backlog Item,Checkout,Committed,,5
                8,Task,Card form,Done,7,
                """);
        WorkItemFile f = read(p);
        assertThat(parentKey(f, "8")).isEqualTo("7");
        assertThat(f.backlog().items().get(0).storyPoints()).isEqualByComparingTo("5"); // Scrum's Effort
        assertThat(f.backlog().items().get(0).category()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void storyPointsConvertAtTheConfiguredRate() throws Exception {
        WorkItemFile f = read(fixture("jira-payments.csv"), new EstimateRule(240, 120));
        assertThat(byKey(f).get("PAY-4").durationMinutes()).isEqualTo(5 * 240);
        assertThat(byKey(f).get("PAY-14").durationMinutes()).isEqualTo(120);
        assertThat(f.warnings()).anyMatch(w -> w.contains("4.0 hours per point"));
    }

    @Test
    void linksOutsideTheExportAreLeftOutWithAWarningAndCyclesAreRefusedByName() throws Exception {
        String head = "Summary,Issue key,Issue Type,Status,Outward issue link (Blocks),Outward issue link (Blocks)\n";
        Path unknown = write("unknown.csv", head + "A,X-1,Task,To Do,X-9,X-2\nB,X-2,Task,To Do,,\n");
        WorkItemFile partial = read(unknown);
        assertThat(partial.schedule().links()).hasSize(1);
        assertThat(partial.warnings()).anyMatch(w -> w.contains("X-1 blocks X-9") && w.contains("not in the export"));
        Path cycle = write("cycle.csv", head + "A,X-1,Task,To Do,X-2,\nB,X-2,Task,To Do,X-3,\nC,X-3,Task,To Do,X-1,\nD,X-4,Task,To Do,,\n");
        assertThatThrownBy(() -> read(cycle)).isInstanceOf(ScheduleFileException.class)
                .hasMessageContaining("cycle").hasMessageContaining("X-1 blocks X-2 blocks X-3 blocks X-1");
        Path self = write("self.csv", head + "A,X-1,Task,To Do,X-1,\n");
        assertThatThrownBy(() -> read(self)).hasMessageContaining("X-1 blocks itself");
    }

    @Test
    void damagedExportsAreRefusedNamingTheProblem() throws Exception {
        byte[] csv = Files.readAllBytes(fixture("jira-payments.csv"));
        String text = new String(csv, StandardCharsets.UTF_8);
        // Cut inside the quoted, multi-line description of PAY-5.
        Path cutInQuote = write("cut.csv", text.substring(0, text.indexOf("Carried over")));
        assertThatThrownBy(() -> read(cutInQuote)).hasMessageContaining("never ends").hasMessageContaining("line 3");
        Path cutInRow = write("cut2.csv", text.substring(0, text.indexOf("PAY-8") + 5));
        assertThatThrownBy(() -> read(cutInRow)).hasMessageContaining("fields where the header has 22");
        Path noKey = write("nokey.csv", "Summary,Issue key,Status\nA,,To Do\n");
        assertThatThrownBy(() -> read(noKey)).hasMessageContaining("lacks Issue Type");
        Path other = write("people.csv", "Name,Email\nAda,ada@example.com\n");
        assertThatThrownBy(() -> WorkItemFiles.detect(other, "people.csv")).hasMessageContaining("neither a Jira export")
                .hasMessageContaining("Name, Email");
        Path badPoints = write("points.csv", "Summary,Issue key,Issue Type,Custom field (Story Points)\nA,X-1,Story,lots\n");
        assertThatThrownBy(() -> read(badPoints)).hasMessageContaining("X-1 has 'lots' as story points");
        Path headerOnly = write("empty.csv", "Summary,Issue key,Issue Type\n");
        assertThatThrownBy(() -> read(headerOnly)).hasMessageContaining("holds no work items");
        Path twice = write("twice.csv", "Summary,Issue key,Issue Type\nA,X-1,Task\nB,X-1,Task\n");
        assertThatThrownBy(() -> read(twice)).hasMessageContaining("X-1 appears twice");
        String json = Files.readString(fixture("jira-mobile-search.json"));
        Path truncated = write("cut.json", json.substring(0, json.length() / 2));
        assertThatThrownBy(() -> read(truncated)).hasMessageContaining("malformed JSON").hasMessageContaining("line");
        Path notSearch = write("other.json", "{\"values\": []}");
        assertThatThrownBy(() -> read(notSearch)).hasMessageContaining("no \"issues\" array");
    }

    @Test
    void scheduleFilesAreLeftToTheScheduleReaders() throws Exception {
        assertThat(WorkItemFiles.detect(write("plan.mpx", "MPX,Microsoft Project for Windows,4.0,ANSI\n"), "plan.mpx")).isNull();
        assertThat(WorkItemFiles.detect(write("plan.xml", "<?xml version=\"1.0\"?><Project/>"), "plan.xml")).isNull();
        assertThat(WorkItemFiles.detect(write("search.txt", "  {\"issues\": []}"), "search.txt")).isEqualTo(WorkItemFiles.Format.JIRA_JSON);
        // Content decides, not the name: a Jira CSV named .txt is still a Jira CSV.
        assertThat(WorkItemFiles.detect(write("export.txt", "Issue key,Summary,Issue Type\nX-1,A,Task\n"), "export.txt"))
                .isEqualTo(WorkItemFiles.Format.JIRA_CSV);
    }

    @Test
    void csvTableReadsQuotesRepeatedColumnsAndLineEndings() throws Exception {
        CsvTable t = CsvTable.parse("\uFEFFa,b,b\r\n\"x, \"\"y\"\"\",1,\r\n\"multi\nline\",,2\n", "t.csv");
        assertThat(t.size()).isEqualTo(2);
        assertThat(t.value(0, "A")).isEqualTo("x, \"y\"");
        assertThat(t.values(0, "b")).isEqualTo(List.of("1"));
        assertThat(t.values(1, "b")).isEqualTo(List.of("2"));
        assertThat(t.value(1, "a")).isEqualTo("multi\nline");
        assertThat(t.line(1)).isEqualTo(3);
    }
}
