package org.bearing.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bearing.risk.web.MatrixFormPages.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bearing.plan.Project;
import org.bearing.plan.ProjectDraft;
import org.bearing.plan.Projects;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskRegister;
import org.bearing.risk.ScoreChange;
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

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Recording, editing, closing, reopening and deleting a risk through the register pages as a browser posts them, and
 * every refusal shown beside its field with the tables left exactly as they were. (Same context as RiskMatrixPagesTest.)
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:plan-pages;DB_CLOSE_DELAY=-1", "bearing.admin-password=pages-test"})
class RiskRegisterPagesTest {
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
    String registerUrl;

    @BeforeEach
    void aProject() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        project = projects.create(new ProjectDraft(null, "RR" + System.nanoTime() % 1_000_000_000, "Register pages", null, null, null, List.of(),
                List.of(), LocalDate.of(2026, 1, 5), null, "EUR", null, null, null));
        registerUrl = "/projects/" + project.id() + "/risks";
    }

    /** Every field of the form, filled in as a TPM would for a vendor threat; the second action row is left empty. */
    static Map<String, String> vendorThreat() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", "THREAT");
        f.put("title", "Vendor delivers the interface late");
        f.put("cause", "The vendor has one integration engineer");
        f.put("event", "The payment interface is delivered after system test starts");
        f.put("effect", "System test slips two weeks");
        f.put("category", "External / Vendors and subcontractors");
        f.put("owner", "Priya");
        f.put("probability", "3");
        f.put("impactSchedule", "4");
        f.put("impactCost", "2");
        f.put("impactScope", "1");
        f.put("impactQuality", "1");
        f.put("costExposure", "50,000");
        f.put("proximity", "2026-04-01");
        f.put("strategy", "MITIGATE");
        f.put("actions[0].description", "Weekly interface checkpoint");
        f.put("actions[0].owner", "Ada");
        f.put("actions[0].dueDate", "2026-02-15");
        f.put("actions[0].done", "true");
        f.put("actions[1].description", "");
        f.put("contingencyPlan", "Test against the vendor's stub");
        f.put("trigger", "Interface not in test by 2026-03-15");
        f.put("status", "OPEN");
        f.put("reviewDate", "2026-01-10");
        f.put("residualProbability", "2");
        f.put("residualImpact", "3");
        return f;
    }

    @Test
    void aRiskIsRecordedEditedClosedReopenedAndDeletedOnThePage() throws Exception {
        Document blank = Jsoup.parse(page(registerUrl));
        assertThat(blank.select("#risk-form select#r-probability option")).as("choose + 5 bands of the matrix").hasSize(6);
        assertThat(blank.select("#r-probability option[value=3]").text()).contains("3 ·", "Possible");
        assertThat(blank.select("#r-category optgroup").eachAttr("label")).contains("Technical", "External", "Organisational", "Project management");

        MvcResult saved = mvc.perform(request(registerUrl, vendorThreat())).andReturn();
        assertThat(saved.getResponse().getStatus()).as(saved.getResponse().getContentAsString()).isEqualTo(302);
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(registerUrl + "?saved=R-001#risk-R-001");
        Risk r = register.risks(project.id()).get(0);
        assertThat(r.title()).isEqualTo("Vendor delivers the interface late");
        assertThat(List.of(r.cause(), r.event(), r.effect(), r.category(), r.owner(), r.contingencyPlan(), r.trigger()))
                .containsExactly("The vendor has one integration engineer", "The payment interface is delivered after system test starts",
                        "System test slips two weeks", "External / Vendors and subcontractors", "Priya", "Test against the vendor's stub",
                        "Interface not in test by 2026-03-15");
        assertThat(r.probability()).isEqualTo(3);
        assertThat(r.impact()).isEqualTo(new Risk.Impact(4, 2, 1, 1));
        assertThat(r.costExposure()).isEqualByComparingTo(new BigDecimal("50000"));
        assertThat(r.proximity()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(r.strategy()).isEqualTo(Risk.Strategy.MITIGATE);
        assertThat(r.actions()).as("the empty row is not an action")
                .containsExactly(new Risk.ResponseAction("Weekly interface checkpoint", "Ada", LocalDate.of(2026, 2, 15), true));
        assertThat(r.residualProbability()).isEqualTo(2);
        assertThat(r.residualImpact()).isEqualTo(3);
        assertThat(r.reviewDate()).isEqualTo(LocalDate.of(2026, 1, 10));

        Document list = Jsoup.parse(page(registerUrl + "?saved=R-001"));
        assertThat(list.select("#risk-notice").text()).isEqualTo("Saved R-001.");
        Element row = list.selectFirst("tr#risk-R-001");
        assertThat(row.text()).contains("12", "HIGH", "MITIGATE", "stale");
        assertThat(list.selectFirst("svg.heat g.cell[data-probability=3][data-impact=4]").select("text.count").text()).isEqualTo("1");
        String editUrl = row.selectFirst("a").attr("href");
        assertThat(editUrl).isEqualTo(registerUrl + "/" + r.id());

        Map<String, String> edited = formFields(Jsoup.parse(page(editUrl)));
        assertThat(edited).containsEntry("probability", "3").containsEntry("actions[0].done", "true").containsEntry("category",
                "External / Vendors and subcontractors").containsEntry("version", "0");
        edited.put("probability", "5");
        submit(editUrl, edited, 302);
        assertThat(register.get(project.id(), r.id()).probability()).isEqualTo(5);
        assertThat(register.get(project.id(), r.id()).actions()).as("actions survive an edit").hasSize(1);

        Document editPage = Jsoup.parse(page(editUrl));
        assertThat(editPage.select("#risk-score").text()).isEqualTo("20");
        assertThat(editPage.select("#score-history tbody tr")).hasSize(2);
        assertThat(editPage.select("#score-history tbody tr").get(1).select("td").eachText()).contains("5", "4", "20", "OPEN");

        submit(editUrl + "/status", Map.of("status", "CLOSED", "version", "1"), 302);
        assertThat(register.get(project.id(), r.id()).status()).isEqualTo(Risk.Status.CLOSED);
        Document closed = Jsoup.parse(page(editUrl));
        assertThat(closed.select("#risk-reopen")).hasSize(1);
        assertThat(closed.select("#score-history tbody tr").last().text()).contains("CLOSED");
        assertThat(Jsoup.parse(page(registerUrl)).select("svg.heat text.count").text()).as("a closed risk leaves the heat map").isBlank();
        submit(editUrl + "/status", Map.of("status", "OPEN", "version", "2"), 302);
        assertThat(register.get(project.id(), r.id()).status()).isEqualTo(Risk.Status.OPEN);
        assertThat(register.history(project.id(), r.id())).extracting(ScoreChange::status)
                .containsExactly(Risk.Status.OPEN, Risk.Status.OPEN, Risk.Status.CLOSED, Risk.Status.OPEN);

        assertThat(Jsoup.parse(page(editUrl + "/delete")).select("h1").text()).isEqualTo("Delete R-001?");
        MvcResult deleted = mvc.perform(request(editUrl + "/delete", Map.of("version", "3"))).andReturn();
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo(registerUrl + "?deleted=R-001");
        assertThat(register.risks(project.id())).isEmpty();
        submit(registerUrl, vendorThreat(), 302);
        assertThat(register.risks(project.id())).extracting(Risk::code).as("R-001 is not reused").containsExactly("R-002");
    }

    @Test
    void eachRefusalIsShownBesideItsFieldAndStoresNothing() throws Exception {
        Map<String, Long> before = fingerprint();
        refused(registerUrl, with("title", " "), "r-title", "must not be blank");
        refused(registerUrl, with("probability", ""), "r-probability", "Choose a probability");
        refused(registerUrl, with("strategy", "EXPLOIT"), "r-strategy", "EXPLOIT is a response to opportunities");
        refused(registerUrl, with("contingencyPlan", ""), "r-contingencyPlan", "a trigger needs the contingency plan");
        refused(registerUrl, with("residualImpact", ""), "r-residualImpact", "go together");
        refused(registerUrl, with("reviewDate", "31/03/2026"), "r-reviewDate", "Use a date such as");
        refused(registerUrl, with("costExposure", "-5"), "r-costExposure", "greater than or equal to 0");
        Map<String, String> actionWithoutText = vendorThreat();
        actionWithoutText.put("actions[0].description", "");
        actionWithoutText.put("actions[0].owner", "");
        actionWithoutText.put("actions[0].dueDate", "");
        actionWithoutText.put("actions[1].owner", "Ada");
        actionWithoutText.put("actions[1].dueDate", "2026-02-01");
        Document refused = refused(registerUrl, actionWithoutText, "r-actions-1-description", "must not be blank");
        assertThat(refused.select("#r-actions-1-owner").val()).as("what was typed stays").isEqualTo("Ada");
        assertThat(fingerprint()).as("nothing stored").isEqualTo(before);

        submit(registerUrl, vendorThreat(), 302);
        Risk r = register.risks(project.id()).get(0);
        String editUrl = registerUrl + "/" + r.id();
        Map<String, Long> recorded = fingerprint();
        Map<String, String> bad = formFields(Jsoup.parse(page(editUrl)));
        bad.put("kind", "OPPORTUNITY"); // MITIGATE is no response to an opportunity
        bad.put("probability", "5");
        Document page = refused(editUrl, bad, "r-strategy", "not to an opportunity");
        assertThat(page.selectFirst("#r-probability option[selected]").val()).as("the typed probability stays").isEqualTo("5");
        Map<String, String> stale = formFields(Jsoup.parse(page(editUrl)));
        stale.put("version", "7");
        assertThat(Jsoup.parse(submit(editUrl, stale, 400)).select("#risk-errors").text()).contains("changed by someone else");
        assertThat(Jsoup.parse(submit(editUrl + "/delete", Map.of("version", "7"), 409)).select("#risk-errors").text())
                .contains("it was not deleted");
        assertThat(Jsoup.parse(submit(editUrl + "/status", Map.of("status", "CLOSED", "version", "7"), 409)).select("#risk-errors").text())
                .contains("its status was not changed");
        assertThat(fingerprint()).as("nothing changed").isEqualTo(recorded);
        assertThat(register.get(project.id(), r.id()).probability()).isEqualTo(3);
    }

    private static Map<String, String> with(String field, String value) {
        Map<String, String> f = vendorThreat();
        f.put(field, value);
        return f;
    }

    private Document refused(String url, Map<String, String> fields, String id, String message) throws Exception {
        Document page = Jsoup.parse(submit(url, fields, 400));
        assertThat(page.select("#e-" + id).text()).as(page.select(".field-error").outerHtml()).contains(message);
        assertThat(page.select("#" + id).attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#risk-errors a[href=#" + id + "]")).as("the summary links to the field").hasSize(1);
        return page;
    }

    private Map<String, Long> fingerprint() {
        Map<String, Long> print = new LinkedHashMap<>();
        for (String t : List.of("risk", "risk_action", "risk_score_history", "register_number")) {
            print.put(t, jdbc.sql("select count(*) from " + t).query(Long.class).single());
        }
        print.put("risk.versions", jdbc.sql("select coalesce(sum(version), 0) from risk").query(Long.class).single());
        print.put("numbers", jdbc.sql("select coalesce(sum(last_number), 0) from register_number").query(Long.class).single());
        return print;
    }

    /** The risk form's fields as the page shows them (a select's chosen option, a ticked box's value). */
    static Map<String, String> formFields(Document page) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : page.select("#risk-form input[name], #risk-form select[name], #risk-form textarea[name]")) {
            String name = input.attr("name");
            if (input.tagName().equals("select")) {
                Element chosen = input.selectFirst("option[selected]");
                fields.put(name, chosen == null ? "" : chosen.attr("value"));
            } else if (input.attr("type").equals("checkbox")) {
                if (input.hasAttr("checked")) {
                    fields.put(name, input.attr("value"));
                }
            } else if (!name.equals("_csrf")) {
                fields.put(name, input.tagName().equals("textarea") ? input.text() : input.val());
            }
        }
        return fields;
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
