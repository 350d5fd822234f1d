package org.bearing.delivery;

import org.bearing.support.EmbeddedPostgresServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The tracker import and backlog API contract on a real PostgreSQL server, the production database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bearing.admin-password=" + TrackerImportApiContract.PASSWORD})
class PostgresTrackerImportApiTest extends TrackerImportApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresServer.Connection pg = EmbeddedPostgresServer.connection();
        registry.add("spring.datasource.url", pg::url);
        registry.add("spring.datasource.username", pg::user);
        registry.add("spring.datasource.password", pg::password);
    }
}
