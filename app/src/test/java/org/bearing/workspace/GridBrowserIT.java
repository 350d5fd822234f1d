package org.bearing.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bearing.support.DatabaseFingerprint;
import org.bearing.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The task sheet in Debian's headless Chromium at 1280×800: create a project through the New project page (one
 * submit refused), type tasks, durations and predecessors, watch the critical path and the dates move, indent a task
 * under another, undo, and trigger every refused edit, each shown next to its cell with nothing changed.
 * Screenshots go to {@code target/screenshots/grid-*.png}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:grid-browser;DB_CLOSE_DELAY=-1", "bearing.admin-password=" + GridBrowserIT.PASSWORD})
class GridBrowserIT {
    static final String PASSWORD = "grid-test";
    private static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

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
    void createAProjectAndPlanItInTheTaskSheet() throws Exception {
        String base = "http://localhost:" + port;
        Chromium.signIn(browser, base, "admin", PASSWORD);

        browser.get(base + "/");
        browser.findElement(By.linkText("New project")).click();
        field("code").sendKeys("GRID");
        field("startDate").clear();
        field("startDate").sendKeys("2026-01-05");
        field("currency").clear();
        field("currency").sendKeys("EUR");
        field("manager").sendKeys("Ada");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        Chromium.awaitText(browser, By.id("e-name"), "The name must not be blank");
        assertThat(field("name").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field("name").getAttribute("aria-describedby")).isEqualTo("e-name");
        assertThat(field("code").getAttribute("value")).as("what was typed is kept").isEqualTo("GRID");
        screenshot("grid-new-project-error");
        field("name").sendKeys("Grid launch");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // the form page has an h1 too: wait for the project's page rather than read the old one while it unloads
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Grid launch"));
        browser.findElement(By.linkText("Tasks")).click();
        assertThat(browser.findElements(By.cssSelector("#sheet tbody tr[data-task]:not([data-task=''])"))).isEmpty();

        for (String name : List.of("Design", "Build", "Test", "Docs")) {
            type(null, "name", name);
        }
        assertThat(names()).containsExactly("Design", "Build", "Test", "Docs");
        type(1, "duration", "3d");
        type(2, "duration", "2d");
        type(3, "duration", "2d");
        type(2, "predecessors", "1FS+1d");
        type(3, "predecessors", "2");
        type(4, "predecessors", "1");
        assertThat(text(2, "predecessors")).isEqualTo("1FS+1d");
        assertThat(critical()).containsExactly("Design", "Build", "Test");
        assertThat(text(3, "finish")).isEqualTo("Wed 2026-01-14");   // 3d + 1d lag + 2d + 2d from Mon 5 Jan
        screenshot("grid-tasks");

        type(4, "duration", "2w");
        assertThat(critical()).as("Docs now drives the finish").containsExactly("Design", "Docs");
        assertThat(text(4, "finish")).isEqualTo("Wed 2026-01-21");
        screenshot("grid-critical-change");

        type(null, "name", "Release notes");
        select(5, "name");
        sheetAction(() -> chord(Keys.ARROW_RIGHT, Keys.ALT, Keys.SHIFT));
        assertThat(row(4).getAttribute("class")).as("Docs became a summary").contains("summary");
        assertThat(row(5).findElement(By.cssSelector("td.wbs")).getText()).isEqualTo("4.1");
        assertThat(text(4, "duration")).as("the summary's duration is rolled up").isEqualTo("1d");
        screenshot("grid-indent");
        sheetAction(() -> browser.findElement(By.cssSelector("button[data-action=undo]")).click());
        assertThat(row(4).getAttribute("class")).doesNotContain("summary");
        assertThat(row(5).findElement(By.cssSelector("td.wbs")).getText()).isEqualTo("5");
        assertThat(browser.findElement(By.cssSelector(".sheet-status")).getText()).isEqualTo("Undone: Indent 'Release notes'");

        type(4, "duration", "1d");
        assertThat(critical()).containsExactly("Design", "Build", "Test");
        select(4, "duration");
        sheetAction(() -> chord("z", Keys.CONTROL));
        assertThat(text(4, "duration")).as("Ctrl+Z brings back 2w, shown in days").isEqualTo("10d");
        assertThat(critical()).containsExactly("Design", "Docs");
        screenshot("grid-undo");

        Map<String, Long> print = DatabaseFingerprint.of(jdbc);
        long journal = jdbc.sql("select count(*) from plan_edit").query(Long.class).single();
        refused(1, "duration", "abc", "'abc' is not a duration");
        refused(1, "duration", "-2d", "A duration cannot be negative");
        refused(2, "start", "2026-13-01", "'2026-13-01' is not a date");
        refused(3, "predecessors", "2XX", "'2XX' is not a predecessor");
        refused(3, "predecessors", "9", "there is no row 9");
        refused(3, "predecessors", "3", "'Test' cannot depend on itself");
        refused(1, "predecessors", "3", "This link would close a dependency cycle: Test → Design → Build → Test");
        select(3, "name");
        sheetAction(() -> chord(Keys.ARROW_RIGHT, Keys.ALT, Keys.SHIFT));
        assertThat(cell(3, "name").findElement(By.cssSelector(".cell-error")).getText()).contains("'Test' depends on 'Build'");
        assertThat(DatabaseFingerprint.of(jdbc)).as("no refused edit changed anything").isEqualTo(print);
        assertThat(jdbc.sql("select count(*) from plan_edit").query(Long.class).single()).isEqualTo(journal);
        keys(Keys.ESCAPE);
        assertThat(browser.findElements(By.cssSelector(".cell-error"))).as("Escape dismisses the message").isEmpty();

        select(4, "name");
        sheetAction(() -> browser.findElement(By.cssSelector("button[data-action=add]")).click());
        assertThat(names()).as("+ Task inserts below the selected row").containsExactly("Design", "Build", "Test", "Docs", "New task", "Release notes");
        assertThat(browser.switchTo().activeElement().getAttribute("data-value")).as("and selects it").isEqualTo("New task");
        WebElement sheet = browser.findElement(By.id("sheet"));
        browser.findElement(By.cssSelector("button[data-action=delete]")).click();
        assertThat(browser.switchTo().alert().getText()).contains("Delete task \"New task\"");
        browser.switchTo().alert().accept();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(sheet));
        assertThat(names()).containsExactly("Design", "Build", "Test", "Docs", "Release notes");
        screenshot("grid-final");
    }

    /** Clicks a cell (row null = the empty last row), types the text and Enter, and waits for the sheet to re-render. */
    private static void type(Integer row, String col, String text) {
        sheetAction(() -> {
            cell(row, col).click();
            WebElement input = new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> d.findElement(By.cssSelector("#sheet td.cell input.cell-input")));
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.ENTER);
        });
    }

    /** Types a refused value and checks the message next to that cell, with the editor kept open and marked invalid. */
    private int refusals;

    private void refused(int row, String col, String text, String message) {
        type(row, col, text);
        WebElement cell = cell(row, col);
        assertThat(cell.getAttribute("class")).contains("invalid");
        WebElement input = cell.findElement(By.cssSelector("input.cell-input"));
        assertThat(input.getAttribute("value")).isEqualTo(text);
        assertThat(input.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(cell.findElement(By.id(input.getAttribute("aria-describedby"))).getText()).contains(message);
        screenshot("grid-error-" + (++refusals) + "-" + col);
        sheetAction(() -> input.sendKeys(Keys.ESCAPE));
        assertThat(browser.findElements(By.cssSelector(".cell-error"))).as("Escape closes the refused editor").isEmpty();
    }

    private static void select(int row, String col) {
        cell(row, col).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#sheet input.cell-input")).isEmpty());
        keys(Keys.ESCAPE);
    }

    /** Presses {@code key} with the modifiers held down, as a user would. */
    private static void chord(CharSequence key, Keys... modifiers) {
        Actions a = new Actions(browser);
        for (Keys m : modifiers) {
            a = a.keyDown(m);
        }
        a = a.sendKeys(key);
        for (Keys m : modifiers) {
            a = a.keyUp(m);
        }
        a.perform();
    }

    private static void keys(CharSequence keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    /** Runs an action that re-renders the sheet and waits until it has. */
    private static void sheetAction(Runnable action) {
        WebElement sheet = browser.findElement(By.id("sheet"));
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(sheet));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("sheet")).isEmpty());
    }

    private static WebElement row(int number) {
        return browser.findElement(By.cssSelector("#sheet tbody tr[data-row='" + number + "']"));
    }

    private static WebElement cell(Integer row, String col) {
        WebElement tr = row == null ? browser.findElement(By.cssSelector("#sheet tr.new-row")) : row(row);
        return tr.findElement(By.cssSelector("td.cell[data-col='" + col + "']"));
    }

    private static String text(int row, String col) {
        return cell(row, col).getText().strip();
    }

    private static List<String> names() {
        return browser.findElements(By.cssSelector("#sheet tbody tr[data-row] td.c-name")).stream().map(e -> e.getText().strip()).toList();
    }

    private static List<String> critical() {
        return browser.findElements(By.cssSelector("#sheet tbody tr.crit:not(.summary) td.c-name")).stream().map(e -> e.getText().strip()).toList();
    }

    private static WebElement field(String name) {
        return browser.findElement(By.id("f-" + name));
    }

    private static void screenshot(String name) {
        Chromium.screenshot((TakesScreenshot) browser, name);
    }
}
