package org.bearing.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.bearing.identity.Accounts;
import org.bearing.identity.Role;
import org.bearing.plan.Assignment;
import org.bearing.plan.Assignments;
import org.bearing.plan.Project;
import org.bearing.plan.Projects;
import org.bearing.plan.Resource;
import org.bearing.plan.ResourceType;
import org.bearing.plan.Resources;
import org.bearing.plan.Task;
import org.bearing.plan.Tasks;
import org.bearing.support.ApiClient;
import org.bearing.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The demo's ATLAS earned value page in Debian's headless Chromium after one approved 8-hour time entry: the entry
 * replaces the AC of its task only (CPI stays near what progress implied, not the 1448 that replacing the whole
 * project's AC gave), the by-task table marks that task's AC as approved actuals, and the S-curve shows PV, EV, AC and
 * the forecast lines with their markers. Screenshot: {@code target/screenshots/scurve-atlas.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:scurve-browser;DB_CLOSE_DELAY=-1", "bearing.demo=true",
        "bearing.admin-password=" + SCurveBrowserIT.PASSWORD})
class SCurveBrowserIT {
    static final String PASSWORD = "scurve-browser-test";
    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    Projects projects;
    @Autowired
    Tasks tasks;
    @Autowired
    Assignments assignments;
    @Autowired
    Resources resources;
    @Autowired
    Accounts accounts;

    @BeforeAll
    static void startChromium() throws Exception {
        browser = Chromium.start(1440, 1600);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void oneApprovedTimeEntryChangesItsTaskOnlyAndTheSCurveIsDrawn() throws Exception {
        String base = "http://localhost:" + port;
        ApiClient admin = ApiClient.basic(base, "admin", PASSWORD);
        Project atlas = projects.byCode("ATLAS").orElseThrow();
        String ev = "/api/v1/projects/" + atlas.id() + "/earned-value";
        double cpiBefore = admin.get(ev).json().get("project").get("cpi").asDouble();

        // a started leaf task with a work resource on it
        Map<Long, Resource> work = new java.util.HashMap<>();
        resources.visibleTo(atlas.id()).stream().filter(r -> r.type() == ResourceType.WORK).forEach(r -> work.put(r.id(), r));
        Task task = null;
        Assignment on = null;
        for (Task t : tasks.all(atlas.id())) {
            if (t.summary() || t.percentComplete().signum() <= 0 || t.percentComplete().compareTo(BigDecimal.valueOf(100)) >= 0) {
                continue;
            }
            List<Assignment> as = assignments.all(atlas.id()).stream().filter(a -> a.taskId() == t.id() && work.containsKey(a.resourceId()))
                    .toList();
            if (!as.isEmpty()) {
                task = t;
                on = as.get(0);
                break;
            }
        }
        assertThat(task).as("a started ATLAS task with a work resource").isNotNull();
        accounts.create("scurve-approver", "approver-password-1", "Approver", Role.MEMBER);
        ApiClient approver = ApiClient.bearer(base, accounts.issueToken("scurve-approver", "test", Duration.ofDays(1)).secret());
        JsonNode entry = admin.post("/api/v1/projects/" + atlas.id() + "/time-entries", Map.of("taskId", task.id(), "resourceId",
                on.resourceId(), "day", atlas.statusDate().toString(), "hours", 8)).json();
        assertThat(entry.has("id")).as(entry.toString()).isTrue();
        assertThat(approver.post("/api/v1/projects/" + atlas.id() + "/time-entries/" + entry.get("id").asLong() + "/decision",
                Map.of("status", "APPROVED")).status()).isEqualTo(200);
        JsonNode after = admin.get(ev).json();
        double cpiAfter = after.get("project").get("cpi").asDouble();
        System.out.printf("ATLAS CPI before the entry %s, after %s (task %s)%n", cpiBefore, cpiAfter, task.name());
        assertThat(cpiAfter).as("one task's AC changes, not the project's (was %s)", cpiBefore).isBetween(cpiBefore * 0.8, cpiBefore * 1.25);

        Chromium.signIn(browser, base, "admin", PASSWORD);
        browser.get(base + "/projects/" + atlas.id() + "/earned-value");
        WebElement svg = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector("svg.ev-scurve")).stream().findFirst().orElse(null));
        assertThat(svg.findElements(By.cssSelector("path.series")).stream().map(p -> p.getAttribute("data-series")).toList())
                .containsExactlyInAnyOrder("PV", "EV", "AC", "EV forecast", "AC forecast");
        assertThat(svg.findElements(By.cssSelector("g.marker"))).hasSize(2);
        assertThat(svg.findElement(By.cssSelector("line.status-date")).isDisplayed()).isTrue();
        // the drawn S-curve is wide on the page, not squeezed: the browser lays it out across the chart box
        assertThat(svg.getSize().getWidth()).isGreaterThan(600);
        WebElement row = browser.findElement(By.cssSelector("table.ev-task-table tr[data-task-id='" + task.id() + "']"));
        assertThat(row.getAttribute("data-ac-source")).isEqualTo("RECORDED");
        assertThat(row.getText()).contains("approved actuals");
        assertThat(browser.findElement(By.id("ac-sources")).getText()).startsWith("AC of 1 task(s) from approved actuals");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('s-curve').scrollIntoView()");
        screenshot(browser, "scurve-atlas");
    }

    private static void screenshot(WebDriver browser, String name) {
        Chromium.screenshot((TakesScreenshot) browser, name);
    }
}
