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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The plan pages in Debian's headless Chromium at 1280×800: the network diagram with its critical boxes and a
 * dependency map, a holiday added in the calendar editor that moves the schedule, a bad working period refused next to
 * its field, and a baseline whose variance shows after a duration changes. Screenshots go to
 * {@code target/screenshots} (network.png, calendar.png, baselines.png).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:plan-pages-browser;DB_CLOSE_DELAY=-1", "bearing.admin-password=" + PlanPagesBrowserIT.PASSWORD})
class PlanPagesBrowserIT {
    static final String PASSWORD = "plan-pages-test";
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws Exception {
        browser = Chromium.start(1280, 800);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void networkCalendarAndBaselinesInTheBrowser() throws Exception {
        String base = "http://localhost:" + port;
        ApiClient api = ApiClient.basic(base, "admin", PASSWORD);
        // No calendar of its own: the project follows the enterprise Standard calendar.
        long project = api.post("/api/v1/projects", Map.of("code", "NET", "name", "Network refresh", "startDate", "2026-01-05",
                "currency", "EUR", "manager", "Grace")).id();
        String tasks = "/api/v1/projects/" + project + "/tasks";
        long survey = api.post(tasks, Map.of("name", "Site survey", "durationMinutes", 2 * 480, "fixedCost", 1200)).id();
        long order = api.post(tasks, Map.of("name", "Order switches", "durationMinutes", 3 * 480, "fixedCost", 18000)).id();
        long cabling = api.post(tasks, Map.of("name", "Cabling", "durationMinutes", 2 * 480, "fixedCost", 4000)).id();
        long install = api.post(tasks, Map.of("name", "Install switches", "durationMinutes", 2 * 480, "fixedCost", 2500)).id();
        long docs = api.post(tasks, Map.of("name", "As-built docs", "durationMinutes", 480)).id();
        long cutover = api.post(tasks, Map.of("name", "Cutover", "milestone", true)).id();
        String links = "/api/v1/projects/" + project + "/dependencies";
        api.post(links, Map.of("predecessorId", survey, "successorId", order, "type", "FS"));
        api.post(links, Map.of("predecessorId", survey, "successorId", cabling, "type", "SS", "lagAmount", 480, "lagUnit", "WORKING_MINUTES"));
        api.post(links, Map.of("predecessorId", order, "successorId", install, "type", "FS"));
        api.post(links, Map.of("predecessorId", cabling, "successorId", install, "type", "FS"));
        api.post(links, Map.of("predecessorId", install, "successorId", docs, "type", "SS"));
        api.post(links, Map.of("predecessorId", install, "successorId", cutover, "type", "FS"));

        Chromium.signIn(browser, base, "admin", PASSWORD);

        // Network: survey → order → install → cutover is the longest chain (2 + 3 + 2 days).
        browser.get(base + "/projects/" + project);
        browser.findElement(By.linkText("Network")).click();
        List<String> critical = browser.findElements(By.cssSelector("svg.network rect.node.critical")).stream()
                .map(e -> e.getAttribute("data-task-id")).toList();
        assertThat(critical).containsExactlyInAnyOrder(id(survey), id(order), id(install), id(cutover));
        assertThat(browser.findElements(By.cssSelector("svg.network rect.node"))).hasSize(6);
        assertThat(browser.findElement(By.cssSelector("svg.network")).getText()).contains("SS +1d");
        screenshot("network");
        // Each box is a link to its dependency map, reachable by keyboard.
        WebElement link = browser.findElement(By.xpath("//*[local-name()='a'][.//*[local-name()='rect' and @data-task-id='" + install + "']]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", link);
        assertThat(browser.switchTo().activeElement()).as("the box takes keyboard focus").isEqualTo(link);
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        assertThat(browser.getCurrentUrl()).contains("focus=" + install);
        assertThat(browser.findElement(By.cssSelector(".explain")).getText()).contains("Order switches");
        assertThat(browser.findElements(By.cssSelector("svg.network path.link.driving")).stream()
                .map(e -> e.getAttribute("data-from") + ">" + e.getAttribute("data-to")).toList())
                .as("the driving path back from Install: Order drives it, Survey drives Order")
                .containsExactlyInAnyOrder(id(order) + ">" + id(install), id(survey) + ">" + id(order));
        screenshot("network-focus");

        // Calendar: a holiday on Wed 7 Jan in Standard moves the whole chain by a working day.
        java.time.LocalDateTime before = finish(api, project, install);
        browser.findElement(By.linkText("Calendars")).click();
        assertThat(Chromium.awaitText(browser, By.cssSelector("table.grid"), "Standard")).contains("Enterprise");
        screenshot("calendars");
        browser.findElement(By.linkText("Standard")).click();
        browser.findElement(By.id("ex-name")).sendKeys("Network freeze");
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-01-07'", browser.findElement(By.id("ex-from")));
        browser.findElement(By.cssSelector("form.ex-add button[type=submit]")).click();
        Chromium.awaitText(browser, By.cssSelector(".saved"), "Saved");
        WebElement holiday = browser.findElement(By.cssSelector("table.month td[data-date='2026-01-07']"));
        assertThat(holiday.getAttribute("class")).contains("exc").contains("off");
        assertThat(holiday.getText()).contains("Network freeze");
        assertThat(before).isEqualTo("2026-01-13T17:00:00");
        assertThat(finish(api, project, install)).as("the schedule follows the calendar").isEqualTo("2026-01-14T17:00:00");
        screenshot("calendar");

        WebElement tuesday = browser.findElement(By.id("periods-TUESDAY"));
        tuesday.clear();
        tuesday.sendKeys("08:00-12:00, 11:30-17:00");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        Chromium.awaitText(browser, By.id("periods-TUESDAY-msg"), "must not overlap");
        assertThat(browser.findElement(By.id("periods-TUESDAY")).getAttribute("value")).isEqualTo("08:00-12:00, 11:30-17:00");
        assertThat(api.get("/api/v1/calendars").body()).doesNotContain("11:30");
        screenshot("calendar-error");

        // Baselines: set one, lengthen Order switches by two days, see the slip.
        browser.get(base + "/projects/" + project + "/baselines");
        browser.findElement(By.id("bl-name")).sendKeys("Approved plan");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        Chromium.awaitText(browser, By.cssSelector("table.grid.compact"), "Approved plan");
        ApiClient.Reply task = api.get(tasks + "/" + order);
        assertThat(api.put(tasks + "/" + order, Map.of("name", "Order switches", "durationMinutes", 5 * 480, "fixedCost", 19500),
                task.header("ETag")).status()).isEqualTo(200);
        browser.navigate().refresh();
        WebElement row = browser.findElement(By.cssSelector("table.compare tr[data-task-id='" + order + "']"));
        assertThat(row.getAttribute("class")).contains("slipped");
        assertThat(row.findElement(By.cssSelector("td.var")).getText()).isEqualTo("+2d");
        assertThat(row.findElement(By.cssSelector("td.cost-var")).getText()).isEqualTo("+1,500");
        assertThat(browser.findElement(By.cssSelector("section.kpis")).getText()).contains("+2d");
        screenshot("baselines");
    }

    private static String id(long id) {
        return String.valueOf(id);
    }

    private static java.time.LocalDateTime finish(ApiClient api, long project, long task) {
        JsonNode schedule = api.get("/api/v1/projects/" + project + "/schedule").json();
        for (JsonNode t : schedule.get("tasks")) {
            if (t.get("taskId").asLong() == task) {
                return java.time.LocalDateTime.parse(t.get("finish").asString());
            }
        }
        throw new AssertionError("task " + task + " is not in the schedule");
    }

    private static void screenshot(String name) throws Exception {
        Chromium.screenshot((TakesScreenshot) browser, name);
    }
}
