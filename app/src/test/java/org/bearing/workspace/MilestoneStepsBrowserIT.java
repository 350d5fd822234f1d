package org.bearing.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Debian's headless Chromium: on the earned value page a user adds a weighted-milestone step to a task, marks steps
 * done and sees the task's EV follow (achieved weight / total weight of its 1,000 budget) without a page load; a weight
 * of 0 is refused beside the field and nothing is written.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:ev-steps-browser;DB_CLOSE_DELAY=-1",
        "bearing.admin-password=" + MilestoneStepsBrowserIT.PASSWORD})
class MilestoneStepsBrowserIT {
    static final String PASSWORD = "ev-steps-browser-test";
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
    void aUserAddsAStepMarksItDoneAndSeesTheTasksEarnedValue() throws Exception {
        String base = "http://localhost:" + port;
        ApiClient api = ApiClient.basic(base, "admin", PASSWORD);
        long project = api.post("/api/v1/projects", Map.of("code", "EVS", "name", "Steps", "startDate", "2026-01-05",
                "currency", "EUR")).id();
        long a = api.post("/api/v1/projects/" + project + "/tasks", Map.of("name", "Build", "durationMinutes", 5 * 480,
                "fixedCost", 1000)).id();
        api.post("/api/v1/projects/" + project + "/baselines", Map.of("name", "Plan"));
        api.put("/api/v1/projects/" + project, Map.of("code", "EVS", "name", "Steps", "startDate", "2026-01-05",
                "statusDate", "2026-01-07", "currency", "EUR"), null);
        ApiClient.Reply set = api.put("/api/v1/projects/" + project + "/tasks/" + a, Map.of("name", "Build", "durationMinutes", 5 * 480,
                "fixedCost", 1000, "percentComplete", 20, "actualStart", "2026-01-05T08:00:00", "evMethod", "WEIGHTED_MILESTONES",
                "evMilestones", List.of(Map.of("name", "Design approved", "weight", 25, "achieved", false))), null);
        assertThat(set.status()).as(set.body()).isEqualTo(200);

        Chromium.signIn(browser, base, "admin", PASSWORD);
        browser.get(base + "/projects/" + project + "/earned-value");
        assertThat(ev(a)).isEqualTo("0");
        assertThat(browser.findElements(By.cssSelector("#steps-" + a + " li.ev-step"))).hasSize(1);

        WebElement add = browser.findElement(By.id("add-step-" + a));
        add.findElement(By.name("name")).sendKeys("Accepted");
        add.findElement(By.name("weight")).sendKeys("75");
        add.findElement(By.cssSelector("button[type=submit]")).click();
        wait(d -> d.findElements(By.cssSelector("#steps-" + a + " li.ev-step")).size() == 2);
        assertThat(browser.findElement(By.cssSelector("#step-" + a + "-1 input[name=name]")).getAttribute("value")).isEqualTo("Accepted");
        assertThat(browser.findElement(By.cssSelector("#step-" + a + "-1 .ev-step-share")).getText()).isEqualTo("75 %");
        assertThat(ev(a)).isEqualTo("0");

        browser.findElement(By.cssSelector("#step-" + a + "-1 form.ev-step-achieve button")).click();
        wait(d -> ev(a).equals("750")); // 75 / 100 of 1,000
        assertThat(browser.findElement(By.id("step-" + a + "-1")).getAttribute("data-achieved")).isEqualTo("true");
        assertThat(browser.findElement(By.cssSelector("#step-" + a + "-1 .ev-step-state")).getText()).contains("achieved");
        browser.findElement(By.cssSelector("#step-" + a + "-0 form.ev-step-achieve button")).click();
        wait(d -> ev(a).equals("1,000"));
        assertThat(browser.findElement(By.cssSelector(".kpis")).getText()).contains("SPI");

        WebElement weight = browser.findElement(By.cssSelector("#step-" + a + "-0 input[name=weight]"));
        weight.clear();
        weight.sendKeys("0");
        browser.findElement(By.cssSelector("#step-" + a + "-0 form.ev-step-edit button")).click();
        WebElement error = wait(d -> d.findElements(By.id("e-step-" + a + "-0-weight")).stream().findFirst().orElse(null));
        assertThat(error.getText()).contains("Weight must be a number above 0");
        assertThat(browser.findElement(By.cssSelector("#step-" + a + "-0 input[name=weight]")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(ev(a)).as("nothing changed").isEqualTo("1,000");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
                browser.findElement(By.id("by-task")));
        Chromium.screenshot((TakesScreenshot) browser, "earned-value-milestone-steps");
        ApiClient.Reply task = api.get("/api/v1/projects/" + project + "/tasks/" + a);
        assertThat(task.json().get("evMilestones").get(0).get("weight").asDouble()).as("nothing was written").isEqualTo(25);
        assertThat(task.json().get("evMilestones").get(1).get("achieved").asBoolean()).isTrue();
    }

    private static <T> T wait(java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    private static String ev(long task) {
        return browser.findElement(By.id("task-" + task)).findElements(By.tagName("td")).get(5).getText();
    }
}
