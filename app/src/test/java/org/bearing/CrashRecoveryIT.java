package org.bearing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bearing.support.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Kills the packaged server with SIGKILL in the middle of a stream of writes, restarts it on the same H2 data
 * directory, and checks that every write the server acknowledged is there and the database is consistent.
 */
class CrashRecoveryIT {
    private static final String PASSWORD = "crash-test";

    @Test
    void everyAcknowledgedWriteSurvivesSigkill() throws Exception {
        Path jar = Path.of(System.getProperty("bearing.jar", "target/bearing.jar"));
        assertThat(jar).exists();
        Path data = Files.createTempDirectory("bearing-crash");
        int port = freePort();
        String base = "http://localhost:" + port;

        Process server = start(jar, data, port);
        ApiClient api = ApiClient.basic(base, "admin", PASSWORD);
        long project;
        List<Long> acknowledged = new ArrayList<>();
        try {
            awaitHealthy(api, server);
            project = api.post("/api/v1/projects", Map.of("code", "CRASH", "name", "Crash test", "startDate", "2026-01-05",
                    "currency", "USD")).id();
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                for (int i = 0; writing.get() && i < 100_000; i++) {
                    try {
                        ApiClient.Reply r = api.post("/api/v1/projects/" + project + "/tasks",
                                Map.of("name", "Task " + i, "durationMinutes", 480 + i, "notes", "written before the crash"));
                        if (r.status() == 201) {
                            synchronized (acknowledged) {
                                acknowledged.add(r.id());
                            }
                        }
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
            writer.start();
            Instant until = Instant.now().plusSeconds(20);
            while (Instant.now().isBefore(until) && sizeOf(acknowledged) < 150) {
                Thread.sleep(50);
            }
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            server.waitFor();
            writing.set(false);
            writer.join(10_000);
        } finally {
            server.destroyForcibly();
        }
        assertThat(sizeOf(acknowledged)).as("writes acknowledged before the kill").isGreaterThan(20);

        Process restarted = start(jar, data, port);
        try {
            awaitHealthy(api, restarted);
            JsonNode tasks = api.get("/api/v1/projects/" + project + "/tasks").json();
            Set<Long> present = new HashSet<>();
            for (JsonNode t : tasks) {
                present.add(t.get("id").asLong());
                assertThat(t.get("notes").asString()).as("no half-written row").isEqualTo("written before the crash");
                assertThat(t.get("durationMinutes").asLong()).isEqualTo(480 + Long.parseLong(t.get("name").asString().substring(5)));
            }
            synchronized (acknowledged) {
                assertThat(present).as("every acknowledged write is present").containsAll(acknowledged);
                assertThat(present.size()).as("at most the one write in flight is extra").isLessThanOrEqualTo(acknowledged.size() + 1);
            }
            assertThat(api.post("/api/v1/projects/" + project + "/tasks", Map.of("name", "After restart")).status())
                    .as("the database accepts writes again").isEqualTo(201);
        } finally {
            restarted.destroyForcibly();
            restarted.waitFor();
        }
    }

    private static int sizeOf(List<Long> list) {
        synchronized (list) {
            return list.size();
        }
    }

    private static Process start(Path jar, Path data, int port) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(javaExecutable(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "serve", "--port", Integer.toString(port),
                "--data-dir", data.toString());
        pb.environment().put("BEARING_ADMIN_PASSWORD", PASSWORD);
        pb.environment().remove("BEARING_DB_URL");
        pb.redirectErrorStream(true);
        pb.redirectOutput(data.resolve("server.log").toFile());
        return pb.start();
    }

    private static String javaExecutable() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static void awaitHealthy(ApiClient api, Process server) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(150));
        while (Instant.now().isBefore(deadline)) {
            assertThat(server.isAlive()).as("server process is running").isTrue();
            try {
                if (api.get("/api/v1/projects").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError("server did not become healthy in time");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
