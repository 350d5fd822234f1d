package org.bearing.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.bearing.support.ApiClient;
import org.bearing.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Debian's headless Chromium: a user sets a task's EV method on the earned value page and its EV follows (50/50 of a
 * started task = half its budget); an out-of-range physical % is refused with the message beside the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:ev-method-browser;DB_CLOSE_DELAY=-1",
        "bearing.admin-password=" + EarnedValueMethodBrowserIT.PASSWORD})
class EarnedValueMethodBrowserIT {
    static final String PASSWORD = "ev-method-browser-test";
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
    void aUserSetsATasksMethodAndSeesItsEarnedValue() throws Exception {
        String base = "http://localhost:" + port;
        ApiClient api = ApiClient.basic(base, "admin", PASSWORD);
        long project = api.post("/api/v1/projects", Map.of("code", "EVM", "name", "Methods", "startDate", "2026-01-05",
                "currency", "EUR")).id();
        long a = api.post("/api/v1/projects/" + project + "/tasks", Map.of("name", "Build", "durationMinutes", 5 * 480,
                "fixedCost", 1000)).id();
        long b = api.post("/api/v1/projects/" + project + "/tasks", Map.of("name", "Test", "durationMinutes", 5 * 480,
                "fixedCost", 600)).id();
        api.post("/api/v1/projects/" + project + "/dependencies", Map.of("predecessorId", a, "successorId", b, "type", "FS"));
        api.post("/api/v1/projects/" + project + "/baselines", Map.of("name", "Plan"));
        // the status date moves after the baseline: before it, unstarted work would be planned after that date
        api.put("/api/v1/projects/" + project, Map.of("code", "EVM", "name", "Methods", "startDate", "2026-01-05",
                "statusDate", "2026-01-07", "currency", "EUR"), null);
        api.put("/api/v1/projects/" + project + "/tasks/" + a, Map.of("name", "Build", "durationMinutes", 5 * 480,
                "fixedCost", 1000, "percentComplete", 20, "actualStart", "2026-01-05T08:00:00"), null);

        Chromium.signIn(browser, base, "admin", PASSWORD);
        browser.get(base + "/projects/" + project + "/earned-value");
        WebElement row = row(a);
        assertThat(row.findElements(By.tagName("td")).get(5).getText()).isEqualTo("200"); // 20 % of 1,000

        new Select(row.findElement(By.name("evMethod"))).selectByVisibleText("50/50");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> row(a).findElements(By.tagName("td")).get(5).getText().equals("500"));
        assertThat(new Select(row(a).findElement(By.name("evMethod"))).getFirstSelectedOption().getText()).isEqualTo("50/50");
        assertThat(browser.findElement(By.cssSelector(".kpis")).getText()).contains("SPI");

        WebElement physical = row(b).findElement(By.name("physicalPercentComplete"));
        physical.clear();
        physical.sendKeys("120");
        row(b).findElement(By.cssSelector("button[type=submit]")).click();
        WebElement error = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElements(By.id("e-physical-" + b)).stream().findFirst().orElse(null));
        assertThat(error.getText()).isEqualTo("Physical % complete must be from 0 to 100, not 120");
        assertThat(row(b).findElement(By.name("physicalPercentComplete")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(row(b).findElement(By.name("physicalPercentComplete")).getAttribute("value")).isEqualTo("120");
        Chromium.screenshot((TakesScreenshot) browser, "earned-value-methods");
        ApiClient.Reply task = api.get("/api/v1/projects/" + project + "/tasks/" + b);
        assertThat(task.json().get("physicalPercentComplete").asDouble()).as("nothing was written").isZero();
    }

    private static WebElement row(long task) {
        return browser.findElement(By.id("task-" + task));
    }
}
