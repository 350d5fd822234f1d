package org.bearing.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bearing.support.Fields.fields;

import java.util.List;
import org.bearing.support.ApiClient;
import org.bearing.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A simulation's cost is the project's whole cost, as the budget counts it: labour at its planned rate per working
 * minute of the sampled duration, plus material and fixed cost; not the fixed cost alone.
 */
@ApiTest
class SimulatedCostTest {

    @LocalServerPort
    int port;

    @Test
    void labourFollowsTheSampledDurationAndMaterialAndFixedCostAreAdded() throws Exception {
        ApiClient api = ApiClient.basic("http://localhost:" + port, "admin", ApiTest.PASSWORD);
        long p = api.post("/api/v1/projects", fields("code", "MC" + System.nanoTime() % 1_000_000, "name", "Costed run",
                "startDate", "2026-01-05", "currency", "USD")).id();
        long task = api.post("/api/v1/projects/" + p + "/tasks", fields("name", "Build", "durationMinutes", 10 * 480,
                "fixedCost", 500)).id();
        long dev = api.post("/api/v1/resources", fields("projectId", p, "name", "Developer", "type", "WORK", "standardRate", 100)).id();
        long kit = api.post("/api/v1/resources", fields("projectId", p, "name", "Kit", "type", "MATERIAL", "standardRate", 500)).id();
        assertThat(api.post("/api/v1/projects/" + p + "/assignments", fields("taskId", task, "resourceId", dev)).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/projects/" + p + "/assignments", fields("taskId", task, "resourceId", kit, "units", 2))
                .status()).isEqualTo(201);
        // labour 80 h x $100 = $8,000 over 10 days; material 2 x $500; fixed $500. The duration runs 10 to 20 days.
        assertThat(api.put("/api/v1/projects/" + p + "/risk-model", fields("estimates", List.of(fields("taskId", task,
                "unit", "PERCENT_OF_DURATION", "min", 100, "mostLikely", 100, "max", 200, "distribution", "TRIANGULAR"))), null)
                .status()).isEqualTo(200);

        long run = api.post("/api/v1/projects/" + p + "/simulations", fields("iterations", 2000, "seed", 7)).id();
        JsonNode done = null;
        for (long deadline = System.nanoTime() + 120_000_000_000L; System.nanoTime() < deadline; Thread.sleep(20)) {
            done = api.get("/api/v1/projects/" + p + "/simulations/" + run).json();
            String status = done.get("run").get("status").asString();
            if (status.equals("DONE") || status.equals("FAILED")) {
                break;
            }
        }
        assertThat(done.get("run").get("status").asString()).as(done.toString()).isEqualTo("DONE");
        JsonNode cost = done.get("results").get("cost");
        double p10 = cost.get("percentiles").get(0).get("value").asDouble();
        double p90 = cost.get("percentiles").get(8).get("value").asDouble();
        double mean = cost.get("mean").asDouble();
        assertThat(p10).as(cost.toString()).isBetween(9_500.0, 17_500.0);
        assertThat(p90).isBetween(p10, 17_500.0);
        // mean duration (10 + 10 + 20) / 3 = 13.33 days: 8,000 x 1.333 + 1,500 = 12,167
        assertThat(mean).isCloseTo(12_167, org.assertj.core.data.Offset.offset(300.0));
    }
}
