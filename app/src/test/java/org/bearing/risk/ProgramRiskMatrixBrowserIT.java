package org.bearing.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.bearing.support.ApiClient;
import org.bearing.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The program's risk matrix settings in Debian's headless Chromium: from the program risks page to the settings,
 * a score that drops is refused beside its cell; raising the High threshold is saved with a notice and turns the
 * program's risk and its project's risk from HIGH to MEDIUM. Screenshots: {@code program-risk-matrix-refused.png},
 * {@code program-risk-matrix-saved.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:program-risk-matrix-browser;DB_CLOSE_DELAY=-1",
        "bearing.admin-password=" + ProgramRiskMatrixBrowserIT.PASSWORD})
class ProgramRiskMatrixBrowserIT {
    static final String PASSWORD = "program-risk-matrix-browser-test";
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

    private String ratingOf(String where) {
        return browser.findElements(By.cssSelector("table[aria-label='Program risk register'] tbody tr")).stream()
                .filter(tr -> tr.findElement(By.tagName("td")).getText().equals(where)).findFirst().orElseThrow()
                .findElement(By.cssSelector(".rag")).getText();
    }

    @Test
    void raisingTheProgramsHighThresholdRatesItsRisksAndItsProjectsAnew() {
        String base = "http://localhost:" + port;
        ApiClient api = ApiClient.basic(base, "admin", PASSWORD);
        long program = api.post("/api/v1/programs", Map.of("name", "Data centre move")).id();
        long project = api.post("/api/v1/projects", Map.of("programId", program, "code", "DCM", "name", "Racks and power",
                "startDate", "2026-01-05", "currency", "EUR")).id();
        Map<String, Object> threat = Map.of("kind", "THREAT", "title", "Shared move window slips", "probability", 3,
                "impact", Map.of("schedule", 4, "cost", 2, "scope", 1, "quality", 1));
        assertThat(api.post("/api/v1/programs/" + program + "/risks", threat).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/projects/" + project + "/risks", threat).status()).isEqualTo(201);
        Chromium.signIn(browser, base, "admin", PASSWORD);

        browser.get(base + "/programs/" + program + "/risks");
        assertThat(ratingOf("Program")).isEqualTo("HIGH");
        assertThat(ratingOf("DCM")).isEqualTo("HIGH");

        browser.findElement(By.id("matrix-settings")).click();
        assertThat(Chromium.awaitText(browser, By.tagName("h1"), "Risk matrix")).isEqualTo("Data centre move · Risk matrix");
        assertThat(browser.findElement(By.cssSelector("p.muted")).getText()).contains("Now using the standard matrix");
        assertThat(browser.findElements(By.id("matrix-reset"))).isEmpty();
        Chromium.type(browser, "m-scores-4-4", "3");
        browser.findElement(By.id("matrix-save")).click();
        Chromium.awaitText(browser, By.id("e-m-scores-4-4"), "is lower than");
        assertThat(browser.findElement(By.id("m-scores-4-4")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.findElement(By.id("matrix-errors")).getText()).contains("is lower than");
        Chromium.screenshot(browser, "program-risk-matrix-refused");

        Chromium.type(browser, "m-scores-4-4", "25");
        Chromium.type(browser, "m-ratings-2-minScore", "15");
        browser.findElement(By.id("matrix-save")).click();
        assertThat(Chromium.awaitText(browser, By.cssSelector("p.notice"), "Saved")).startsWith("Saved");
        assertThat(browser.findElement(By.cssSelector("p.muted")).getText()).contains("Now using the program's own matrix");
        assertThat(browser.findElement(By.id("matrix-reset")).getText()).isEqualTo("Drop the program's matrix");
        assertThat(browser.findElement(By.id("m-ratings-2-minScore")).getAttribute("value")).isEqualTo("15");
        Chromium.screenshot(browser, "program-risk-matrix-saved");

        browser.findElement(By.linkText("Back to the register")).click();
        assertThat(ratingOf("Program")).as("12 is now below High's 15").isEqualTo("MEDIUM");
        assertThat(ratingOf("DCM")).as("the project has no matrix of its own").isEqualTo("MEDIUM");
    }
}
