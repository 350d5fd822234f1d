package org.bearing.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bearing.plan.Project;
import org.bearing.plan.ProjectDraft;
import org.bearing.plan.Projects;
import org.bearing.plan.Task;
import org.bearing.plan.TaskDraft;
import org.bearing.plan.Tasks;
import org.bearing.risk.DistributionShape;
import org.bearing.risk.QuantitativeRiskModel;
import org.bearing.risk.QuantitativeRiskModel.Estimate;
import org.bearing.risk.QuantitativeRiskModel.Unit;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskDraft;
import org.bearing.risk.RiskModels;
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
 * The risk model editor through the browser security chain, posting its form back as a browser would: the default
 * spread estimates only uncertain tasks without an estimate, estimates in working days and risk events are stored in
 * the API's units, and refused input re-renders with status 400, the message beside its input, and nothing stored.
 * (Same context as PlanPagesTest, so the suite starts it once.)
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:plan-pages;DB_CLOSE_DELAY=-1", "bearing.admin-password=pages-test"})
class RiskModelPagesTest {
    @Autowired
    WebApplicationContext context;
    @Autowired
    Projects projects;
    @Autowired
    Tasks tasks;
    @Autowired
    RiskRegister register;
    @Autowired
    RiskModels models;

    MockMvc mvc;
    Project project;
    Task design;
    Task build;
    Task milestone;
    Risk threat;
    String url;

    @BeforeEach
    void aProjectWithTasksAndAThreat() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        project = projects.create(new ProjectDraft(null, "RM" + System.nanoTime() % 1_000_000_000, "Risk model pages", null, null, null,
                List.of(), List.of(), LocalDate.of(2026, 1, 5), null, "EUR", null, null, null));
        Task phase = tasks.create(project.id(), TaskDraft.named("Phase 1", null, 0));
        design = tasks.create(project.id(), TaskDraft.named("Design", phase.id(), 5 * 480));
        build = tasks.create(project.id(), TaskDraft.named("Build", phase.id(), 10 * 480));
        milestone = tasks.create(project.id(), TaskDraft.named("Ready", phase.id(), 0));
        threat = register.record(project.id(), new RiskDraft(Risk.Kind.THREAT, "Vendor late", null, null, null, null, "Ada", 3, new RiskDraft.Impact(4, 1, 1, 1),
                null, null, null, List.of(), null, null, null, null, null, null), "admin");
        url = "/projects/" + project.id() + "/risk-model";
    }

    @Test
    void theDefaultSpreadEstimatesTheUncertainTasksWithoutOneAndKeepsTheOthers() throws Exception {
        models.replace(project.id(), new QuantitativeRiskModel(List.of(new Estimate(build.id(), Unit.WORKING_MINUTES, 4800.0, 6000.0, 9600.0,
                DistributionShape.BETA_PERT, null, null, null, null, null)), null, null));
        Document page = Jsoup.parse(page(url));
        assertThat(page.select("table.risk-model tbody tr")).hasSize(3);
        assertThat(page.select("#rm-e-" + build.id() + "-max").val()).isEqualTo("20");
        assertThat(page.select("#rm-e-" + build.id() + "-unit option[selected]").val()).isEqualTo("DAYS");
        assertThat(page.select("nav.tabs a.active").text()).isEqualTo("Risk model");

        MvcResult r = mvc.perform(form(url + "/defaults", Map.of("low", "80", "mostLikely", "100", "high", "150", "shape", "TRIANGULAR")))
                .andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo(url + "?added=1");
        QuantitativeRiskModel stored = models.model(project.id());
        assertThat(stored.estimates()).hasSize(2);
        Estimate added = stored.estimates().stream().filter(e -> e.taskId() == design.id()).findFirst().orElseThrow();
        assertThat(added).isEqualTo(new Estimate(design.id(), Unit.PERCENT_OF_DURATION, 80.0, 100.0, 150.0, DistributionShape.TRIANGULAR,
                null, null, null, null, null));
        assertThat(stored.estimates()).anyMatch(e -> e.taskId() == build.id() && e.max() == 9600.0);
        assertThat(Jsoup.parse(page(url + "?added=1")).select(".notice").text()).isEqualTo("Default estimate given to 1 task.");
    }

    @Test
    void theRiskAnalysisPageSummarisesTheModelAndLinksToItsEditor() throws Exception {
        String simulation = "/projects/" + project.id() + "/simulation";
        Element summary = Jsoup.parse(page(simulation)).selectFirst("#model-summary");
        assertThat(summary.text()).isEqualTo("The risk model has 0 task estimates, 0 correlation groups and 0 risk events: a run would"
                + " only repeat the planned schedule.");
        assertThat(summary.selectFirst("a").attr("href")).isEqualTo(url);
        mvc.perform(form(url + "/defaults", Map.of("low", "90", "mostLikely", "100", "high", "125", "shape", "TRIANGULAR")));
        assertThat(Jsoup.parse(page(simulation)).selectFirst("#model-summary").text())
                .isEqualTo("The risk model has 2 task estimates, 0 correlation groups and 0 risk events.");
    }

    @Test
    void aBadDefaultSpreadIsRefusedBesideItsInputAndAddsNothing() throws Exception {
        MvcResult r = mvc.perform(form(url + "/defaults", Map.of("low", "90", "mostLikely", "120", "high", "110", "shape", "TRIANGULAR")))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(r.getResponse().getContentAsString());
        assertThat(page.select("#e-d-high").text()).contains("high 110.0 < most likely 120.0");
        assertThat(page.select("#d-high").val()).isEqualTo("110");
        assertThat(models.model(project.id()).estimates()).isEmpty();
    }

    @Test
    void theFormStoresEstimatesInDaysAndRiskEventsInTheApisUnits() throws Exception {
        Map<String, String> fields = fields(Jsoup.parse(page(url)));
        String e = "e." + design.id() + ".";
        String ev = "r." + threat.id() + ".";
        assertThat(fields).as("a threat not modelled yet offers its probability band's midpoint (P3: 40-60 %)")
                .containsEntry(ev + "probability", "50").doesNotContainKey(ev + "modelled");
        fields.putAll(Map.of(e + "unit", "DAYS", e + "min", "4", e + "mostLikely", "5", e + "max", "8.5", e + "shape", "BETA_PERT",
                e + "costMin", "1000", e + "costMostLikely", "1500", e + "costMax", "3000", "g.0.name", "Vendor team", "g.0.coefficient", "0.4"));
        fields.putAll(Map.of(e + "group", "Vendor team", ev + "modelled", "on", ev + "probability", "40", ev + "durationMin", "2",
                ev + "durationMostLikely", "5", ev + "durationMax", "10", ev + "costMin", "10000", ev + "costMostLikely", "20000",
                ev + "costMax", "40000"));
        MvcResult r = mvc.perform(form(url, fields).param(ev + "tasks", String.valueOf(build.id()))).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).as(r.getResponse().getContentAsString()).isEqualTo(url + "?saved=1");

        QuantitativeRiskModel stored = models.model(project.id());
        assertThat(stored.estimates()).hasSize(1);
        Estimate estimate = stored.estimates().get(0);
        assertThat(estimate.unit()).isEqualTo(Unit.WORKING_MINUTES);
        assertThat(List.of(estimate.min(), estimate.mostLikely(), estimate.max())).containsExactly(1920.0, 2400.0, 4080.0);
        assertThat(estimate.distribution()).isEqualTo(DistributionShape.BETA_PERT);
        assertThat(estimate.correlationGroup()).isEqualTo("Vendor team");
        assertThat(estimate.costMax()).isEqualByComparingTo("3000");
        assertThat(stored.correlationGroups()).containsExactly(new QuantitativeRiskModel.CorrelationGroup("Vendor team", 0.4));
        QuantitativeRiskModel.RiskEvent event = stored.riskEvents().get(0);
        assertThat(event.probability()).isEqualTo(0.4);
        assertThat(List.of(event.durationMin(), event.durationMostLikely(), event.durationMax())).containsExactly(960.0, 2400.0, 4800.0);
        assertThat(event.taskIds()).containsExactly(build.id());

        Document again = Jsoup.parse(page(url));
        assertThat(again.select("#rm-e-" + design.id() + "-max").val()).isEqualTo("8.5");
        assertThat(again.select("#rm-r-" + threat.id() + "-probability").val()).isEqualTo("40");
        assertThat(again.select("#rm-r-" + threat.id() + "-modelled").hasAttr("checked")).isTrue();
    }

    @Test
    void refusedInputIsShownBesideItsInputAndStoresNothing() throws Exception {
        Map<String, String> fields = fields(Jsoup.parse(page(url)));
        String e = "e." + design.id() + ".";
        fields.putAll(Map.of(e + "min", "90", e + "mostLikely", "80", e + "max", "130"));
        MvcResult r = mvc.perform(form(url, fields)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        Document page = Jsoup.parse(r.getResponse().getContentAsString());
        assertThat(page.select("#e-rm-e-" + design.id() + "-mostLikely").text()).contains("most likely 80.0 < min 90.0");
        assertThat(page.select("#rm-e-" + design.id() + "-mostLikely").val()).isEqualTo("80");
        assertThat(page.select("#model-errors").text()).contains("not saved");

        fields.putAll(Map.of(e + "mostLikely", "abc"));
        r = mvc.perform(form(url, fields)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(r.getResponse().getContentAsString()).select("#e-rm-e-" + design.id() + "-mostLikely").text())
                .contains("'abc' is not a number");

        fields.putAll(Map.of(e + "mostLikely", "100", "r." + threat.id() + ".modelled", "on", "r." + threat.id() + ".probability", "30",
                "r." + threat.id() + ".durationMin", "1", "r." + threat.id() + ".durationMostLikely", "2", "r." + threat.id() + ".durationMax", "3"));
        r = mvc.perform(form(url, fields)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(r.getResponse().getContentAsString()).select("#e-rm-r-" + threat.id() + "-tasks").text())
                .contains("at least one task");
        assertThat(models.model(project.id())).isEqualTo(new QuantitativeRiskModel(null, null, null));
    }

    private String page(String path) throws Exception {
        MvcResult r = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(user("admin"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    /** The editor's inputs with the values shown (a select's chosen option, a ticked box as "on"; the CSRF field left out). */
    private static Map<String, String> fields(Document page) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : page.select("#model-form input[name], #model-form select[name]:not([multiple])")) {
            if (input.tagName().equals("select")) {
                Element chosen = input.selectFirst("option[selected]");
                fields.put(input.attr("name"), chosen == null ? "" : chosen.attr("value"));
            } else if (input.attr("type").equals("checkbox")) {
                if (input.hasAttr("checked")) {
                    fields.put(input.attr("name"), "on");
                }
            } else if (!input.attr("type").equals("hidden")) {
                fields.put(input.attr("name"), input.val());
            }
        }
        return fields;
    }

    private static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path).with(user("admin")).with(csrf());
        fields.forEach(request::param);
        return request;
    }
}
