package org.bearing.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bearing.support.Chromium;
import org.bearing.support.DatabaseFingerprint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: a Jira CSV export imported on the Import page becomes a project whose Backlog tab lists the
 * sprints with their items and story points; an export with a blocks cycle is refused next to the file field and
 * creates nothing. Screenshots: target/screenshots/backlog-*.png.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:backlog-browser;DB_CLOSE_DELAY=-1", "bearing.admin-password=" + BacklogBrowserIT.PASSWORD})
class BacklogBrowserIT {
    static final String PASSWORD = "backlog-browser-test";
    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startChromium() throws Exception {
        browser = Chromium.start(1280, 1600);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void importAJiraCsvOnTheImportPageAndOpenTheBacklogTab() throws Exception {
        String base = "http://localhost:" + port;
        Chromium.signIn(browser, base, "admin", PASSWORD);

        Path cycle = Files.createTempDirectory("backlog-it").resolve("cycle.csv");
        Files.writeString(cycle, "Summary,Issue key,Issue Type,Outward issue link (Blocks)\nA,X-1,Task,X-2\nB,X-2,Task,X-1\n");
        Map<String, Long> before = DatabaseFingerprint.of(jdbc);
        browser.get(base + "/import");
        browser.findElement(By.id("file")).sendKeys(cycle.toString());
        browser.findElement(By.id("import")).click();
        WebElement error = browser.findElement(By.id("file-error"));
        assertThat(error.isDisplayed()).isTrue();
        assertThat(error.getText()).contains("cycle.csv", "X-1 blocks X-2 blocks X-1").doesNotContain("/tmp/");
        assertThat(DatabaseFingerprint.of(jdbc)).as("a refused export changes nothing").isEqualTo(before);
        Chromium.screenshot(browser, "backlog-import-refused");

        browser.findElement(By.id("file")).sendKeys(Path.of("src/test/resources/trackers/jira-payments.csv").toAbsolutePath().toString());
        browser.findElement(By.id("import")).click();
        WebElement summary = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("import-summary")));
        assertThat(summary.getText()).contains("Jira CSV", "22 tasks", "6 dependencies", "22 backlog items in 3 sprints");

        browser.findElement(By.linkText("Backlog")).click();
        assertThat(Chromium.awaitText(browser, By.cssSelector("nav.tabs a.active"), "Backlog")).isEqualTo("Backlog");
        assertThat(browser.findElement(By.id("backlog-total")).getText()).contains("22 items", "59 story points", "16 done");
        List<WebElement> sprints = browser.findElements(By.cssSelector("section.sprint"));
        assertThat(sprints).extracting(s -> s.getAttribute("aria-label")).containsExactly("Sprint 1", "Sprint 2", "Sprint 3", "Backlog");
        assertThat(sprints.get(1).findElement(By.cssSelector(".sprint-points")).getText()).isEqualTo("20 points, 7 done");
        List<WebElement> rows = sprints.get(1).findElements(By.cssSelector("tbody tr"));
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0).getText()).contains("PAY-5", "3-D Secure challenge flow", "PAY-1", "In Progress", "Tom Okafor");
        assertThat(rows.get(0).findElement(By.cssSelector("td.num")).getText()).isEqualTo("8");
        assertThat(sprints.get(0).findElements(By.cssSelector("tbody tr.status-done"))).hasSize(3);
        Chromium.screenshot(browser, "backlog-tab");

        // The key links to the task it was scheduled as.
        rows.get(0).findElement(By.linkText("PAY-5")).click();
        assertThat(browser.getCurrentUrl()).matches(".*/projects/\\d+/tasks#task-\\d+");
    }
}
