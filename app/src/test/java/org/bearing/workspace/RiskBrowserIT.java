package org.bearing.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bearing.support.ApiClient;
import org.bearing.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The risk pages in Debian's headless Chromium: the risk model is made in its editor (a default spread for every task,
 * a threat as a risk event, refused first without a task), a refused iterations value shows its message beside the
 * field, a simulation run started from the page shows its progress and then the finish-date histogram with the
 * P-dates; an issue is raised, refused a two-level jump, and escalated one level. Screenshots: {@code risk-model.png},
 * {@code simulation.png}, {@code issues.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:risk-browser;DB_CLOSE_DELAY=-1", "bearing.admin-password=" + RiskBrowserIT.PASSWORD})
class RiskBrowserIT {
    static final String PASSWORD = "risk-browser-test";
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws Exception {
        browser = Chromium.start(1440, 1400);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void runASimulationAndEscalateAnIssueFromThePages() throws Exception {
        String base = "http://localhost:" + port;
        ApiClient api = ApiClient.basic(base, "admin", PASSWORD);
        long project = api.post("/api/v1/projects", Map.of("code", "MIG", "name", "Data centre exit", "startDate", "2026-01-05",
                "currency", "USD")).id();
        Long previous = null;
        long first = 0;
        for (int i = 0; i < 6; i++) {
            long t = api.post("/api/v1/projects/" + project + "/tasks", Map.of("name", "Wave " + (i + 1), "durationMinutes", 5 * 480,
                    "fixedCost", 20000)).id();
            first = i == 0 ? t : first;
            if (previous != null) {
                api.post("/api/v1/projects/" + project + "/dependencies", Map.of("predecessorId", previous, "successorId", t, "type", "FS"));
            }
            previous = t;
        }
        long risk = api.post("/api/v1/projects/" + project + "/risks", Map.of("kind", "THREAT", "title", "Firewall change freeze",
                "probability", 3, "impact", Map.of("schedule", 4, "cost", 2, "scope", 1, "quality", 1))).json().get("id").asLong();

        Chromium.signIn(browser, base, "admin", PASSWORD);

        // the risk model from its editor: a default spread for every task, then the threat as a risk event on the first
        browser.get(base + "/projects/" + project + "/risk-model");
        assertThat(browser.findElement(By.cssSelector("nav.tabs a.active")).getText()).isEqualTo("Risk model");
        WebElement high = browser.findElement(By.id("d-high"));
        high.clear();
        high.sendKeys("160");
        new Select(browser.findElement(By.id("rm-shape"))).selectByValue("BETA_PERT");
        browser.findElement(By.cssSelector("#defaults-form button[type=submit]")).click();
        assertThat(Chromium.awaitText(browser, By.cssSelector("p.notice"), "Default estimate")).isEqualTo("Default estimate given to 6 tasks.");
        String event = "rm-r-" + risk + "-";
        browser.findElement(By.id(event + "modelled")).click();
        WebElement probability = browser.findElement(By.id(event + "probability"));
        assertThat(probability.getAttribute("value")).as("the P3 band's midpoint").isEqualTo("50");
        probability.clear();
        probability.sendKeys("40");
        browser.findElement(By.id(event + "durationMin")).sendKeys("1");
        browser.findElement(By.id(event + "durationMostLikely")).sendKeys("3");
        browser.findElement(By.id(event + "durationMax")).sendKeys("10");
        browser.findElement(By.cssSelector("#model-form button[type=submit]")).click();
        Chromium.awaitText(browser, By.id("e-" + event + "tasks"), "at least one task");
        new Select(browser.findElement(By.id(event + "tasks"))).selectByValue(String.valueOf(first));
        browser.findElement(By.cssSelector("#model-form button[type=submit]")).click();
        assertThat(Chromium.awaitText(browser, By.cssSelector("p.notice"), "Risk model saved")).isEqualTo("Risk model saved.");
        screenshot("risk-model");
        var model = api.get("/api/v1/projects/" + project + "/risk-model").json();
        assertThat(model.get("estimates")).hasSize(6);
        assertThat(model.get("estimates").get(0).get("max").asDouble()).isEqualTo(160.0);
        assertThat(model.get("riskEvents").get(0).get("durationMax").asDouble()).isEqualTo(4800.0);

        browser.get(base + "/projects/" + project + "/simulation");
        assertThat(browser.findElement(By.cssSelector("nav.tabs a.active")).getText()).isEqualTo("Risk analysis");
        WebElement iterations = browser.findElement(By.id("iterations"));
        iterations.clear();
        iterations.sendKeys("lots");
        browser.findElement(By.cssSelector("form.run-form button[type=submit]")).click();
        Chromium.awaitText(browser, By.id("iterations-error"), "whole number of iterations");
        assertThat(browser.findElement(By.id("iterations")).getAttribute("aria-invalid")).isEqualTo("true");
        iterations = browser.findElement(By.id("iterations"));
        iterations.clear();
        iterations.sendKeys("100000");
        browser.findElement(By.id("seed")).sendKeys("7");
        browser.findElement(By.cssSelector("form.run-form button[type=submit]")).click();
        List<String> seen = new ArrayList<>();
        new WebDriverWait(browser, Duration.ofSeconds(90)).pollingEvery(Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class).until(b -> {
                    List<WebElement> progress = b.findElements(By.id("run-progress"));
                    if (!progress.isEmpty()) {
                        seen.add(progress.get(0).getText());
                    }
                    return !b.findElements(By.cssSelector("#finish-chart svg")).isEmpty();
                });
        assertThat(seen).as("the page showed the run's progress before its results").isNotEmpty()
                .anyMatch(s -> s.contains("QUEUED") || s.contains("RUNNING"));
        assertThat(browser.findElements(By.id("run-progress"))).isEmpty();
        List<String> markers = browser.findElements(By.cssSelector("#finish-chart g.p-marker text")).stream().map(WebElement::getText).toList();
        assertThat(markers).hasSize(4);
        assertThat(markers.get(0)).startsWith("P10 ");
        assertThat(markers.get(2)).startsWith("P80 ");
        assertThat(browser.findElements(By.cssSelector("#finish-chart rect.bin"))).hasSize(24);
        assertThat(browser.findElement(By.id("p80")).getText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(browser.findElements(By.cssSelector("#tornado rect.tornado-bar"))).hasSize(1);
        screenshot("simulation");

        browser.get(base + "/projects/" + project + "/issues");
        browser.findElement(By.id("issue-title")).sendKeys("Test environment down");
        new Select(browser.findElement(By.id("issue-severity"))).selectByValue("HIGH");
        browser.findElement(By.id("issue-owner")).sendKeys("Ops lead");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("issue-due")),
                LocalDate.now().plusDays(5).toString());
        browser.findElement(By.cssSelector("form.issue-form button[type=submit]")).click();
        WebElement row = browser.findElement(By.cssSelector("table.issues tbody tr"));
        assertThat(row.getText()).contains("I-001", "Test environment down", "HIGH");
        assertThat(row.findElement(By.cssSelector("td.level")).getText()).isEqualTo("TEAM");

        new Select(row.findElement(By.name("level"))).selectByValue("STEERING_COMMITTEE");
        row.findElement(By.name("reason")).sendKeys("straight to the top");
        row.findElement(By.cssSelector("form.escalate-form button")).click();
        row = browser.findElement(By.cssSelector("table.issues tbody tr"));
        assertThat(row.findElement(By.cssSelector(".field-error")).getText()).contains("one level at a time");
        assertThat(row.findElement(By.cssSelector("td.level")).getText()).isEqualTo("TEAM");

        new Select(row.findElement(By.name("level"))).selectByValue("PM");
        row.findElement(By.name("reason")).sendKeys("blocks the cut-over rehearsal");
        row.findElement(By.cssSelector("form.escalate-form button")).click();
        row = browser.findElement(By.cssSelector("table.issues tbody tr"));
        assertThat(row.findElement(By.cssSelector("td.level")).getText()).isEqualTo("PM");
        row.findElement(By.tagName("summary")).click();
        assertThat(row.findElement(By.cssSelector("ul.escalations")).getText()).contains("TEAM → PM by admin", "blocks the cut-over rehearsal");
        screenshot("issues");
    }

    private static void screenshot(String name) throws Exception {
        Chromium.screenshot((TakesScreenshot) browser, name);
    }
}
