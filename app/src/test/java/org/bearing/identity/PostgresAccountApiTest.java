package org.bearing.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.bearing.support.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The account administration API on a real PostgreSQL server, the production database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bearing.admin-password=" + AccountApiContract.PASSWORD})
class PostgresAccountApiTest extends AccountApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresServer.Connection pg = EmbeddedPostgresServer.connection();
        registry.add("spring.datasource.url", pg::url);
        registry.add("spring.datasource.username", pg::user);
        registry.add("spring.datasource.password", pg::password);
    }

    @Test
    void runsOnPostgres() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
    }
}
