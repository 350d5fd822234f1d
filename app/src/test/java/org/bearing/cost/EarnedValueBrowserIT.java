package org.bearing.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * The earned value page in Debian's headless Chromium: the history by status date (table and SPI / SPI(t) / CPI trend
 * chart, loaded by htmx) and the export links, which serve the file to the signed-in browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:ev-browser;DB_CLOSE_DELAY=-1",
        "bearing.admin-password=" + EarnedValueBrowserIT.PASSWORD})
class EarnedValueBrowserIT {
    static final String PASSWORD = "ev-browser-test";
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws Exception {
        browser = Chromium.start(1440, 1200);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theHistoryTrendAndExportsAreOnTheEarnedValuePage() throws Exception {
        String base = "http://localhost:" + port;
        ApiClient api = ApiClient.basic(base, "admin", PASSWORD);
        long project = api.post("/api/v1/projects", Map.of("code", "EVH", "name", "History", "startDate", "2026-01-05",
                "currency", "EUR")).id();
        long a = api.post("/api/v1/projects/" + project + "/tasks", Map.of("name", "Build", "durationMinutes", 5 * 480)).id();
        long b = api.post("/api/v1/projects/" + project + "/tasks", Map.of("name", "Test", "durationMinutes", 5 * 480)).id();
        api.post("/api/v1/projects/" + project + "/dependencies", Map.of("predecessorId", a, "successorId", b, "type", "FS"));
        long dev = api.post("/api/v1/resources", Map.of("projectId", project, "name", "Dev", "type", "WORK", "standardRate", 90)).id();
        api.post("/api/v1/projects/" + project + "/assignments", Map.of("taskId", a, "resourceId", dev));
        api.post("/api/v1/projects/" + project + "/assignments", Map.of("taskId", b, "resourceId", dev));
        api.post("/api/v1/projects/" + project + "/baselines", Map.of("name", "Plan"));
        for (String[] period : new String[][] {{"2026-01-07", "40", "0"}, {"2026-01-09", "80", "0"}, {"2026-01-14", "100", "30"}}) {
            assertThat(api.put("/api/v1/projects/" + project, Map.of("code", "EVH", "name", "History", "startDate", "2026-01-05",
                    "statusDate", period[0], "currency", "EUR"), null).status()).isEqualTo(200);
            api.put("/api/v1/projects/" + project + "/tasks/" + a, Map.of("name", "Build", "durationMinutes", 5 * 480,
                    "percentComplete", Integer.parseInt(period[1]), "actualStart", "2026-01-05T08:00:00"), null);
            if (!period[2].equals("0")) {
                api.put("/api/v1/projects/" + project + "/tasks/" + b, Map.of("name", "Test", "durationMinutes", 5 * 480,
                        "percentComplete", Integer.parseInt(period[2]), "actualStart", "2026-01-12T08:00:00"), null);
            }
        }

        Chromium.signIn(browser, base, "admin", PASSWORD);
        browser.get(base + "/projects/" + project + "/earned-value");
        WebElement history = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.findElements(By.id("ev-history")).stream().findFirst().orElse(null));
        List<WebElement> rows = history.findElements(By.cssSelector("table.ev-history-table tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getText()).startsWith("2026-01-07 Plan");
        assertThat(rows.get(2).getText()).startsWith("2026-01-14 Plan");
        List<WebElement> series = history.findElements(By.cssSelector("svg.ev-trend path.series"));
        assertThat(series.stream().map(s -> s.getAttribute("data-series")).toList()).containsExactly("SPI", "SPI(t)", "CPI");
        assertThat(history.findElements(By.cssSelector("svg.ev-trend circle"))).hasSize(9);
        screenshot("earned-value-history");

        String href = history.findElement(By.linkText("history")).getAttribute("href");
        assertThat(href).endsWith("/projects/" + project + "/earned-value/export?format=csv&table=history");
        String session = browser.manage().getCookieNamed("SESSION").getValue();
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "SESSION=" + session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().split("\r\n")).hasSize(4);
        assertThat(csv.body()).startsWith("Status date,Baseline,BAC (EUR)");
    }

    private static void screenshot(String name) throws Exception {
        Chromium.screenshot((TakesScreenshot) browser, name);
    }
}
