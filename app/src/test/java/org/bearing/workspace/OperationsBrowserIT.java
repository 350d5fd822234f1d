package org.bearing.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bearing.cost.EarnedValueReport;
import org.bearing.cost.EarnedValues;
import org.bearing.engine.earnedvalue.Granularity;
import org.bearing.interop.SchedulesCorpus;
import org.bearing.plan.AssignmentDraft;
import org.bearing.plan.Assignments;
import org.bearing.plan.BaselineDraft;
import org.bearing.plan.Baselines;
import org.bearing.plan.Dependencies;
import org.bearing.plan.DependencyDraft;
import org.bearing.plan.DependencyType;
import org.bearing.plan.LagUnit;
import org.bearing.plan.Portfolios;
import org.bearing.plan.ProgramDraft;
import org.bearing.plan.Project;
import org.bearing.plan.ProjectDraft;
import org.bearing.plan.Projects;
import org.bearing.plan.ResourceDraft;
import org.bearing.plan.ResourceType;
import org.bearing.plan.Resources;
import org.bearing.plan.Task;
import org.bearing.plan.TaskDraft;
import org.bearing.plan.Tasks;
import org.bearing.risk.Risk;
import org.bearing.risk.RiskDraft;
import org.bearing.risk.RiskRegister;
import org.bearing.schedule.Scheduling;
import org.bearing.support.Chromium;
import org.bearing.support.DatabaseFingerprint;
import org.bearing.support.PageSession;
import org.bearing.platform.RuleViolationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The operations pages in Debian's headless Chromium at 1280×800: the portfolio home with programs, SPI, CPI and top
 * risks; leveling preview → apply → clear on an over-allocated project; and importing a real schedule file and a
 * garbage one. Screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:operations;DB_CLOSE_DELAY=-1", "bearing.admin-password=" + OperationsBrowserIT.PASSWORD,
        "spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=64KB"})
class OperationsBrowserIT {
    static final String PASSWORD = "operations-test";
    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Portfolios portfolios;
    @Autowired
    Projects projects;
    @Autowired
    Tasks tasks;
    @Autowired
    Dependencies dependencies;
    @Autowired
    Resources resources;
    @Autowired
    Assignments assignments;
    @Autowired
    Baselines baselines;
    @Autowired
    RiskRegister risks;
    @Autowired
    EarnedValues earnedValues;
    @Autowired
    Scheduling scheduling;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startChromium() throws Exception {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void homeLevelingAndImport() throws Exception {
        long program = portfolios.create(new ProgramDraft(null, "Customer platform", null, "COO", "Ada")).id();
        long crm = measuredProject(program);
        long ops = overAllocatedProject(program);
        String base = "http://localhost:" + port;
        signIn(base);

        // Home: grouped by program, with a roll-up line; SPI and CPI where there is a baseline, a dash where not.
        browser.get(base + "/");
        WebElement programRow = browser.findElement(By.cssSelector("tr.program-row"));
        assertThat(programRow.getText()).contains("Customer platform").contains("2 projects");
        EarnedValueReport.Measures ev = earnedValues.report(crm, null, Granularity.MONTH).project();
        assertThat(ev.spi()).as("the CRM project is measured").isNotNull();
        WebElement crmRow = browser.findElement(By.cssSelector("tr.project-row[data-code=CRM]"));
        assertThat(crmRow.findElement(By.cssSelector("td.spi")).getText()).isEqualTo(String.format(Locale.ROOT, "%.2f", ev.spi()));
        assertThat(crmRow.findElement(By.cssSelector("td.cpi")).getText()).isEqualTo(String.format(Locale.ROOT, "%.2f", ev.cpi()));
        assertThat(crmRow.findElements(By.cssSelector("td.risks div")).stream().map(WebElement::getText).toList())
                .as("the three open threats with the highest scores, highest first; the closed one is left out")
                .containsExactly("20 Data migration overruns", "12 Vendor API rate limits", "6 Key user on leave");
        WebElement opsRow = browser.findElement(By.cssSelector("tr.project-row[data-code=OPS]"));
        assertThat(opsRow.findElement(By.cssSelector("td.spi")).getText()).as("no baseline: no number").isEqualTo("—");
        assertThat(browser.findElement(By.cssSelector("details.rule")).getText()).contains("more than 14 days after the baseline finish");
        screenshot("home");

        // Leveling: preview changes nothing, apply delays a task and moves the finish, clear puts it back.
        LocalDateTime before = scheduling.schedule(ops).projectFinish();
        browser.get(base + "/projects/" + ops + "/leveling");
        assertThat(browser.findElement(By.cssSelector("nav.tabs a.active")).getText()).isEqualTo("Leveling");
        browser.findElement(By.cssSelector("input[name=mode][value=LEVEL_BEST]")).click();
        WebElement seconds = browser.findElement(By.id("seconds"));
        seconds.clear();
        seconds.sendKeys("soon");
        browser.findElement(By.id("preview")).click();
        // the preview answers through htmx: wait for the refused field's message rather than racing the swap
        WebElement secondsError = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("seconds-error")));
        assertThat(secondsError.getText()).contains("'soon' is not a whole number of seconds");
        assertThat(browser.findElement(By.id("seconds")).getAttribute("aria-invalid")).isEqualTo("true");
        browser.findElement(By.cssSelector("input[name=mode][value=SINGLE_PASS]")).click();
        browser.findElement(By.id("preview")).click();
        assertThat(Chromium.awaitText(browser, By.id("moved-count"), "1")).isEqualTo("1");
        assertThat(browser.findElement(By.id("leveled-finish")).getText()).isEqualTo("2026-02-13");
        assertThat(browser.findElements(By.cssSelector("svg.strip rect.after"))).hasSize(1);
        assertThat(scheduling.schedule(ops).projectFinish()).as("a preview changes nothing").isEqualTo(before);
        screenshot("leveling");
        browser.findElement(By.id("apply")).click();
        assertThat(Chromium.awaitText(browser, By.cssSelector("p.flash"), "1 task delayed")).contains("2026-02-13");
        assertThat(scheduling.schedule(ops).projectFinish()).isAfter(before);
        assertThat(scheduling.schedule(ops).projectFinish().toLocalDate()).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(browser.findElements(By.cssSelector("h3 .rag-red"))).as("no longer over-allocated").isEmpty();
        screenshot("leveling-applied");
        browser.findElement(By.id("clear")).click();
        Chromium.awaitText(browser, By.cssSelector("p.flash"), "Leveling cleared from 1 task");
        assertThat(scheduling.schedule(ops).projectFinish()).isEqualTo(before);

        // Resources: Dana's histogram is over-allocated, and her two assignments are listed under it.
        browser.get(base + "/projects/" + ops + "/resources");
        assertThat(browser.findElements(By.cssSelector("h2 .rag-red"))).as("Dana is over-allocated again").hasSize(1);
        assertThat(browser.findElements(By.cssSelector("table.assignments tbody tr")).stream().map(WebElement::getText).toList())
                .containsExactlyInAnyOrder("Ship logs 100% 40.0", "Ship traces 100% 40.0");
        screenshot("resources");

        // Import: a garbage file is refused next to the field and creates nothing; a real file becomes a project.
        Path garbage = Files.createTempFile("not-a-schedule", ".mpp");
        Files.writeString(garbage, "this is a shopping list, not a schedule\n".repeat(50));
        Map<String, Long> fingerprint = DatabaseFingerprint.of(jdbc);
        browser.get(base + "/import");
        browser.findElement(By.id("file")).sendKeys(garbage.toString());
        browser.findElement(By.id("import")).click();
        // the answer replaces the page: wait for its message, not the form's empty placeholder (stale once it lands)
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("file-error"), garbage.getFileName().toString()));
        WebElement error = browser.findElement(By.id("file-error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).contains(garbage.getFileName().toString());
        assertThat(DatabaseFingerprint.of(jdbc)).as("a refused import changes nothing").isEqualTo(fingerprint);
        screenshot("import");
        assertThat(error.getText()).as("the planner's file name, not the server's temporary copy").doesNotContain("/tmp/")
                .contains("not a schedule format");
        assertThat(browser.findElement(By.id("file")).getAttribute("aria-invalid")).isEqualTo("true");
        // Over the upload limit (64 KB in this test): the page says so before sending, and the server says so too.
        Path big = Files.createTempFile("too-big", ".xer");
        Files.write(big, new byte[100 * 1024]);
        browser.findElement(By.id("file")).sendKeys(big.toString());
        browser.findElement(By.id("import")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("file-error"), "larger than the upload limit"));
        assertThat(browser.findElement(By.id("file-error")).getText()).contains("larger than the upload limit of 64 KB");
        PageSession session = PageSession.signIn(base, "admin", PASSWORD);
        HttpResponse<String> tooLarge = session.upload("/import", "too-big.xer", new byte[100 * 1024]);
        assertThat(tooLarge.statusCode()).as("sent back to the form, not a bare 413").isEqualTo(303);
        String location = tooLarge.headers().firstValue("Location").orElseThrow();
        browser.get(base + location);
        assertThat(browser.findElement(By.id("file-error")).getText()).contains("larger than the upload limit of 64 KB");
        HttpResponse<String> empty = session.upload("/import", "empty.mpp", new byte[0]);
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("empty.mpp").contains("is empty");
        assertThat(DatabaseFingerprint.of(jdbc)).as("refused imports change nothing").isEqualTo(fingerprint);

        Path corpus = SchedulesCorpus.locate();
        if (corpus != null) {
            Path gan = corpus.resolve("bardsoftware__ganttproject/ganttproject-builder/HouseBuildingSample.gan");
            int before2 = projects.all().size();
            browser.findElement(By.id("file")).sendKeys(gan.toString());
            browser.findElement(By.id("import")).click();
            assertThat(browser.getCurrentUrl()).matches(".*/projects/\\d+$");
            assertThat(browser.findElement(By.id("import-summary")).getText()).contains("Imported HouseBuildingSample.gan").contains("tasks");
            assertThat(browser.findElement(By.tagName("h1")).getText()).contains("HouseBuildingSample");
            assertThat(browser.findElements(By.cssSelector("svg.gantt rect.bar")).size()).isGreaterThan(5);
            assertThat(projects.all()).hasSize(before2 + 1);
            screenshot("import-done");
        } else {
            System.out.println("OperationsBrowserIT: ../shared/data/schedules is absent; the real-file import step is skipped");
        }
    }

    /** CRM: two costed tasks, a baseline, progress at a status date, and four threats (one closed). */
    private long measuredProject(long program) {
        long id = projects.create(new ProjectDraft(program, "CRM", "CRM consolidation", "CFO", "Ada Lovelace", null, List.of(), List.of(),
                LocalDate.of(2026, 1, 5), null, "EUR", null, null, LocalDate.of(2026, 4, 30))).id();
        long analyst = resources.create(new ResourceDraft(id, "Analyst", ResourceType.WORK, "AN", null, null, null, BigDecimal.ONE,
                BigDecimal.valueOf(100), null, null, null)).id();
        long dev = resources.create(new ResourceDraft(id, "Developer", ResourceType.WORK, "DV", null, null, null, BigDecimal.ONE,
                BigDecimal.valueOf(80), null, null, null)).id();
        long design = tasks.create(id, task("Design", 5)).id();
        long build = tasks.create(id, task("Build", 10)).id();
        long golive = tasks.create(id, new TaskDraft(null, null, null, "Go-live", true, null, 0L, null, null, null, null, null, null, null,
                null, null, null, null, null, null)).id();
        dependencies.create(id, new DependencyDraft(design, build, DependencyType.FS, 0L, LagUnit.WORKING_MINUTES));
        dependencies.create(id, new DependencyDraft(build, golive, DependencyType.FS, 0L, LagUnit.WORKING_MINUTES));
        assignments.create(id, new AssignmentDraft(design, analyst, null, null, null));
        assignments.create(id, new AssignmentDraft(build, dev, null, null, null));
        baselines.capture(id, new BaselineDraft(null, "Approved"));
        Task d = tasks.get(id, design);
        tasks.update(id, design, d.version(), TaskDraft.of(d).withProgress(BigDecimal.valueOf(100), LocalDateTime.of(2026, 1, 5, 8, 0),
                LocalDateTime.of(2026, 1, 13, 17, 0), 0L));
        Task b = tasks.get(id, build);
        tasks.update(id, build, b.version(), TaskDraft.of(b).withProgress(BigDecimal.valueOf(10), LocalDateTime.of(2026, 1, 14, 8, 0), null, null));
        Project p = projects.get(id);
        projects.update(id, p.version(), ProjectDraft.of(p).withStatusDate(LocalDate.of(2026, 1, 16)));
        threat(id, "Data migration overruns", 4, 5, Risk.Status.OPEN);
        threat(id, "Vendor API rate limits", 3, 4, Risk.Status.OPEN);
        threat(id, "Key user on leave", 2, 3, Risk.Status.OPEN);
        threat(id, "Licence renewal late", 5, 5, Risk.Status.CLOSED);
        return id;
    }

    /** OPS: two parallel five-day tasks both booked full time on one engineer, so leveling must delay one by a week. */
    private long overAllocatedProject(long program) {
        long id = projects.create(new ProjectDraft(program, "OPS", "Observability rollout", null, "Grace", null, List.of(), List.of(),
                LocalDate.of(2026, 2, 2), null, "EUR", null, null, null)).id();
        long dana = resources.create(new ResourceDraft(id, "Dana", ResourceType.WORK, "DA", null, null, null, BigDecimal.ONE,
                BigDecimal.valueOf(90), null, null, null)).id();
        long logs = tasks.create(id, task("Ship logs", 5)).id();
        long traces = tasks.create(id, task("Ship traces", 5)).id();
        assignments.create(id, new AssignmentDraft(logs, dana, null, null, null));
        assignments.create(id, new AssignmentDraft(traces, dana, null, null, null));
        // A batch of links is all or nothing: the second closes a cycle, so neither is added.
        assertThatThrownBy(() -> dependencies.createAll(id, List.of(
                new DependencyDraft(logs, traces, DependencyType.FS, 0L, LagUnit.WORKING_MINUTES),
                new DependencyDraft(traces, logs, DependencyType.FS, 0L, LagUnit.WORKING_MINUTES))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cycle");
        assertThat(dependencies.all(id)).isEmpty();
        return id;
    }

    private void threat(long project, String title, int probability, int impact, Risk.Status status) {
        risks.record(project, new RiskDraft(Risk.Kind.THREAT, title, null, null, null, null, "Ada", probability, new RiskDraft.Impact(impact, 1, 1, 1), null, null,
                null, List.of(), null, null, status, null, null, null), "test");
    }

    private static TaskDraft task(String name, int days) {
        return new TaskDraft(null, null, null, name, false, null, days * 480L, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    private static void signIn(String base) {
        Chromium.signIn(browser, base, "admin", PASSWORD);
    }

    private static void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}
