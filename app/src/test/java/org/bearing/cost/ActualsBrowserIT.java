package org.bearing.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.bearing.identity.Accounts;
import org.bearing.identity.Role;
import org.bearing.plan.AssignmentDraft;
import org.bearing.plan.Assignments;
import org.bearing.plan.BaselineDraft;
import org.bearing.plan.Baselines;
import org.bearing.plan.Project;
import org.bearing.plan.ProjectDraft;
import org.bearing.plan.Projects;
import org.bearing.plan.Resource;
import org.bearing.plan.ResourceDraft;
import org.bearing.plan.ResourceType;
import org.bearing.plan.Resources;
import org.bearing.plan.Task;
import org.bearing.plan.TaskDraft;
import org.bearing.plan.Tasks;
import org.bearing.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Actuals tab in Debian's headless Chromium: one user submits a cost entry and a time entry through the htmx forms
 * (one refused input shows its message next to the field), another approves one, and the approved AC total changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:actuals-browser;DB_CLOSE_DELAY=-1",
        "bearing.admin-password=" + ActualsBrowserIT.PASSWORD})
class ActualsBrowserIT {
    static final String PASSWORD = "actuals-browser-test";
    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Projects projects;
    @Autowired
    Tasks tasks;
    @Autowired
    Resources resources;
    @Autowired
    Assignments assignments;
    @Autowired
    Baselines baselines;

    @BeforeAll
    static void startChromium() throws Exception {
        browser = Chromium.start(1280, 1400);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTpmEntersActualsAndAnotherUserApprovesThem() {
        accounts.create("approver", PASSWORD, "The approver", Role.MEMBER);
        Project project = projects.create(new ProjectDraft(null, "ACT", "Actuals", null, null, null, List.of(), List.of(),
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9), "EUR", null, null, null));
        Task build = tasks.create(project.id(), new TaskDraft(null, null, null, "Build", false, null, 5 * 480L, null, null, null, null,
                null, null, null, null, null, null, null, null, null));
        Resource dev = resources.create(new ResourceDraft(project.id(), "Dev", ResourceType.WORK, null, null, null, null, BigDecimal.ONE,
                new BigDecimal("90"), null, BigDecimal.ZERO, null));
        assignments.create(project.id(), new AssignmentDraft(build.id(), dev.id(), BigDecimal.ONE, null, null));
        baselines.capture(project.id(), new BaselineDraft(0, "Plan"));
        String base = "http://localhost:" + port;
        String page = base + "/projects/" + project.id() + "/actuals";

        Chromium.signIn(browser, base, "admin", PASSWORD);
        browser.get(page);
        assertThat(browser.findElement(By.cssSelector("nav.tabs a.active")).getText()).isEqualTo("Actuals");
        new Select(browser.findElement(By.id("cost-taskId"))).selectByVisibleText("1 Build");
        date("cost-date", "2026-01-06");
        browser.findElement(By.id("cost-amount")).sendKeys("1,200");
        browser.findElement(By.id("cost-category")).sendKeys("MATERIAL");
        browser.findElement(By.id("cost-description")).sendKeys("Switches");
        browser.findElement(By.cssSelector("#cost-form button[type=submit]")).click();
        WebElement error = waitFor(By.id("e-cost-amount"));
        assertThat(error.getText()).contains("“1,200” is not an amount");
        WebElement amount = browser.findElement(By.id("cost-amount"));
        assertThat(amount.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(amount.getAttribute("aria-describedby")).contains("e-cost-amount");
        assertThat(amount.getAttribute("value")).as("the typed text stays").isEqualTo("1,200");
        assertThat(browser.findElements(By.cssSelector("tr.entry"))).as("nothing stored").isEmpty();
        Chromium.screenshot(browser, "actuals-refused-amount");

        amount.clear();
        amount.sendKeys("1200");
        browser.findElement(By.cssSelector("#cost-form button[type=submit]")).click();
        waitUntil(() -> browser.findElements(By.cssSelector("tr.entry")).size() == 1);
        new Select(browser.findElement(By.id("time-resourceId"))).selectByVisibleText("Dev");
        new Select(browser.findElement(By.id("time-taskId"))).selectByVisibleText("1 Build");
        date("time-day", "2026-01-07");
        browser.findElement(By.id("time-hours")).sendKeys("8");
        browser.findElement(By.cssSelector("#time-form button[type=submit]")).click();
        waitUntil(() -> browser.findElements(By.cssSelector("tr.entry")).size() == 2);
        assertThat(browser.findElement(By.id("pending-total")).getText()).as("1200 + 8 h × 90").isEqualTo("1,920.00");
        assertThat(browser.findElement(By.id("ac-total")).getText()).isEqualTo("0.00");
        assertThat(browser.findElements(By.cssSelector("form.decide"))).as("the submitter cannot approve").isEmpty();
        Chromium.screenshot(browser, "actuals-submitted");

        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, base, "approver", PASSWORD);
        browser.get(page);
        WebElement costRow = browser.findElement(By.cssSelector("tr.entry[id^=cost-]"));
        costRow.findElement(By.cssSelector("button[value=APPROVED]")).click();
        waitUntil(() -> browser.findElement(By.id("ac-total")).getText().equals("1,200.00"));
        assertThat(browser.findElement(By.cssSelector("tr.entry[id^=cost-]")).getAttribute("data-status")).isEqualTo("APPROVED");
        assertThat(browser.findElement(By.id("pending-total")).getText()).isEqualTo("720.00");
        assertThat(browser.findElement(By.cssSelector(".ac-by-task tr[data-task-id='" + build.id() + "'] td.ac")).getText())
                .isEqualTo("1,200.00");
        Chromium.screenshot(browser, "actuals-approved");

        browser.get(base + "/projects/" + project.id() + "/earned-value");
        List<WebElement> projectRow = browser.findElements(By.cssSelector("table.grid tbody tr")).get(0).findElements(By.tagName("td"));
        assertThat(projectRow.get(4).getText()).as("AC on the Earned value tab").isEqualTo("1,200");

        browser.get(base + "/projects/" + project.id() + "/budget");
        assertThat(browser.findElement(By.id("bac")).getText()).as("40 h × 90").isEqualTo("3,600.00");
        assertThat(browser.findElements(By.cssSelector("svg.funding-chart path.pv"))).hasSize(1);
        Chromium.screenshot(browser, "budget");
    }

    private void date(String id, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(by).stream().findFirst().orElse(null));
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }
}
