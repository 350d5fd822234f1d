package org.bearing.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bearing.risk.web.MatrixFormPages.fields;
import static org.bearing.risk.web.MatrixFormPages.request;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bearing.plan.Portfolios;
import org.bearing.plan.Program;
import org.bearing.plan.ProgramDraft;
import org.bearing.plan.Project;
import org.bearing.plan.ProjectDraft;
import org.bearing.plan.Projects;
import org.bearing.risk.ConfiguredRiskMatrix;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskDraft;
import org.bearing.risk.RiskMatrices;
import org.bearing.risk.RiskMatrix;
import org.bearing.risk.RiskRegister;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The program's matrix settings page through the browser security chain: the same form as a project's, a refused
 * matrix re-renders with status 400 beside its field and leaves the program's matrix as it was, a saved one scores the
 * program's risks and its projects without a matrix of their own (not a project with its own), and the reset goes
 * back to the standard matrix. (Same context as PlanPagesTest and RiskMatrixPagesTest, so the suite starts it once.)
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:plan-pages;DB_CLOSE_DELAY=-1", "bearing.admin-password=pages-test"})
class ProgramRiskMatrixPagesTest {
    @Autowired
    WebApplicationContext context;
    @Autowired
    Portfolios portfolios;
    @Autowired
    Projects projects;
    @Autowired
    RiskRegister register;
    @Autowired
    RiskMatrices matrices;

    MockMvc mvc;
    Program program;
    Project inherits;
    Project ownMatrix;
    String url;

    @BeforeEach
    void aProgramWithTwoProjectsAndThreats() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        program = portfolios.create(new ProgramDraft(null, "Data centre move " + System.nanoTime() % 1_000_000, null, null, null));
        inherits = project("Inherits");
        ownMatrix = project("Own matrix");
        matrices.configureProject(ownMatrix.id(), null, RiskMatrix.standard(), "admin");
        register.record(inherits.id(), threat("Vendor late"), "admin");
        register.record(ownMatrix.id(), threat("Racks late"), "admin");
        register.recordInProgram(program.id(), threat("Shared move slips"), "admin");
        url = "/programs/" + program.id() + "/risks/matrix";
    }

    private Project project(String name) {
        return projects.create(new ProjectDraft(program.id(), "PM" + System.nanoTime() % 1_000_000_000, name, null, null, null, List.of(),
                List.of(), LocalDate.of(2026, 1, 5), null, "EUR", null, null, null));
    }

    private static RiskDraft threat(String title) {
        return new RiskDraft(Risk.Kind.THREAT, title, null, null, null, null, "Ada", 3, new RiskDraft.Impact(4, 1, 1, 1), null, null, null, List.of(), null, null,
                null, null, null, null);
    }

    @Test
    void theProgramRisksPageLinksToTheStandardMatrixOfANewProgram() throws Exception {
        Document risks = Jsoup.parse(page("/programs/" + program.id() + "/risks"));
        assertThat(risks.select("#matrix-settings").attr("href")).isEqualTo(url);
        assertThat(risks.select("#matrix-source").text()).isEqualTo("the standard matrix");

        Document page = Jsoup.parse(page(url));
        assertThat(page.select("h1").text()).isEqualTo(program.name() + " · Risk matrix");
        assertThat(page.select("#matrix-form").attr("action")).isEqualTo(url);
        assertThat(page.select("p.crumbs a").eachAttr("href")).containsExactly("/", "/programs/" + program.id() + "/risks");
        assertThat(page.select("nav.tabs")).as("no project tabs on a program's page").isEmpty();
        assertThat(page.select("p.muted").text()).contains("Now using the standard matrix", "its projects that have none");
        assertThat(page.select("#matrix-reset")).as("nothing of its own to drop").isEmpty();
        assertThat(fields(page)).containsEntry("scores[2][3]", "12").containsEntry("ratings[2].minScore", "12")
                .containsEntry("ratings[2].colour", "red").containsEntry("ratings[3].label", "");
    }

    @Test
    void aBadMatrixIsRefusedBesideItsFieldAndStoresNothing() throws Exception {
        Map<String, String> fields = fields(Jsoup.parse(page(url)));
        ConfiguredRiskMatrix before = matrices.ofProgram(program.id());

        Document notRising = Jsoup.parse(submit(with(fields, "ratings[2].minScore", "5"), 400));
        assertThat(notRising.select("#e-m-ratings-2-minScore").text()).contains("rise strictly");
        assertThat(notRising.select("#m-ratings-2-minScore").val()).as("what was typed stays").isEqualTo("5");
        assertThat(notRising.select("#m-ratings-2-minScore").attr("aria-invalid")).isEqualTo("true");
        assertThat(notRising.select("#matrix-errors a").attr("href")).isEqualTo("#m-ratings-2-minScore");
        assertThat(notRising.select("#matrix-form").attr("action")).as("the refused form still posts to the program").isEqualTo(url);

        assertThat(Jsoup.parse(submit(with(fields, "scores[0][0]", "one"), 400)).select("#e-m-scores-0-0").text()).contains("whole number");
        assertThat(Jsoup.parse(submit(with(fields, "scores[2][3]", "2"), 400)).select("#e-m-scores-2-3").text()).contains("is lower than");
        assertThat(Jsoup.parse(submit(with(fields, "probability[1].fromPercent", "10"), 400)).select("#e-m-probability-1-fromPercent").text())
                .contains("must start at");
        Element colour = Jsoup.parse(submit(with(fields, "ratings[1].colour", "pink"), 400)).selectFirst("#m-ratings-1-colour").parent();
        assertThat(colour.hasClass("has-error")).isTrue();
        assertThat(colour.select(".field-error").text()).contains("one of");

        assertThat(matrices.ofProgram(program.id())).as("the program's matrix is as it was").isEqualTo(before);
        assertThat(before.source()).isEqualTo(ConfiguredRiskMatrix.Source.STANDARD);
        assertThat(matrices.ofProject(inherits.id()).source()).isEqualTo(ConfiguredRiskMatrix.Source.STANDARD);
    }

    @Test
    void aSavedMatrixScoresTheProgramAndItsProjectsWithoutTheirOwnUntilItIsDropped() throws Exception {
        Map<String, String> extreme = with(fields(Jsoup.parse(page(url))), "ratings[2].minScore", "15");
        extreme.put("ratings[3].label", "EXTREME");
        extreme.put("ratings[3].minScore", "20");
        extreme.put("ratings[3].colour", "purple");
        MvcResult saved = mvc.perform(request(url, extreme)).andReturn();
        assertThat(saved.getResponse().getStatus()).as(saved.getResponse().getContentAsString()).isEqualTo(302);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(url + "?saved=1");

        ConfiguredRiskMatrix configured = matrices.ofProgram(program.id());
        assertThat(configured.source()).isEqualTo(ConfiguredRiskMatrix.Source.PROGRAM);
        assertThat(configured.matrix().ratings()).extracting(RiskMatrix.Rating::label, RiskMatrix.Rating::minScore)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LOW", 1), org.assertj.core.groups.Tuple.tuple("MEDIUM", 5),
                        org.assertj.core.groups.Tuple.tuple("HIGH", 15), org.assertj.core.groups.Tuple.tuple("EXTREME", 20));
        assertThat(matrices.ofProject(inherits.id())).as("a project without its own matrix takes the program's")
                .extracting(ConfiguredRiskMatrix::source, ConfiguredRiskMatrix::matrix)
                .containsExactly(ConfiguredRiskMatrix.Source.PROGRAM, configured.matrix());
        assertThat(matrices.ofProject(ownMatrix.id()).matrix()).as("a project with its own keeps it").isEqualTo(RiskMatrix.standard());

        Document after = Jsoup.parse(page(url + "?saved=1"));
        assertThat(after.select("p.notice").text()).startsWith("Saved");
        assertThat(after.select("p.muted").text()).contains("Now using the program's own matrix");
        assertThat(after.select("#matrix-reset").text()).isEqualTo("Drop the program's matrix");
        assertThat(Jsoup.parse(page("/projects/" + inherits.id() + "/risks")).select("tr[data-code=R-001] .rag").text())
                .as("12 is now below High's 15").isEqualTo("MEDIUM");
        assertThat(Jsoup.parse(page("/projects/" + ownMatrix.id() + "/risks")).select("tr[data-code=R-001] .rag").text()).isEqualTo("HIGH");
        Document programRisks = Jsoup.parse(page("/programs/" + program.id() + "/risks"));
        assertThat(programRisks.select("#matrix-source").text()).isEqualTo("the program's own matrix");
        assertThat(rating(programRisks, "Program")).as("the program's own risk").isEqualTo("MEDIUM");
        assertThat(rating(programRisks, inherits.code())).isEqualTo("MEDIUM");
        assertThat(rating(programRisks, ownMatrix.code())).isEqualTo("HIGH");

        MvcResult reset = mvc.perform(post(url + "/reset").with(user("admin")).with(csrf())).andReturn();
        assertThat(reset.getResponse().getRedirectedUrl()).isEqualTo(url + "?reset=1");
        assertThat(Jsoup.parse(page(url + "?reset=1")).select("p.notice").text()).contains("program's own matrix was dropped");
        assertThat(matrices.ofProgram(program.id()).source()).isEqualTo(ConfiguredRiskMatrix.Source.STANDARD);
        assertThat(matrices.ofProject(inherits.id()).matrix()).isEqualTo(RiskMatrix.standard());
        assertThat(Jsoup.parse(page("/projects/" + inherits.id() + "/risks")).select("tr[data-code=R-001] .rag").text()).isEqualTo("HIGH");
    }

    @Test
    void thePageNeedsASignInAndItsPostsACsrfToken() throws Exception {
        MvcResult anonymous = mvc.perform(get(url).accept(org.springframework.http.MediaType.TEXT_HTML)).andReturn();
        assertThat(anonymous.getResponse().getStatus()).as("anonymous: to the sign-in page").isEqualTo(302);
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
        var noToken = post(url).with(user("admin"));
        fields(Jsoup.parse(page(url))).forEach(noToken::param);
        assertThat(mvc.perform(noToken).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(url + "/reset").with(user("admin"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(matrices.ofProgram(program.id()).source()).isEqualTo(ConfiguredRiskMatrix.Source.STANDARD);
    }

    /** The rating shown in the program register's row whose first cell ("where") is {@code where}. */
    private static String rating(Document programRisks, String where) {
        return programRisks.select("tbody tr").stream().filter(tr -> tr.child(0).text().equals(where)).findFirst().orElseThrow()
                .select(".rag").first().text();
    }

    private static Map<String, String> with(Map<String, String> fields, String field, String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(field, value);
        return changed;
    }


    private String page(String url) throws Exception {
        return MatrixFormPages.page(mvc, url);
    }


    private String submit(Map<String, String> fields, int status) throws Exception {
        MvcResult r = mvc.perform(request(url, fields)).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        return r.getResponse().getContentAsString();
    }
}
