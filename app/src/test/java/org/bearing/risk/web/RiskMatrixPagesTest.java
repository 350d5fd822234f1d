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
import org.bearing.plan.Project;
import org.bearing.plan.ProjectDraft;
import org.bearing.plan.Projects;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskDraft;
import org.bearing.risk.RiskRegister;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * The risk register page and its matrix settings through the browser security chain: the heat map is SVG drawn from
 * the project's matrix, a refused matrix re-renders with the message beside the field and stores nothing, and a saved
 * one changes the ratings the register shows. (Same context as PlanPagesTest, so the suite starts it once.)
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:plan-pages;DB_CLOSE_DELAY=-1", "bearing.admin-password=pages-test"})
class RiskMatrixPagesTest {
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Projects projects;
    @Autowired
    RiskRegister register;

    MockMvc mvc;
    Project project;

    @BeforeEach
    void aProjectWithAThreat() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        project = projects.create(new ProjectDraft(null, "M" + System.nanoTime() % 1_000_000_000, "Matrix pages", null, null, null, List.of(),
                List.of(), LocalDate.of(2026, 1, 5), null, "EUR", null, null, null));
        register.record(project.id(), new RiskDraft(Risk.Kind.THREAT, "Vendor late", null, null, null, null, "Ada", 3, new RiskDraft.Impact(4, 1, 1, 1), null, null,
                null, List.of(), null, null, null, null, null, null), "admin");
    }

    @Test
    void theRegisterDrawsItsHeatMapFromTheMatrixAndLinksToItsSettings() throws Exception {
        Document page = Jsoup.parse(page("/projects/" + project.id() + "/risks"));
        assertThat(page.select("svg.heat g.cell")).hasSize(25);
        Element cell = page.selectFirst("svg.heat g.cell[data-probability=3][data-impact=4]");
        assertThat(cell.attr("data-score")).isEqualTo("12");
        assertThat(cell.hasClass("heat-red")).isTrue();
        assertThat(cell.select("text.count").text()).isEqualTo("1");
        assertThat(page.select("svg.heat").text()).contains("P5 Almost certain", "≥ 80 %", "Very high", "HIGH ≥ 12");
        assertThat(page.select("tr[data-code=R-001] .rag").text()).isEqualTo("HIGH");
        assertThat(page.select("#matrix-settings").attr("href")).isEqualTo("/projects/" + project.id() + "/risks/matrix");
    }

    @Test
    void aBadMatrixIsRefusedBesideItsFieldAndAGoodOneRatesTheRegister() throws Exception {
        String url = "/projects/" + project.id() + "/risks/matrix";
        Map<String, String> fields = fields(Jsoup.parse(page(url)));
        assertThat(fields).containsEntry("scores[2][3]", "12").containsEntry("ratings[2].minScore", "12").containsEntry("ratings[3].label", "")
                .containsEntry("ratings[2].colour", "red");

        long matrices = jdbc.sql("select count(*) from risk_matrix").query(Long.class).single();
        Map<String, String> flat = new LinkedHashMap<>(fields);
        flat.put("ratings[2].minScore", "5");
        Document refused = Jsoup.parse(submit(url, flat, 400));
        assertThat(refused.select("#e-m-ratings-2-minScore").text()).as(refused.select(".field-error").outerHtml()).contains("rise strictly");
        assertThat(refused.select("#m-ratings-2-minScore").val()).as("what was typed stays").isEqualTo("5");
        assertThat(refused.select("#m-ratings-2-minScore").attr("aria-invalid")).isEqualTo("true");

        Map<String, String> notANumber = new LinkedHashMap<>(fields);
        notANumber.put("scores[0][0]", "one");
        assertThat(Jsoup.parse(submit(url, notANumber, 400)).select("#e-m-scores-0-0").text()).contains("whole number");

        Map<String, String> gap = new LinkedHashMap<>(fields);
        gap.put("ratings[1].label", "");
        gap.put("ratings[1].minScore", "");
        gap.put("ratings[2].minScore", "1");
        assertThat(Jsoup.parse(submit(url, gap, 400)).select("#e-m-ratings-2-minScore").text())
                .as("an empty row is skipped, and the error still lands on the row the TPM typed in").contains("rise strictly");
        assertThat(jdbc.sql("select count(*) from risk_matrix").query(Long.class).single()).as("nothing stored").isEqualTo(matrices);

        Map<String, String> extreme = new LinkedHashMap<>(fields);
        extreme.put("ratings[2].minScore", "15");
        extreme.put("ratings[3].label", "EXTREME");
        extreme.put("ratings[3].minScore", "20");
        extreme.put("ratings[3].colour", "purple");
        MvcResult saved = mvc.perform(request(url, extreme)).andReturn();
        assertThat(saved.getResponse().getStatus()).as(saved.getResponse().getContentAsString()).isEqualTo(302);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(url + "?saved=1");
        assertThat(Jsoup.parse(page(url + "?saved=1")).select("p.notice").text()).startsWith("Saved");

        Document after = Jsoup.parse(page("/projects/" + project.id() + "/risks"));
        assertThat(after.select("tr[data-code=R-001] .rag").text()).as("12 is now below High's 15").isEqualTo("MEDIUM");
        assertThat(after.selectFirst("svg.heat g.cell[data-probability=3][data-impact=4]").hasClass("heat-amber")).isTrue();
        assertThat(after.selectFirst("svg.heat g.cell[data-probability=5][data-impact=5]").attr("data-rating")).isEqualTo("EXTREME");
        assertThat(after.select("p.muted").text()).contains("0 rated high", "project's matrix");
    }


    private String page(String url) throws Exception {
        return MatrixFormPages.page(mvc, url);
    }


    private String submit(String url, Map<String, String> fields, int status) throws Exception {
        MvcResult r = mvc.perform(request(url, fields)).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        return r.getResponse().getContentAsString();
    }
}
