package org.bearing.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for browser tests, set up as BrowserIT does (no network chatter, a fresh profile), at
 * the 1280×800 the pages are designed for; screenshots go to {@code target/screenshots}.
 */
public final class Chromium {
    private Chromium() {
    }

    public static ChromeDriver start() throws Exception {
        return start(1280, 800);
    }

    /** Chromium with a window of the given size in CSS pixels (a taller window puts long pages in one screenshot). */
    public static ChromeDriver start(int width, int height) throws Exception {
        File driver = new File("/usr/bin/chromedriver");
        assertThat(driver).as("Debian's chromium-driver (.ci/run installs it)").exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createTempDirectory("bearing-chromium"), "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }

    /** Signs in through the login form. */
    public static void signIn(WebDriver browser, String base, String user, String password) {
        submitSignIn(browser, base, user, password);
        awaitSignedIn(browser);
    }

    /** Fills in and submits the login form without waiting for the outcome (a sign-in that is to be refused). */
    public static void submitSignIn(WebDriver browser, String base, String user, String password) {
        browser.get(base + "/login");
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    /**
     * Waits up to 20 s for the login form's submit to land on a page other than the login page. The click can return
     * before the sign-in's response has set the session cookie; a page asked for at once would then be refused (or
     * abort the sign-in), so a test waits here before its next {@code get}.
     */
    public static void awaitSignedIn(WebDriver browser) {
        try {
            twentySeconds(browser).until(d -> !d.getCurrentUrl().contains("/login"));
        } catch (TimeoutException e) {
            throw new AssertionError("still on the login page 20 s after signing in: " + browser.getCurrentUrl(), e);
        }
    }

    /** Replaces the text of the input with this id. */
    public static void type(ChromeDriver browser, String id, String text) {
        var input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * The element's text once it contains {@code part}, waiting up to 20 s. A click that submits a form or follows a
     * link can return while the old page is still shown; reading at once may find the old page's element (empty, or
     * gone stale as the new page arrives), so a read after a click waits for what it expects.
     */
    public static String awaitText(WebDriver browser, By by, String part) {
        String[] last = {null};
        try {
            return twentySeconds(browser).ignoring(StaleElementReferenceException.class).ignoring(NoSuchElementException.class)
                    .until(d -> {
                        last[0] = d.findElement(by).getText();
                        return last[0].contains(part) ? last[0] : null;
                    });
        } catch (TimeoutException e) {
            throw new AssertionError(by + " did not show \"" + part + "\" within 20 s; last seen: "
                    + (last[0] == null ? "no such element" : "\"" + last[0] + "\""), e);
        }
    }

    private static WebDriverWait twentySeconds(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.pollingEvery(Duration.ofMillis(50));
        return wait;
    }

    public static void screenshot(TakesScreenshot browser, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
