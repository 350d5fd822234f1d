package org.bearing.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bearing.support.Fields.fields;

import org.bearing.support.ApiClient;
import org.bearing.support.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The error pages in Debian's headless Chromium, as a member meets them: account administration answers the Bearing
 * 403 page in the layout (not Spring Boot's whitelabel page), and an earned value link with a granularity the page does
 * not know answers a page naming the parameter and its values, whose link opens the page with the default.
 * Screenshots: {@code target/screenshots/error-403.png}, {@code error-bad-parameter.png}.
 */
@FailingEndpoints.ErrorPagesApp
class ErrorPagesBrowserIT {
    private static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() throws Exception {
        browser = Chromium.start();
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aMemberSeesTheBearing403PageAndABadParameterNamed() {
        String base = "http://localhost:" + port;
        ApiClient admin = ApiClient.basic(base, "admin", FailingEndpoints.PASSWORD);
        assertThat(admin.post("/api/v1/accounts", fields("username", "mira", "displayName", "Mira", "role", "MEMBER",
                "password", "mira-password-12")).status()).isEqualTo(201);
        long project = admin.post("/api/v1/projects", fields("code", "ERRB", "name", "Error pages", "startDate", "2026-01-05",
                "currency", "EUR")).id();

        Chromium.signIn(browser, base, "mira", "mira-password-12");
        browser.get(base + "/admin/accounts");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You may not do this");
        assertThat(browser.findElement(By.cssSelector("#error-page .error-status")).getText()).isEqualTo("Error 403");
        assertThat(browser.findElement(By.id("error-message")).getText()).contains("does not have the role this page needs");
        assertThat(browser.findElement(By.cssSelector("header.top .account-link")).getText()).isEqualTo("mira");
        assertThat(browser.getPageSource()).doesNotContain("Whitelabel");
        Chromium.screenshot(browser, "error-403");

        browser.get(base + "/projects/" + project + "/earned-value?granularity=year");
        assertThat(browser.findElement(By.id("error-message")).getText()).isEqualTo("granularity must be DAY, WEEK or MONTH, not 'year'.");
        Chromium.screenshot(browser, "error-bad-parameter");
        browser.findElement(By.linkText("Open the page with the default granularity")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/projects/" + project + "/earned-value");
        assertThat(browser.findElements(By.id("error-page"))).as("the page itself, not an error").isEmpty();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("ERRB");

        browser.findElement(By.linkText("Bearing")).click();
        browser.get(base + "/projects/999999");
        assertThat(browser.findElement(By.id("error-message")).getText()).isEqualTo("Project 999999 does not exist.");
        browser.findElement(By.partialLinkText("Back to the portfolio")).click();
        assertThat(Chromium.awaitText(browser, By.tagName("h1"), "Portfolio")).isEqualTo("Portfolio");
    }
}
