package org.bearing.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bearing.support.Fields.fields;

import java.util.Map;
import org.bearing.support.ApiClient;
import org.bearing.support.ApiTest;
import org.bearing.support.ApiClient.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A program-level risk's score history is readable like a project risk's, and only through its own program. */
@ApiTest
class ProgramRiskHistoryTest {
    @LocalServerPort
    int port;

    private static Map<String, Object> threat(int probability, int schedule) {
        return fields("kind", "THREAT", "title", "Shared vendor capacity", "probability", probability,
                "impact", Map.of("schedule", schedule, "cost", 2, "scope", 1, "quality", 1), "strategy", "MITIGATE");
    }

    @Test
    void everyScoreChangeOfAProgramRiskIsKept() {
        ApiClient api = ApiClient.basic("http://localhost:" + port, "admin", ApiTest.PASSWORD);
        long program = api.post("/api/v1/programs", fields("name", "Program " + System.nanoTime())).id();
        long other = api.post("/api/v1/programs", fields("name", "Other " + System.nanoTime())).id();
        long risk = api.post("/api/v1/programs/" + program + "/risks", threat(2, 3)).json().get("id").asLong();
        Reply updated = api.put("/api/v1/programs/" + program + "/risks/" + risk, threat(4, 5), null);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);

        Reply history = api.get("/api/v1/programs/" + program + "/risks/" + risk + "/history");
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        JsonNode h = history.json();
        assertThat(h.size()).isEqualTo(2);
        assertThat(h.get(0).get("score").asInt()).isEqualTo(6);   // 2 × 3 on the standard matrix
        assertThat(h.get(1).get("score").asInt()).isEqualTo(20);  // 4 × 5
        assertThat(h.get(1).get("changedBy").asString()).isEqualTo("admin");

        assertThat(api.get("/api/v1/programs/" + other + "/risks/" + risk + "/history").status()).isEqualTo(404);
    }
}
