package org.bearing.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bearing.support.ApiClient;
import org.bearing.support.ApiClient.Reply;
import org.bearing.support.DatabaseFingerprint;
import org.bearing.support.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Jira CSV, Jira REST JSON and Azure DevOps CSV exports through {@code POST /api/v1/projects/import}: each becomes a
 * project whose tasks, hierarchy and dependencies follow the export, with its backlog and sprints at
 * {@code GET /api/v1/projects/{id}/backlog}; bad exports are refused with a problem naming the problem and leave the
 * database exactly as it was. Run on H2 and on PostgreSQL by its subclasses.
 */
abstract class TrackerImportApiContract {
    static final String PASSWORD = "test-admin-password"; // the PostgreSQL contracts share one database and its admin

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void connect() {
        String base = "http://localhost:" + port;
        Reply token = ApiClient.basic(base, "admin", PASSWORD).post("/api/v1/me/tokens", Map.of("name", "test", "validDays", 1));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        api = ApiClient.bearer(base, token.json().get("secret").asString());
    }

    private JsonNode imported(String fixture) throws Exception {
        Reply r = api.upload("/api/v1/projects/import", "file", fixture, Files.readAllBytes(Path.of("src/test/resources/trackers", fixture)));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    /** Task ids by the tracker key that starts each task's name. */
    private Map<String, JsonNode> tasks(long project) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode t : api.get("/api/v1/projects/" + project + "/tasks").json()) {
            out.put(t.get("name").asString().split(" ")[0], t);
        }
        return out;
    }

    private List<String> dependencies(long project, Map<String, JsonNode> tasks) {
        Map<Long, String> keys = new HashMap<>();
        tasks.forEach((k, t) -> keys.put(t.get("id").asLong(), k));
        List<String> out = new ArrayList<>();
        for (JsonNode d : api.get("/api/v1/projects/" + project + "/dependencies").json()) {
            assertThat(d.get("type").asString()).isEqualTo("FS");
            out.add(keys.get(d.get("predecessorId").asLong()) + ">" + keys.get(d.get("successorId").asLong()));
        }
        return out;
    }

    private static Map<String, JsonNode> sprints(JsonNode backlog) {
        Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
        for (JsonNode s : backlog.get("sprints")) {
            out.put(s.get("sprint").isNull() ? "Backlog" : s.get("sprint").get("name").asString(), s);
        }
        return out;
    }

    @Test
    void jiraCsvBecomesTasksDependenciesResourcesAndABacklog() throws Exception {
        JsonNode r = imported("jira-payments.csv");
        assertThat(r.get("format").asString()).isEqualTo("Jira CSV");
        assertThat(r.get("tasks").asInt()).isEqualTo(22);
        assertThat(r.get("dependencies").asInt()).isEqualTo(6);
        assertThat(r.get("resources").asInt()).isEqualTo(5);
        assertThat(r.get("backlogItems").asInt()).isEqualTo(22);
        assertThat(r.get("sprints").asInt()).isEqualTo(3);
        assertThat(r.get("warnings").toString()).contains("story points × 1 working day");
        long project = r.get("project").get("id").asLong();

        Map<String, JsonNode> tasks = tasks(project);
        assertThat(tasks.get("PAY-6").get("parentId").asLong()).isEqualTo(tasks.get("PAY-5").get("id").asLong());
        assertThat(tasks.get("PAY-5").get("parentId").asLong()).isEqualTo(tasks.get("PAY-1").get("id").asLong());
        assertThat(tasks.get("PAY-1").get("summary").asBoolean()).isTrue();
        assertThat(tasks.get("PAY-4").get("percentComplete").asDouble()).isEqualTo(100);
        assertThat(tasks.get("PAY-4").get("durationMinutes").asLong()).isEqualTo(2400);
        assertThat(dependencies(project, tasks)).containsExactlyInAnyOrder("PAY-4>PAY-5", "PAY-5>PAY-7", "PAY-7>PAY-11",
                "PAY-7>PAY-20", "PAY-11>PAY-12", "PAY-17>PAY-18");

        JsonNode backlog = api.get("/api/v1/projects/" + project + "/backlog").json();
        Map<String, JsonNode> sprints = sprints(backlog);
        assertThat(sprints.keySet()).containsExactly("Sprint 1", "Sprint 2", "Sprint 3", "Backlog");
        assertThat(sprints.get("Sprint 1").get("points").asDouble()).isEqualTo(9);
        assertThat(sprints.get("Sprint 1").get("donePoints").asDouble()).isEqualTo(9);
        assertThat(sprints.get("Sprint 2").get("points").asDouble()).isEqualTo(20);
        assertThat(sprints.get("Sprint 2").get("donePoints").asDouble()).isEqualTo(7);
        assertThat(sprints.get("Sprint 3").get("points").asDouble()).isEqualTo(9);
        assertThat(sprints.get("Backlog").get("points").asDouble()).isEqualTo(21);
        assertThat(backlog.get("points").asDouble()).isEqualTo(59);
        assertThat(backlog.get("items").asInt()).isEqualTo(22);
        JsonNode first = sprints.get("Sprint 2").get("items").get(0);
        assertThat(first.get("sourceKey").asString()).isEqualTo("PAY-5");
        assertThat(first.get("taskId").asLong()).isEqualTo(tasks.get("PAY-5").get("id").asLong());
        assertThat(first.get("epicKey").asString()).isEqualTo("PAY-1");
        assertThat(first.get("sourceSystem").asString()).isEqualTo("Jira");
        assertThat(first.get("storyPoints").toString()).isEqualTo("8");
    }

    @Test
    void jiraJsonAndAzureDevOpsCsvImportTheSameWay() throws Exception {
        JsonNode json = imported("jira-mobile-search.json");
        assertThat(json.get("format").asString()).isEqualTo("Jira JSON");
        long mobile = json.get("project").get("id").asLong();
        Map<String, JsonNode> tasks = tasks(mobile);
        assertThat(tasks).hasSize(17);
        assertThat(tasks.get("MOB-6").get("parentId").asLong()).isEqualTo(tasks.get("MOB-1").get("id").asLong());
        assertThat(tasks.get("MOB-7").get("constraintType").asString()).isEqualTo("SNET");
        assertThat(dependencies(mobile, tasks)).containsExactlyInAnyOrder("MOB-3>MOB-4", "MOB-4>MOB-6", "MOB-10>MOB-11",
                "MOB-10>MOB-12", "MOB-12>MOB-13", "MOB-15>MOB-4");
        Map<String, JsonNode> sprints = sprints(api.get("/api/v1/projects/" + mobile + "/backlog").json());
        assertThat(sprints.get("MOB Sprint 8").get("sprint").get("state").asString()).isEqualTo("active");
        assertThat(sprints.get("MOB Sprint 8").get("sprint").get("start").asString()).startsWith("2024-03-18T09:00");

        JsonNode ado = imported("azure-devops-portal.csv");
        assertThat(ado.get("format").asString()).isEqualTo("Azure DevOps CSV");
        long portal = ado.get("project").get("id").asLong();
        tasks = tasks(portal);
        assertThat(tasks).hasSize(22);
        assertThat(tasks.get("3141").get("parentId").asLong()).isEqualTo(tasks.get("3110").get("id").asLong());
        assertThat(dependencies(portal, tasks)).containsExactlyInAnyOrder("3105>3106", "3106>3110", "3110>3111", "3110>3112", "3120>3121");
        JsonNode backlog = api.get("/api/v1/projects/" + portal + "/backlog").json();
        assertThat(sprints(backlog).keySet()).containsExactly("Sprint 1", "Sprint 2", "Sprint 3", "Backlog");
        assertThat(backlog.get("points").asDouble()).isEqualTo(5 + 8 + 1 + 8 + 3 + 5 + 2 + 5 + 3 + 3);
        assertThat(api.get("/api/v1/projects/999999/backlog").status()).isEqualTo(404);
    }

    private void refused(String name, String content, String detail) {
        JsonNode p = Problems.rejected(() -> DatabaseFingerprint.of(jdbc), 422, "file",
                () -> api.upload("/api/v1/projects/import", "file", name, content.getBytes(StandardCharsets.UTF_8)));
        assertThat(p.get("detail").asString()).as(name).contains(name).contains(detail);
    }

    @Test
    void badExportsAreRefusedAndChangeNothing() throws Exception {
        imported("jira-payments.csv"); // something in the database for the fingerprint to guard
        String csv = Files.readString(Path.of("src/test/resources/trackers/jira-payments.csv"));
        String json = Files.readString(Path.of("src/test/resources/trackers/jira-mobile-search.json"));
        refused("empty.csv", "", "empty");
        refused("truncated.csv", csv.substring(0, csv.indexOf("Carried over")), "never ends");
        refused("columns.csv", "Name,Email\nAda,ada@example.com\n", "neither a Jira export");
        refused("truncated.json", json.substring(0, json.length() / 3), "malformed JSON");
        refused("self.csv", "Summary,Issue key,Issue Type,Outward issue link (Blocks)\nA,X-1,Task,X-1\n", "X-1 blocks itself");
        refused("cycle.csv", "Summary,Issue key,Issue Type,Outward issue link (Blocks)\nA,X-1,Task,X-2\nB,X-2,Task,X-1\n", "cycle");
        // Passes the reader but breaks a plan rule once the tasks are written: the transaction takes the tasks back too.
        refused("epic-blocks-story.csv", "Summary,Issue key,Issue Type,Custom field (Epic Link),Outward issue link (Blocks)\n"
                + "Epic,X-1,Epic,,X-2\nStory,X-2,Story,X-1,\n", "summary");
    }
}
