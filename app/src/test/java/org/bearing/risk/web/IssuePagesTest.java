package org.bearing.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bearing.risk.web.MatrixFormPages.request;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

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
import org.bearing.risk.EscalationRequest;
import org.bearing.risk.Issue;
import org.bearing.risk.IssueDraft;
import org.bearing.risk.IssueLog;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskDraft;
import org.bearing.risk.RiskRegister;
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
 * Editing an issue on its page: severity, owner, due date, links to a risk, a task and a change request; close (which
 * needs a resolution) and reopen; the escalation history. Refusals land beside their field and change nothing.
 * (Same context as RiskMatrixPagesTest.)
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:plan-pages;DB_CLOSE_DELAY=-1", "bearing.admin-password=pages-test"})
class IssuePagesTest {
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Projects projects;
    @Autowired
    Tasks tasks;
    @Autowired
    RiskRegister register;
    @Autowired
    IssueLog log;

    MockMvc mvc;
    Project project;
    Risk risk;
    Task task;
    Issue issue;
    String url;

    @BeforeEach
    void anIssue() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        project = projects.create(new ProjectDraft(null, "IP" + System.nanoTime() % 1_000_000_000, "Issue pages", null, null, null, List.of(),
                List.of(), LocalDate.of(2026, 1, 5), null, "EUR", null, null, null));
        risk = register.record(project.id(), new RiskDraft(Risk.Kind.THREAT, "Vendor late", null, null, null, null, "Ada", 3, new RiskDraft.Impact(4, 1, 1, 1), null,
                null, null, List.of(), null, null, null, null, null, null), "admin");
        task = tasks.create(project.id(), new TaskDraft(null, null, null, "Payment interface", false, null, 480L * 5, null, null, null,
                null, null, null, null, null, null, null, null, null, null));
        issue = log.raise(project.id(), new IssueDraft("Test environment down", null, Issue.Severity.MEDIUM, null, null, null, null, List.of()),
                "admin");
        log.escalate(project.id(), issue.id(), null, new EscalationRequest(Issue.EscalationLevel.PM, "Blocks system test"), "admin");
        url = "/projects/" + project.id() + "/issues/" + issue.id();
    }

    @Test
    void anIssueIsEditedLinkedClosedAndReopenedOnItsPage() throws Exception {
        Document log0 = Jsoup.parse(MatrixFormPages.page(mvc, "/projects/" + project.id() + "/issues"));
        assertThat(log0.select("tr#issue-" + issue.id() + " a").attr("href")).isEqualTo(url);
        Document page = Jsoup.parse(MatrixFormPages.page(mvc, url));
        assertThat(page.select("#escalation-history tbody tr").text()).contains("TEAM → PM", "admin", "Blocks system test");
        assertThat(page.select("input[name=risks][value=" + risk.id() + "]")).hasSize(1);
        assertThat(page.select("#i-tasks option[value=" + task.id() + "]").text()).contains("Payment interface");

        MockHttpServletRequestBuilder edit = request(url, fields("HIGH", "OPEN", "", "7")).param("risks", "" + risk.id())
                .param("tasks", "" + task.id());
        MvcResult saved = mvc.perform(edit).andReturn();
        assertThat(saved.getResponse().getStatus()).as(saved.getResponse().getContentAsString()).isEqualTo(302);
        Issue after = log.get(project.id(), issue.id());
        assertThat(after.severity()).isEqualTo(Issue.Severity.HIGH);
        assertThat(after.owner()).isEqualTo("Grace");
        assertThat(after.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(after.links()).extracting(Issue.Link::reference)
                .containsExactlyInAnyOrder("RISK:" + risk.id(), "TASK:" + task.id(), "CHANGE_REQUEST:7");
        assertThat(after.escalationLevel()).as("editing does not move the escalation").isEqualTo(Issue.EscalationLevel.PM);

        Document edited = Jsoup.parse(MatrixFormPages.page(mvc, url + "?saved=1"));
        assertThat(edited.select("input[name=risks][value=" + risk.id() + "]").hasAttr("checked")).isTrue();
        assertThat(edited.select("#i-tasks option[value=" + task.id() + "]").hasAttr("selected")).isTrue();
        assertThat(edited.select("#i-changeRequests").val()).isEqualTo("7");

        Document noResolution = Jsoup.parse(submit(url + "/status", Map.of("status", "CLOSED", "resolution", " "), 400));
        assertThat(noResolution.select("#e-close-resolution").text()).contains("needs its resolution");
        assertThat(log.get(project.id(), issue.id()).status()).isEqualTo(Issue.Status.OPEN);
        submit(url + "/status", Map.of("status", "CLOSED", "resolution", "Environment rebuilt by the vendor"), 302);
        Issue closed = log.get(project.id(), issue.id());
        assertThat(closed.status()).isEqualTo(Issue.Status.CLOSED);
        assertThat(closed.resolution()).isEqualTo("Environment rebuilt by the vendor");
        assertThat(closed.links()).as("closing keeps the links").hasSize(3);
        assertThat(Jsoup.parse(MatrixFormPages.page(mvc, url)).select("#issue-reopen")).hasSize(1);
        submit(url + "/status", Map.of("status", "OPEN"), 302);
        assertThat(log.get(project.id(), issue.id()).status()).isEqualTo(Issue.Status.OPEN);
    }

    @Test
    void refusalsAreShownBesideTheirFieldAndChangeNothing() throws Exception {
        long version = log.get(project.id(), issue.id()).version();
        long links = jdbc.sql("select count(*) from issue_link").query(Long.class).single();
        Document closedWithout = Jsoup.parse(submit(url, fields("LOW", "CLOSED", "", ""), 400));
        assertThat(closedWithout.select("#e-i-resolution").text()).contains("needs its resolution");
        assertThat(closedWithout.select("#i-owner").val()).as("what was typed stays").isEqualTo("Grace");
        assertThat(Jsoup.parse(submit(url, fields("LOW", "OPEN", "", "CR-abc"), 400)).select("#e-i-changeRequests").text())
                .contains("such as 7 or CR-7", "'CR-abc'");
        assertThat(Jsoup.parse(submit(url, fields("LOW", "OPEN", "", "CR-0"), 400)).select("#e-i-changeRequests").text())
                .as("a zero id is refused by the draft's rule and shown beside the input it came from").contains("greater than 0");
        Map<String, String> badDate = fields("LOW", "OPEN", "", "");
        badDate.put("dueDate", "next week");
        assertThat(Jsoup.parse(submit(url, badDate, 400)).select("#e-i-dueDate").text()).contains("Use a date");
        Map<String, String> blank = fields("LOW", "OPEN", "", "");
        blank.put("title", "");
        assertThat(Jsoup.parse(submit(url, blank, 400)).select("#e-i-title").text()).contains("must not be blank");
        MvcResult foreignRisk = mvc.perform(request(url, fields("LOW", "OPEN", "", "")).param("risks", "99999999")).andReturn();
        assertThat(foreignRisk.getResponse().getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(foreignRisk.getResponse().getContentAsString()).select("#e-i-risks").text()).contains("does not exist");
        Issue unchanged = log.get(project.id(), issue.id());
        assertThat(unchanged.version()).as("nothing stored").isEqualTo(version);
        assertThat(unchanged.severity()).isEqualTo(Issue.Severity.MEDIUM);
        assertThat(jdbc.sql("select count(*) from issue_link").query(Long.class).single()).isEqualTo(links);
    }

    private Map<String, String> fields(String severity, String status, String resolution, String changeRequests) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", "Test environment down");
        f.put("description", "Since Monday");
        f.put("severity", severity);
        f.put("owner", "Grace");
        f.put("dueDate", "2026-03-31");
        f.put("status", status);
        f.put("resolution", resolution);
        f.put("changeRequests", changeRequests);
        f.put("version", "" + log.get(project.id(), issue.id()).version());
        return f;
    }

    private String submit(String url, Map<String, String> fields, int status) throws Exception {
        MvcResult r = mvc.perform(request(url, fields)).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        return r.getResponse().getContentAsString();
    }
}
