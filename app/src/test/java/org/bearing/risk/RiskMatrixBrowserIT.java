package org.bearing.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bearing.support.ApiClient;
import org.bearing.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The risk matrix settings in Debian's headless Chromium: from the Risks tab to the settings, a threshold that does
 * not rise is refused beside its field; raising the High threshold turns a risk's rating and its heat-map cell from
 * red HIGH to amber MEDIUM. Screenshots: {@code risk-matrix-refused.png}, {@code risk-matrix-register.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:risk-matrix-browser;DB_CLOSE_DELAY=-1", "bearing.admin-password=" + RiskMatrixBrowserIT.PASSWORD})
class RiskMatrixBrowserIT {
    static final String PASSWORD = "risk-matrix-browser-test";
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

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

    private WebElement heatCell(int probability, int impact) {
        return browser.findElement(By.cssSelector("svg.heat g.cell[data-probability='" + probability + "'][data-impact='" + impact + "']"));
    }

    @Test
    void raisingAThresholdChangesARisksRatingAndItsHeatMapCell() {
        String base = "http://localhost:" + port;
        ApiClient api = ApiClient.basic(base, "admin", PASSWORD);
        long project = api.post("/api/v1/projects", Map.of("code", "ERP", "name", "ERP upgrade", "startDate", "2026-01-05",
                "currency", "EUR")).id();
        assertThat(api.post("/api/v1/projects/" + project + "/risks", Map.of("kind", "THREAT", "title", "Key user unavailable for testing",
                "probability", 3, "impact", Map.of("schedule", 4, "cost", 2, "scope", 1, "quality", 1))).status()).isEqualTo(201);
        Chromium.signIn(browser, base, "admin", PASSWORD);

        browser.get(base + "/projects/" + project + "/risks");
        WebElement row = browser.findElement(By.cssSelector("tr[data-code='R-001']"));
        assertThat(row.getText()).contains("12", "HIGH");
        assertThat(heatCell(3, 4).getAttribute("class")).contains("heat-red");
        assertThat(heatCell(3, 4).findElement(By.cssSelector("text.count")).getText()).isEqualTo("1");

        browser.findElement(By.id("matrix-settings")).click();
        assertThat(Chromium.awaitText(browser, By.tagName("h1"), "Risk matrix")).endsWith("Risk matrix");
        Chromium.type(browser, "m-ratings-2-minScore", "5");
        browser.findElement(By.id("matrix-save")).click();
        Chromium.awaitText(browser, By.id("e-m-ratings-2-minScore"), "rise strictly");
        assertThat(browser.findElement(By.id("m-ratings-2-minScore")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("matrix-errors")).getText()).contains("rise strictly");
        browser.findElement(By.cssSelector("#matrix-errors a")).click(); // the summary links to the field
        assertThat(browser.getCurrentUrl()).endsWith("#m-ratings-2-minScore");
        Chromium.screenshot(browser, "risk-matrix-refused");

        Chromium.type(browser, "m-ratings-2-minScore", "15");
        browser.findElement(By.id("matrix-save")).click();
        assertThat(Chromium.awaitText(browser, By.cssSelector("p.notice"), "Saved")).startsWith("Saved");
        browser.findElement(By.linkText("Back to the register")).click();

        row = browser.findElement(By.cssSelector("tr[data-code='R-001']"));
        assertThat(row.findElement(By.cssSelector(".rag")).getText()).isEqualTo("MEDIUM");
        assertThat(row.findElement(By.cssSelector(".rag")).getAttribute("class")).contains("rag-amber");
        assertThat(heatCell(3, 4).getAttribute("class")).contains("heat-amber").doesNotContain("heat-red");
        assertThat(heatCell(3, 4).getAttribute("data-rating")).isEqualTo("MEDIUM");
        assertThat(heatCell(3, 5).getAttribute("class")).as("15 reaches the new High").contains("heat-red");
        assertThat(browser.findElement(By.cssSelector("svg.heat")).getText()).contains("HIGH ≥ 15");
        Chromium.screenshot(browser, "risk-matrix-register");
    }
}
