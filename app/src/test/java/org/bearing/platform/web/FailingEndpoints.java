package org.bearing.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Endpoints that fail the way a bug does (an exception no handler knows, with internals in its message): one page
 * controller, one REST controller outside {@code /api/} (as the export downloads are), for the error page tests.
 */
@TestConfiguration
class FailingEndpoints {
    static final String PASSWORD = "error-pages-admin";
    static final int MAX_UPLOAD = 100_000;
    static final String SECRET = "select * from secret_table failed in /srv/bearing/data";

    /** The application on a random port over its own in-memory database, with these endpoints and a small upload limit. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "spring.datasource.url=jdbc:h2:mem:error-pages;DB_CLOSE_DELAY=-1", "bearing.admin-password=" + PASSWORD,
            "bearing.import.max-bytes=" + MAX_UPLOAD})
    @Import(FailingEndpoints.class)
    @interface ErrorPagesApp {
    }

    // Registered as member classes of this configuration when a test imports it; @TestComponent keeps the
    // application's component scan (which sees the test classes under org.bearing) off them.
    @Controller
    @TestComponent
    static class FailingPage {
        @GetMapping("/test-errors/page")
        String page() {
            throw new IllegalStateException(SECRET);
        }
    }

    @RestController
    @TestComponent
    static class FailingDownload {
        @GetMapping("/test-errors/download")
        String download() {
            throw new IllegalStateException(SECRET);
        }
    }
}
