package org.bearing.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bearing.plan.BaselineDraft;
import org.bearing.plan.Baselines;
import org.bearing.plan.EarnedValueMethod;
import org.bearing.plan.Project;
import org.bearing.plan.ProjectDraft;
import org.bearing.plan.Projects;
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
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The earned value page's task table: each task's EV method and physical % complete are shown and saved in place; a
 * refused value is shown again beside its field with the message, and nothing is written.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:ev-pages;DB_CLOSE_DELAY=-1", "bearing.admin-password=pages-test"})
class EarnedValuePagesTest {
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Projects projects;
    @Autowired
    Tasks tasks;
    @Autowired
    Baselines baselines;

    MockMvc mvc;
    Project project;
    Task build;

    @BeforeEach
    void plan() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String code = "EV" + System.nanoTime() % 1_000_000_000;
        project = projects.create(new ProjectDraft(null, code, "EV pages", null, null, null, List.of(), List.of(),
                LocalDate.of(2026, 1, 5), null, "EUR", null, null, null));
        build = tasks.create(project.id(), TaskDraft.named("Build", null, 5 * 480L).withFixedCost(BigDecimal.valueOf(1000)));
        build = tasks.update(project.id(), build.id(), null, TaskDraft.of(tasks.get(project.id(), build.id()))
                .withProgress(BigDecimal.valueOf(20), LocalDate.of(2026, 1, 5).atTime(8, 0), null, null));
        baselines.capture(project.id(), new BaselineDraft(0, "Plan"));
    }

    @Test
    void theTaskTableShowsAndSavesEachTasksMethod() throws Exception {
        Document page = Jsoup.parse(send(get("/projects/" + project.id() + "/earned-value"), 200));
        assertThat(page.select("#task-" + build.id() + " select[name=evMethod] option[selected]").val()).isEqualTo("PERCENT_COMPLETE");
        assertThat(page.select("#task-" + build.id() + " select[name=evMethod] option").eachAttr("value"))
                .containsExactly("PERCENT_COMPLETE", "ZERO_HUNDRED", "FIFTY_FIFTY", "WEIGHTED_MILESTONES", "PHYSICAL_PERCENT");
        assertThat(page.select("#task-" + build.id() + " td").get(5).text()).isEqualTo("200"); // EV: 20 % of 1,000

        MvcResult saved = mvc.perform(post("/projects/" + project.id() + "/earned-value/tasks/" + build.id()).with(user("admin"))
                .with(csrf()).param("evMethod", "FIFTY_FIFTY").param("physicalPercentComplete", "35")).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        Task after = tasks.get(project.id(), build.id());
        assertThat(after.evMethod()).isEqualTo(EarnedValueMethod.FIFTY_FIFTY);
        assertThat(after.physicalPercentComplete()).isEqualByComparingTo("35");
        page = Jsoup.parse(send(get("/projects/" + project.id() + "/earned-value"), 200));
        assertThat(page.select("#task-" + build.id() + " select[name=evMethod] option[selected]").text()).isEqualTo("50/50");
        assertThat(page.select("#task-" + build.id() + " input[name=physicalPercentComplete]").val()).isEqualTo("35");
        assertThat(page.select("#task-" + build.id() + " td").get(5).text()).isEqualTo("500"); // started: half of 1,000
    }

    @Test
    void aRefusedValueIsShownBesideItsFieldAndNothingChanges() throws Exception {
        String url = "/projects/" + project.id() + "/earned-value/tasks/" + build.id();
        String[][] cases = {{"PHYSICAL_PERCENT", "140", "physical", "must be from 0 to 100, not 140"},
                {"PHYSICAL_PERCENT", "lots", "physical", "must be a number"},
                {"BY_MAGIC", "10", "method", "Choose one of: % complete, 0/100, 50/50, Weighted milestones, Physical % complete"}};
        for (String[] c : cases) {
            var before = DatabaseFingerprint.of(jdbc);
            MvcResult r = mvc.perform(post(url).with(user("admin")).with(csrf()).param("evMethod", c[0])
                    .param("physicalPercentComplete", c[1])).andReturn();
            assertThat(r.getResponse().getStatus()).as(c[1]).isEqualTo(422);
            Document page = Jsoup.parse(r.getResponse().getContentAsString());
            assertThat(page.select("#e-" + c[2] + "-" + build.id()).text()).as(c[1]).contains(c[3]);
            assertThat(page.select("#task-" + build.id() + " input[name=physicalPercentComplete]").val())
                    .as("what the user typed stays in the field").isEqualTo(c[1]);
            assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
        }
        assertThat(tasks.get(project.id(), build.id()).evMethod()).isEqualTo(EarnedValueMethod.PERCENT_COMPLETE);
    }

    /** The method form carries the S-curve granularity in view: a refusal and a save both come back at it, not at WEEK. */
    @Test
    void theMethodFormKeepsTheGranularityInView() throws Exception {
        String url = "/projects/" + project.id() + "/earned-value/tasks/" + build.id();
        Document page = Jsoup.parse(send(get("/projects/" + project.id() + "/earned-value?granularity=MONTH"), 200));
        assertThat(page.select("form[action=" + url + "] input[name=granularity]").val()).isEqualTo("MONTH");

        MvcResult refused = mvc.perform(post(url).with(user("admin")).with(csrf()).param("evMethod", "PHYSICAL_PERCENT")
                .param("physicalPercentComplete", "140").param("granularity", "MONTH")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        page = Jsoup.parse(refused.getResponse().getContentAsString());
        assertThat(page.select("p.scurve-periods strong").text()).as("the S-curve in view").isEqualTo("month");
        assertThat(page.select("form[action=" + url + "] input[name=granularity]").val()).isEqualTo("MONTH");

        MvcResult saved = mvc.perform(post(url).with(user("admin")).with(csrf()).param("evMethod", "FIFTY_FIFTY")
                .param("physicalPercentComplete", "").param("granularity", "DAY")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl())
                .isEqualTo("/projects/" + project.id() + "/earned-value?granularity=DAY#task-" + build.id());
    }

    private String send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, int status)
            throws Exception {
        MvcResult r = mvc.perform(request.with(user("admin"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        return r.getResponse().getContentAsString();
    }
}
