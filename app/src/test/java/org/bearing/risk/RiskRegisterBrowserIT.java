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
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The risk register in Debian's headless Chromium: a threat recorded with the page's form lands in the register
 * (score 12, HIGH) and in the heat map's P3 × I4 cell; raising its probability to 5 on its edit page moves it to
 * P5 × I4 with score 20 and a second score-history entry; closing it takes it off the heat map. A refused form keeps
 * its message beside the field. Screenshots: {@code risk-register-refused.png}, {@code risk-register-edited.png},
 * {@code risk-register-closed.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:risk-register-browser;DB_CLOSE_DELAY=-1", "bearing.admin-password=" + RiskRegisterBrowserIT.PASSWORD})
class RiskRegisterBrowserIT {
    static final String PASSWORD = "risk-register-browser-test";
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws Exception {
        browser = Chromium.start(1440, 2400);
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

    /** Clicks with the element in the middle of the window, clear of the register's sticky header. */
    private static void click(WebElement e) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    private static void choose(String id, String value) {
        new Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    @Test
    void aRiskIsRecordedOnThePageRescoredOnItsEditPageAndClosed() {
        String base = "http://localhost:" + port;
        ApiClient api = ApiClient.basic(base, "admin", PASSWORD);
        long project = api.post("/api/v1/projects", Map.of("code", "CRM", "name", "CRM rollout", "startDate", "2026-01-05",
                "currency", "EUR")).id();
        Chromium.signIn(browser, base, "admin", PASSWORD);

        browser.get(base + "/projects/" + project + "/risks");
        Chromium.type(browser, "r-title", "Data migration rehearsal fails");
        Chromium.type(browser, "r-cause", "Legacy CRM has duplicate customer records");
        Chromium.type(browser, "r-event", "The second rehearsal fails its reconciliation");
        Chromium.type(browser, "r-effect", "Go-live moves by a month");
        choose("r-category", "Technical / Data and migration");
        Chromium.type(browser, "r-owner", "Grace");
        choose("r-probability", "3");
        choose("r-impactSchedule", "4");
        choose("r-impactCost", "2");
        choose("r-impactScope", "1");
        choose("r-impactQuality", "1");
        choose("r-strategy", "EXPLOIT"); // a response to opportunities: refused beside the field
        Chromium.type(browser, "r-actions-0-description", "De-duplicate customers before rehearsal 2");
        Chromium.type(browser, "r-actions-0-owner", "Ada");
        click(browser.findElement(By.id("risk-save")));
        assertThat(browser.findElement(By.id("e-r-strategy")).getText()).contains("EXPLOIT is a response to opportunities");
        assertThat(browser.findElement(By.id("r-title")).getAttribute("value")).as("what was typed stays")
                .isEqualTo("Data migration rehearsal fails");
        assertThat(browser.findElements(By.cssSelector("#risk-register tbody tr"))).as("nothing stored").isEmpty();
        Chromium.screenshot(browser, "risk-register-refused");

        choose("r-strategy", "MITIGATE");
        click(browser.findElement(By.id("risk-save")));
        assertThat(browser.findElement(By.id("risk-notice")).getText()).isEqualTo("Saved R-001.");
        WebElement row = browser.findElement(By.id("risk-R-001"));
        assertThat(row.getText()).contains("Data migration rehearsal fails", "12", "HIGH", "MITIGATE", "De-duplicate customers");
        assertThat(heatCell(3, 4).findElement(By.cssSelector("text.count")).getText()).isEqualTo("1");

        click(row.findElement(By.linkText("R-001")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("R-001 · Data migration rehearsal fails");
        choose("r-probability", "5");
        click(browser.findElement(By.id("risk-save")));
        row = browser.findElement(By.id("risk-R-001"));
        assertThat(row.getText()).contains("20", "HIGH");
        assertThat(heatCell(5, 4).findElement(By.cssSelector("text.count")).getText()).isEqualTo("1");
        assertThat(heatCell(3, 4).findElement(By.cssSelector("text.count")).getText()).as("it left its old cell").isEmpty();
        Chromium.screenshot(browser, "risk-register-edited");

        click(row.findElement(By.linkText("R-001")));
        assertThat(browser.findElement(By.id("risk-score")).getText()).isEqualTo("20");
        assertThat(browser.findElements(By.cssSelector("#score-history tbody tr"))).hasSize(2);
        click(browser.findElement(By.id("risk-close")));
        assertThat(browser.findElement(By.id("risk-status")).getText()).isEqualTo("CLOSED");
        assertThat(browser.findElements(By.cssSelector("#score-history tbody tr"))).hasSize(3);
        assertThat(browser.findElement(By.id("risk-reopen")).isDisplayed()).isTrue();
        Chromium.screenshot(browser, "risk-register-closed");

        click(browser.findElement(By.linkText("Risk register")));
        assertThat(heatCell(5, 4).findElement(By.cssSelector("text.count")).getText()).as("a closed risk is off the heat map").isEmpty();
        assertThat(browser.findElement(By.id("risk-R-001")).getText()).contains("CLOSED");
    }
}
