package org.bearing.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.bearing.support.Chromium;
import org.bearing.support.DatabaseFingerprint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A TPM replaces a project's plan with the contractor's updated file in the browser: "Replace from file" on the
 * overview, a bad file refused next to the field, the preview's tables and finish before/after, Apply, and the Gantt
 * showing the new plan.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:replace-browser;DB_CLOSE_DELAY=-1", "bearing.admin-password=" + ReplaceBrowserIT.PASSWORD})
class ReplaceBrowserIT {
    static final String PASSWORD = "replace-test";
    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    ProjectImport projectImport;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startChromium() throws Exception {
        browser = Chromium.start(1280, 1400);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void uploadAChangedFileSeeTheDifferencesApplyAndSeeTheGanttChange() throws Exception {
        Path dir = Files.createTempDirectory("replace-it");
        Path first = Files.write(dir.resolve("contract.xml"), ReplaceApiContract.first().bytes());
        long project = projectImport.importFile(first, "contract.xml").project().id();
        String base = "http://localhost:" + port;
        Chromium.signIn(browser, base, "admin", PASSWORD);

        browser.get(base + "/projects/" + project);
        assertThat(barNames()).contains("Build", "Test").doesNotContain("Deploy");
        browser.findElement(By.id("replace-from-file")).click();
        assertThat(Chromium.awaitText(browser, By.tagName("h1"), "Replace the plan")).isEqualTo("Replace the plan from a file");

        Path garbage = Files.writeString(dir.resolve("week2.mpp"), "minutes of the weekly call, not a schedule\n".repeat(40));
        Map<String, Long> fingerprint = DatabaseFingerprint.of(jdbc);
        browser.findElement(By.id("file")).sendKeys(garbage.toString());
        browser.findElement(By.id("preview")).click();
        assertThat(Chromium.awaitText(browser, By.id("file-error"), "week2.mpp: ")).startsWith("week2.mpp: ");
        assertThat(browser.findElement(By.id("file")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(DatabaseFingerprint.of(jdbc)).isEqualTo(fingerprint);

        Path second = Files.write(dir.resolve("contract-week2.xml"), ReplaceApiContract.second().bytes());
        browser.findElement(By.id("file")).sendKeys(second.toString());
        browser.findElement(By.id("preview")).click();
        assertThat(Chromium.awaitText(browser, By.tagName("h1"), "would change")).isEqualTo("What contract-week2.xml would change");
        String before = browser.findElement(By.id("finish-before")).getText();
        String after = browser.findElement(By.id("finish-after")).getText();
        assertThat(after).isGreaterThan(before);
        List<String> rows = browser.findElements(By.cssSelector("#diff-table-tasks tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(rows).anyMatch(r -> r.startsWith("added Deploy")).anyMatch(r -> r.startsWith("removed Test"))
                .anyMatch(r -> r.startsWith("changed Build duration 5d 8d"));
        assertThat(browser.findElement(By.id("moved")).getText()).contains("Build");
        assertThat(DatabaseFingerprint.of(jdbc)).as("the preview wrote nothing to the plan").isEqualTo(fingerprint);
        Chromium.screenshot((TakesScreenshot) browser, "replace-preview");

        browser.findElement(By.id("apply")).click();
        assertThat(Chromium.awaitText(browser, By.id("import-summary"), "Replaced the plan from contract-week2.xml"))
                .contains("1 tasks added, 1 removed");
        assertThat(barNames()).contains("Build", "Deploy").doesNotContain("Test");
        Chromium.screenshot((TakesScreenshot) browser, "replace-applied");
    }

    /** The task names of the Gantt's bars, read from each bar's tooltip ("Name: dates"). */
    private static List<String> barNames() {
        return browser.findElements(By.cssSelector("svg.gantt title")).stream().map(e -> e.getAttribute("textContent"))
                .filter(t -> t.contains(":")).map(t -> t.substring(0, t.indexOf(':'))).toList();
    }
}
