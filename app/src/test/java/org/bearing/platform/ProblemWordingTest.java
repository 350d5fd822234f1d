package org.bearing.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bearing.support.Fields.fields;

import java.util.List;
import java.util.Map;
import org.bearing.support.ApiClient;
import org.bearing.support.ApiTest;
import org.bearing.support.DatabaseFingerprint;
import org.bearing.support.Problems;
import org.bearing.support.ApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A refused request says what a good value looks like in the client's terms: the allowed names of an enumerated
 * field, "a whole number" rather than a Java type, and the name of a missing query parameter among the errors.
 */
@ApiTest
class ProblemWordingTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    ApiClient api;
    long project;

    @BeforeEach
    void aProject() {
        api = ApiClient.basic("http://localhost:" + port, "admin", ApiTest.PASSWORD);
        project = api.post("/api/v1/projects", fields("code", "PW" + System.nanoTime() % 1_000_000, "name", "Wording",
                "startDate", "2026-01-05", "currency", "USD")).id();
    }


    private JsonNode rejected(int status, String field, java.util.function.Supplier<Reply> request) {
        return Problems.rejected(() -> DatabaseFingerprint.of(jdbc), status, field, request);
    }

    private static String message(JsonNode problem) {
        return problem.get("errors").get(0).get("message").asString();
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        long task = api.post("/api/v1/projects/" + project + "/tasks", fields("name", "Build", "durationMinutes", 480)).id();
        JsonNode p = rejected(400, "estimates[0].distribution", () -> api.put("/api/v1/projects/" + project + "/risk-model",
                fields("estimates", List.of(fields("taskId", task, "unit", "PERCENT_OF_DURATION", "min", 90, "mostLikely", 100,
                        "max", 130, "distribution", "PERT"))), null));
        assertThat(message(p)).contains("one of TRIANGULAR, BETA_PERT, UNIFORM, NORMAL, LOGNORMAL").doesNotContain("DistributionShape");
    }

    @Test
    void aNumberFieldAsksForAWholeNumber() {
        JsonNode p = rejected(400, "seed", () -> api.post("/api/v1/projects/" + project + "/simulations",
                fields("iterations", 1000, "seed", "abc")));
        assertThat(message(p)).contains("a whole number").doesNotContain("Long");
        JsonNode q = rejected(400, "b", () -> api.get("/api/v1/projects/" + project + "/simulations/compare?a=1&b=x"));
        assertThat(message(q)).isEqualTo("b must be a whole number; got 'x'");
    }

    @Test
    void aMissingQueryParameterIsNamedAmongTheErrors() {
        JsonNode p = rejected(400, "b", () -> api.get("/api/v1/projects/" + project + "/simulations/compare?a=1"));
        assertThat(p.get("type").asString()).endsWith("/invalid-request");
    }

    @Test
    void aResponseThatDoesNotFitTheKindSaysSoInPlainEnglish() {
        JsonNode p = rejected(422, "strategy", () -> api.post("/api/v1/projects/" + project + "/risks", fields("kind", "OPPORTUNITY",
                "title", "Reuse the landing zone", "probability", 2,
                "impact", Map.of("schedule", 3, "cost", 2, "scope", 1, "quality", 1), "strategy", "AVOID")));
        assertThat(message(p)).isEqualTo("AVOID is a response to threats, not to an opportunity");
    }
}
