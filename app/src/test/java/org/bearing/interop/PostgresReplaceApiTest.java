package org.bearing.interop;

import org.bearing.support.EmbeddedPostgresServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The plan-replacement API contract on a real PostgreSQL server, the production database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "bearing.admin-password=" + ReplaceApiContract.PASSWORD})
class PostgresReplaceApiTest extends ReplaceApiContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresServer.Connection pg = EmbeddedPostgresServer.connection();
        registry.add("spring.datasource.url", pg::url);
        registry.add("spring.datasource.username", pg::user);
        registry.add("spring.datasource.password", pg::password);
    }
}
