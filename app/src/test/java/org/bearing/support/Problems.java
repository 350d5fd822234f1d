package org.bearing.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Supplier;
import org.bearing.support.ApiClient.Reply;
import tools.jackson.databind.JsonNode;

/** What every refused API request must show: an RFC 9457 problem naming the field, and nothing changed. */
public final class Problems {
    private Problems() {
    }

    /**
     * Sends {@code request} and asserts it was refused with {@code status} as problem+json (status, title, detail, and
     * {@code field} among the errors when given), and that {@code fingerprint} reads the same before and after.
     */
    public static JsonNode rejected(Supplier<Map<String, Long>> fingerprint, int status, String field, Supplier<Reply> request) {
        Map<String, Long> before = fingerprint.get();
        Reply r = request.get();
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = r.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        if (field != null) {
            assertThat(problem.get("errors").findValuesAsString("field")).as(r.body()).contains(field);
        }
        assertThat(fingerprint.get()).as("the database is unchanged").isEqualTo(before);
        return problem;
    }
}
