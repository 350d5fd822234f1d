package org.bearing.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test of the HTTP API on a random port over one in-memory H2 database, signed in as {@code admin} with
 * {@link #PASSWORD}. The classes that carry it share one application context when run together.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:api-test;DB_CLOSE_DELAY=-1", "bearing.admin-password=" + ApiTest.PASSWORD})
public @interface ApiTest {
    String PASSWORD = "api-test-admin-password";
}
