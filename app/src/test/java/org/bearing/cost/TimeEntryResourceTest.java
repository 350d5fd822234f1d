package org.bearing.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bearing.support.Fields.fields;

import org.bearing.support.ApiClient;
import org.bearing.support.ApiTest;
import org.bearing.support.ApiClient.Reply;
import org.bearing.support.DatabaseFingerprint;
import org.bearing.support.PageSession;
import org.bearing.support.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Time entries are hours of work resources: hours of a material (priced per unit) or of a cost resource are refused,
 * naming the resource, and the Actuals tab offers only work resources for time.
 */
@ApiTest
class TimeEntryResourceTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void hoursOfAMaterialOrCostResourceAreRefused() throws Exception {
        String base = "http://localhost:" + port;
        ApiClient api = ApiClient.basic(base, "admin", ApiTest.PASSWORD);
        long project = api.post("/api/v1/projects", fields("code", "TE" + System.nanoTime() % 1_000_000, "name", "Time entries",
                "startDate", "2026-01-05", "currency", "USD")).id();
        long task = api.post("/api/v1/projects/" + project + "/tasks", fields("name", "Build", "durationMinutes", 5 * 480)).id();
        long dev = api.post("/api/v1/resources", fields("projectId", project, "name", "Developer", "type", "WORK",
                "standardRate", 100)).id();
        long licence = api.post("/api/v1/resources", fields("projectId", project, "name", "Tool licence", "type", "MATERIAL",
                "standardRate", 1200)).id();
        long cloud = api.post("/api/v1/resources", fields("projectId", project, "name", "Cloud bill", "type", "COST")).id();

        String path = "/api/v1/projects/" + project + "/time-entries";
        for (long notWork : new long[] {licence, cloud}) {
            var problem = Problems.rejected(() -> DatabaseFingerprint.of(jdbc), 422, "resourceId",
                    () -> api.post(path, fields("taskId", task, "resourceId", notWork, "day", "2026-01-06", "hours", 8)));
            assertThat(problem.get("detail").asString()).contains(notWork == licence ? "Tool licence is a material" : "Cloud bill is a cost");
        }
        Reply ok = api.post(path, fields("taskId", task, "resourceId", dev, "day", "2026-01-06", "hours", 8));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);

        String page = PageSession.signIn(base, "admin", ApiTest.PASSWORD).get("/projects/" + project + "/actuals");
        String timeForm = page.substring(page.indexOf("id=\"time-form\""));
        timeForm = timeForm.substring(0, timeForm.indexOf("</form>"));
        assertThat(timeForm).contains(">Developer<").doesNotContain("Tool licence").doesNotContain("Cloud bill");
    }
}
