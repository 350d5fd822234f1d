package org.bearing.cost.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bearing.plan.AssignmentDraft;
import org.bearing.plan.Assignments;
import org.bearing.plan.BaselineDraft;
import org.bearing.plan.Baselines;
import org.bearing.plan.Project;
import org.bearing.plan.ProjectDraft;
import org.bearing.plan.Projects;
import org.bearing.plan.Resource;
import org.bearing.plan.ResourceDraft;
import org.bearing.plan.ResourceType;
import org.bearing.plan.Resources;
import org.bearing.plan.Task;
import org.bearing.plan.TaskDraft;
import org.bearing.plan.Tasks;
import org.bearing.support.DatabaseFingerprint;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The Actuals and Budget tabs through the browser security chain: entries are added (with and without htmx), decided
 * by someone other than the submitter, and counted in the totals and in earned value; every refused input shows its
 * message next to its field and leaves the database (plan, identity and cost tables) exactly as it was.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:cost-pages;DB_CLOSE_DELAY=-1", "bearing.admin-password=cost-pages"})
class CostPagesTest {
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Projects projects;
    @Autowired
    Tasks tasks;
    @Autowired
    Resources resources;
    @Autowired
    Assignments assignments;
    @Autowired
    Baselines baselines;

    MockMvc mvc;
    Project project;
    Task phase;
    Task build;
    Task test;
    Resource dev;
    String actualsUrl;

    /** Phase 1 > Build (5 days, Dev 40 h at 100/h, fixed cost 500) and Test (5 days, 50 m of cable at 2/m); baselined. */
    @BeforeEach
    void plan() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String code = "C" + System.nanoTime() % 1_000_000_000;
        project = projects.create(new ProjectDraft(null, code, "Costs", null, null, null, List.of(), List.of(), LocalDate.of(2026, 1, 5),
                null, "EUR", null, null, null));
        phase = tasks.create(project.id(), task(null, "Phase 1", 0, null));
        build = tasks.create(project.id(), task(phase.id(), "Build", 5, new BigDecimal("500")));
        test = tasks.create(project.id(), task(phase.id(), "Test", 5, null));
        dev = resources.create(new ResourceDraft(project.id(), "Dev " + code, ResourceType.WORK, null, null, null, null, BigDecimal.ONE,
                new BigDecimal("100"), null, BigDecimal.ZERO, null));
        Resource cable = resources.create(new ResourceDraft(project.id(), "Cable " + code, ResourceType.MATERIAL, null, null, null, "m",
                null, new BigDecimal("2"), null, BigDecimal.ZERO, null));
        assignments.create(project.id(), new AssignmentDraft(build.id(), dev.id(), BigDecimal.ONE, null, null));
        assignments.create(project.id(), new AssignmentDraft(test.id(), cable.id(), new BigDecimal("50"), null, null));
        baselines.capture(project.id(), new BaselineDraft(0, "Plan"));
        actualsUrl = "/projects/" + project.id() + "/actuals";
    }

    private static TaskDraft task(Long parent, String name, int days, BigDecimal fixedCost) {
        return new TaskDraft(parent, null, null, name, false, null, days * 480L, null, null, null, null, null, null, null, null, null,
                fixedCost, null, null, null);
    }

    @Test
    void entriesAreAddedDecidedByAnotherUserAndCountedInTheTotals() throws Exception {
        Document page = Jsoup.parse(page(actualsUrl, "alice"));
        assertThat(page.select("nav.tabs a.active").text()).isEqualTo("Actuals");
        assertThat(page.select("#cost-taskId option[value]").eachAttr("value")).as("leaf tasks only: actuals roll up to summaries")
                .containsExactly("", String.valueOf(build.id()), String.valueOf(test.id()));
        assertThat(page.select("#ac-total").text()).isEqualTo("0.00");

        // a plain form post redirects; an htmx post answers the page to swap in
        form(actualsUrl + "/cost", "alice", false, Map.of("taskId", "" + build.id(), "date", "2026-01-06", "amount", "1234.50",
                "category", "MATERIAL", "description", "Cabling"), 302);
        page = Jsoup.parse(form(actualsUrl + "/time", "alice", true, Map.of("resourceId", "" + dev.id(), "taskId", "" + build.id(),
                "day", "2026-01-07", "hours", "7.5"), 200));
        assertThat(page.select("#actuals tr.entry").eachAttr("data-status")).containsExactly("SUBMITTED", "SUBMITTED");
        assertThat(page.select("#pending-total").text()).as("1234.50 + 7.5 h × 100").isEqualTo("1,984.50");
        assertThat(page.select("#pending-count").text()).isEqualTo("2");
        assertThat(page.select("#actuals tr.entry form.decide")).as("alice cannot decide her own entries").isEmpty();
        assertThat(page.select("#actuals tr.entry").text()).contains("another user decides it");

        long costId = jdbc.sql("select id from cost_entry where project_id = ?").param(project.id()).query(Long.class).single();
        long timeId = jdbc.sql("select id from time_entry where project_id = ?").param(project.id()).query(Long.class).single();
        var before = fingerprint();
        page = Jsoup.parse(form(actualsUrl + "/cost/" + costId + "/decision", "alice", true, Map.of("status", "APPROVED"), 200));
        assertThat(page.select("#e-cost-" + costId).text()).contains("someone else must approve");
        page = Jsoup.parse(form(actualsUrl + "/time/" + timeId + "/decision", "bob", true, Map.of("status", "REJECTED", "note", " "), 200));
        assertThat(page.select("#e-time-" + timeId).text()).contains("a rejection needs a note");
        assertThat(page.select("#note-time-" + timeId).attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#note-time-" + timeId).attr("aria-describedby")).isEqualTo("e-time-" + timeId);
        assertThat(fingerprint()).isEqualTo(before);

        page = Jsoup.parse(page(actualsUrl, "bob"));
        assertThat(page.select("#actuals tr.entry form.decide")).as("bob may decide alice's entries").hasSize(2);
        form(actualsUrl + "/cost/" + costId + "/decision", "bob", false, Map.of("status", "APPROVED"), 302);
        page = Jsoup.parse(form(actualsUrl + "/time/" + timeId + "/decision", "bob", true, Map.of("status", "REJECTED", "note",
                "wrong task"), 200));
        assertThat(page.select("#cost-" + costId).attr("data-status")).isEqualTo("APPROVED");
        assertThat(page.select("#time-" + timeId).attr("data-status")).isEqualTo("REJECTED");
        assertThat(page.select("#time-" + timeId).text()).contains("by bob: wrong task");
        assertThat(page.select("#ac-total").text()).isEqualTo("1,234.50");
        assertThat(page.select("#pending-total").text()).isEqualTo("0.00");
        assertThat(page.select(".ac-by-task tr[data-task-id=" + build.id() + "] td.ac").text()).isEqualTo("1,234.50");

        form(actualsUrl + "/time", "alice", false, Map.of("resourceId", "" + dev.id(), "taskId", "" + test.id(), "day", "2026-01-12",
                "hours", "8"), 302);
        form(actualsUrl + "/time/" + jdbc.sql("select max(id) from time_entry where project_id = ?").param(project.id())
                .query(Long.class).single() + "/decision", "bob", false, Map.of("status", "APPROVED"), 302);
        form(actualsUrl + "/cost", "alice", false, Map.of("taskId", "" + test.id(), "date", "2026-01-13", "amount", "99",
                "category", "TRAVEL"), 302);
        page = Jsoup.parse(page(actualsUrl + "?show=pending", "bob"));
        assertThat(page.select("#actuals tr.entry").eachAttr("id")).as("pending only").hasSize(1).allMatch(id -> id.startsWith("cost-"));
        assertThat(page.select("#ac-total").text()).as("1234.50 + 8 h × 100").isEqualTo("2,034.50");
        assertThat(page.select(".ac-by-task tr[data-task-id=" + test.id() + "] td.ac").text()).isEqualTo("800.00");
        assertThat(page.select("#pending-total").text()).isEqualTo("99.00");
    }

    @Test
    void everyBadEntryIsRefusedNextToItsFieldAndChangesNothing() throws Exception {
        form(actualsUrl + "/time", "alice", false, Map.of("resourceId", "" + dev.id(), "taskId", "" + build.id(), "day", "2026-01-07",
                "hours", "10"), 302);
        String future = LocalDate.now().plusDays(10).toString();
        Map<String, String> good = Map.of("taskId", "" + build.id(), "date", "2026-01-06", "amount", "100", "category", "MATERIAL");
        Map<String, String> goodTime = Map.of("resourceId", "" + dev.id(), "taskId", "" + build.id(), "day", "2026-01-08", "hours", "8");
        record Case(String form, String field, String value, String message) {
        }
        List<Case> cases = List.of(
                new Case("cost", "taskId", "999999", "Task 999999 does not exist"),
                new Case("cost", "taskId", "" + phase.id(), "is a summary"),
                new Case("cost", "taskId", "", "Choose a task"),
                new Case("cost", "amount", "12,50", "is not an amount"),
                new Case("cost", "amount", "abc", "is not an amount"),
                new Case("cost", "amount", "0", "non-zero"),
                new Case("cost", "amount", "1.234", "at most 2 decimals"),
                new Case("cost", "date", "6 Jan", "is not a date"),
                new Case("cost", "date", "2025-12-31", "before the project's startDate"),
                new Case("cost", "date", future, "is in the future"),
                new Case("cost", "category", " ", "category is required"),
                new Case("time", "hours", "25", "at most 24"),
                new Case("time", "hours", "15", "would exceed 24 h in one day"),
                new Case("time", "hours", "-2", "more than 0"),
                new Case("time", "hours", "eight", "is not a number of hours"),
                new Case("time", "day", future, "is in the future"),
                new Case("time", "taskId", "999999", "does not exist"),
                new Case("time", "resourceId", "999999", "Resource 999999 does not exist"));
        for (Case c : cases) {
            Map<String, String> fields = new LinkedHashMap<>(c.form().equals("cost") ? good : goodTime);
            if (c.form().equals("time") && c.value().equals("15")) {
                fields.put("day", "2026-01-07");
            }
            fields.put(c.field(), c.value());
            var before = fingerprint();
            Document page = Jsoup.parse(form(actualsUrl + "/" + c.form(), "alice", true, fields, 200));
            String id = c.form() + "-" + c.field();
            assertThat(page.select("#e-" + id).text()).as(c.toString()).contains(c.message());
            assertThat(page.select("#" + id).attr("aria-invalid")).as(c.toString()).isEqualTo("true");
            assertThat(page.select("#" + id).attr("aria-describedby")).as(c.toString()).contains("e-" + id);
            if (!page.select("input#" + id).isEmpty()) {
                assertThat(page.select("input#" + id).val()).as("the typed text stays: " + c).isEqualTo(c.value());
            }
            assertThat(page.select(".field-error")).as("one message: " + c).hasSize(1);
            assertThat(fingerprint()).as(c.toString()).isEqualTo(before);
        }
        var before = fingerprint();
        assertThat(form(actualsUrl + "/cost", "alice", false, good, 302)).isEmpty();
        assertThat(fingerprint()).isNotEqualTo(before);
        before = fingerprint();
        Map<String, String> noToken = new LinkedHashMap<>(good);
        MockHttpServletRequestBuilder request = post(actualsUrl + "/cost").with(user("alice"));
        noToken.forEach(request::param);
        assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).as("no CSRF token").isEqualTo(403);
        assertThat(form(actualsUrl + "/cost", "alice", false, Map.of("taskId", "x"), 400)).contains("is not one of the choices");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void theEarnedValueTabAndItsHistoryCountApprovedActualsUpToTheStatusDate() throws Exception {
        projects.update(project.id(), null, ProjectDraft.of(projects.get(project.id())).withStatusDate(LocalDate.of(2026, 1, 9)));
        Task b = tasks.get(project.id(), build.id());
        tasks.update(project.id(), b.id(), null, new TaskDraft(b.parentId(), b.position(), b.wbsCode(), b.name(), false, null,
                b.durationMinutes(), null, null, null, null, null, new BigDecimal("50"), java.time.LocalDateTime.parse("2026-01-05T08:00"),
                null, null, b.fixedCost(), null, null, null));
        String ev = "/projects/" + project.id() + "/earned-value";
        String progressAc = Jsoup.parse(page(ev, "bob")).select("table.grid tbody tr").first().select("td").get(4).text();
        assertThat(progressAc).as("without approved actuals AC is what progress implies: 50 % × (40 h × 100 + 500)").isEqualTo("2,250");

        form(actualsUrl + "/cost", "alice", false, Map.of("taskId", "" + build.id(), "date", "2026-01-06", "amount", "1000",
                "category", "MATERIAL"), 302);
        form(actualsUrl + "/cost", "alice", false, Map.of("taskId", "" + build.id(), "date", "2026-01-12", "amount", "700",
                "category", "MATERIAL"), 302);
        for (long id : jdbc.sql("select id from cost_entry where project_id = ?").param(project.id()).query(Long.class).list()) {
            form(actualsUrl + "/cost/" + id + "/decision", "bob", false, Map.of("status", "APPROVED"), 302);
        }
        Document page = Jsoup.parse(page(ev, "bob"));
        assertThat(page.select("table.grid tbody tr").first().select("td").get(4).text())
                .as("450 implied for 5 Jan (1 of its 5 days to the status date 9 Jan) carried before the first entry, then the "
                        + "approved entries dated up to the status date: 1000, not 1700").isEqualTo("1,450");
        Document history = Jsoup.parse(page(ev + "/history", "bob"));
        assertThat(history.select("table.ev-history-table tbody tr")).hasSize(1);
        assertThat(history.select("table.ev-history-table tbody tr td").get(4).text()).as("the snapshot's AC").isEqualTo("1,450");
        assertThat(Jsoup.parse(page(actualsUrl, "bob")).select("#ac-total").text()).as("the ledger counts every date").isEqualTo("1,700.00");
    }

    @Test
    void theBudgetRollsUpByWbsAndEditsReservesAndFundingWithBadInputRefused() throws Exception {
        String url = "/projects/" + project.id() + "/budget";
        Document page = Jsoup.parse(page(url, "alice"));
        assertThat(page.select("nav.tabs a.active").text()).isEqualTo("Budget");
        assertThat(line(page, build).select("td.num").eachText()).containsExactly("4,000.00", "0.00", "500.00", "4,500.00");
        assertThat(line(page, test).select("td.num").eachText()).containsExactly("0.00", "100.00", "0.00", "100.00");
        assertThat(line(page, phase).select("td.num").eachText()).as("the summary adds up its subtasks")
                .containsExactly("4,000.00", "100.00", "500.00", "4,600.00");
        assertThat(page.select("#bac").text()).isEqualTo("4,600.00");
        assertThat(page.select("#baseline-bac").text()).isEqualTo("4,600.00");

        var before = fingerprint();
        for (String[] bad : new String[][] {{"contingency", "-5", "0 or more"}, {"contingency", "1.001", "at most 2 decimals"},
                {"managementReserve", "lots", "is not an amount"}}) {
            Map<String, String> fields = new LinkedHashMap<>(Map.of("contingency", "400", "managementReserve", "250"));
            fields.put(bad[0], bad[1]);
            page = Jsoup.parse(form(url + "/reserves", "alice", true, fields, 200));
            assertThat(page.select("#e-reserves-" + bad[0]).text()).as(bad[1]).contains(bad[2]);
            assertThat(page.select("#reserves-" + bad[0]).attr("aria-invalid")).isEqualTo("true");
            assertThat(page.select("#reserves-" + bad[0]).val()).isEqualTo(bad[1]);
            assertThat(fingerprint()).as(bad[1]).isEqualTo(before);
        }
        page = Jsoup.parse(form(url + "/reserves", "alice", true, Map.of("contingency", "400", "managementReserve", "250"), 200));
        assertThat(page.select("#cost-baseline").text()).isEqualTo("5,000.00");
        assertThat(page.select("#project-budget").text()).isEqualTo("5,250.00");

        form(url + "/funding", "alice", false, Map.of("start", "2026-01-01", "end", "2026-01-09", "amount", "3000"), 302);
        before = fingerprint();
        for (String[] bad : new String[][] {{"start", "2026-01-09", "end", "2026-01-20", "1000", "start", "overlap"},
                {"start", "2026-01-20", "end", "2026-01-12", "1000", "end", "before it starts"},
                {"start", "2026-01-12", "end", "2026-01-20", "-1", "amount", "0 or more"},
                {"start", "Jan 12", "end", "2026-01-20", "10", "start", "is not a date"}}) {
            page = Jsoup.parse(form(url + "/funding", "alice", true, Map.of("start", bad[1], "end", bad[3], "amount", bad[4]), 200));
            assertThat(page.select("#e-funding-" + bad[5]).text()).as(String.join(" ", bad)).contains(bad[6]);
            assertThat(page.select("#funding-" + bad[5]).attr("aria-invalid")).isEqualTo("true");
            assertThat(fingerprint()).as(String.join(" ", bad)).isEqualTo(before);
        }
        page = Jsoup.parse(page(url, "alice"));
        assertThat(page.select("svg.funding-chart rect.funding")).hasSize(1);
        assertThat(page.select("svg.funding-chart path.pv")).hasSize(1);
        assertThat(page.select("#shortfall").text()).as("PV reaches 4,600 by 2026-01-16 with 3,000 funded").contains("2026-01-1");

        form(url + "/funding", "alice", false, Map.of("start", "2026-01-10", "end", "2026-01-31", "amount", "2000"), 302);
        page = Jsoup.parse(page(url, "alice"));
        assertThat(page.select("svg.funding-chart rect.funding")).hasSize(2);
        assertThat(page.select("#funded").text()).isEqualTo("5,000.00");
        assertThat(page.select("#shortfall")).as("5,000 funded covers the PV of 4,600").isEmpty();
        form(url + "/funding/remove", "alice", false, Map.of("start", "2026-01-10"), 302);
        assertThat(Jsoup.parse(page(url, "alice")).select("table.funding-periods tbody tr")).hasSize(1);
    }

    @Test
    void aWbsElementBecomesAControlAccountWithAManagerAndControlAccountsDoNotNest() throws Exception {
        String url = "/projects/" + project.id() + "/budget";
        assertThat(Jsoup.parse(page(url, "alice")).select("#outside-ca").text()).isEqualTo("4,600.00");
        form(url + "/control-accounts", "alice", false, Map.of("taskId", "" + phase.id(), "manager", "Carla"), 302);
        Document page = Jsoup.parse(page(url, "alice"));
        assertThat(line(page, phase).select("td.ca").text()).startsWith("CA Carla");
        assertThat(page.select("#outside-ca").text()).isEqualTo("0.00");

        var before = fingerprint();
        for (String[] bad : new String[][] {{"" + build.id(), "Dan", "taskId", "is under the control account “Phase 1”"},
                {"" + phase.id(), " ", "manager", "manager is required"}, {"999999", "Dan", "taskId", "Task 999999 does not exist"},
                {"", "Dan", "taskId", "Choose a WBS element"}}) {
            page = Jsoup.parse(form(url + "/control-accounts", "alice", true, Map.of("taskId", bad[0], "manager", bad[1]), 200));
            assertThat(page.select("#e-ca-" + bad[2]).text()).as(String.join(" ", bad)).contains(bad[3]);
            assertThat(page.select("#ca-" + bad[2]).attr("aria-invalid")).isEqualTo("true");
            assertThat(fingerprint()).isEqualTo(before);
        }
        MvcResult api = mvc.perform(get("/api/v1/projects/" + project.id() + "/control-accounts").with(user("alice"))).andReturn();
        assertThat(api.getResponse().getContentAsString()).isEqualTo("{\"" + phase.id() + "\":\"Carla\"}");
        MvcResult budget = mvc.perform(get("/api/v1/projects/" + project.id() + "/budget").with(user("alice"))).andReturn();
        assertThat(budget.getResponse().getContentAsString()).contains("\"bac\":4600.00", "\"outsideControlAccounts\":0.00");

        form(url + "/control-accounts/remove", "alice", false, Map.of("taskId", "" + phase.id()), 302);
        form(url + "/control-accounts", "alice", false, Map.of("taskId", "" + build.id(), "manager", "Dan"), 302);
        page = Jsoup.parse(page(url, "alice"));
        assertThat(page.select("td.ca .tag")).hasSize(1);
        assertThat(page.select("#outside-ca").text()).as("Test stays outside").isEqualTo("100.00");
    }

    private static org.jsoup.select.Elements line(Document page, Task t) {
        return page.select("table.budget-lines tr[data-task-id=" + t.id() + "]");
    }

    /** The plan and identity fingerprint plus every row of the cost module's actuals tables. */
    private Map<String, Object> fingerprint() {
        Map<String, Object> print = new LinkedHashMap<>(DatabaseFingerprint.of(jdbc));
        print.put("cost_entry", jdbc.sql("select id, status, amount, decided_by from cost_entry order by id").query().listOfRows());
        print.put("time_entry", jdbc.sql("select id, status, hours, decided_by from time_entry order by id").query().listOfRows());
        print.put("project_reserve", jdbc.sql("select * from project_reserve order by project_id").query().listOfRows());
        print.put("control_account", jdbc.sql("select * from control_account order by task_id").query().listOfRows());
        print.put("funding_period", jdbc.sql("select project_id, period_start, period_end, amount from funding_period order by id")
                .query().listOfRows());
        return print;
    }

    private String page(String url, String who) throws Exception {
        MvcResult r = mvc.perform(get(url).with(user(who))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    private String form(String url, String who, boolean htmx, Map<String, String> fields, int status) throws Exception {
        MockHttpServletRequestBuilder request = post(url).with(user(who)).with(csrf());
        if (htmx) {
            request.header("HX-Request", "true");
        }
        fields.forEach(request::param);
        MvcResult r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        return r.getResponse().getContentAsString();
    }
}
