package org.bearing.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bearing.support.ApiClient;
import org.bearing.support.ApiClient.Reply;
import org.bearing.support.DatabaseFingerprint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The contract of replacing a project's plan from an updated schedule file (preview, then apply), run against each
 * supported database by its subclasses. A preview writes nothing to the plan; apply keeps matched tasks' ids; a
 * refused request (bad file, unknown, expired or stale preview) leaves the database exactly as it was.
 */
abstract class ReplaceApiContract {
    static final String PASSWORD = "test-admin-password";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;

    @BeforeEach
    void connect() {
        String base = "http://localhost:" + port;
        Reply t = ApiClient.basic(base, "admin", PASSWORD).post("/api/v1/me/tokens", fields("name", "test", "validDays", 1));
        assertThat(t.status()).as(t.body()).isEqualTo(201);
        api = ApiClient.bearer(base, t.json().get("secret").asString());
    }

    /** The contractor's first file: Design (Spec 2d, Review 1d), Build 5d, Test 3d in a chain; Dev on Build. */
    static Mspdi first() {
        return Mspdi.project("Contract").task(1, 1, "Design", 0).task(2, 2, "Spec", 2).task(3, 2, "Review", 1)
                .task(4, 1, "Build", 5).task(5, 1, "Test", 3)
                .link(2, 3, "FS", 0).link(3, 4, "FS", 0).link(4, 5, "FS", 0)
                .resource(1, "Dev", 100).assign(1, 4, 1, 1);
    }

    /** A week later: Build takes 8 days, Test is gone, Deploy follows Build, QA joins Review. */
    static Mspdi second() {
        return Mspdi.project("Contract").task(1, 1, "Design", 0).task(2, 2, "Spec", 2).task(3, 2, "Review", 1)
                .task(4, 1, "Build", 8).task(6, 1, "Deploy", 1)
                .link(2, 3, "FS", 0).link(3, 4, "FS", 0).link(4, 6, "FS", 0)
                .resource(1, "Dev", 100).resource(2, "QA", 90).assign(1, 4, 1, 1).assign(2, 3, 2, 1);
    }

    long imported(Mspdi file) {
        Reply r = api.upload("/api/v1/projects/import", "file", "contract.xml", file.bytes());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("project").get("id").asLong();
    }

    Map<String, JsonNode> tasks(long project) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        api.get("/api/v1/projects/" + project + "/tasks").json().forEach(t -> byName.put(t.get("name").asString(), t));
        return byName;
    }

    Reply preview(long project, Mspdi file) {
        return api.upload("/api/v1/projects/" + project + "/import/preview", "file", "contract-week2.xml", file.bytes());
    }

    JsonNode rejected(int status, String field, java.util.function.Supplier<Reply> request) {
        return org.bearing.support.Problems.rejected(() -> DatabaseFingerprint.of(jdbc), status, field, request);
    }

    static Map<String, Object> fields(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** The names of the items of a section (not of their fields). */
    private static List<String> names(JsonNode items) {
        List<String> names = new java.util.ArrayList<>();
        items.forEach(i -> names.add(i.get("name").asString()));
        return names;
    }

    @Test
    void previewShowsTheDifferencesWritingNothingThenApplyReplacesThePlanKeepingTaskIds() {
        long p = imported(first());
        Map<String, JsonNode> before = tasks(p);
        long build = before.get("Build").get("id").asLong();
        long test = before.get("Test").get("id").asLong();
        // A risk on Build, and money booked on Test: the replace must neither detach the one nor delete the other.
        Reply risk = api.post("/api/v1/projects/" + p + "/risks", fields("kind", "THREAT", "title", "Vendor late", "probability", 3,
                "impact", Map.of("schedule", 4, "cost", 2, "scope", 1, "quality", 1), "costExposure", 50000, "strategy", "MITIGATE",
                "owner", "Ops lead"));
        assertThat(risk.status()).as(risk.body()).isEqualTo(201);
        long riskId = risk.json().get("id").asLong();
        Reply model = api.put("/api/v1/projects/" + p + "/risk-model", fields("estimates", List.of(), "correlationGroups", List.of(),
                "riskEvents", List.of(fields("riskId", riskId, "probability", 0.5, "durationMin", 480.0, "durationMostLikely", 960.0,
                        "durationMax", 1440.0, "durationDistribution", "TRIANGULAR", "taskIds", List.of(build)))), null);
        assertThat(model.status()).as(model.body()).isEqualTo(200);
        Reply cost = api.post("/api/v1/projects/" + p + "/cost-entries", fields("taskId", test, "date", "2026-01-08", "amount", 500,
                "category", "SUBCONTRACT", "description", "Test rig"));
        assertThat(cost.status()).as(cost.body()).isEqualTo(201);

        Map<String, Long> unchanged = DatabaseFingerprint.of(jdbc);
        Reply r = preview(p, second());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(DatabaseFingerprint.of(jdbc)).as("a preview writes nothing to the plan").isEqualTo(unchanged);
        JsonNode preview = r.json();
        String id = preview.get("id").asString();
        assertThat(r.header("Location")).isEqualTo("/api/v1/projects/" + p + "/import/" + id);
        assertThat(preview.get("expiresAt").asString()).isNotBlank();
        JsonNode d = preview.get("differences");
        assertThat(d.get("matching").get("byId").asInt()).as("Design, Spec, Review, Build by their unique ids").isEqualTo(4);
        assertThat(names(d.get("tasks").get("added"))).containsExactly("Deploy");
        assertThat(d.get("tasks").get("removed").size()).as("Test carries a cost entry: kept, not removed").isZero();
        assertThat(d.get("kept").get(0).get("task").asString()).isEqualTo("Test");
        assertThat(d.get("kept").get(0).get("carries").get(0).asString()).isEqualTo("1 cost entry");
        JsonNode buildChange = d.get("tasks").get("changed").get(0);
        assertThat(buildChange.get("name").asString()).isEqualTo("Build");
        assertThat(buildChange.get("fields").findValuesAsString("name")).contains("duration", "finish");
        assertThat(names(d.get("links").get("added"))).containsExactly("Build → Deploy");
        assertThat(names(d.get("links").get("removed"))).containsExactly("Build → Test");
        assertThat(names(d.get("resources").get("added"))).containsExactly("QA");
        assertThat(names(d.get("assignments").get("added"))).containsExactly("QA on Review");
        JsonNode schedule = d.get("schedule");
        assertThat(schedule.get("finishAfter").asString()).isNotEqualTo(schedule.get("finishBefore").asString());
        assertThat(schedule.get("moved").findValuesAsString("task")).contains("Build");
        assertThat(api.get("/api/v1/projects/" + p + "/import/" + id).json().get("differences")).isEqualTo(d);

        Reply applied = api.post("/api/v1/projects/" + p + "/import/" + id + "/apply", Map.of());
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        Map<String, JsonNode> after = tasks(p);
        assertThat(after.keySet()).containsExactlyInAnyOrder("Design", "Spec", "Review", "Build", "Deploy", "Test");
        assertThat(after.get("Build").get("id").asLong()).as("matched tasks keep their ids").isEqualTo(build);
        assertThat(after.get("Build").get("durationMinutes").asLong()).isEqualTo(8 * 480);
        assertThat(after.get("Test").get("id").asLong()).isEqualTo(test);
        String finish = after.values().stream().map(t -> t.get("plannedFinish").asString()).max(String::compareTo).orElseThrow();
        assertThat(finish).as("the project finish the preview showed").isEqualTo(schedule.get("finishAfter").asString());
        JsonNode riskModel = api.get("/api/v1/projects/" + p + "/risk-model").json();
        assertThat(riskModel.get("riskEvents").get(0).get("taskIds").get(0).asLong()).as("the risk stays linked to Build").isEqualTo(build);
        JsonNode links = api.get("/api/v1/projects/" + p + "/dependencies").json();
        Map<Long, String> names = new HashMap<>();
        after.values().forEach(t -> names.put(t.get("id").asLong(), t.get("name").asString()));
        List<String> pairs = new java.util.ArrayList<>();
        links.forEach(l -> pairs.add(names.get(l.get("predecessorId").asLong()) + ">" + names.get(l.get("successorId").asLong())));
        assertThat(pairs).containsExactlyInAnyOrder("Spec>Review", "Review>Build", "Build>Deploy");

        // The preview is spent; the same file again shows nothing to change.
        rejected(404, "previewId", () -> api.post("/api/v1/projects/" + p + "/import/" + id + "/apply", Map.of()));
        JsonNode again = preview(p, second()).json().get("differences");
        for (String section : List.of("tasks", "links", "resources", "assignments")) {
            for (String kind : List.of("added", "removed", "changed")) {
                assertThat(again.get(section).get(kind).size()).as(section + " " + kind + ": " + again).isZero();
            }
        }
        assertThat(again.get("kept").findValuesAsString("task")).containsExactly("Test");
    }

    @Test
    void theSameFileAgainShowsNoDifferencesAndNoScheduleMove() {
        long p = imported(first());
        Reply r = preview(p, first());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode d = r.json().get("differences");
        for (String section : List.of("tasks", "links", "resources", "assignments", "calendars")) {
            for (String kind : List.of("added", "removed", "changed")) {
                assertThat(d.get(section).get(kind).size()).as(section + " " + kind + ": " + d).isZero();
            }
        }
        assertThat(d.get("schedule").get("moved").size()).isZero();
        assertThat(d.get("schedule").get("finishAfter").asString()).isEqualTo(d.get("schedule").get("finishBefore").asString());
        assertThat(d.get("matching").get("byId").asInt()).isEqualTo(5);
    }

    /** Real MS Project and P6 files (calendars, resources, summaries, lags) read back against their own import. */
    @Test
    void realFilesShowNoDifferencesAgainstTheirOwnImport() throws Exception {
        for (String file : List.of("joniles__mpxj/junit/data/legacy/sample.mpp", "Constology__XERNative/sample.xer")) {
            byte[] content = java.nio.file.Files.readAllBytes(SchedulesCorpus.file(file));
            String name = java.nio.file.Path.of(file).getFileName().toString();
            Reply created = api.upload("/api/v1/projects/import", "file", name, content);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            long p = created.json().get("project").get("id").asLong();
            Reply r = api.upload("/api/v1/projects/" + p + "/import/preview", "file", name, content);
            assertThat(r.status()).as(r.body()).isEqualTo(201);
            JsonNode d = r.json().get("differences");
            for (String section : List.of("tasks", "links", "resources", "assignments", "calendars")) {
                for (String kind : List.of("added", "removed", "changed")) {
                    assertThat(d.get(section).get(kind).size()).as(file + " " + section + " " + kind + ": " + d.get(section)).isZero();
                }
            }
            assertThat(d.get("schedule").get("moved").size()).as(file).isZero();
            assertThat(d.get("matching").get("byId").asInt()).as(file).isEqualTo(created.json().get("tasks").asInt());
        }
    }

    @Test
    void aPreviewOfAPlanThatChangedSinceIsRefusedWithNothingWritten() {
        long p = imported(first());
        String id = preview(p, second()).json().get("id").asString();
        JsonNode spec = tasks(p).get("Spec");
        Reply edit = api.put("/api/v1/projects/" + p + "/tasks/" + spec.get("id").asLong(), fields("name", "Specification",
                "durationMinutes", 960, "parentId", spec.get("parentId").asLong()), null);
        assertThat(edit.status()).as(edit.body()).isEqualTo(200);
        JsonNode problem = rejected(409, "previewId", () -> api.post("/api/v1/projects/" + p + "/import/" + id + "/apply", Map.of()));
        assertThat(problem.get("detail").asString()).contains("changed after the preview");
        assertThat(tasks(p)).containsKeys("Test", "Specification").doesNotContainKey("Deploy");
    }

    @Test
    void badFilesUnknownAndExpiredPreviewsAreRefusedWithNothingWritten() {
        long p = imported(first());
        JsonNode bad = rejected(422, "file", () -> api.upload("/api/v1/projects/" + p + "/import/preview", "file", "week2.xml",
                "<Project xmlns=\"http://schemas.microsoft.com/project\"><Tasks><Task>".getBytes()));
        assertThat(bad.get("detail").asString()).contains("week2.xml");
        // A file whose links close a cycle breaks a plan rule: refused as the create-import refuses it.
        Mspdi cycle = first().link(5, 2, "FS", 0);
        rejected(422, "file", () -> preview(p, cycle));
        rejected(404, null, () -> preview(99_999_999L, second()));
        rejected(404, "previewId", () -> api.post("/api/v1/projects/" + p + "/import/00000000-0000-0000-0000-000000000000/apply", Map.of()));

        String id = preview(p, second()).json().get("id").asString();
        long other = imported(first());
        rejected(404, "previewId", () -> api.post("/api/v1/projects/" + other + "/import/" + id + "/apply", Map.of()));
        jdbc.sql("update import_preview set expires_at = ? where id = ?").params(java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1), id).update();
        JsonNode gone = rejected(410, "previewId", () -> api.post("/api/v1/projects/" + p + "/import/" + id + "/apply", Map.of()));
        assertThat(gone.get("detail").asString()).contains("expired");
    }
}
