package org.bearing.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.Map;
import org.bearing.plan.ProjectDraft;
import org.bearing.plan.Projects;
import org.bearing.plan.TaskSheet;
import org.bearing.support.DatabaseFingerprint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The Tasks tab and the New project page through the whole MVC and security stack: pages render the schedule, writes
 * need the CSRF token, and refused input comes back as the page with a message bound to the field (422), with
 * nothing changed.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:sheet-pages;DB_CLOSE_DELAY=-1", "bearing.admin-password=pages-test"})
class TaskSheetPagesTest {
    @Autowired
    WebApplicationContext context;
    @Autowired
    Projects projects;
    @Autowired
    TaskSheet sheet;
    @Autowired
    JdbcClient jdbc;
    MockMvc mvc;
    long project;
    long design;
    long build;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        project = projects.create(new ProjectDraft(null, "P" + System.nanoTime() % 1_000_000_000, "Pages", null, null, null, null, null,
                LocalDate.of(2026, 1, 5), null, "EUR", null, null, null)).id();
        design = sheet.add(project, null, "Design").id();
        build = sheet.add(project, null, "Build").id();
        sheet.edit(project, build, TaskSheet.Column.PREDECESSORS, "1FS+1d");
    }

    @Test
    void theSheetShowsRowsPredecessorsDatesFloatAndTheCriticalPath() throws Exception {
        String html = body(mvc.perform(as(get("/projects/" + project + "/tasks"))).andReturn(), 200);
        assertThat(html).contains("href=\"/projects/" + project + "/tasks\" class=\"active\">Tasks</a>")
                .contains("data-col=\"predecessors\" data-value=\"1FS+1d\"")
                .contains("Mon 2026-01-05").contains("Wed 2026-01-07")   // Design Mon, Build after a day's lag
                .contains("<span class=\"crit-badge\">Critical</span>")
                .contains("data-csrf=\"").contains("/js/grid.js");
    }

    @Test
    void aGoodEditAnswersTheRecomputedSheet() throws Exception {
        String html = body(mvc.perform(as(patch("/projects/" + project + "/tasks/" + design)).with(csrf())
                .param("column", "duration").param("value", "3d")).andReturn(), 200);
        assertThat(html).startsWith("<div id=\"sheet\"").contains("data-col=\"duration\" data-value=\"3d\"")
                .contains("Fri 2026-01-09")            // Build now starts after 3 days + 1 day lag
                .contains("title=\"Undo: Set the duration of &#39;Design&#39; to 3d (Ctrl+Z)\"");
        html = body(mvc.perform(as(patch("/projects/" + project + "/tasks/" + build)).with(csrf())
                .param("column", "start").param("value", "2026-01-12")).andReturn(), 200);
        assertThat(html).contains("Mon 2026-01-12<span class=\"pin\" title=\"Start no earlier than 2026-01-12\"");
        mvc.perform(as(post("/projects/" + project + "/tasks/undo")).with(csrf()));
        html = body(mvc.perform(as(post("/projects/" + project + "/tasks/undo")).with(csrf())).andReturn(), 200);
        assertThat(html).contains("Undone: Set the duration of 'Design' to 3d").contains("Wed 2026-01-07");
    }

    @Test
    void refusedEditsComeBackNextToTheirCellAndChangeNothing() throws Exception {
        Map<String, Long> print = DatabaseFingerprint.of(jdbc);
        long journal = journalSize();
        String[][] cases = {
                {"duration", "abc", "'abc' is not a duration"},
                {"duration", "-1d", "A duration cannot be negative"},
                {"start", "2026-02-31", "'2026-02-31' is not a date"},
                {"predecessors", "1XX", "'1XX' is not a predecessor"},
                {"predecessors", "7", "there is no row 7"},
                {"predecessors", "2", "cannot depend on itself"}};
        for (String[] c : cases) {
            String html = body(mvc.perform(as(patch("/projects/" + project + "/tasks/" + build)).with(csrf())
                    .param("column", c[0]).param("value", c[1])).andReturn(), 422);
            assertThat(html).as(c[1]).contains("class=\"cell c-" + c[0] + " invalid\"")
                    .contains("value=\"" + c[1] + "\"").contains("aria-invalid=\"true\" aria-describedby=\"cell-error\"")
                    .contains("<div class=\"cell-error\" id=\"cell-error\" role=\"alert\">").contains(c[2]);
        }
        String cycle = body(mvc.perform(as(patch("/projects/" + project + "/tasks/" + design)).with(csrf())
                .param("column", "predecessors").param("value", "2")).andReturn(), 422);
        assertThat(cycle).contains("This link would close a dependency cycle: Build → Design → Build");
        String indent = body(mvc.perform(as(post("/projects/" + project + "/tasks/" + build + "/indent")).with(csrf())).andReturn(), 422);
        assertThat(indent).contains("'Build' depends on 'Design'");
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(print);
        assertThat(journalSize()).isEqualTo(journal);
    }

    @Test
    void writesWithoutTheCsrfTokenAreRefused() throws Exception {
        assertThat(mvc.perform(as(delete("/projects/" + project + "/tasks/" + build))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(sheet.timeUnits(project)).isNotNull();
        assertThat(jdbc.sql("select count(*) from task where id = ?").param(build).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theNewProjectFormMarksEachBadFieldAndCreatesNothing() throws Exception {
        Map<String, Long> print = DatabaseFingerprint.of(jdbc);
        String html = body(mvc.perform(as(post("/projects/new")).with(csrf()).param("code", "bad code!").param("name", " ")
                .param("startDate", "2026-13-45").param("currency", "EURO")).andReturn(), 422);
        assertThat(html).contains("The project was not created.").contains("the 4 fields")
                .contains("id=\"f-code\" name=\"code\" value=\"bad code!\"")
                .contains("aria-invalid=\"true\" aria-describedby=\"h-code e-code\"")
                .contains("<p class=\"field-error\" id=\"e-name\">The name must not be blank</p>")
                .contains("id=\"e-startDate\">'2026-13-45' is not a date")
                .contains("id=\"e-currency\">The currency must be an ISO 4217 code");
        String existing = projects.get(project).code();
        html = body(mvc.perform(as(post("/projects/new")).with(csrf()).param("code", existing).param("name", "Twin")
                .param("startDate", "2026-03-02").param("currency", "usd")).andReturn(), 422);
        assertThat(html).contains("id=\"e-code\">A project with code '" + existing + "' already exists")
                .contains("name=\"name\" value=\"Twin\"");
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(print);

        MvcResult ok = mvc.perform(as(post("/projects/new")).with(csrf()).param("code", "NEW-" + project).param("name", "Fresh")
                .param("startDate", "2026-03-02").param("currency", "usd").param("manager", "Ada")).andReturn();
        assertThat(ok.getResponse().getStatus()).isEqualTo(302);
        long created = projects.byCode("NEW-" + project).orElseThrow().id();
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/projects/" + created);
        assertThat(projects.get(created).currency()).isEqualTo("USD");
        assertThat(projects.get(created).manager()).isEqualTo("Ada");
    }

    @Test
    void theHomePageLinksToTheNewProjectForm() throws Exception {
        assertThat(body(mvc.perform(as(get("/"))).andReturn(), 200)).contains("href=\"/projects/new\"");
        assertThat(body(mvc.perform(as(get("/projects/new"))).andReturn(), 200)).contains("<h1>New project</h1>")
                .contains("name=\"_csrf\"").contains("<label for=\"f-startDate\">Start date</label>");
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder r) {
        return r.with(user("admin"));
    }

    private static String body(MvcResult r, int status) throws Exception {
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        return r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private long journalSize() {
        return jdbc.sql("select count(*) from plan_edit").query(Long.class).single();
    }
}
