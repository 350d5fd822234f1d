package org.bearing.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The cost API's contract (earned value history per status date, CSV and XLSX export), run against each supported
 * database by its subclasses. Rejected requests leave the database exactly as it was.
 */
abstract class CostApiContract {
    static final String PASSWORD = "test-admin-password";
    private static final AtomicInteger SEQ = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.bearing.identity.Accounts accounts;
    ApiClient api;
    String base;
    String token;

    @BeforeEach
    void connect() {
        base = "http://localhost:" + port;
        Reply t = ApiClient.basic(base, "admin", PASSWORD).post("/api/v1/me/tokens", fields("name", "test", "validDays", 1));
        assertThat(t.status()).as(t.body()).isEqualTo(201);
        token = t.json().get("secret").asString();
        api = ApiClient.bearer(base, token);
    }

    static Map<String, Object> fields(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** A project "Build" then "Test", 5 days each at $100/h, its summary named like a spreadsheet formula; baselined. */
    record Fixture(long project, String code, long summary, long build, long test) {
    }

    Fixture aBaselinedProject() {
        String code = "EV" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        Reply p = api.post("/api/v1/projects", fields("code", code, "name", "EV project", "startDate", "2026-01-05",
                "currency", "USD"));
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        long project = p.id();
        long summary = api.post("/api/v1/projects/" + project + "/tasks", fields("name", "=HYPERLINK(\"http://x\")",
                "durationMinutes", 0)).id();
        long a = api.post("/api/v1/projects/" + project + "/tasks", fields("name", "Build", "durationMinutes", 5 * 480,
                "parentId", summary)).id();
        long b = api.post("/api/v1/projects/" + project + "/tasks", fields("name", "Test", "durationMinutes", 5 * 480,
                "parentId", summary)).id();
        api.post("/api/v1/projects/" + project + "/dependencies", fields("predecessorId", a, "successorId", b, "type", "FS",
                "lagAmount", 0));
        long dev = api.post("/api/v1/resources", fields("projectId", project, "name", "Dev", "type", "WORK",
                "standardRate", 100)).id();
        api.post("/api/v1/projects/" + project + "/assignments", fields("taskId", a, "resourceId", dev));
        api.post("/api/v1/projects/" + project + "/assignments", fields("taskId", b, "resourceId", dev));
        assertThat(api.post("/api/v1/projects/" + project + "/baselines", fields("name", "Plan")).status()).isEqualTo(201);
        return new Fixture(project, code, summary, a, b);
    }

    Reply moveStatusDate(Fixture f, String date) {
        return api.put("/api/v1/projects/" + f.project(), fields("code", f.code(), "name", "EV project",
                "startDate", "2026-01-05", "statusDate", date, "currency", "USD"), null);
    }

    void progress(Fixture f, int build, int test) {
        assertThat(api.put("/api/v1/projects/" + f.project() + "/tasks/" + f.build(), fields("name", "Build",
                "durationMinutes", 5 * 480, "percentComplete", build, "actualStart", "2026-01-05T08:00:00", "parentId", f.summary()),
                null)
                .status()).isEqualTo(200);
        if (test > 0) {
            assertThat(api.put("/api/v1/projects/" + f.project() + "/tasks/" + f.test(), fields("name", "Test",
                    "durationMinutes", 5 * 480, "percentComplete", test, "actualStart", "2026-01-12T08:00:00",
                    "parentId", f.summary()), null)
                    .status()).isEqualTo(200);
        }
    }

    JsonNode rejected(int status, String field, java.util.function.Supplier<Reply> request) {
        return org.bearing.support.Problems.rejected(() -> DatabaseFingerprint.of(jdbc), status, field, request);
    }

    @Test
    void eachStatusDateKeepsItsMeasuresAsLastReported() {
        Fixture f = aBaselinedProject();
        assertThat(api.get("/api/v1/projects/" + f.project() + "/earned-value/history").json().get("periods").size()).isZero();

        assertThat(moveStatusDate(f, "2026-01-09").status()).isEqualTo(200);
        JsonNode h = api.get("/api/v1/projects/" + f.project() + "/earned-value/history").json().get("periods");
        assertThat(h.size()).isEqualTo(1);
        assertThat(h.get(0).get("statusDate").asString()).isEqualTo("2026-01-09");
        assertThat(h.get(0).get("ev").asDouble()).isZero(); // no progress entered yet
        assertThat(h.get(0).get("pv").asDouble()).isEqualTo(4000);

        progress(f, 100, 0); // progress entered after the date moved refreshes that date's snapshot
        h = api.get("/api/v1/projects/" + f.project() + "/earned-value/history").json().get("periods");
        assertThat(h.size()).isEqualTo(1);
        assertThat(h.get(0).get("ev").asDouble()).isEqualTo(4000);
        assertThat(h.get(0).get("spi").asDouble()).isEqualTo(1.0);

        assertThat(moveStatusDate(f, "2026-01-14").status()).isEqualTo(200);
        progress(f, 100, 40);
        h = api.get("/api/v1/projects/" + f.project() + "/earned-value/history").json().get("periods");
        assertThat(h.size()).isEqualTo(2);
        assertThat(h.get(0).get("ev").asDouble()).as("the earlier period is left as it was").isEqualTo(4000);
        assertThat(h.get(1).get("statusDate").asString()).isEqualTo("2026-01-14");
        assertThat(h.get(1).get("ev").asDouble()).isEqualTo(5600); // 4000 + 40 % of 4000
        assertThat(h.get(1).get("pv").asDouble()).isEqualTo(6400); // Build, and 3 of Test's 5 days by the end of 14 Jan
        assertThat(h.get(1).get("baseline").asString()).isEqualTo("Plan");

        // a refused move changes nothing, not even the history
        rejected(400, "statusDate", () -> moveStatusDate(f, "2025-12-31"));
        rejected(404, null, () -> api.get("/api/v1/projects/999999/earned-value/history"));
    }

    /** Sets Build's progress (started 5 Jan, {@code percent} % complete) and how it earns; asserts the write succeeded. */
    JsonNode earn(Fixture f, int percent, Map<String, Object> earning) {
        Map<String, Object> body = fields("name", "Build", "durationMinutes", 5 * 480, "percentComplete", percent,
                "actualStart", "2026-01-05T08:00:00", "parentId", f.summary());
        body.putAll(earning);
        Reply r = api.put("/api/v1/projects/" + f.project() + "/tasks/" + f.build(), body, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    double buildEarned(Fixture f) {
        JsonNode report = api.get("/api/v1/projects/" + f.project() + "/earned-value").json();
        for (JsonNode t : report.get("tasks")) {
            if (t.get("taskId").asLong() == f.build()) {
                return t.get("measures").get("ev").asDouble();
            }
        }
        throw new AssertionError("no line for Build in " + report);
    }

    /** Build's BAC is $4,000 (40 h at $100/h); at 20 % complete each method earns what its formula says. */
    @Test
    void eachTaskEarnsByItsOwnMethod() {
        Fixture f = aBaselinedProject();
        moveStatusDate(f, "2026-01-07");
        JsonNode task = earn(f, 20, Map.of());
        assertThat(task.get("evMethod").asString()).isEqualTo("PERCENT_COMPLETE");
        assertThat(task.get("physicalPercentComplete").asDouble()).isZero();
        assertThat(buildEarned(f)).isEqualTo(800); // 20 % of 4,000

        earn(f, 20, fields("evMethod", "FIFTY_FIFTY"));
        assertThat(buildEarned(f)).isEqualTo(2000); // started: 50 % of BAC
        JsonNode report = api.get("/api/v1/projects/" + f.project() + "/earned-value").json();
        assertThat(report.get("project").get("ev").asDouble()).isEqualTo(2000); // the roll-up uses the task's method
        assertThat(report.get("tasks").get(0).get("evMethod").asString()).isEqualTo("FIFTY_FIFTY");

        earn(f, 20, fields("evMethod", "ZERO_HUNDRED"));
        assertThat(buildEarned(f)).isZero(); // not finished
        earn(f, 100, fields("evMethod", "ZERO_HUNDRED"));
        assertThat(buildEarned(f)).isEqualTo(4000);

        task = earn(f, 20, fields("evMethod", "PHYSICAL_PERCENT", "physicalPercentComplete", 65));
        assertThat(task.get("physicalPercentComplete").asDouble()).isEqualTo(65);
        assertThat(buildEarned(f)).isEqualTo(2600); // 65 % of 4,000, whatever the duration % says

        task = earn(f, 20, fields("evMethod", "WEIGHTED_MILESTONES", "evMilestones", java.util.List.of(
                fields("name", "Design approved", "weight", 30, "achieved", true),
                fields("name", "Code reviewed", "weight", 50, "achieved", true),
                fields("name", "Accepted", "weight", 120, "achieved", false))));
        assertThat(task.get("evMilestones").size()).isEqualTo(3);
        assertThat(task.get("evMilestones").get(2).get("name").asString()).isEqualTo("Accepted");
        assertThat(buildEarned(f)).isEqualTo(1600); // (30 + 50) / 200 of 4,000

        // the snapshot of the status date and the CSV export use the method too
        JsonNode h = api.get("/api/v1/projects/" + f.project() + "/earned-value/history").json().get("periods");
        assertThat(h.get(0).get("ev").asDouble()).isEqualTo(1600);
        String csv = api.get("/api/v1/projects/" + f.project() + "/earned-value/export?format=csv&table=tasks").body();
        assertThat(csv.split("\r\n")[1]).startsWith("Build,WEIGHTED_MILESTONES,20,0,4000,");
    }

    @Test
    void anUnknownMethodOrAPhysicalPercentOutOfRangeIsRefusedAndChangesNothing() {
        Fixture f = aBaselinedProject();
        earn(f, 20, fields("evMethod", "PHYSICAL_PERCENT", "physicalPercentComplete", 40));
        String url = "/api/v1/projects/" + f.project() + "/tasks/" + f.build();
        Map<String, Object> body = fields("name", "Build", "durationMinutes", 5 * 480, "parentId", f.summary());
        body.put("evMethod", "EARNED_BY_MAGIC");
        JsonNode p = rejected(422, "evMethod", () -> api.put(url, body, null));
        assertThat(p.get("detail").asString()).contains("EARNED_BY_MAGIC").contains("PERCENT_COMPLETE, ZERO_HUNDRED, FIFTY_FIFTY, "
                + "WEIGHTED_MILESTONES, PHYSICAL_PERCENT");
        assertThat(p.get("allowed").size()).isEqualTo(5);
        body.put("evMethod", "PHYSICAL_PERCENT");
        body.put("physicalPercentComplete", 100.5);
        rejected(422, "physicalPercentComplete", () -> api.put(url, body, null));
        body.put("physicalPercentComplete", -1);
        rejected(422, "physicalPercentComplete", () -> api.put(url, body, null));
        body.put("physicalPercentComplete", 50);
        body.put("evMilestones", java.util.List.of(fields("name", "Done", "weight", 0, "achieved", true)));
        rejected(422, "evMilestones[0].weight", () -> api.put(url, body, null));
        rejected(422, "evMethod", () -> api.post("/api/v1/projects/" + f.project() + "/tasks",
                fields("name", "New", "durationMinutes", 480, "evMethod", "percent_complete")));
        JsonNode kept = api.get(url).json();
        assertThat(kept.get("evMethod").asString()).isEqualTo("PHYSICAL_PERCENT");
        assertThat(kept.get("physicalPercentComplete").asDouble()).isEqualTo(40);
    }

    /**
     * Build finishes on time (9 Jan) and Test on time (16 Jan); at a status date six weeks later every element that
     * finished keeps SPI(t) = 1: its actual time stops at its actual finish (10 working days), not the status date.
     */
    @Test
    void aFinishedElementKeepsTheScheduleItKeptAfterTheStatusDateMovesOn() {
        Fixture f = aBaselinedProject();
        moveStatusDate(f, "2026-02-27");
        assertThat(api.put("/api/v1/projects/" + f.project() + "/tasks/" + f.build(), fields("name", "Build",
                "durationMinutes", 5 * 480, "percentComplete", 100, "actualStart", "2026-01-05T08:00:00",
                "actualFinish", "2026-01-09T17:00:00", "parentId", f.summary()), null).status()).isEqualTo(200);
        assertThat(api.put("/api/v1/projects/" + f.project() + "/tasks/" + f.test(), fields("name", "Test",
                "durationMinutes", 5 * 480, "percentComplete", 100, "actualStart", "2026-01-12T08:00:00",
                "actualFinish", "2026-01-16T17:00:00", "parentId", f.summary()), null).status()).isEqualTo(200);
        JsonNode report = api.get("/api/v1/projects/" + f.project() + "/earned-value").json();
        JsonNode element = report.get("breakdown").get(0).get("measures");
        assertThat(element.get("at").asDouble()).isEqualTo(10);
        assertThat(element.get("es").asDouble()).isEqualTo(10);
        assertThat(element.get("spit").asDouble()).isEqualTo(1.0); // was 10 / 40 = 0.25
        assertThat(report.get("tasks").get(0).get("measures").get("spit").asDouble()).isEqualTo(1.0);
        assertThat(report.get("project").get("spit").asDouble()).isEqualTo(1.0);
    }

    @Test
    void exportsTheTablesAsCsvAndXlsxWithoutFormulas() throws Exception {
        Fixture f = aBaselinedProject();
        moveStatusDate(f, "2026-01-09");
        progress(f, 100, 0);

        Reply csv = api.get("/api/v1/projects/" + f.project() + "/earned-value/export?format=csv&table=measures");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("Element,Level,BAC (USD),PV (USD),EV (USD),AC (USD)");
        assertThat(lines[1]).startsWith("(project),0,8000,4000,4000,4000,");
        assertThat(lines[2]).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",").contains(",8000,4000,4000,4000,");

        Reply history = api.get("/api/v1/projects/" + f.project() + "/earned-value/export?format=csv&table=history");
        assertThat(history.body().split("\r\n")).hasSize(2);
        assertThat(history.body().split("\r\n")[1]).startsWith("2026-01-09,Plan,8000,4000,4000,4000");

        HttpResponse<byte[]> x = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/projects/"
                + f.project() + "/earned-value/export?format=xlsx")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(x.statusCode()).isEqualTo(200);
        assertThat(x.headers().firstValue("Content-Disposition").orElse("")).contains(".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            Sheet measures = wb.getSheetAt(0);
            assertThat(measures.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(measures.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(measures.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(8000);
        }

        rejected(400, "format", () -> api.get("/api/v1/projects/" + f.project() + "/earned-value/export?format=pdf"));
        rejected(400, "table", () -> api.get("/api/v1/projects/" + f.project() + "/earned-value/export?format=csv&table=x"));
    }

    /** A second person, to approve what the admin submitted. */
    ApiClient approver() {
        String name = "approver" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        accounts.create(name, "approver-password-1", "Approver", org.bearing.identity.Role.MEMBER);
        return ApiClient.bearer(base, accounts.issueToken(name, "test", java.time.Duration.ofDays(1)).secret());
    }

    @Test
    void onlyEntriesApprovedBySomeoneElseCountInActualCost() {
        Fixture f = aBaselinedProject();
        moveStatusDate(f, "2026-01-09");
        progress(f, 100, 0);
        String ev = "/api/v1/projects/" + f.project() + "/earned-value";
        assertThat(api.get(ev).json().get("project").get("ac").asDouble()).isEqualTo(4000); // from progress

        Reply cost = api.post("/api/v1/projects/" + f.project() + "/cost-entries", fields("taskId", f.build(),
                "date", "2026-01-08", "amount", 1234.5, "category", "SUBCONTRACT", "description", "Cabling"));
        assertThat(cost.status()).as(cost.body()).isEqualTo(201);
        assertThat(cost.json().get("status").asString()).isEqualTo("SUBMITTED");
        long costId = cost.id();
        assertThat(api.get(ev).json().get("project").get("ac").asDouble()).as("submitted is not actual").isEqualTo(4000);

        String decision = "/api/v1/projects/" + f.project() + "/cost-entries/" + costId + "/decision";
        JsonNode own = rejected(422, "status", () -> api.post(decision, fields("status", "APPROVED")));
        assertThat(own.get("detail").asString()).contains("someone else");
        ApiClient approver = approver();
        Reply approved = approver.post(decision, fields("status", "APPROVED"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("decidedBy").asString()).startsWith("approver");
        rejected(422, "status", () -> approver.post(decision, fields("status", "REJECTED", "note", "late")));
        // Build ran 5 - 9 Jan: what its progress implies for 5 - 7 Jan (3 of 5 days of 4000) is carried, then entries
        assertThat(api.get(ev).json().get("project").get("ac").asDouble()).as("approved actuals replace progress from the first")
                .isEqualTo(2400 + 1234.5);
        assertThat(api.get(ev + "/history").json().get("periods").get(0).get("ac").asDouble())
                .as("the decision refreshes the snapshot of the current status date").isEqualTo(2400 + 1234.5);

        long dev = jdbc.sql("select id from resource where project_id = ?").param(f.project()).query(Long.class).single();
        Reply time = approver.post("/api/v1/projects/" + f.project() + "/time-entries", fields("taskId", f.build(),
                "resourceId", dev, "day", "2026-01-07", "hours", 8));
        assertThat(time.status()).as(time.body()).isEqualTo(201);
        String timeDecision = "/api/v1/projects/" + f.project() + "/time-entries/" + time.id() + "/decision";
        rejected(400, "note", () -> api.post(timeDecision, fields("status", "REJECTED")));
        assertThat(api.post(timeDecision, fields("status", "APPROVED")).status()).isEqualTo(200);
        assertThat(api.get(ev).json().get("project").get("ac").asDouble()).as("first entry now 7 Jan: 2 days carried")
                .isEqualTo(1600 + 1234.5 + 8 * 100);
        Reply later = approver.post("/api/v1/projects/" + f.project() + "/cost-entries", fields("taskId", f.test(),
                "date", "2026-01-20", "amount", 99, "category", "TRAVEL"));
        api.post("/api/v1/projects/" + f.project() + "/cost-entries/" + later.id() + "/decision", fields("status", "APPROVED"));
        assertThat(api.get(ev).json().get("project").get("ac").asDouble()).as("dated after the status date")
                .isEqualTo(1600 + 1234.5 + 8 * 100);
        assertThat(api.get("/api/v1/projects/" + f.project() + "/cost-entries").json().size()).isEqualTo(2);

        String entries = "/api/v1/projects/" + f.project() + "/cost-entries";
        rejected(400, "amount", () -> api.post(entries, fields("taskId", f.build(), "date", "2026-01-08", "amount", 0,
                "category", "X")));
        rejected(400, "amount", () -> api.post(entries, fields("taskId", f.build(), "date", "2026-01-08", "amount", 1.234,
                "category", "X")));
        rejected(400, "category", () -> api.post(entries, fields("taskId", f.build(), "date", "2026-01-08", "amount", 5)));
        rejected(400, "date", () -> api.post(entries, fields("taskId", f.build(), "date", "2025-01-08", "amount", 5,
                "category", "X")));
        rejected(404, "taskId", () -> api.post(entries, fields("taskId", 999999, "date", "2026-01-08", "amount", 5,
                "category", "X")));
        long summary = f.summary();
        rejected(422, "taskId", () -> api.post(entries, fields("taskId", summary, "date", "2026-01-08", "amount", 5,
                "category", "X")));
        rejected(400, "hours", () -> api.post("/api/v1/projects/" + f.project() + "/time-entries", fields("taskId",
                f.build(), "resourceId", dev, "day", "2026-01-07", "hours", 25)));
        rejected(404, "resourceId", () -> api.post("/api/v1/projects/" + f.project() + "/time-entries", fields("taskId",
                f.build(), "resourceId", 999999, "day", "2026-01-07", "hours", 2)));
    }

    /** Approves an 8-hour time entry of Dev on Build, dated 2026-01-07 and submitted by someone else. */
    void approvedEightHoursOnBuild(Fixture f) {
        long dev = jdbc.sql("select id from resource where project_id = ?").param(f.project()).query(Long.class).single();
        Reply time = approver().post("/api/v1/projects/" + f.project() + "/time-entries", fields("taskId", f.build(),
                "resourceId", dev, "day", "2026-01-07", "hours", 8));
        assertThat(time.status()).as(time.body()).isEqualTo(201);
        assertThat(api.post("/api/v1/projects/" + f.project() + "/time-entries/" + time.id() + "/decision",
                fields("status", "APPROVED")).status()).isEqualTo(200);
    }

    @Test
    void eachTaskTakesItsApprovedActualsOrElseWhatItsProgressImplies() {
        Fixture f = aBaselinedProject();
        moveStatusDate(f, "2026-01-14");
        progress(f, 100, 40);
        String ev = "/api/v1/projects/" + f.project() + "/earned-value";
        JsonNode before = api.get(ev).json();
        assertThat(before.get("project").get("ac").asDouble()).as("Build 40 h + Test 40 % of 40 h, at 100/h").isEqualTo(5600);
        assertThat(before.get("project").get("cpi").asDouble()).isEqualTo(1.0);

        // entries on Test that do not count: one pending, one rejected
        ApiClient approver = approver();
        String entries = "/api/v1/projects/" + f.project() + "/cost-entries";
        approver.post(entries, fields("taskId", f.test(), "date", "2026-01-13", "amount", 500, "category", "TRAVEL"));
        long rejected = approver.post(entries, fields("taskId", f.test(), "date", "2026-01-13", "amount", 700,
                "category", "TRAVEL")).id();
        assertThat(api.post(entries + "/" + rejected + "/decision", fields("status", "REJECTED", "note", "duplicate")).status())
                .isEqualTo(200);
        approvedEightHoursOnBuild(f);

        JsonNode after = api.get(ev).json();
        JsonNode m = after.get("project");
        assertThat(m.get("ev").asDouble()).isEqualTo(5600);
        assertThat(m.get("ac").asDouble()).as("Build: 2 of its 5 days of 4000 carried before its first entry (7 Jan) + the "
                + "approved 8 h × 100; Test keeps 40 % × 40 h × 100").isEqualTo(1600 + 800 + 1600);
        assertThat(m.get("cpi").asDouble()).as("5600 / 4000").isEqualTo(1.4);
        assertThat(m.get("eacCpi").asDouble()).as("8000 / (5600 / 4000)").isCloseTo(5714.2857, org.assertj.core.data.Offset.offset(0.001));
        JsonNode tasks = after.get("tasks");
        assertThat(tasks.size()).isEqualTo(2);
        assertThat(tasks.get(0).get("name").asString()).isEqualTo("Build");
        assertThat(tasks.get(0).get("acSource").asString()).isEqualTo("RECORDED");
        assertThat(tasks.get(0).get("measures").get("ac").asDouble()).isEqualTo(2400);
        assertThat(tasks.get(0).get("measures").get("cpi").asDouble()).isEqualTo(1.6667);
        assertThat(tasks.get(1).get("acSource").asString()).as("pending and rejected entries never count").isEqualTo("IMPLIED");
        assertThat(tasks.get(1).get("measures").get("ac").asDouble()).isEqualTo(1600);
        assertThat(after.get("breakdown").get(0).get("measures").get("ac").asDouble()).as("the summary sums both").isEqualTo(4000);
        assertThat(api.get(ev + "/history").json().get("periods").get(0).get("ac").asDouble()).isEqualTo(4000);
    }

    @Test
    void theSCurveCarriesPlannedEarnedActualAndTheForecast() {
        Fixture f = aBaselinedProject();
        approvedEightHoursOnBuild(f);
        moveStatusDate(f, "2026-01-09");
        progress(f, 100, 0); // the snapshot of 9 Jan: EV 4000, AC 2400 (Build: 1600 carried + its 8 h; Test not started)
        moveStatusDate(f, "2026-01-14");
        progress(f, 100, 40);

        String url = "/api/v1/projects/" + f.project() + "/earned-value/s-curve";
        Reply r = api.get(url + "?granularity=WEEK");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode c = r.json();
        assertThat(c.get("bac").asDouble()).isEqualTo(8000);
        assertThat(c.get("plannedFinish").asString()).isEqualTo("2026-01-16");
        // CPI = 5600 / 4000; EAC = BAC / CPI
        assertThat(c.get("eac").asDouble()).isEqualTo(5714.29);
        assertThat(c.get("eacMethod").asString()).isEqualTo("EAC = BAC / CPI");
        // AT = 8 working days, ES = 7 (EV 5600 = PV after 4000 + 2 of Test's 5 days), PD = 10, SPI(t) = 0.875:
        // EAC(t) = 8 + 3 / 0.875 = 11.43 working days, reached on the 12th working day, Tuesday 20 Jan
        assertThat(c.get("forecastFinish").asString()).isEqualTo("2026-01-20");
        assertThat(c.get("finishMethod").asString()).isEqualTo("EAC(t) = AT + (PD − ES) / SPI(t)");
        JsonNode p = c.get("periods");
        assertThat(p.size()).as(r.body()).isEqualTo(3);
        assertThat(p.get(0).get("end").asString()).isEqualTo("2026-01-11");
        assertThat(p.get(0).get("pv").asDouble()).isEqualTo(4000);
        assertThat(p.get(0).get("source").asString()).as("the week of 9 Jan has its snapshot").isEqualTo("SNAPSHOT");
        assertThat(p.get(0).get("measuredOn").asString()).isEqualTo("2026-01-09");
        assertThat(p.get(0).get("ev").asDouble()).isEqualTo(4000);
        assertThat(p.get(0).get("ac").asDouble()).isEqualTo(2400);
        assertThat(p.get(0).get("forecastEv").isNull()).isTrue();
        assertThat(p.get(1).get("source").asString()).isEqualTo("STATUS_DATE");
        assertThat(p.get(1).get("pv").asDouble()).isEqualTo(8000);
        assertThat(p.get(1).get("ev").asDouble()).isEqualTo(5600);
        assertThat(p.get(1).get("ac").asDouble()).isEqualTo(4000);
        // end of 18 Jan, t = 10: s = 7 + 2 × 3 / 3.43 = 8.75 → PV(8.75) = 4000 + 3.75 / 5 × 4000 = 7000;
        // AC = 4000 + (5714.29 − 4000) × (7000 − 5600) / (8000 − 5600) = 5000
        assertThat(p.get(1).get("forecastEv").asDouble()).isEqualTo(7000);
        assertThat(p.get(1).get("forecastAc").asDouble()).isEqualTo(5000);
        assertThat(p.get(2).get("ev").isNull()).as("nothing measured after the status date").isTrue();
        assertThat(p.get(2).get("forecastEv").asDouble()).isEqualTo(8000);
        assertThat(p.get(2).get("forecastAc").asDouble()).isEqualTo(5714.29);

        JsonNode days = api.get(url + "?granularity=DAY").json().get("periods");
        assertThat(days.get(0).get("end").asString()).isEqualTo("2026-01-05");
        JsonNode jan7 = days.get(2);
        assertThat(jan7.get("source").asString()).as("no status date in that period: phased from progress").isEqualTo("TIME_PHASED");
        assertThat(jan7.get("ac").asDouble()).as("Build: 1600 carried + its entry of 7 Jan; Test not started").isEqualTo(2400);
        assertThat(days.get(1).get("ac").asDouble()).as("end of 6 Jan, before Build's first entry: 2 of its 5 days implied").isEqualTo(1600);
        assertThat(days.get(4).get("source").asString()).isEqualTo("SNAPSHOT");
        assertThat(days.get(9).get("end").asString()).isEqualTo("2026-01-14");
        assertThat(days.get(9).get("ac").asDouble()).isEqualTo(4000);

        rejected(400, "granularity", () -> api.get(url + "?granularity=YEAR"));
        rejected(404, null, () -> api.get("/api/v1/projects/999999/earned-value/s-curve"));
    }

    /**
     * The export's S-curve (the XLSX sheet and the CSV table) has one row per point of the S-curve API with the same
     * granularity, with the same dates and numbers; without a granularity both take weeks, as the page does.
     */
    @Test
    void theExportedSCurveHasTheApisPointsRowByRow() throws Exception {
        Fixture f = aBaselinedProject();
        approvedEightHoursOnBuild(f);
        moveStatusDate(f, "2026-01-09");
        progress(f, 100, 0);
        moveStatusDate(f, "2026-01-14");
        progress(f, 100, 40);
        String ev = "/api/v1/projects/" + f.project() + "/earned-value";
        for (String granularity : new String[] {"DAY", "WEEK", "MONTH", null}) {
            String query = granularity == null ? "" : "&granularity=" + granularity;
            JsonNode points = api.get(ev + "/s-curve?granularity=" + (granularity == null ? "WEEK" : granularity)).json()
                    .get("periods");
            assertThat(points.size()).as(granularity).isGreaterThan(granularity == null || granularity.equals("WEEK") ? 2 : 0);

            Reply csv = api.get(ev + "/export?format=csv&table=s-curve" + query);
            assertThat(csv.status()).as(csv.body()).isEqualTo(200);
            String[] lines = csv.body().split("\r\n");
            assertThat(lines[0]).isEqualTo("Period start (" + (granularity == null ? "week" : granularity.toLowerCase())
                    + "),Period end (" + (granularity == null ? "week" : granularity.toLowerCase()) + "),PV cumulative (USD),"
                    + "EV cumulative (USD),AC cumulative (USD),EV and AC measured on,EV and AC from,EV forecast (USD),"
                    + "AC forecast / EAC path (USD)");
            assertThat(lines).as(granularity).hasSize(points.size() + 1);

            HttpResponse<byte[]> x = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + ev
                    + "/export?format=xlsx" + query)).header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(x.statusCode()).isEqualTo(200);
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
                Sheet sheet = wb.getSheet("S-curve");
                assertThat(sheet.getLastRowNum()).as(granularity).isEqualTo(points.size());
                for (int i = 0; i < points.size(); i++) {
                    JsonNode p = points.get(i);
                    String[] cells = lines[i + 1].split(",", -1);
                    org.apache.poi.ss.usermodel.Row row = sheet.getRow(i + 1);
                    String[] dates = {"start", "end", null, null, null, "measuredOn"};
                    String[] numbers = {null, null, "pv", "ev", "ac", null, null, "forecastEv", "forecastAc"};
                    for (int c = 0; c < 9; c++) {
                        String key = c < dates.length && dates[c] != null ? dates[c] : c == 6 ? "source" : numbers[c];
                        String as = granularity + " period " + i + " " + key;
                        org.apache.poi.ss.usermodel.Cell cell = row.getCell(c);
                        if (p.get(key).isNull()) {
                            assertThat(cells[c]).as(as).isEmpty();
                            assertThat(cell).as(as).isNull();
                        } else if (c == 6) {
                            assertThat(cells[c]).as(as).isEqualTo(p.get(key).asString());
                            assertThat(cell.getStringCellValue()).as(as).isEqualTo(p.get(key).asString());
                        } else if (numbers[c] == null) {
                            assertThat(cells[c]).as(as).isEqualTo(p.get(key).asString());
                            assertThat(cell.getLocalDateTimeCellValue().toLocalDate().toString()).as(as).isEqualTo(p.get(key).asString());
                        } else {
                            assertThat(new java.math.BigDecimal(cells[c])).as(as)
                                    .isEqualByComparingTo(java.math.BigDecimal.valueOf(p.get(key).asDouble()));
                            assertThat(cell.getNumericCellValue()).as(as).isEqualTo(p.get(key).asDouble());
                        }
                    }
                }
            }
        }
        JsonNode weeks = api.get(ev + "/s-curve?granularity=WEEK").json().get("periods");
        assertThat(weeks.get(1).get("forecastAc").asDouble()).as("the fixture has a forecast to compare").isEqualTo(5000);
        rejected(400, "granularity", () -> api.get(ev + "/export?format=csv&table=s-curve&granularity=YEAR"));
    }

    @Test
    void reservesAndFundingByPeriod() {
        Fixture f = aBaselinedProject();
        String reserves = "/api/v1/projects/" + f.project() + "/reserves";
        assertThat(api.get(reserves).json().get("contingency").asDouble()).isZero();
        Reply put = api.put(reserves, fields("managementReserve", 5000, "contingency", 1200.5), null);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(api.get(reserves).json().get("managementReserve").asDouble()).isEqualTo(5000);
        rejected(400, "contingency", () -> api.put(reserves, fields("managementReserve", 1, "contingency", -1), null));

        String funding = "/api/v1/projects/" + f.project() + "/funding";
        Reply ok = api.put(funding, fields("periods", java.util.List.of(
                fields("start", "2026-04-01", "end", "2026-06-30", "amount", 3000),
                fields("start", "2026-01-01", "end", "2026-03-31", "amount", 5000))), null);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        JsonNode periods = api.get(funding).json().get("periods");
        assertThat(periods.size()).isEqualTo(2);
        assertThat(periods.get(0).get("start").asString()).isEqualTo("2026-01-01");
        rejected(422, "periods", () -> api.put(funding, fields("periods", java.util.List.of(
                fields("start", "2026-01-01", "end", "2026-03-31", "amount", 5000),
                fields("start", "2026-03-01", "end", "2026-06-30", "amount", 1))), null));
        rejected(400, "periods[0]", () -> api.put(funding, fields("periods", java.util.List.of(
                fields("start", "2026-03-01", "end", "2026-01-01", "amount", 1))), null));
    }
}
