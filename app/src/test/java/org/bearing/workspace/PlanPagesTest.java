package org.bearing.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.bearing.plan.Baseline;
import org.bearing.plan.Baselines;
import org.bearing.plan.CalendarDraft;
import org.bearing.plan.Calendars;
import org.bearing.plan.Dependencies;
import org.bearing.plan.DependencyDraft;
import org.bearing.plan.DependencyType;
import org.bearing.plan.LagUnit;
import org.bearing.plan.Project;
import org.bearing.plan.ProjectCalendar;
import org.bearing.plan.ProjectDraft;
import org.bearing.plan.Projects;
import org.bearing.plan.Task;
import org.bearing.plan.TaskDraft;
import org.bearing.plan.Tasks;
import org.bearing.support.DatabaseFingerprint;
import org.jsoup.Jsoup;
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
 * The network, calendar and baseline pages through the browser security chain: every refused form re-renders with the
 * message next to its field and leaves the database exactly as it was; a saved calendar reschedules its projects.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:plan-pages;DB_CLOSE_DELAY=-1", "bearing.admin-password=pages-test"})
class PlanPagesTest {
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Projects projects;
    @Autowired
    Tasks tasks;
    @Autowired
    Dependencies dependencies;
    @Autowired
    Calendars calendars;
    @Autowired
    Baselines baselines;

    MockMvc mvc;
    Project project;
    Task design;
    Task build;
    Task docs;

    @BeforeEach
    void plan() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String code = "P" + System.nanoTime() % 1_000_000_000;
        // Its own calendar (based on Standard) so that tests editing calendars do not move each other's projects.
        project = projects.create(new ProjectDraft(null, code, "Pages", null, null, null, List.of(), List.of(), LocalDate.of(2026, 1, 5),
                null, "EUR", null, null, null));
        ProjectCalendar own = calendars.create(new CalendarDraft(project.id(), code + " calendar", standard().id(), null, null, null,
                List.of(), List.of()));
        project = projects.update(project.id(), project.version(), ProjectDraft.of(project).withCalendar(own.id()));
        design = tasks.create(project.id(), task("Design", 2));
        build = tasks.create(project.id(), task("Build", 3));
        docs = tasks.create(project.id(), task("Docs", 1));
        dependencies.create(project.id(), new DependencyDraft(design.id(), build.id(), DependencyType.FS, null, null));
        dependencies.create(project.id(), new DependencyDraft(design.id(), docs.id(), DependencyType.SS, 480L, LagUnit.WORKING_MINUTES));
    }

    private static TaskDraft task(String name, int days) {
        return new TaskDraft(null, null, null, name, false, null, days * 480L, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    private ProjectCalendar standard() {
        return calendars.baseNamed(Calendars.STANDARD).orElseThrow();
    }

    private ProjectCalendar projectCalendar() {
        return calendars.get(project.calendarId());
    }

    @Test
    void networkShowsEveryTaskWithTheCriticalOnesMarkedAndMapsOneTasksDependencies() throws Exception {
        var page = Jsoup.parse(page("/projects/" + project.id() + "/network"));
        assertThat(page.select("svg.network rect.node")).hasSize(3);
        assertThat(page.select("svg.network rect.node.critical").eachAttr("data-task-id"))
                .containsExactlyInAnyOrder(String.valueOf(design.id()), String.valueOf(build.id()));
        assertThat(page.select("svg.network text.lag").text()).contains("SS +1d");
        assertThat(page.select("nav.tabs a.active").text()).isEqualTo("Network");

        var focus = Jsoup.parse(page("/projects/" + project.id() + "/network?focus=" + build.id() + "&depth=1"));
        assertThat(focus.select("svg.network rect.node").eachAttr("data-task-id"))
                .containsExactlyInAnyOrder(String.valueOf(design.id()), String.valueOf(build.id()));
        assertThat(focus.select("svg.network path.link.driving").attr("data-from")).as("Design drives Build").isEqualTo(String.valueOf(design.id()));
        assertThat(focus.select(".explain").text()).contains("Build").contains("Design");
    }

    @Test
    void badWorkingWeeksAreRefusedNextToTheFieldAndChangeNothing() throws Exception {
        ProjectCalendar c = projectCalendar();
        Map<String, String> cases = Map.of(
                "08:00-12:00, 11:00-13:00", "must not overlap",
                "17:00-08:00", "end after it starts",
                "8am-noon", "is not a time of day");
        for (var e : cases.entrySet()) {
            var before = DatabaseFingerprint.of(jdbc);
            var page = Jsoup.parse(form(post("/calendars/" + c.id()), week(c, e.getKey()), 200));
            assertThat(page.select("#periods-MONDAY-msg").text()).as(e.getKey()).contains(e.getValue());
            assertThat(page.select("#periods-MONDAY").val()).as("the text the user typed stays in the field").isEqualTo(e.getKey());
            assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
        }
        var before = DatabaseFingerprint.of(jdbc);
        Map<String, String> blank = week(c, "08:00-12:00");
        blank.put("name", "  ");
        assertThat(Jsoup.parse(form(post("/calendars/" + c.id()), blank, 200)).select("#cal-name-msg").text()).isNotBlank();
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aBaseCalendarCycleIsRefusedNextToTheBaseField() throws Exception {
        ProjectCalendar child = calendars.create(new CalendarDraft(null, "Child " + System.nanoTime(), standard().id(), null, null, null,
                List.of(), List.of()));
        ProjectCalendar std = standard();
        Map<String, String> fields = week(std, "08:00-12:00,13:00-17:00");
        fields.put("baseCalendarId", String.valueOf(child.id()));
        var before = DatabaseFingerprint.of(jdbc);
        var page = Jsoup.parse(form(post("/calendars/" + std.id()), fields, 200));
        assertThat(page.select("#cal-base-msg").text()).contains("cannot inherit from itself");
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aHolidayMovesTheProjectsThatUseTheCalendarAndBadExceptionsChangeNothing() throws Exception {
        ProjectCalendar c = projectCalendar();
        assertThat(tasks.get(project.id(), build.id()).plannedFinish()).isEqualTo(LocalDateTime.parse("2026-01-09T17:00"));

        var before = DatabaseFingerprint.of(jdbc);
        var page = Jsoup.parse(form(post("/calendars/" + c.id() + "/exceptions"),
                Map.of("exName", "Strike", "exFrom", "2026-01-08", "exTo", "2026-01-07", "version", String.valueOf(c.version())), 200));
        assertThat(page.select("#ex-to-msg").text()).contains("ends before it starts");
        page = Jsoup.parse(form(post("/calendars/" + c.id() + "/exceptions"), Map.of("exName", "Strike", "exFrom", "7 Jan"), 200));
        assertThat(page.select("#ex-from-msg").text()).contains("is not a date");
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);

        form(post("/calendars/" + c.id() + "/exceptions"), Map.of("exName", "Strike", "exFrom", "2026-01-07", "version",
                String.valueOf(c.version())), 302);
        assertThat(projectCalendar().exceptions()).hasSize(1);
        assertThat(tasks.get(project.id(), build.id()).plannedFinish()).as("Build finishes a working day later")
                .isEqualTo(LocalDateTime.parse("2026-01-12T17:00"));
        var month = Jsoup.parse(page("/calendars/" + c.id() + "?month=2026-01"));
        assertThat(month.select("td[data-date=2026-01-07]").hasClass("exc")).isTrue();
        assertThat(month.select("td[data-date=2026-01-07]").hasClass("off")).isTrue();
        assertThat(month.select("td[data-date=2026-01-08]").hasClass("work")).isTrue();

        before = DatabaseFingerprint.of(jdbc);
        page = Jsoup.parse(form(post("/calendars/" + c.id() + "/exceptions"), Map.of("exName", "Again", "exFrom", "2026-01-06",
                "exTo", "2026-01-09", "version", String.valueOf(projectCalendar().version())), 200));
        assertThat(page.select(".ex-add .msg[role=alert]").text()).contains("overlap");
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void aStaleFormOrAMissingCsrfTokenChangesNothing() throws Exception {
        ProjectCalendar c = projectCalendar();
        var before = DatabaseFingerprint.of(jdbc);
        Map<String, String> stale = week(c, "09:00-17:00");
        stale.put("version", String.valueOf(c.version() + 7));
        assertThat(Jsoup.parse(form(post("/calendars/" + c.id()), stale, 200)).select(".msg.banner").text()).isNotBlank();
        MockHttpServletRequestBuilder noToken = post("/calendars/" + c.id()).with(user("admin"));
        week(c, "09:00-17:00").forEach(noToken::param);
        assertThat(mvc.perform(noToken).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
    }

    @Test
    void settingABaselineAsksBeforeReplacingAndTheCompareViewShowsTheSlip() throws Exception {
        String url = "/projects/" + project.id() + "/baselines";
        var before = DatabaseFingerprint.of(jdbc);
        assertThat(Jsoup.parse(form(post(url), Map.of("number", "0", "name", " "), 200)).select("#bl-name-msg").text()).isNotBlank();
        assertThat(Jsoup.parse(form(post(url), Map.of("number", "11", "name", "Plan"), 200)).select("#bl-number-msg").text())
                .contains("0 to 10");
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);

        form(post(url), Map.of("number", "0", "name", "Approved"), 302);
        before = DatabaseFingerprint.of(jdbc);
        var confirm = Jsoup.parse(form(post(url), Map.of("number", "0", "name", "Re-plan"), 200));
        assertThat(confirm.select(".confirm").text()).contains("Approved").contains("Replace");
        assertThat(DatabaseFingerprint.of(jdbc)).as("nothing is replaced before the user confirms").isEqualTo(before);

        Task b = tasks.get(project.id(), build.id());
        tasks.update(project.id(), b.id(), b.version(), new TaskDraft(b.parentId(), b.position(), b.wbsCode(), b.name(), false, null,
                5 * 480L, null, null, null, null, null, null, null, null, null, null, null, null, null));
        var compare = Jsoup.parse(page(url));
        assertThat(compare.select("section.kpis").text()).contains("Finish variance").contains("+2d");
        assertThat(compare.select("tr.slipped").eachAttr("data-task-id")).containsExactly(String.valueOf(build.id()));
        assertThat(compare.select("tr[data-task-id=" + build.id() + "] td.var").text()).isEqualTo("+2d");

        form(post(url), Map.of("number", "0", "name", "Re-plan", "confirm", "true"), 302);
        List<Baseline> all = baselines.all(project.id());
        assertThat(all).extracting(Baseline::name).containsExactly("Re-plan");
        assertThat(Jsoup.parse(page(url)).select("tr.slipped")).as("against the new baseline nothing slipped").isEmpty();
    }

    private Map<String, String> week(ProjectCalendar c, String mondayPeriods) {
        Map<String, String> fields = new java.util.HashMap<>();
        fields.put("name", c.name());
        fields.put("baseCalendarId", c.baseCalendarId() == null ? "" : String.valueOf(c.baseCalendarId()));
        fields.put("minutesPerDay", "8");
        fields.put("version", String.valueOf(c.version()));
        for (var d : java.time.DayOfWeek.values()) {
            fields.put("mode-" + d.name(), d == java.time.DayOfWeek.MONDAY ? "WORKING" : c.baseCalendarId() == null ? "NONWORKING" : "INHERIT");
            fields.put("periods-" + d.name(), d == java.time.DayOfWeek.MONDAY ? mondayPeriods : "");
        }
        return fields;
    }

    @Test
    void theProjectPageOffersEveryExportAndTheBrowserDownloadsIt() throws Exception {
        var links = Jsoup.parse(page("/projects/" + project.id())).select(".export-links a");
        assertThat(links.eachAttr("href")).containsExactlyElementsOf(List.of("mspdi", "xer", "pmxml", "xlsx", "csv", "json", "ics")
                .stream().map(f -> "/projects/" + project.id() + "/export?format=" + f).toList());
        MvcResult ics = mvc.perform(get("/projects/" + project.id() + "/export?format=ics").with(user("admin"))).andReturn();
        assertThat(ics.getResponse().getStatus()).isEqualTo(200);
        assertThat(ics.getResponse().getContentType()).startsWith("text/calendar");
        assertThat(ics.getResponse().getHeader("Content-Disposition")).contains(project.code() + ".ics");
        assertThat(ics.getResponse().getContentAsString()).startsWith("BEGIN:VCALENDAR\r\n");
        MvcResult mspdi = mvc.perform(get("/projects/" + project.id() + "/export?format=mspdi").with(user("admin"))).andReturn();
        assertThat(mspdi.getResponse().getContentAsString()).contains("<Name>Design</Name>", "<Name>Build</Name>");
        MvcResult bad = mvc.perform(get("/projects/" + project.id() + "/export?format=pdf").with(user("admin"))).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString()).contains("Unknown export format 'pdf'");
        MvcResult anonymous = mvc.perform(get("/projects/" + project.id() + "/export?format=csv")
                .accept(org.springframework.http.MediaType.TEXT_HTML)).andReturn();
        assertThat(anonymous.getResponse().getStatus()).as("a signed-out browser is sent to the login page").isEqualTo(302);
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    private String page(String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(user("admin"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    private String form(MockHttpServletRequestBuilder request, Map<String, String> fields, int status) throws Exception {
        request.with(user("admin")).with(csrf());
        fields.forEach(request::param);
        MvcResult r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        return r.getResponse().getContentAsString();
    }
}
