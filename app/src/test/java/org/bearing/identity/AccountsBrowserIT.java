package org.bearing.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.bearing.plan.AssignmentDraft;
import org.bearing.plan.Assignments;
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
 * Approval on a real install, in Debian's headless Chromium: starting with only the admin, the admin creates a
 * member on /admin/accounts (a short password is refused next to its field first), submits a time entry on the
 * Actuals tab, the member signs in and approves it, and once the admin disables the member, the member can no
 * longer sign in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:accounts-browser;DB_CLOSE_DELAY=-1", "bearing.admin-password=" + AccountsBrowserIT.PASSWORD})
class AccountsBrowserIT {
    static final String PASSWORD = "accounts-browser-admin";
    private static final String MEMBER_PASSWORD = "reviewer-password-1";
    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    AccountAdministration administration;
    @Autowired
    Projects projects;
    @Autowired
    Tasks tasks;
    @Autowired
    Resources resources;
    @Autowired
    Assignments assignments;

    @BeforeAll
    static void startChromium() throws Exception {
        browser = Chromium.start(1280, 1200);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theAdminCreatesAMemberWhoApprovesTheAdminsTimeEntryAndCannotSignInOnceDisabled() {
        assertThat(administration.accounts()).extracting(Account::username).as("a fresh install").containsExactly("admin");
        Project project = projects.create(new ProjectDraft(null, "APR", "Approvals", null, null, null, List.of(), List.of(),
                LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9), "EUR", null, null, null));
        Task build = tasks.create(project.id(), new TaskDraft(null, null, null, "Build", false, null, 5 * 480L, null, null, null, null,
                null, null, null, null, null, null, null, null, null));
        Resource dev = resources.create(new ResourceDraft(project.id(), "Dev", ResourceType.WORK, null, null, null, null, BigDecimal.ONE,
                new BigDecimal("90"), null, BigDecimal.ZERO, null));
        assignments.create(project.id(), new AssignmentDraft(build.id(), dev.id(), BigDecimal.ONE, null, null));
        String base = "http://localhost:" + port;
        String actuals = base + "/projects/" + project.id() + "/actuals";

        Chromium.signIn(browser, base, "admin", PASSWORD);
        browser.get(base + "/");
        browser.findElement(By.cssSelector("nav.admin-nav a[href='/admin/accounts']")).click();
        waitFor(By.id("new-account"));
        Chromium.type(browser, "new-username", "reviewer");
        Chromium.type(browser, "new-displayName", "Rita Reviewer");
        new Select(browser.findElement(By.id("new-role"))).selectByValue("MEMBER");
        Chromium.type(browser, "new-password", "too-short");
        browser.findElement(By.cssSelector("#new-account button[type=submit]")).click();
        assertThat(waitFor(By.id("e-new-password")).getText()).isEqualTo("password must have at least 12 characters");
        assertThat(browser.findElement(By.id("new-username")).getAttribute("value")).as("the typed name stays").isEqualTo("reviewer");
        assertThat(browser.findElements(By.cssSelector("tr.account[data-username=reviewer]"))).as("nothing stored").isEmpty();
        Chromium.screenshot(browser, "accounts-refused-password");

        Chromium.type(browser, "new-password", MEMBER_PASSWORD);
        browser.findElement(By.cssSelector("#new-account button[type=submit]")).click();
        assertThat(waitFor(By.id("saved")).getText()).isEqualTo("Created reviewer (MEMBER).");
        WebElement row = browser.findElement(By.cssSelector("tr.account[data-username=reviewer]"));
        assertThat(row.getAttribute("data-role")).isEqualTo("MEMBER");
        assertThat(row.getAttribute("data-enabled")).isEqualTo("true");
        Chromium.screenshot(browser, "accounts-created");

        browser.get(actuals);
        new Select(browser.findElement(By.id("time-resourceId"))).selectByVisibleText("Dev");
        new Select(browser.findElement(By.id("time-taskId"))).selectByVisibleText("1 Build");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("time-day")), "2026-01-07");
        browser.findElement(By.id("time-hours")).sendKeys("8");
        browser.findElement(By.cssSelector("#time-form button[type=submit]")).click();
        waitUntil(() -> browser.findElements(By.cssSelector("tr.entry[id^=time-]")).size() == 1);
        assertThat(browser.findElements(By.cssSelector("form.decide"))).as("the admin cannot approve their own entry").isEmpty();
        assertThat(browser.findElement(By.id("pending-total")).getText()).as("8 h × 90").isEqualTo("720.00");

        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, base, "reviewer", MEMBER_PASSWORD);
        browser.get(actuals);
        assertThat(browser.findElements(By.cssSelector("nav.admin-nav"))).as("no administration for members").isEmpty();
        assertThat(browser.findElement(By.cssSelector("a.account-link")).getText()).isEqualTo("reviewer");
        browser.findElement(By.cssSelector("tr.entry[id^=time-] button[value=APPROVED]")).click();
        waitUntil(() -> browser.findElement(By.id("ac-total")).getText().equals("720.00"));
        WebElement entry = browser.findElement(By.cssSelector("tr.entry[id^=time-]"));
        assertThat(entry.getAttribute("data-status")).isEqualTo("APPROVED");
        assertThat(entry.getText()).contains("admin", "reviewer");
        Chromium.screenshot(browser, "accounts-member-approved");
        browser.get(base + "/admin/accounts");
        assertThat(browser.getPageSource()).as("members are kept out").doesNotContain("new-account");

        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, base, "admin", PASSWORD);
        browser.get(base + "/admin/accounts");
        browser.findElement(By.id("toggle-reviewer")).click();
        assertThat(waitFor(By.id("saved")).getText()).contains("reviewer is disabled");
        assertThat(browser.findElement(By.cssSelector("tr.account[data-username=reviewer]")).getAttribute("data-enabled")).isEqualTo("false");
        Chromium.screenshot(browser, "accounts-disabled");

        browser.manage().deleteAllCookies();
        Chromium.submitSignIn(browser, base, "reviewer", MEMBER_PASSWORD);
        waitUntil(() -> browser.getCurrentUrl().contains("/login?error"));
        assertThat(browser.getCurrentUrl()).as("the sign-in is refused").contains("/login?error");
        browser.get(actuals);
        assertThat(browser.getCurrentUrl()).as("not signed in").contains("/login");
        assertThat(administration.account("reviewer").enabled()).isFalse();
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(by).stream().findFirst().orElse(null));
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }
}
