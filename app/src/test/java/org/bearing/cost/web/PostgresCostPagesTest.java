package org.bearing.cost.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.bearing.support.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Actuals and Budget pages on a real PostgreSQL server, the production database. */
class PostgresCostPagesTest extends CostPagesTest {

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
