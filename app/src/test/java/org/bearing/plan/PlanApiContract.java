package org.bearing.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The plan API's contract, run against each supported database by its subclasses. Every rejected request is checked
 * for its status, its problem document naming the field, and a database left exactly as it was.
 */
abstract class PlanApiContract {
    static final String PASSWORD = "test-admin-password";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;
    String base;

    @BeforeEach
    void connect() {
        base = "http://localhost:" + port;
        // One password check per test, then a token: BCrypt is deliberately slow, and every Basic request pays it.
        Reply token = ApiClient.basic(base, "admin", PASSWORD).post("/api/v1/me/tokens", fields("name", "test", "validDays", 1));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        api = ApiClient.bearer(base, token.json().get("secret").asString());
    }

    // ---- fixtures in the planner's words ------------------------------------------------------------------------

    static Map<String, Object> fields(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    long aProject() {
        Reply r = api.post("/api/v1/projects", fields("code", "T" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000,
                "name", "Test project", "startDate", "2026-01-05", "currency", "USD"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    long aTask(long project, String name, long minutes) {
        return aTask(project, name, minutes, null);
    }

    long aTask(long project, String name, long minutes, Long parent) {
        Reply r = api.post("/api/v1/projects/" + project + "/tasks", fields("name", name, "durationMinutes", minutes, "parentId", parent));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.id();
    }

    Reply link(long project, long predecessor, long successor, String type, long lag) {
        return api.post("/api/v1/projects/" + project + "/dependencies",
                fields("predecessorId", predecessor, "successorId", successor, "type", type, "lagAmount", lag));
    }

    /** Sends a request that must be refused, and checks status, problem document, field and an unchanged database. */
    JsonNode rejected(int status, String field, java.util.function.Supplier<Reply> request) {
        return org.bearing.support.Problems.rejected(() -> DatabaseFingerprint.of(jdbc), status, field, request);
    }

    // ---- the plan round-trips -------------------------------------------------------------------------------------

    @Test
    void aWholePlanRoundTrips() {
        long portfolio = api.post("/api/v1/portfolios", fields("name", "Portfolio " + System.nanoTime())).id();
        long program = api.post("/api/v1/programs", fields("name", "Program " + System.nanoTime(), "portfolioId", portfolio,
                "sponsor", "CIO")).id();
        Reply calendar = api.post("/api/v1/calendars", fields("name", "Corporate", "baseCalendarId", 1,
                "exceptions", List.of(fields("name", "Christmas", "from", "2026-12-24", "to", "2026-12-25"),
                        fields("name", "Saturday release", "from", "2026-03-07", "periods", "09:00-13:00"))));
        assertThat(calendar.status()).as(calendar.body()).isEqualTo(201);
        JsonNode cal = calendar.json();
        assertThat(cal.get("week").size()).isEqualTo(7);
        assertThat(cal.get("week").get(0).get("mode").asString()).isEqualTo("INHERIT");
        assertThat(cal.get("exceptions").findValuesAsString("name")).containsExactly("Saturday release", "Christmas");
        assertThat(cal.get("exceptions").get(0).get("periods").asString()).isEqualTo("09:00-13:00");
        assertThat(cal.get("exceptions").get(1).get("working").asBoolean()).isFalse();

        Reply project = api.post("/api/v1/projects", fields("programId", program, "code", "RT-" + System.nanoTime() % 1000000,
                "name", "Round trip", "sponsor", "Jane Sponsor", "scopeStatement", "Everything",
                "objectives", List.of("Ship", "Learn"), "successCriteria", List.of("Users happy"),
                "startDate", "2026-02-02", "statusDate", "2026-03-02", "currency", "EUR", "calendarId", calendar.id(),
                "budget", 125000.50));
        assertThat(project.status()).as(project.body()).isEqualTo(201);
        long p = project.id();
        assertThat(project.json().get("objectives").size()).isEqualTo(2);
        assertThat(project.header("ETag")).isEqualTo("\"0\"");

        long summary = aTask(p, "Build", 0);
        long a = aTask(p, "Design", 2400, summary);
        long b = aTask(p, "Code", 4800, summary);
        Reply milestone = api.post("/api/v1/projects/" + p + "/tasks", fields("name", "Done", "milestone", true,
                "constraintType", "FNLT", "constraintDate", "2026-06-30T17:00:00", "deadline", "2026-06-30T17:00:00"));
        assertThat(milestone.status()).as(milestone.body()).isEqualTo(201);
        assertThat(link(p, a, b, "FS", 480).status()).isEqualTo(201);
        assertThat(link(p, b, milestone.id(), "FF", -240).status()).isEqualTo(201);
        Reply sf = api.post("/api/v1/projects/" + p + "/dependencies", fields("predecessorId", a, "successorId", milestone.id(),
                "type", "SF", "lagAmount", 50, "lagUnit", "PERCENT"));
        assertThat(sf.status()).as(sf.body()).isEqualTo(201);
        assertThat(sf.json().get("lag").get("unit").asString()).isEqualTo("PERCENT");

        JsonNode tasks = api.get("/api/v1/projects/" + p + "/tasks").json();
        assertThat(tasks.findValuesAsString("name")).containsExactly("Build", "Design", "Code", "Done");
        assertThat(tasks.findValuesAsString("outlineNumber")).containsExactly("1", "1.1", "1.2", "2");
        assertThat(tasks.get(0).get("summary").asBoolean()).isTrue();
        assertThat(tasks.get(3).get("constraintType").asString()).isEqualTo("FNLT");

        long dev = api.post("/api/v1/resources", fields("projectId", p, "name", "Developer", "type", "WORK", "maxUnits", 2,
                "standardRate", 100, "calendarId", calendar.id())).id();
        Reply assignment = api.post("/api/v1/projects/" + p + "/assignments", fields("taskId", b, "resourceId", dev, "units", 0.5));
        assertThat(assignment.status()).as(assignment.body()).isEqualTo(201);
        assertThat(assignment.json().get("workMinutes").asLong()).isEqualTo(2400);

        Reply baseline = api.post("/api/v1/projects/" + p + "/baselines", fields("name", "Approved"));
        assertThat(baseline.status()).as(baseline.body()).isEqualTo(201);
        JsonNode bl = api.get("/api/v1/projects/" + p + "/baselines/" + baseline.id()).json();
        assertThat(bl.get("number").asInt()).isZero();
        assertThat(bl.get("tasks").size()).isEqualTo(4);
        JsonNode buildRow = null;
        for (JsonNode row : bl.get("tasks")) {
            if (row.get("taskId").asLong() == summary) {
                buildRow = row;
            }
        }
        assertThat(buildRow.get("cost").decimalValue()).isEqualByComparingTo("4000.00"); // 40 h × $100, rolled up
        assertThat(buildRow.get("workMinutes").asLong()).isEqualTo(2400);

        assertThat(api.delete("/api/v1/projects/" + p).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/projects/" + p).status()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from task where project_id = ?").param(p).query(Long.class).single()).isZero();
    }

    @Test
    void apiTokensAuthenticateAndUnknownTokensDoNot() {
        Reply issued = api.post("/api/v1/me/tokens", fields("name", "ci"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String secret = issued.json().get("secret").asString();
        assertThat(secret).startsWith("brg_");
        assertThat(ApiClient.bearer(base, secret).get("/api/v1/projects").status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ?").param(secret).query(Long.class).single())
                .as("only a hash is stored").isZero();
        rejected(401, null, () -> ApiClient.bearer(base, "brg_not-a-real-token").get("/api/v1/projects"));
        assertThat(api.delete("/api/v1/me/tokens/" + issued.json().get("token").get("id").asLong()).status()).isEqualTo(204);
        assertThat(ApiClient.bearer(base, secret).get("/api/v1/projects").status()).isEqualTo(401);
    }

    @Test
    void theScheduleFollowsEveryPlanChange() {
        long project = aProject(); // starts Monday 2026-01-05 on the Standard calendar
        long a = aTask(project, "Alpha", 3 * 480);
        long b = aTask(project, "Bravo", 2 * 480);
        long c = aTask(project, "Charlie", 480);
        assertThat(link(project, a, b, "FS", 0).status()).isEqualTo(201);

        JsonNode schedule = api.get("/api/v1/projects/" + project + "/schedule").json();
        assertThat(schedule.get("projectFinish").asString()).isEqualTo("2026-01-09T17:00:00");
        JsonNode bravo = row(schedule, b);
        assertThat(bravo.get("earlyStart").asString()).isEqualTo("2026-01-08T08:00:00");
        assertThat(bravo.get("critical").asBoolean()).isTrue();
        JsonNode charlie = row(schedule, c);
        assertThat(charlie.get("critical").asBoolean()).isFalse();
        assertThat(charlie.get("totalFloatMinutes").asLong()).isEqualTo(4 * 480);
        assertThat(api.get("/api/v1/projects/" + project + "/tasks/" + b).json().get("plannedStart").asString())
                .as("the plan carries the scheduled dates").isEqualTo("2026-01-08T08:00:00");

        JsonNode critical = api.get("/api/v1/projects/" + project + "/critical-path").json();
        assertThat(critical.get("byFloat").findValuesAsString("name")).containsExactly("Alpha", "Bravo");

        JsonNode drivers = api.get("/api/v1/projects/" + project + "/tasks/" + b + "/drivers").json();
        assertThat(drivers.get("drivers").get(0).get("predecessorName").asString()).isEqualTo("Alpha");
        assertThat(api.get("/api/v1/projects/" + project + "/tasks/" + c + "/drivers").json().get("explanation").asString())
                .contains("not critical");

        Reply read = api.get("/api/v1/projects/" + project + "/tasks/" + a);
        assertThat(api.put("/api/v1/projects/" + project + "/tasks/" + a, fields("name", "Alpha", "durationMinutes", 5 * 480),
                read.header("ETag")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/projects/" + project + "/tasks/" + b).json().get("plannedStart").asString())
                .as("rescheduled on change").isEqualTo("2026-01-12T08:00:00");
        rejected(404, null, () -> api.get("/api/v1/projects/" + project + "/tasks/987654/drivers"));
    }

    @Test
    void resourceUsageShowsWhereAResourceIsOverAllocated() {
        long project = aProject(); // Monday 2026-01-05, Standard calendar
        long a = aTask(project, "Backend", 2 * 480);
        long b = aTask(project, "Frontend", 3 * 480);
        long dev = api.post("/api/v1/resources", fields("projectId", project, "name", "Dev", "type", "WORK", "maxUnits", 1)).id();
        assertThat(api.post("/api/v1/projects/" + project + "/assignments", fields("taskId", a, "resourceId", dev)).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/projects/" + project + "/assignments", fields("taskId", b, "resourceId", dev, "units", 0.5)).status()).isEqualTo(201);

        JsonNode usage = api.get("/api/v1/projects/" + project + "/resource-usage?granularity=DAY").json();
        JsonNode days = usage.get("resources").get(0).get("periods");
        assertThat(days.get(0).get("start").asString()).isEqualTo("2026-01-05");
        assertThat(days.get(0).get("demandMinutes").asDouble()).isEqualTo(480 + 240);
        assertThat(days.get(0).get("peakUnits").asDouble()).isEqualTo(1.5);
        assertThat(days.get(0).get("overAllocated").asBoolean()).isTrue();
        assertThat(days.get(2).get("demandMinutes").asDouble()).as("Wednesday: only Frontend at 50 %").isEqualTo(240);
        assertThat(days.get(2).get("overAllocated").asBoolean()).isFalse();

        // Sequencing the work levels it by hand: no period is over-allocated any more.
        assertThat(link(project, a, b, "FS", 0).status()).isEqualTo(201);
        JsonNode weeks = api.get("/api/v1/projects/" + project + "/resource-usage").json();
        assertThat(weeks.get("resources").get(0).get("overAllocated").asBoolean()).isFalse();
        rejected(400, "granularity", () -> api.get("/api/v1/projects/" + project + "/resource-usage?granularity=DAY&from=2026-01-01&to=2036-01-01"));
    }

    @Test
    void levelingPreviewShowsWhatMovesAndChangesNothing() {
        long project = aProject(); // Monday 2026-01-05, Standard calendar
        long a = aTask(project, "Backend", 2 * 480);
        long b = aTask(project, "Frontend", 3 * 480);
        long dev = api.post("/api/v1/resources", fields("projectId", project, "name", "Dev", "type", "WORK", "maxUnits", 1)).id();
        api.post("/api/v1/projects/" + project + "/assignments", fields("taskId", a, "resourceId", dev));
        api.post("/api/v1/projects/" + project + "/assignments", fields("taskId", b, "resourceId", dev));
        Map<String, Long> before = DatabaseFingerprint.of(jdbc);

        Reply preview = api.post("/api/v1/projects/" + project + "/leveling/preview", fields("mode", "SINGLE_PASS"));
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        JsonNode p = preview.json();
        assertThat(p.get("finish").asString()).isEqualTo("2026-01-07T17:00:00");
        assertThat(p.get("moves").size()).isEqualTo(1);
        JsonNode move = p.get("moves").get(0);
        long moved = move.get("taskId").asLong();
        assertThat(moved).isIn(a, b);
        assertThat(move.get("delayMinutes").asLong()).isEqualTo(moved == a ? 3 * 480 : 2 * 480);
        assertThat(p.get("leveledFinish").asString()).isEqualTo("2026-01-09T17:00:00");
        assertThat(p.get("finishSlipMinutes").asLong()).isEqualTo(2 * 480);

        JsonNode best = api.post("/api/v1/projects/" + project + "/leveling/preview",
                fields("mode", "LEVEL_BEST", "schedules", 200, "seed", 7)).json();
        assertThat(best.get("leveledFinish").asString()).isEqualTo("2026-01-09T17:00:00");
        JsonNode withinFloat = api.post("/api/v1/projects/" + project + "/leveling/preview", fields("limit", "WITHIN_FLOAT")).json();
        assertThat(withinFloat.get("finishSlipMinutes").asLong()).as("within float the finish never moves").isZero();
        assertThat(withinFloat.get("stillOverallocated").asInt()).isPositive();
        assertThat(DatabaseFingerprint.of(jdbc)).as("a preview changes nothing").isEqualTo(before);

        Reply applied = api.post("/api/v1/projects/" + project + "/leveling", fields("mode", "SINGLE_PASS"));
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        JsonNode leveled = api.get("/api/v1/projects/" + project + "/schedule").json();
        assertThat(leveled.get("projectFinish").asString()).isEqualTo("2026-01-09T17:00:00");
        assertThat(row(leveled, moved).get("start").asString()).isEqualTo(moved == a ? "2026-01-08T08:00:00" : "2026-01-07T08:00:00");
        JsonNode usage = api.get("/api/v1/projects/" + project + "/resource-usage?granularity=DAY").json();
        assertThat(usage.get("resources").get(0).get("overAllocated").asBoolean()).as("leveled").isFalse();
        assertThat(api.post("/api/v1/projects/" + project + "/leveling", fields("mode", "SINGLE_PASS")).json().get("leveledFinish").asString())
                .as("leveling again starts from the unleveled plan").isEqualTo("2026-01-09T17:00:00");

        Reply cleared = api.delete("/api/v1/projects/" + project + "/leveling");
        assertThat(cleared.json().get("cleared").asInt()).isEqualTo(1);
        assertThat(api.get("/api/v1/projects/" + project + "/schedule").json().get("projectFinish").asString()).isEqualTo("2026-01-07T17:00:00");
        rejected(404, null, () -> api.delete("/api/v1/projects/987654/leveling"));
    }

    @Test
    void earnedValueAndEarnedScheduleAtTheStatusDate() {
        long project = aProject(); // Monday 2026-01-05, Standard calendar
        long a = aTask(project, "Build", 5 * 480);
        long b = aTask(project, "Test", 5 * 480);
        link(project, a, b, "FS", 0);
        long dev = api.post("/api/v1/resources", fields("projectId", project, "name", "Dev", "type", "WORK", "standardRate", 100)).id();
        api.post("/api/v1/projects/" + project + "/assignments", fields("taskId", a, "resourceId", dev));
        api.post("/api/v1/projects/" + project + "/assignments", fields("taskId", b, "resourceId", dev));
        rejected(422, null, () -> api.get("/api/v1/projects/" + project + "/earned-value"));
        assertThat(api.post("/api/v1/projects/" + project + "/baselines", fields("name", "Plan")).status()).isEqualTo(201);

        JsonNode p = api.get("/api/v1/projects/" + project).json();
        assertThat(api.put("/api/v1/projects/" + project, fields("code", p.get("code").asString(), "name", "Test project",
                "startDate", "2026-01-05", "statusDate", "2026-01-09", "currency", "USD"), null).status()).isEqualTo(200);
        api.put("/api/v1/projects/" + project + "/tasks/" + a, fields("name", "Build", "durationMinutes", 5 * 480,
                "percentComplete", 100, "actualStart", "2026-01-05T08:00:00", "actualFinish", "2026-01-09T17:00:00"), null);
        api.put("/api/v1/projects/" + project + "/tasks/" + b, fields("name", "Test", "durationMinutes", 5 * 480,
                "percentComplete", 20, "actualStart", "2026-01-09T08:00:00"), null);

        JsonNode ev = api.get("/api/v1/projects/" + project + "/earned-value?granularity=DAY").json();
        JsonNode m = ev.get("project");
        assertThat(m.get("bac").asDouble()).isEqualTo(8000); // 2 × 40 h × $100
        assertThat(m.get("pv").asDouble()).isEqualTo(4000);
        assertThat(m.get("ev").asDouble()).isEqualTo(4800);
        assertThat(m.get("ac").asDouble()).isEqualTo(4800);
        assertThat(m.get("spi").asDouble()).isEqualTo(1.2);
        assertThat(m.get("cpi").asDouble()).isEqualTo(1.0);
        assertThat(m.get("es").asDouble()).isEqualTo(6.0);   // working days: EV 4800 was planned for the end of day 6
        assertThat(m.get("at").asDouble()).isEqualTo(5.0);
        assertThat(m.get("spit").asDouble()).isEqualTo(1.2);
        JsonNode curve = ev.get("sCurve");
        assertThat(curve.get(curve.size() - 1).get("pv").asDouble()).isEqualTo(8000);
        rejected(404, "baseline", () -> api.get("/api/v1/projects/" + project + "/earned-value?baseline=7"));
    }

    @Test
    void theRiskRegisterScoresRespondsAndKeepsHistory() {
        long project = aProject();
        Map<String, Object> risk = fields("kind", "THREAT", "title", "Carrier delays the interconnect",
                "cause", "Single carrier with a 60-day lead time", "event", "Circuit not ready for wave 1",
                "effect", "Wave 1 slips a month", "category", "Vendor", "owner", "Priya", "probability", 4,
                "impact", Map.of("schedule", 5, "cost", 3, "scope", 1, "quality", 1), "costExposure", 120000,
                "strategy", "MITIGATE", "actions", List.of(fields("description", "Order a backup VPN", "owner", "Net team",
                        "dueDate", "2026-02-01")), "reviewDate", "2020-01-01");
        Reply created = api.post("/api/v1/projects/" + project + "/risks", risk);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode view = created.json();
        assertThat(view.get("code").asString()).isEqualTo("R-001");
        assertThat(view.get("score").asInt()).isEqualTo(20);
        assertThat(view.get("rating").asString()).isEqualTo("HIGH");
        assertThat(view.get("expectedMonetaryValue").decimalValue()).isEqualByComparingTo("-84000"); // 70 % × 120,000
        assertThat(view.get("stale").asBoolean()).isTrue();
        assertThat(view.get("actions").get(0).get("owner").asString()).isEqualTo("Net team");

        JsonNode heat = api.get("/api/v1/projects/" + project + "/risk-heat-map").json();
        assertThat(heat.get("open").asInt()).isEqualTo(1);
        assertThat(heat.get("high").asInt()).isEqualTo(1);
        assertThat(heat.get("stale").asInt()).isEqualTo(1);
        for (JsonNode cell : heat.get("cells")) {
            assertThat(cell.get("count").asInt()).isEqualTo(cell.get("probability").asInt() == 4 && cell.get("impact").asInt() == 5 ? 1 : 0);
        }

        long id = view.get("id").asLong();
        Map<String, Object> rescored = new java.util.LinkedHashMap<>(risk);
        rescored.put("probability", 2);
        rescored.put("reviewDate", "2099-01-01");
        Reply updated = api.put("/api/v1/projects/" + project + "/risks/" + id, rescored, created.header("ETag"));
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("rating").asString()).isEqualTo("MEDIUM");
        JsonNode history = api.get("/api/v1/projects/" + project + "/risks/" + id + "/history").json();
        assertThat(history.findValuesAsString("score")).containsExactly("20", "10");

        Map<String, Object> wrongStrategy = new java.util.LinkedHashMap<>(risk);
        wrongStrategy.put("strategy", "EXPLOIT");
        rejected(422, "strategy", () -> api.post("/api/v1/projects/" + project + "/risks", wrongStrategy));
        Map<String, Object> offScale = new java.util.LinkedHashMap<>(risk);
        offScale.put("probability", 6);
        rejected(400, "probability", () -> api.post("/api/v1/projects/" + project + "/risks", offScale));
        rejected(412, null, () -> api.put("/api/v1/projects/" + project + "/risks/" + id, rescored, created.header("ETag")));
    }

    @Test
    void aScheduleFileImportsAsANewProjectOrNotAtAll() throws Exception {
        java.nio.file.Path sample = org.bearing.interop.SchedulesCorpus.file("joniles__mpxj/junit/data/legacy/sample.xml");
        Reply imported = api.upload("/api/v1/projects/import", "file", "sample.xml", java.nio.file.Files.readAllBytes(sample));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        JsonNode body = imported.json();
        long project = body.get("project").get("id").asLong();
        assertThat(body.get("tasks").asInt()).isPositive();
        assertThat(body.get("dependencies").asInt()).isPositive();
        JsonNode tasks = api.get("/api/v1/projects/" + project + "/tasks").json();
        assertThat(tasks.size()).isEqualTo(body.get("tasks").asInt());
        assertThat(api.get("/api/v1/projects/" + project + "/dependencies").json().size()).isEqualTo(body.get("dependencies").asInt());
        assertThat(api.get("/api/v1/projects/" + project + "/schedule").json().get("projectFinish").isNull()).isFalse();

        JsonNode p = rejected(422, "file", () -> api.upload("/api/v1/projects/import", "file", "broken.mpp",
                "this is not a schedule".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(p.get("title").asString()).isEqualTo("Unreadable schedule file");
        rejected(422, "file", () -> api.upload("/api/v1/projects/import", "file", "empty.xml", new byte[0]));
    }

    static JsonNode row(JsonNode schedule, long taskId) {
        for (JsonNode t : schedule.get("tasks")) {
            if (t.get("taskId").asLong() == taskId) {
                return t;
            }
        }
        throw new AssertionError("no task " + taskId + " in the schedule");
    }

    // ---- bad input ------------------------------------------------------------------------------------------------

    @Test
    void noCredentialsGet401() {
        rejected(401, null, () -> ApiClient.anonymous(base).get("/api/v1/projects"));
        rejected(401, null, () -> ApiClient.anonymous(base).post("/api/v1/portfolios", fields("name", "x")));
        rejected(401, null, () -> ApiClient.basic(base, "admin", "wrong").get("/api/v1/projects"));
    }

    @Test
    void malformedJsonIsRejected() {
        JsonNode p = rejected(400, null, () -> api.postRaw("/api/v1/projects", "{\"code\": \"X\", "));
        assertThat(p.get("type").asString()).endsWith("/malformed-json");
        rejected(400, "startDate", () -> api.postRaw("/api/v1/projects",
                "{\"code\":\"X1\",\"name\":\"n\",\"currency\":\"USD\",\"startDate\":\"not a date\"}"));
    }

    @Test
    void missingRequiredFieldsAreNamed() {
        JsonNode p = rejected(400, "name", () -> api.post("/api/v1/projects", fields("code", "NONAME")));
        assertThat(p.get("errors").findValuesAsString("field")).contains("startDate", "currency");
        long project = aProject();
        rejected(400, "type", () -> api.post("/api/v1/projects/" + project + "/dependencies", fields("predecessorId", 1, "successorId", 2)));
    }

    @Test
    void unknownIdsGet404() {
        rejected(404, null, () -> api.get("/api/v1/projects/987654"));
        rejected(404, null, () -> api.post("/api/v1/projects/987654/tasks", fields("name", "orphan")));
        long project = aProject();
        long a = aTask(project, "A", 480);
        rejected(404, "predecessorId", () -> link(project, 987654, a, "FS", 0));
        rejected(404, "parentId", () -> api.post("/api/v1/projects/" + project + "/tasks", fields("name", "child", "parentId", 987654)));
        rejected(404, "programId", () -> api.post("/api/v1/projects", fields("code", "NOPROG", "name", "n", "startDate", "2026-01-01",
                "currency", "USD", "programId", 987654)));
    }

    @Test
    void aTaskCannotDependOnItself() {
        long project = aProject();
        long a = aTask(project, "Alpha", 480);
        JsonNode p = rejected(422, "successorId", () -> link(project, a, a, "FS", 0));
        assertThat(p.get("detail").asString()).contains("Alpha");
    }

    @Test
    void aDependencyThatClosesACycleNamesTheCycle() {
        long project = aProject();
        long a = aTask(project, "Alpha", 480);
        long b = aTask(project, "Bravo", 480);
        long c = aTask(project, "Charlie", 480);
        assertThat(link(project, a, b, "FS", 0).status()).isEqualTo(201);
        assertThat(link(project, b, c, "SS", 0).status()).isEqualTo(201);
        JsonNode p = rejected(422, "successorId", () -> link(project, c, a, "FF", 0));
        assertThat(p.get("cycle").valueStream().map(JsonNode::asString).toList())
                .containsExactly("Charlie", "Alpha", "Bravo", "Charlie");
        assertThat(p.get("detail").asString()).contains("Charlie → Alpha → Bravo → Charlie");
    }

    @Test
    void aSummaryCannotBeLinkedToItsOwnSubtask() {
        long project = aProject();
        long parent = aTask(project, "Phase", 0);
        long child = aTask(project, "Work", 480, parent);
        rejected(422, "successorId", () -> link(project, parent, child, "FS", 0));
    }

    @Test
    void aTaskCannotMoveUnderATaskItIsLinkedTo() {
        long project = aProject();
        long design = aTask(project, "Design", 480);
        long build = aTask(project, "Build", 480);
        assertThat(link(project, design, build, "FS", 0).status()).isEqualTo(201);
        JsonNode p = rejected(422, "parentId", () -> api.put("/api/v1/projects/" + project + "/tasks/" + build,
                fields("name", "Build", "durationMinutes", 480, "parentId", design), null));
        assertThat(p.get("detail").asString()).contains("'Build' depends on 'Design'");
    }

    @Test
    void negativeDurationsAreRejected() {
        long project = aProject();
        rejected(400, "durationMinutes", () -> api.post("/api/v1/projects/" + project + "/tasks", fields("name", "Neg", "durationMinutes", -480)));
        rejected(400, "percentComplete", () -> api.post("/api/v1/projects/" + project + "/tasks", fields("name", "Pct", "percentComplete", 101)));
        rejected(400, "constraintDate", () -> api.post("/api/v1/projects/" + project + "/tasks", fields("name", "C", "constraintType", "MSO")));
    }

    @Test
    void lagsAndUnitsOutOfRangeAreRejected() {
        long project = aProject();
        long a = aTask(project, "A", 480);
        long b = aTask(project, "B", 480);
        rejected(400, "lagAmount", () -> link(project, a, b, "FS", 10L * 365 * 24 * 60 + 1));
        rejected(400, "lagAmount", () -> api.post("/api/v1/projects/" + project + "/dependencies",
                fields("predecessorId", a, "successorId", b, "type", "FS", "lagAmount", -1001, "lagUnit", "PERCENT")));
        long r = api.post("/api/v1/resources", fields("projectId", project, "name", "Dev", "type", "WORK")).id();
        rejected(400, "units", () -> api.post("/api/v1/projects/" + project + "/assignments", fields("taskId", a, "resourceId", r, "units", 0)));
        rejected(400, "units", () -> api.post("/api/v1/projects/" + project + "/assignments", fields("taskId", a, "resourceId", r, "units", 100.5)));
        rejected(400, "maxUnits", () -> api.post("/api/v1/resources", fields("name", "Too big", "type", "WORK", "maxUnits", -1)));
    }

    @Test
    void aStaleVersionGets412() {
        long project = aProject();
        long a = aTask(project, "Versioned", 480);
        Reply read = api.get("/api/v1/projects/" + project + "/tasks/" + a);
        String etag = read.header("ETag");
        assertThat(etag).isEqualTo("\"0\"");
        Reply first = api.put("/api/v1/projects/" + project + "/tasks/" + a, fields("name", "Versioned twice", "durationMinutes", 960), etag);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.header("ETag")).isEqualTo("\"1\"");
        JsonNode p = rejected(412, null, () -> api.put("/api/v1/projects/" + project + "/tasks/" + a,
                fields("name", "Lost update", "durationMinutes", 1), etag));
        assertThat(p.get("currentVersion").asLong()).isEqualTo(1);
        assertThat(api.get("/api/v1/projects/" + project + "/tasks/" + a).json().get("name").asString()).isEqualTo("Versioned twice");
    }

    @Test
    void anOversizedBodyGets413() {
        String big = "{\"name\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        JsonNode p = rejected(413, null, () -> api.postRaw("/api/v1/portfolios", big));
        assertThat(p.get("detail").asString()).contains("exceeds the limit");
    }

    @Test
    void duplicatesConflict() {
        long project = aProject();
        long a = aTask(project, "A", 480);
        long b = aTask(project, "B", 480);
        assertThat(link(project, a, b, "FS", 0).status()).isEqualTo(201);
        rejected(409, "successorId", () -> link(project, a, b, "SS", 0));
        String code = api.get("/api/v1/projects/" + project).json().get("code").asString();
        rejected(409, "code", () -> api.post("/api/v1/projects", fields("code", code, "name", "again", "startDate", "2026-01-01", "currency", "USD")));
    }

    // ---- the rest of the surface ----------------------------------------------------------------------------------

    @Test
    void openApiSwaggerAndHealthAreServed() {
        ApiClient anonymous = ApiClient.anonymous(base);
        Reply docs = anonymous.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/v1/projects", "/api/v1/projects/{projectId}/tasks",
                "/api/v1/projects/{projectId}/dependencies", "/api/v1/calendars", "/api/v1/resources",
                "/api/v1/projects/{projectId}/assignments", "/api/v1/projects/{projectId}/baselines");
        assertThat(anonymous.get("/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void thePortfolioAndProjectPagesRender() {
        long project = aProject();
        long a = aTask(project, "Alpha <script>", 3 * 480);
        long b = aTask(project, "Bravo", 2 * 480);
        link(project, a, b, "FS", 0);
        ApiClient browser = ApiClient.basic(base, "admin", PASSWORD);
        Reply home = browser.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("Content-Type")).startsWith("text/html");
        String code = api.get("/api/v1/projects/" + project).json().get("code").asString();
        assertThat(home.body()).contains(code).contains("rag rag-");
        Reply page = browser.get("/projects/" + project + "?zoom=WEEK");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<svg").contains("class=\"bar critical\"").contains("<path class=\"link") // links are one path, critical ones "link critical"
                .contains("Alpha &lt;script&gt;").doesNotContain("Alpha <script>");
        assertThat(ApiClient.anonymous(base).get("/").status()).as("pages need a login").isIn(302, 401);
    }

    @Test
    void browserFormsNeedACsrfToken() {
        Reply login = ApiClient.anonymous(base).send("/login", "POST", "application/x-www-form-urlencoded",
                "username=admin&password=" + PASSWORD);
        assertThat(login.status()).as("a form post without a CSRF token is refused").isEqualTo(403);
    }
}
