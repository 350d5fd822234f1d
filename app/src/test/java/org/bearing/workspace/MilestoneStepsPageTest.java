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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The weighted-milestone steps of a task on the earned value page: added, renamed and re-weighted, marked achieved and
 * not, and removed in place, the task's EV following (achieved weight / total weight of its BAC); a step the plan's
 * rules refuse (weight not above 0, blank name) shows the message beside its field and nothing is written.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:ev-steps-pages;DB_CLOSE_DELAY=-1",
        "bearing.admin-password=steps-test"})
class MilestoneStepsPageTest {
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
    String steps;

    /** Build: BAC 1,000 (fixed cost), started, earned by weighted milestones with no steps yet; baselined. */
    @BeforeEach
    void plan() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String code = "MS" + System.nanoTime() % 1_000_000_000;
        project = projects.create(new ProjectDraft(null, code, "Steps", null, null, null, List.of(), List.of(),
                LocalDate.of(2026, 1, 5), null, "EUR", null, null, null));
        build = tasks.create(project.id(), TaskDraft.named("Build", null, 5 * 480L).withFixedCost(BigDecimal.valueOf(1000)));
        build = tasks.update(project.id(), build.id(), null, TaskDraft.of(tasks.get(project.id(), build.id()))
                .withProgress(BigDecimal.valueOf(20), LocalDate.of(2026, 1, 5).atTime(8, 0), null, null)
                .withEarning("WEIGHTED_MILESTONES", BigDecimal.ZERO, List.of()));
        baselines.capture(project.id(), new BaselineDraft(0, "Plan"));
        steps = "/projects/" + project.id() + "/earned-value/tasks/" + build.id() + "/steps";
    }

    @Test
    void aUserAddsEditsAchievesAndRemovesStepsAndTheTasksEarnedValueFollows() throws Exception {
        Document page = page();
        assertThat(page.select("#steps-" + build.id() + " li.ev-step")).isEmpty();
        assertThat(page.select("#add-step-" + build.id() + " input[name=name]")).hasSize(1);
        assertThat(ev(page)).isEqualTo("0");

        assertThat(send(post(steps).param("name", "Design approved").param("weight", "30"))).isEqualTo(302);
        assertThat(send(post(steps).param("name", "Accepted").param("weight", "70").param("version", version()))).isEqualTo(302);
        assertThat(stored()).containsExactly("Design approved:30:false",
                "Accepted:70:false");

        assertThat(send(post(steps + "/0/achieved").param("achieved", "true").param("version", version()))).isEqualTo(302);
        page = page();
        assertThat(ev(page)).as("30 / 100 of 1,000").isEqualTo("300");
        assertThat(page.select("#step-" + build.id() + "-0").attr("data-achieved")).isEqualTo("true");
        assertThat(page.select("#step-" + build.id() + "-0 .ev-step-share").text()).isEqualTo("30 %");

        assertThat(send(post(steps + "/0").param("name", "Design signed off").param("weight", "50")
                .param("version", version()))).isEqualTo(302);
        assertThat(stored().get(0)).as("renamed and re-weighted, still achieved")
                .isEqualTo("Design signed off:50:true");
        page = page();
        assertThat(ev(page)).as("50 / 120 of 1,000").isEqualTo("417");
        assertThat(page.select("#step-" + build.id() + "-0 input[name=name]").val()).isEqualTo("Design signed off");

        assertThat(send(post(steps + "/0/achieved").param("achieved", "false").param("version", version()))).isEqualTo(302);
        assertThat(stored().get(0)).isEqualTo("Design signed off:50:false");
        assertThat(ev(page())).isEqualTo("0");

        assertThat(send(post(steps + "/1/achieved").param("achieved", "true").param("version", version()))).isEqualTo(302);
        assertThat(send(post(steps + "/0/remove").param("version", version()))).isEqualTo(302);
        assertThat(stored()).containsExactly("Accepted:70:true");
        page = page();
        assertThat(ev(page)).as("the one step left is achieved").isEqualTo("1,000");
        assertThat(page.select("#steps-" + build.id() + " li.ev-step")).hasSize(1);
    }

    @Test
    void htmxGetsThePageBackToSwapWithTheNewMeasures() throws Exception {
        MvcResult r = mvc.perform(post(steps).param("name", "Done").param("weight", "1").header("HX-Request", "true")
                .with(user("admin")).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(stored()).hasSize(1);
        Document page = Jsoup.parse(r.getResponse().getContentAsString());
        assertThat(page.select("#ev #step-" + build.id() + "-0 input[name=name]").val()).isEqualTo("Done");
        assertThat(page.select("#ev #steps-" + build.id() + " form[hx-post]").eachAttr("hx-target")).containsOnly("#ev");

        r = mvc.perform(post(steps + "/0").param("name", "Done").param("weight", "0").header("HX-Request", "true")
                .with(user("admin")).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).as("htmx swaps only success: a refusal it asked for answers 200").isEqualTo(200);
        assertThat(Jsoup.parse(r.getResponse().getContentAsString()).select("#e-step-" + build.id() + "-0-weight").text())
                .isEqualTo("Weight must be a number above 0 and at most 1,000,000");
    }

    @Test
    void aRefusedStepIsShownBesideItsFieldAndNothingChanges() throws Exception {
        send(post(steps).param("name", "Design approved").param("weight", "30"));
        String v = version();
        // {url, name, weight, field id, message}
        String[][] cases = {
                {steps, "Review", "0", "new-weight", "Weight must be a number above 0 and at most 1,000,000"},
                {steps, "Review", "-5", "new-weight", "Weight must be a number above 0 and at most 1,000,000"},
                {steps, "Review", "2000000", "new-weight", "Weight must be a number above 0 and at most 1,000,000"},
                {steps, "Review", "heavy", "new-weight", "Weight must be a number, not “heavy”"},
                {steps, "  ", "10", "new-name", "Name must be one line of 1..200 characters"},
                {steps + "/0", "Design approved", "0", "0-weight", "Weight must be a number above 0 and at most 1,000,000"},
                {steps + "/0", "", "30", "0-name", "Name must be one line of 1..200 characters"}};
        for (String[] c : cases) {
            var before = DatabaseFingerprint.of(jdbc);
            MvcResult r = mvc.perform(post(c[0]).param("name", c[1]).param("weight", c[2]).param("version", v)
                    .with(user("admin")).with(csrf())).andReturn();
            assertThat(r.getResponse().getStatus()).as(c[2]).isEqualTo(422);
            Document page = Jsoup.parse(r.getResponse().getContentAsString());
            String id = "e-step-" + build.id() + "-" + c[3];
            assertThat(page.select("#" + id).text()).as(c[1] + " " + c[2]).isEqualTo(c[4]);
            String field = c[3].endsWith("weight") ? "weight" : "name";
            assertThat(page.select("input[aria-describedby=" + id + "]").attr("name")).as("beside its field").isEqualTo(field);
            assertThat(page.select("input[aria-describedby=" + id + "]").val()).as("as typed").isEqualTo(c[field.equals("weight") ? 2 : 1]);
            assertThat(DatabaseFingerprint.of(jdbc)).as(c[1] + " " + c[2]).isEqualTo(before);
        }
        assertThat(stored()).containsExactly("Design approved:30:false");
    }

    @Test
    void aFormFromAnOlderVersionOfTheTaskChangesNothing() throws Exception {
        send(post(steps).param("name", "First").param("weight", "1"));
        String old = version();
        send(post(steps).param("name", "Second").param("weight", "1").param("version", old));
        var before = DatabaseFingerprint.of(jdbc);
        MvcResult r = mvc.perform(post(steps + "/0/remove").param("version", old).with(user("admin")).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(422);
        assertThat(Jsoup.parse(r.getResponse().getContentAsString()).select("#e-steps-" + build.id()).text())
                .contains("changed since this page was drawn");
        r = mvc.perform(post(steps + "/7/achieved").param("achieved", "true").with(user("admin")).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).as("no step 7").isEqualTo(422);
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(before);
        assertThat(stored()).containsExactly("First:1:false", "Second:1:false");
    }

    /** The task's steps as stored, each "name:weight:achieved". */
    private List<String> stored() {
        return tasks.get(project.id(), build.id()).evMilestones().stream()
                .map(m -> m.name() + ":" + m.weight().stripTrailingZeros().toPlainString() + ":" + m.achieved()).toList();
    }

    private String version() {
        return String.valueOf(tasks.get(project.id(), build.id()).version());
    }

    private static String ev(Document page) {
        return page.select("tr[data-task-id] td").get(5).text();
    }

    private Document page() throws Exception {
        MvcResult r = mvc.perform(get("/projects/" + project.id() + "/earned-value").with(user("admin"))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(r.getResponse().getContentAsString());
    }

    private int send(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request.with(user("admin")).with(csrf())).andReturn();
        return r.getResponse().getStatus();
    }
}
