package org.bearing.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bearing.support.Fields.fields;

import org.bearing.support.ApiClient;
import org.bearing.support.ApiTest;
import org.bearing.support.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A plan built in Bearing (tasks without a stored WBS code, whose code the API derives from the outline) exports to
 * MS Project and P6 with its subtasks: the demo's projects and any project made through the API or the task sheet.
 */
@ApiTest
class ExportNestedTasksTest {
    @LocalServerPort
    int port;


    @Test
    void aSummaryWithoutAStoredWbsCodeExportsWithItsSubtasks() {
        ApiClient api = ApiClient.basic("http://localhost:" + port, "admin", ApiTest.PASSWORD);
        long project = api.post("/api/v1/projects", fields("code", "NEST" + System.nanoTime() % 1_000_000, "name", "Nested",
                "startDate", "2026-01-05", "currency", "USD")).id();
        long phase = api.post("/api/v1/projects/" + project + "/tasks", fields("name", "Phase one", "durationMinutes", 0)).id();
        Reply child = api.post("/api/v1/projects/" + project + "/tasks", fields("name", "Design review", "durationMinutes", 960,
                "parentId", phase));
        assertThat(child.status()).as(child.body()).isEqualTo(201);
        assertThat(child.json().get("wbsCode").asString()).isEqualTo("1.1"); // derived, not stored
        for (String format : new String[] {"mspdi", "xer", "pmxml"}) {
            Reply r = api.get("/api/v1/projects/" + project + "/export?format=" + format);
            assertThat(r.status()).as(format + ": " + r.body()).isEqualTo(200);
            assertThat(r.body()).as(format).contains("Phase one").contains("Design review");
        }
    }
}
