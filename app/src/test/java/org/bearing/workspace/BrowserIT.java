package org.bearing.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.bearing.support.ApiClient;
import org.bearing.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workspace in Debian's headless Chromium: sign in through the form, read the portfolio, and watch the critical
 * path move on the Gantt when a link is added. Screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1", "bearing.admin-password=" + BrowserIT.PASSWORD})
class BrowserIT {
    static final String PASSWORD = "browser-test";
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws Exception {
        browser = Chromium.start(1440, 1000);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signInReadThePortfolioAndSeeTheCriticalPathMove() throws Exception {
        String base = "http://localhost:" + port;
        ApiClient api = ApiClient.basic(base, "admin", PASSWORD);
        long project = api.post("/api/v1/projects", Map.of("code", "WEB", "name", "Website relaunch", "startDate", "2026-01-05",
                "currency", "EUR", "manager", "Ada")).id();
        long design = api.post("/api/v1/projects/" + project + "/tasks", Map.of("name", "Design", "durationMinutes", 3 * 480)).id();
        long build = api.post("/api/v1/projects/" + project + "/tasks", Map.of("name", "Build", "durationMinutes", 2 * 480)).id();
        long content = api.post("/api/v1/projects/" + project + "/tasks", Map.of("name", "Content", "durationMinutes", 4 * 480)).id();
        api.post("/api/v1/projects/" + project + "/dependencies", Map.of("predecessorId", design, "successorId", build, "type", "FS"));

        browser.get(base + "/login");
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys("wrong");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        Chromium.awaitText(browser, By.tagName("body"), "Invalid credentials"); // a wrong password is refused with a message
        browser.findElement(By.name("username")).sendKeys("admin");
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        Chromium.awaitSignedIn(browser);

        browser.get(base + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Portfolio");
        assertThat(browser.findElement(By.cssSelector("table.grid")).getText()).contains("WEB").contains("Website relaunch");
        screenshot("home");

        browser.findElement(By.linkText("WEB Website relaunch")).click();
        Chromium.awaitText(browser, By.tagName("h1"), "Website relaunch");
        List<String> critical = criticalNames();
        assertThat(critical).containsExactlyInAnyOrder("Design", "Build"); // 5 days against Content's 4
        screenshot("gantt-before");

        api.post("/api/v1/projects/" + project + "/dependencies", Map.of("predecessorId", build, "successorId", content, "type", "FS"));
        browser.navigate().refresh();
        assertThat(criticalNames()).containsExactlyInAnyOrder("Design", "Build", "Content");
        browser.findElement(By.linkText("Week")).click();
        assertThat(browser.getCurrentUrl()).endsWith("zoom=WEEK");
        screenshot("gantt-after");

        browser.findElement(By.linkText("Earned value")).click();
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).as("no baseline yet: said, not an error page")
                .contains("has no baseline");
        long dev = api.post("/api/v1/resources", Map.of("projectId", project, "name", "Dev", "type", "WORK", "standardRate", 90)).id();
        api.post("/api/v1/projects/" + project + "/assignments", Map.of("taskId", design, "resourceId", dev));
        api.post("/api/v1/projects/" + project + "/baselines", Map.of("name", "Plan"));
        browser.navigate().refresh();
        assertThat(browser.findElements(By.cssSelector("svg.chart"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("table.grid")).getText()).contains("WEB");

        api.post("/api/v1/projects/" + project + "/risks", Map.of("kind", "THREAT", "title", "Copywriter unavailable", "probability", 4,
                "impact", Map.of("schedule", 4, "cost", 2, "scope", 1, "quality", 3)));
        browser.findElement(By.linkText("Risks")).click();
        assertThat(browser.findElement(By.cssSelector("table.grid")).getText()).contains("R-001").contains("Copywriter unavailable")
                .contains("HIGH");
        assertThat(browser.findElements(By.cssSelector("svg.heat g.heat-red text.count")).stream().map(e -> e.getText()).toList()).contains("1");
        screenshot("risks");
    }

    /** The names of the tasks whose bars are drawn as critical, read from each bar's tooltip. */
    private static List<String> criticalNames() {
        return browser.findElements(By.cssSelector("svg.gantt rect.critical")).stream()
                .map(e -> e.findElement(By.tagName("title")).getAttribute("textContent"))
                .map(t -> t.substring(0, t.indexOf(':'))).toList();
    }

    private static void screenshot(String name) throws Exception {
        Chromium.screenshot((TakesScreenshot) browser, name);
    }
}
