package org.bearing.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.bearing.support.ApiClient;
import org.bearing.support.ApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The contract of the program register, the issue log, the quantitative risk model and the Monte Carlo runs, on each
 * supported database. Every refused request is checked for its status, the problem document naming the field, and
 * tables left exactly as they were. The GET → edit → PUT round trips of risks and issues are in {@link RegisterRoundTrips}.
 */
abstract class RiskApiContract implements RegisterRoundTrips {
    /** The same as the plan contract's: both run against one embedded PostgreSQL, where the first start creates admin. */
    static final String PASSWORD = "test-admin-password";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final List<String> TABLES = List.of("risk", "risk_action", "risk_score_history", "issue", "issue_link",
            "issue_escalation", "task_estimate", "risk_correlation_group", "risk_event_model", "risk_event_task", "simulation_run", "risk_matrix");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaleSimulationRuns staleRuns;
    ApiClient api;

    @BeforeEach
    void connect() {
        String base = "http://localhost:" + port;
        Reply token = ApiClient.basic(base, "admin", PASSWORD).post("/api/v1/me/tokens", fields("name", "test", "validDays", 1));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        api = ApiClient.bearer(base, token.json().get("secret").asString());
    }

    static Map<String, Object> fields(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    long aProject(Long program) {
        Reply r = api.post("/api/v1/projects", fields("programId", program, "code", "RK" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000,
                "name", "Risk test", "startDate", "2026-01-05", "currency", "USD"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    long aTask(long project, String name, long minutes, double fixedCost) {
        Reply r = api.post("/api/v1/projects/" + project + "/tasks", fields("name", name, "durationMinutes", minutes, "fixedCost", fixedCost));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    void link(long project, long from, long to) {
        Reply r = api.post("/api/v1/projects/" + project + "/dependencies", fields("predecessorId", from, "successorId", to, "type", "FS"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    static Map<String, Object> threat(String title, int probability, int impact) {
        return fields("kind", "THREAT", "title", title, "probability", probability,
                "impact", Map.of("schedule", impact, "cost", 2, "scope", 1, "quality", 1), "costExposure", 50000, "strategy", "MITIGATE",
                "owner", "Ops lead");
    }

    static Map<String, Object> link(String kind, long targetId) {
        return fields("kind", kind, "targetId", targetId);
    }

    static long riskId(Reply r) {
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    Map<String, Long> fingerprint() {
        Map<String, Long> print = new LinkedHashMap<>();
        for (String t : TABLES) {
            print.put(t, jdbc.sql("select count(*) from " + t).query(Long.class).single());
        }
        print.put("risk.versions", jdbc.sql("select coalesce(sum(version), 0) from risk").query(Long.class).single());
        print.put("issue.versions", jdbc.sql("select coalesce(sum(version), 0) from issue").query(Long.class).single());
        print.put("risk_matrix.versions", jdbc.sql("select coalesce(sum(version), 0) from risk_matrix").query(Long.class).single());
        print.put("issue.levels", jdbc.sql("select count(*) from issue where escalation_level <> 'TEAM'").query(Long.class).single());
        return print;
    }

    @Override
    public ApiClient client() {
        return api;
    }

    @Override
    public long newProject() {
        return aProject(null);
    }

    @Override
    public Map<String, Long> tables() {
        return fingerprint();
    }

    JsonNode rejected(int status, String field, Supplier<Reply> request) {
        return org.bearing.support.Problems.rejected(this::fingerprint, status, field, request);
    }

    // ---- program-level register ----------------------------------------------------------------------------------

    @Test
    void aProgramRegisterListsItsOwnRisksWithEachProjectsRisks() {
        long program = api.post("/api/v1/programs", fields("name", "Program " + System.nanoTime())).id();
        long a = aProject(program);
        long b = aProject(program);
        assertThat(api.post("/api/v1/projects/" + a + "/risks", threat("Vendor late", 3, 4)).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/projects/" + b + "/risks", threat("Key engineer leaves", 2, 3)).status()).isEqualTo(201);
        Reply programRisk = api.post("/api/v1/programs/" + program + "/risks", threat("Shared data centre move slips", 4, 5));
        assertThat(programRisk.status()).as(programRisk.body()).isEqualTo(201);
        assertThat(programRisk.json().get("code").asString()).isEqualTo("PR-001");
        assertThat(programRisk.json().get("programId").asLong()).isEqualTo(program);
        assertThat(programRisk.json().get("score").asInt()).isEqualTo(20);

        JsonNode view = api.get("/api/v1/programs/" + program + "/risks").json();
        assertThat(view.get("programRisks").findValuesAsString("title")).containsExactly("Shared data centre move slips");
        assertThat(view.get("projects").size()).isEqualTo(2);
        assertThat(view.get("projects").get(0).get("risks").findValuesAsString("title")).containsExactly("Vendor late");
        assertThat(view.get("projects").get(1).get("risks").findValuesAsString("title")).containsExactly("Key engineer leaves");
        assertThat(view.get("openHigh").asLong()).isEqualTo(2);
        // the program's risk is not one of a project's
        assertThat(api.get("/api/v1/projects/" + a + "/risks").json().findValuesAsString("title")).containsExactly("Vendor late");

        long riskId = programRisk.json().get("id").asLong();
        rejected(422, "strategy", () -> api.put("/api/v1/programs/" + program + "/risks/" + riskId,
                fields("kind", "THREAT", "title", "x", "probability", 1,
                        "impact", Map.of("schedule", 1, "cost", 1, "scope", 1, "quality", 1), "strategy", "EXPLOIT"), "\"0\""));
        rejected(404, null, () -> api.get("/api/v1/programs/" + program + "/risks/" + (riskId + 100000)));
        rejected(404, null, () -> api.post("/api/v1/programs/99999999/risks", threat("x", 1, 1)));
        Reply updated = api.put("/api/v1/programs/" + program + "/risks/" + riskId, threat("Shared data centre move slips", 2, 5), "\"0\"");
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("score").asInt()).isEqualTo(10);
    }

    /** Codes are quoted in minutes and decks: after deleting the highest-numbered risk or issue its code is not issued again. */
    @Test
    void aDeletedRisksOrIssuesCodeIsNeverIssuedAgain() {
        long program = api.post("/api/v1/programs", fields("name", "Codes " + System.nanoTime())).id();
        long project = aProject(program);
        String risks = "/api/v1/projects/" + project + "/risks";
        riskId(api.post(risks, threat("First", 1, 1)));
        riskId(api.post(risks, threat("Second", 1, 1)));
        long third = riskId(api.post(risks, threat("Third", 1, 1)));
        assertThat(api.delete(risks + "/" + third).status()).isEqualTo(204);
        Reply fourth = api.post(risks, threat("Fourth", 1, 1));
        assertThat(fourth.json().get("code").asString()).as("R-003 was deleted, not freed").isEqualTo("R-004");
        assertThat(api.delete(risks + "/" + riskId(fourth)).status()).isEqualTo(204);
        assertThat(api.post(risks, fields("kind", "OPPORTUNITY", "title", "Reuse the vendor's test rig", "probability", 2,
                "impact", Map.of("schedule", 2, "cost", 1, "scope", 1, "quality", 1))).json().get("code").asString())
                .as("threats and opportunities share one sequence").isEqualTo("O-005");

        String programRisks = "/api/v1/programs/" + program + "/risks";
        long pr1 = riskId(api.post(programRisks, threat("Program one", 1, 1)));
        assertThat(api.delete(programRisks + "/" + pr1).status()).isEqualTo(204);
        assertThat(api.post(programRisks, threat("Program two", 1, 1)).json().get("code").asString()).isEqualTo("PR-002");

        String issues = "/api/v1/projects/" + project + "/issues";
        api.post(issues, fields("title", "One", "severity", "LOW"));
        Reply two = api.post(issues, fields("title", "Two", "severity", "LOW"));
        assertThat(two.json().get("code").asString()).isEqualTo("I-002");
        assertThat(api.delete(issues + "/" + two.json().get("id").asLong()).status()).isEqualTo(204);
        assertThat(api.post(issues, fields("title", "Three", "severity", "LOW")).json().get("code").asString()).isEqualTo("I-003");
        assertThat(api.post("/api/v1/projects/" + aProject(program) + "/issues", fields("title", "Elsewhere", "severity", "LOW"))
                .json().get("code").asString()).as("each project numbers its own log").isEqualTo("I-001");
    }

    // ---- configurable probability-impact matrix -------------------------------------------------------------------

    /** The standard matrix as the API shows it, to edit: P4 × I5 weighs 30 and an Extreme rating starts at 25. */
    Map<String, Object> customMatrix(JsonNode standard) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("probability", standard.get("probability"));
        m.put("impact", standard.get("impact"));
        List<List<Integer>> scores = new ArrayList<>();
        for (JsonNode row : standard.get("scores")) {
            List<Integer> r = new ArrayList<>();
            row.forEach(c -> r.add(c.asInt()));
            scores.add(r);
        }
        scores.get(3).set(4, 30);
        scores.get(4).set(4, 40);
        m.put("scores", scores);
        m.put("ratings", List.of(fields("label", "Low", "minScore", 1, "colour", "green"), fields("label", "Medium", "minScore", 5, "colour", "amber"),
                fields("label", "High", "minScore", 12, "colour", "red"), fields("label", "Extreme", "minScore", 25, "colour", "purple")));
        return m;
    }

    @Test
    void aConfiguredMatrixScoresRatesAndMapsTheRegisterAndABadOneChangesNothing() {
        long program = api.post("/api/v1/programs", fields("name", "Matrix program " + System.nanoTime())).id();
        long p = aProject(program);
        String path = "/api/v1/projects/" + p + "/risk-matrix";
        Reply standard = api.get(path);
        assertThat(standard.status()).isEqualTo(200);
        assertThat(standard.header("ETag")).isEqualTo("\"0\"");
        JsonNode std = standard.json();
        assertThat(std.get("source").asString()).isEqualTo("STANDARD");
        JsonNode matrix = std.get("matrix");
        assertThat(matrix.get("scores").get(3).get(4).asInt()).isEqualTo(20);
        long risk = riskId(api.post("/api/v1/projects/" + p + "/risks", threat("Vendor late", 4, 5)));
        JsonNode before = api.get("/api/v1/projects/" + p + "/risks/" + risk).json();
        assertThat(before.get("score").asInt()).isEqualTo(20);
        assertThat(before.get("rating").asString()).isEqualTo("HIGH");

        Map<String, Object> custom = customMatrix(matrix);
        Reply saved = api.put(path, custom, "\"0\"");
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.header("ETag")).isEqualTo("\"1\"");
        assertThat(saved.json().get("source").asString()).isEqualTo("PROJECT");
        JsonNode after = api.get("/api/v1/projects/" + p + "/risks/" + risk).json();
        assertThat(after.get("score").asInt()).isEqualTo(30);
        assertThat(after.get("rating").asString()).isEqualTo("Extreme");
        assertThat(after.get("ratingColour").asString()).isEqualTo("purple");
        JsonNode heat = api.get("/api/v1/projects/" + p + "/risk-heat-map").json();
        assertThat(heat.get("high").asInt()).isEqualTo(1);
        for (JsonNode cell : heat.get("cells")) {
            if (cell.get("probability").asInt() == 4 && cell.get("impact").asInt() == 5) {
                assertThat(cell.get("score").asInt()).isEqualTo(30);
                assertThat(cell.get("rating").asString()).isEqualTo("Extreme");
                assertThat(cell.get("colour").asString()).isEqualTo("purple");
                assertThat(cell.get("count").asInt()).isEqualTo(1);
            }
            if (cell.get("probability").asInt() == 1 && cell.get("impact").asInt() == 4) {
                assertThat(cell.get("rating").asString()).as("4 is below Medium's 5").isEqualTo("Low");
            }
        }
        // the history keeps the score the risk had when it was recorded; a rescore is scored by the new matrix
        Map<String, Object> rescored = threat("Vendor late", 3, 5);
        assertThat(api.put("/api/v1/projects/" + p + "/risks/" + risk, rescored, "\"0\"").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/projects/" + p + "/risks/" + risk + "/history").json().findValuesAsString("score"))
                .containsExactly("20", "15");

        // refused: each names the field and leaves the matrix (and everything else) as it was
        Map<String, Object> flatThresholds = new LinkedHashMap<>(custom);
        flatThresholds.put("ratings", List.of(fields("label", "Low", "minScore", 1, "colour", "green"),
                fields("label", "High", "minScore", 12, "colour", "red"), fields("label", "Extreme", "minScore", 12, "colour", "purple")));
        assertThat(rejected(400, "ratings[2].minScore", () -> api.put(path, flatThresholds, null)).get("detail").asString())
                .contains("rise strictly");
        Map<String, Object> dropping = new LinkedHashMap<>(custom);
        @SuppressWarnings("unchecked")
        List<List<Integer>> scores = new ArrayList<>((List<List<Integer>>) custom.get("scores"));
        scores.set(2, List.of(3, 6, 9, 7, 15));
        dropping.put("scores", scores);
        rejected(400, "scores[2][3]", () -> api.put(path, dropping, null));
        Map<String, Object> fourBands = new LinkedHashMap<>(custom);
        List<JsonNode> bands = new ArrayList<>();
        matrix.get("probability").forEach(bands::add);
        fourBands.put("probability", bands.subList(0, 4));
        rejected(400, "probability", () -> api.put(path, fourBands, null));
        Map<String, Object> wrongType = new LinkedHashMap<>(custom);
        wrongType.put("scores", List.of(List.of("high", 2, 3, 4, 5)));
        rejected(400, "scores[0][0]", () -> api.put(path, wrongType, null));
        rejected(412, null, () -> api.put(path, custom, "\"0\""));
        rejected(404, null, () -> api.put("/api/v1/projects/99999999/risk-matrix", custom, null));
        assertThat(api.get("/api/v1/projects/" + p + "/risks/" + risk).json().get("rating").asString()).isEqualTo("High");

        // a program's matrix scores the program's own risks and its projects that have none of their own
        Map<String, Object> strict = new LinkedHashMap<>(custom);
        strict.put("ratings", List.of(fields("label", "Watch", "minScore", 1, "colour", "yellow"), fields("label", "Act", "minScore", 4, "colour", "red")));
        Reply programMatrix = api.put("/api/v1/programs/" + program + "/risk-matrix", strict, null);
        assertThat(programMatrix.status()).as(programMatrix.body()).isEqualTo(200);
        long sibling = aProject(program);
        assertThat(api.get("/api/v1/projects/" + sibling + "/risk-matrix").json().get("source").asString()).isEqualTo("PROGRAM");
        Reply programRisk = api.post("/api/v1/programs/" + program + "/risks", threat("Shared move slips", 2, 2));
        assertThat(programRisk.json().get("rating").asString()).isEqualTo("Act");
        rejected(400, "ratings[1].colour", () -> api.put("/api/v1/programs/" + program + "/risk-matrix",
                Map.of("probability", custom.get("probability"), "impact", custom.get("impact"), "scores", custom.get("scores"),
                        "ratings", List.of(fields("label", "Watch", "minScore", 1, "colour", "yellow"), fields("label", "Act", "minScore", 4, "colour", "pink")))
                , null));
        // dropping the project's own matrix falls back to its program's
        Reply reset = api.delete(path);
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().get("source").asString()).isEqualTo("PROGRAM");
        assertThat(api.get("/api/v1/projects/" + p + "/risks/" + risk).json().get("rating").asString()).isEqualTo("Act");
    }

    // ---- stale simulation runs -----------------------------------------------------------------------------------

    long aRun(long project, String status, String node, LocalDateTime heartbeat) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into simulation_run (project_id, status, progress, iterations, seed, threads, requested_at, started_at, node, heartbeat_at)
                values (?, ?, 40, 1000, 7, 1, ?, ?, ?, ?)""").params(project, status, heartbeat.minusMinutes(1), heartbeat, node, heartbeat)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Map<String, Object> run(long id) {
        return jdbc.sql("select status, error, finished_at from simulation_run where id = ?").param(id).query().singleRow();
    }

    @Test
    void runsWhoseNodeStoppedBeatingAreMarkedFailedUnderTheJobLockAndFreshOnesStay() {
        long p = aProject(null);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        long dead = aRun(p, "RUNNING", "4242@gone-node", now.minusHours(1));
        long queuedDead = aRun(p, "QUEUED", "4242@gone-node", now.minusHours(2));
        long alive = aRun(p, "RUNNING", "777@live-node", now);

        // another node holds the job's lock: this one leaves the runs alone
        jdbc.sql("delete from job_lock where name = ?").param(StaleSimulationRuns.LOCK).update();
        jdbc.sql("insert into job_lock (name, locked_until, locked_at, locked_by) values (?, ?, ?, ?)")
                .params(StaleSimulationRuns.LOCK, now.plusMinutes(5), now, "1@other-node").update();
        assertThat(staleRuns.sweep()).isEmpty();
        assertThat(run(dead).get("status")).isEqualTo("RUNNING");

        // the lock expires: the sweep marks the two stale runs FAILED with the reason, and the fresh one stays
        jdbc.sql("update job_lock set locked_until = ? where name = ?").params(now.minusSeconds(1), StaleSimulationRuns.LOCK).update();
        staleRuns.sweep();
        for (long id : List.of(dead, queuedDead)) {
            Map<String, Object> r = run(id);
            assertThat(r.get("status")).as("run " + id).isEqualTo("FAILED");
            assertThat((String) r.get("error")).startsWith("interrupted: no progress since ").endsWith("on 4242@gone-node (node stopped?)");
            assertThat(r.get("finished_at")).isNotNull();
        }
        assertThat((String) run(dead).get("error")).contains(now.minusHours(1).toLocalDate().toString());
        assertThat(run(alive).get("status")).isEqualTo("RUNNING");
        assertThat(run(alive).get("error")).isNull();
        JsonNode shown = api.get("/api/v1/projects/" + p + "/simulations/" + dead).json().get("run");
        assertThat(shown.get("status").asString()).isEqualTo("FAILED");
        assertThat(shown.get("error").asString()).endsWith("(node stopped?)");
        jdbc.sql("update simulation_run set status = 'FAILED', error = 'test over' where id = ?").param(alive).update();
    }

    // ---- issue log -----------------------------------------------------------------------------------------------

    @Test
    void issuesLinkRisksTasksAndChangeRequestsAndEscalateOneLevelAtATime() {
        long p = aProject(null);
        long task = aTask(p, "Cut-over", 480, 0);
        long risk = riskId(api.post("/api/v1/projects/" + p + "/risks", threat("Vendor late", 3, 4)));
        String issues = "/api/v1/projects/" + p + "/issues";
        Map<String, Object> draft = fields("title", "Test environment down", "severity", "HIGH", "owner", "Ops lead",
                "dueDate", LocalDate.now().plusDays(7).toString(),
                "links", List.of(link("RISK", risk), link("TASK", task), link("CHANGE_REQUEST", 7)));

        rejected(404, "links[1].targetId", () -> api.post(issues, fields("title", "x", "severity", "LOW",
                "links", List.of(link("RISK", risk), link("TASK", 99999999)))));
        rejected(400, "links[0].kind", () -> api.post(issues, fields("title", "x", "severity", "LOW", "links", List.of(link("BUG", 12)))));
        rejected(400, "links[0].targetId", () -> api.post(issues, fields("title", "x", "severity", "LOW", "links", List.of(link("TASK", 0)))));
        rejected(400, "severity", () -> api.post(issues, fields("title", "x")));
        rejected(400, "resolution", () -> api.post(issues, fields("title", "x", "severity", "LOW", "status", "RESOLVED")));

        Reply raised = api.post(issues, draft);
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        JsonNode issue = raised.json();
        long id = issue.get("id").asLong();
        assertThat(issue.get("code").asString()).isEqualTo("I-001");
        assertThat(issue.get("escalationLevel").asString()).isEqualTo("TEAM");
        assertThat(issue.get("links").values().stream().map(l -> l.get("kind").asString() + ":" + l.get("targetId").asLong()).toList())
                .containsExactlyInAnyOrder("RISK:" + risk, "TASK:" + task, "CHANGE_REQUEST:7");

        String escalations = issues + "/" + id + "/escalations";
        rejected(400, "reason", () -> api.post(escalations, fields("level", "PM", "reason", " ")));
        // the body is validated as a whole before the issue is read: every bad field is named at once
        JsonNode both = rejected(400, "level", () -> api.post(escalations, fields("reason", "")));
        assertThat(both.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("level", "reason");
        rejected(400, "reason", () -> api.post(escalations, fields("level", "PM", "reason", "x".repeat(2001))));
        rejected(400, "level", () -> api.post(issues + "/99999999/escalations", fields("reason", "no level")));
        rejected(422, "level", () -> api.post(escalations, fields("level", "SPONSOR", "reason", "skip the PM")));
        Reply toPm = api.post(escalations, fields("level", "PM", "reason", "blocks the cut-over rehearsal"));
        assertThat(toPm.status()).as(toPm.body()).isEqualTo(200);
        assertThat(toPm.json().get("escalationLevel").asString()).isEqualTo("PM");
        assertThat(toPm.header("ETag")).isEqualTo("\"1\"");
        assertThat(api.post(escalations, fields("level", "SPONSOR", "reason", "needs budget")).status()).isEqualTo(200);
        Reply down = api.post(escalations, fields("level", "TEAM", "reason", "sponsor approved spend; team can fix"));
        assertThat(down.status()).as(down.body()).isEqualTo(200);
        assertThat(down.json().get("escalationLevel").asString()).isEqualTo("TEAM");

        JsonNode history = api.get(escalations).json();
        assertThat(history.size()).isEqualTo(3);
        assertThat(history.get(0).get("from").asString()).isEqualTo("TEAM");
        assertThat(history.get(0).get("to").asString()).isEqualTo("PM");
        assertThat(history.get(0).get("by").asString()).isEqualTo("admin");
        assertThat(history.get(0).get("reason").asString()).isEqualTo("blocks the cut-over rehearsal");
        assertThat(history.get(0).get("at").asString()).isNotBlank();
        assertThat(history.get(2).get("to").asString()).isEqualTo("TEAM");

        // an overdue issue may jump levels
        Reply overdue = api.post(issues, fields("title", "Licences expired", "severity", "CRITICAL",
                "dueDate", LocalDate.now().minusDays(3).toString()));
        assertThat(overdue.json().get("overdue").asBoolean()).isTrue();
        Reply jump = api.post(issues + "/" + overdue.json().get("id").asLong() + "/escalations",
                fields("level", "STEERING_COMMITTEE", "reason", "overdue and blocking go-live"));
        assertThat(jump.status()).as(jump.body()).isEqualTo(200);
        assertThat(jump.json().get("escalationLevel").asString()).isEqualTo("STEERING_COMMITTEE");

        assertThat(api.get(issues).json().size()).isEqualTo(2);
    }

    // ---- quantitative model --------------------------------------------------------------------------------------

    @Test
    void theQuantitativeModelRoundTripsAndEveryBadValueIsNamed() {
        long p = aProject(null);
        long a = aTask(p, "Design", 5 * 480, 0);
        long b = aTask(p, "Build", 10 * 480, 0);
        long risk = riskId(api.post("/api/v1/projects/" + p + "/risks", threat("Vendor late", 3, 4)));
        String path = "/api/v1/projects/" + p + "/risk-model";
        Map<String, Object> model = model(a, b, risk, 0.4, 0.3);
        Reply put = api.put(path, model, null);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode read = api.get(path).json();
        assertThat(read.get("estimates").size()).isEqualTo(2);
        assertThat(read.get("estimates").get(1).get("unit").asString()).isEqualTo("PERCENT_OF_DURATION");
        assertThat(read.get("estimates").get(0).get("correlationGroup").asString()).isEqualTo("Backend team");
        assertThat(read.get("estimates").get(0).get("costMax").asDouble()).isEqualTo(14000.0);
        assertThat(read.get("correlationGroups").get(0).get("coefficient").asDouble()).isEqualTo(0.3);
        assertThat(read.get("riskEvents").get(0).get("probability").asDouble()).isEqualTo(0.4);
        assertThat(read.get("riskEvents").get(0).get("taskIds").get(0).asLong()).isEqualTo(b);

        Map<String, Object> badOrder = model(a, b, risk, 0.4, 0.3);
        estimate(badOrder, 0).put("mostLikely", 10.0 * 480);
        rejected(400, "estimates[0].max", () -> api.put(path, badOrder, null));
        Map<String, Object> badMl = model(a, b, risk, 0.4, 0.3);
        estimate(badMl, 0).put("mostLikely", 1.0);
        rejected(400, "estimates[0].mostLikely", () -> api.put(path, badMl, null));
        rejected(400, "riskEvents[0].probability", () -> api.put(path, model(a, b, risk, 1.5, 0.3), null));
        rejected(400, "correlationGroups[0].coefficient", () -> api.put(path, model(a, b, risk, 0.4, 1.5), null));
        rejected(422, "correlationGroups[0].coefficient", () -> api.put(path, model(a, b, risk, 0.4, -0.5), null));
        Map<String, Object> unknownTask = model(a, b, risk, 0.4, 0.3);
        estimate(unknownTask, 1).put("taskId", 99999999L);
        rejected(404, "estimates[1].taskId", () -> api.put(path, unknownTask, null));
        rejected(404, "riskEvents[0].riskId", () -> api.put(path, model(a, b, 99999999L, 0.4, 0.3), null));
        assertThat(api.get(path).json()).as("the stored model is unchanged").isEqualTo(read);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> estimate(Map<String, Object> model, int i) {
        return ((List<Map<String, Object>>) model.get("estimates")).get(i);
    }

    static Map<String, Object> model(long a, long b, long risk, double probability, double rho) {
        List<Map<String, Object>> estimates = new ArrayList<>();
        estimates.add(fields("taskId", a, "unit", "WORKING_MINUTES", "min", 4.0 * 480, "mostLikely", 5.0 * 480, "max", 8.0 * 480,
                "distribution", "BETA_PERT", "correlationGroup", "Backend team", "costMin", 9000, "costMostLikely", 10000, "costMax", 14000));
        estimates.add(fields("taskId", b, "unit", "PERCENT_OF_DURATION", "min", 90.0, "mostLikely", 100.0, "max", 140.0,
                "distribution", "TRIANGULAR", "correlationGroup", "Backend team"));
        return fields("estimates", estimates, "correlationGroups", List.of(fields("name", "Backend team", "coefficient", rho)),
                "riskEvents", List.of(fields("riskId", risk, "probability", probability, "durationMin", 480.0, "durationMostLikely", 3.0 * 480,
                        "durationMax", 6.0 * 480, "durationDistribution", "TRIANGULAR", "costMin", 5000, "costMostLikely", 8000,
                        "costMax", 20000, "taskIds", List.of(b))));
    }

    // ---- Monte Carlo runs ----------------------------------------------------------------------------------------

    /** A project of 24 tasks in three chains of 8, estimates on all, one risk event on the long chain. */
    long[] aRiskyProject() {
        long p = aProject(null);
        List<Long> tasks = new ArrayList<>();
        List<Map<String, Object>> estimates = new ArrayList<>();
        for (int chain = 0; chain < 3; chain++) {
            Long previous = null;
            for (int i = 0; i < 8; i++) {
                long t = aTask(p, "C" + chain + "-T" + i, (chain == 0 ? 3 : 2) * 480L, 1000);
                if (previous != null) {
                    link(p, previous, t);
                }
                previous = t;
                tasks.add(t);
                estimates.add(fields("taskId", t, "unit", "PERCENT_OF_DURATION", "min", 80.0, "mostLikely", 100.0, "max", 150.0,
                        "distribution", "TRIANGULAR"));
            }
        }
        long milestone = api.post("/api/v1/projects/" + p + "/tasks", fields("name", "Go-live", "milestone", true)).id();
        link(p, tasks.get(7), milestone);
        long risk = riskId(api.post("/api/v1/projects/" + p + "/risks", threat("Test environment unavailable", 3, 4)));
        Reply put = api.put("/api/v1/projects/" + p + "/risk-model", fields("estimates", estimates,
                "riskEvents", List.of(fields("riskId", risk, "probability", 0.5, "durationMin", 480.0, "durationMostLikely", 5 * 480.0,
                        "durationMax", 10 * 480.0, "durationDistribution", "TRIANGULAR", "costMin", 10000, "costMostLikely", 20000,
                        "costMax", 40000, "taskIds", List.of(tasks.get(5))))), null);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        return new long[] {p, risk, tasks.get(5), tasks.get(12)};
    }

    /** Polls a run until it is DONE or FAILED, recording every status and progress seen. */
    JsonNode awaitDone(long project, long run, List<String> seen) throws InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode r = api.get("/api/v1/projects/" + project + "/simulations/" + run).json();
            String status = r.get("run").get("status").asString();
            seen.add(status + ":" + r.get("run").get("progress").asInt());
            if (status.equals("DONE") || status.equals("FAILED")) {
                return r;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("run " + run + " did not finish in 120 s; seen " + seen);
    }

    @Test
    void aSimulationRunsInTheBackgroundReportsProgressAndStoresReproducibleResults() throws Exception {
        long[] fixture = aRiskyProject();
        long p = fixture[0];
        String runs = "/api/v1/projects/" + p + "/simulations";
        rejected(400, "iterations", () -> api.post(runs, fields("iterations", 10, "seed", 1)));
        rejected(400, "iterations", () -> api.post(runs, fields("seed", 1)));
        rejected(400, "threads", () -> api.post(runs, fields("iterations", 1000, "threads", 0)));

        Reply started = api.post(runs, fields("iterations", 50000, "seed", 42, "threads", 1, "label", "before response"));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("status").asString()).isEqualTo("QUEUED");
        assertThat(started.header("Location")).endsWith("/simulations/" + started.id());
        Reply again = api.post(runs, fields("iterations", 50000, "seed", 42, "threads", 2, "label", "same seed"));
        List<String> seen = new ArrayList<>();
        JsonNode done = awaitDone(p, started.id(), seen);
        assertThat(done.get("run").get("status").asString()).as(done.toString()).isEqualTo("DONE");
        TreeSet<Integer> progress = new TreeSet<>();
        seen.stream().filter(s -> s.startsWith("RUNNING")).forEach(s -> progress.add(Integer.parseInt(s.split(":")[1])));
        assertThat(progress).as("progress seen while running: " + seen).isNotEmpty();
        assertThat(progress.stream().anyMatch(v -> v > 0 && v < 100)).as("a partial progress value: " + seen).isTrue();
        assertThat(done.get("run").get("progress").asInt()).isEqualTo(100);

        JsonNode res = done.get("results");
        assertThat(res.get("iterations").asInt()).isEqualTo(50000);
        assertThat(res.get("batches").asInt()).isEqualTo(20);
        List<String> dates = res.get("finish").findValuesAsString("date");
        assertThat(dates).hasSize(9);
        assertThat(dates).isSorted();
        assertThat(res.get("finish").get(4).get("percent").asInt()).isEqualTo(50);
        long histogram = 0;
        for (JsonNode bin : res.get("histogram")) {
            histogram += bin.get("iterations").asLong();
        }
        assertThat(histogram).isEqualTo(50000);
        assertThat(res.get("histogram").get(res.get("histogram").size() - 1).get("cumulative").asDouble()).isEqualTo(1.0);
        assertThat(res.get("milestones").get(0).get("name").asString()).isEqualTo("Go-live");
        assertThat(res.get("probabilityOfDeterministicFinish").asDouble()).isLessThan(0.5);
        JsonNode top = res.get("tasksByCriticality").get(0);
        assertThat(top.get("name").asString()).startsWith("C0-");
        assertThat(top.get("criticality").asDouble()).isGreaterThan(0.9);
        JsonNode shortChain = null;
        for (JsonNode t : res.get("tasksByCriticality")) {
            if (t.get("taskId").asLong() == fixture[3]) {
                shortChain = t;
            }
        }
        assertThat(shortChain.get("criticality").asDouble()).as("the 16-day chain is rarely critical next to the 24-day one").isLessThan(0.1);
        JsonNode driver = res.get("drivers").get(0);
        assertThat(driver.get("riskId").asLong()).isEqualTo(fixture[1]);
        assertThat(driver.get("occurrence").asDouble()).isBetween(0.45, 0.55);
        assertThat(driver.get("finishShiftDays").asDouble()).isGreaterThan(0);
        JsonNode cost = res.get("cost");
        assertThat(cost.get("percentiles").get(0).get("value").asDouble()).as("24 tasks x 1000 fixed cost at least").isGreaterThanOrEqualTo(24000);
        assertThat(cost.get("percentiles").get(8).get("value").asDouble()).isGreaterThan(cost.get("percentiles").get(0).get("value").asDouble());

        JsonNode inputs = api.get(runs + "/" + started.id() + "/inputs").json();
        assertThat(inputs.get("seed").asLong()).isEqualTo(42);
        assertThat(inputs.get("iterations").asInt()).isEqualTo(50000);
        assertThat(inputs.get("model").get("estimates").size()).isEqualTo(24);
        assertThat(inputs.get("plannedTasks").size()).isEqualTo(25);

        JsonNode same = awaitDone(p, again.id(), new ArrayList<>()).get("results");
        assertThat(same.get("digest").asLong()).as("same seed, other thread count").isEqualTo(res.get("digest").asLong());
        assertThat(same.get("finish")).isEqualTo(res.get("finish"));
        assertThat(same.get("drivers")).isEqualTo(res.get("drivers"));

        // a response: the risk's probability falls; compare before and after
        JsonNode model = api.get("/api/v1/projects/" + p + "/risk-model").json();
        String after = model.toString().replace("\"probability\":0.5", "\"probability\":0.05");
        assertThat(api.put("/api/v1/projects/" + p + "/risk-model", after, null).status()).isEqualTo(200);
        long responded = api.post(runs, fields("iterations", 5000, "seed", 42, "label", "after response")).id();
        assertThat(awaitDone(p, responded, new ArrayList<>()).get("run").get("status").asString()).isEqualTo("DONE");
        JsonNode cmp = api.get(runs + "/compare?a=" + started.id() + "&b=" + responded).json();
        assertThat(cmp.get("p80ShiftDays").asDouble()).as(cmp.toString()).isLessThan(0);
        assertThat(cmp.get("drivers").get(0).get("rankA").asInt()).isEqualTo(1);
        assertThat(cmp.get("drivers").get(0).get("shiftDaysB").asDouble()).isLessThan(cmp.get("drivers").get(0).get("shiftDaysA").asDouble());
        assertThat(api.get(runs).json().findValuesAsString("label")).containsExactly("after response", "same seed", "before response");
        rejected(404, "b", () -> api.get(runs + "/compare?a=" + started.id() + "&b=99999999"));
    }
}
