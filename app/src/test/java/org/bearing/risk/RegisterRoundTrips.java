package org.bearing.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.bearing.support.ApiClient;
import org.bearing.support.ApiClient.Reply;
import org.bearing.support.Problems;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The REST round trip of the risk register and the issue log: what GET returns, edited, can be PUT back, and only the
 * edited field changes; a bad value in the round-tripped body is refused naming the field, and a changed read-only
 * field is refused (422 {@code read-only-field}) naming it, with nothing stored. Mixed into {@link RiskApiContract},
 * so it runs on H2 and on PostgreSQL.
 */
interface RegisterRoundTrips {

    ApiClient client();

    long newProject();

    /** Row counts and version sums of the register's tables, equal before and after a refused write. */
    Map<String, Long> tables();

    private JsonNode rejected(int status, String field, java.util.function.Supplier<Reply> request) {
        return Problems.rejected(this::tables, status, field, request);
    }

    private static Map<String, Object> fields(Object... kv) {
        return RiskApiContract.fields(kv);
    }

    private Map<String, Object> aRichThreat() {
        return fields("kind", "THREAT", "title", "Vendor delivers the appliance late", "cause", "single vendor", "event", "delivery slips",
                "effect", "cut-over moves", "category", "Supplier", "owner", "Ops lead", "probability", 3,
                "impact", fields("schedule", 4, "cost", 3, "scope", 1, "quality", 2), "costExposure", 80000, "proximity", "2026-06-30",
                "strategy", "MITIGATE", "actions", List.of(fields("description", "Second supplier quote", "owner", "Buyer",
                        "dueDate", "2026-03-31", "done", false)),
                "contingencyPlan", "Rent an appliance", "trigger", "No ship date by May", "status", "OPEN",
                "residualProbability", 2, "residualImpact", 3, "reviewDate", "2026-04-15");
    }

    /** A copy of {@code node} with {@code edit} applied. */
    private static ObjectNode edited(JsonNode node, Consumer<ObjectNode> edit) {
        ObjectNode copy = (ObjectNode) node.deepCopy();
        edit.accept(copy);
        return copy;
    }

    /** The top-level fields whose values differ between two representations. */
    private static TreeSet<String> differences(JsonNode before, JsonNode after) {
        TreeSet<String> names = new TreeSet<>();
        names.addAll(before.propertyNames());
        names.addAll(after.propertyNames());
        names.removeIf(n -> before.path(n).equals(after.path(n)));
        return names;
    }

    @Test
    default void aRiskReadByGetEditedAndPutBackChangesOnlyTheEditedField() {
        String risks = "/api/v1/projects/" + newProject() + "/risks";
        Reply created = client().post(risks, aRichThreat());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String path = risks + "/" + created.json().get("id").asLong();
        JsonNode before = client().get(path).json();
        assertThat(before.get("impact").get("schedule").asInt()).as("impact is one object, as written").isEqualTo(4);
        assertThat(before.has("impactSchedule")).isFalse();

        Reply put = client().put(path, edited(before, r -> r.put("owner", "Programme office")), null);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode after = client().get(path).json();
        assertThat(after.get("owner").asString()).isEqualTo("Programme office");
        assertThat(differences(before, after)).as("every other field, read-only and computed ones included, is as it was")
                .containsExactly("owner", "version");
        assertThat(after.get("version").asLong()).isEqualTo(before.get("version").asLong() + 1);

        // a nested field: the score follows the new impact, and the body of the answer is what GET shows
        Reply rescored = client().put(path, edited(after, r -> ((ObjectNode) r.get("impact")).put("schedule", 5)), null);
        assertThat(rescored.status()).as(rescored.body()).isEqualTo(200);
        JsonNode last = client().get(path).json();
        assertThat(last).isEqualTo(rescored.json());
        assertThat(last.get("impact").get("schedule").asInt()).isEqualTo(5);
        assertThat(last.get("score").asInt()).as("P 3 x I 5 on the standard matrix").isEqualTo(15);
        assertThat(last.get("actions")).isEqualTo(before.get("actions"));
        assertThat(client().get(path + "/history").json().size()).as("the rescore is in the history").isEqualTo(2);
    }

    @Test
    default void aBadValueOrAChangedReadOnlyFieldInARoundTrippedRiskIsRefusedNamingItAndChangesNothing() {
        String risks = "/api/v1/projects/" + newProject() + "/risks";
        String path = risks + "/" + client().post(risks, aRichThreat()).json().get("id").asLong();
        JsonNode risk = client().get(path).json();

        rejected(400, "impact.schedule", () -> client().put(path, edited(risk, r -> ((ObjectNode) r.get("impact")).put("schedule", 9)), null));
        rejected(400, "impact.cost", () -> client().put(path, edited(risk, r -> ((ObjectNode) r.get("impact")).putNull("cost")), null));
        rejected(400, "actions[0].dueDate", () -> client().put(path,
                edited(risk, r -> ((ObjectNode) r.get("actions").get(0)).put("dueDate", "31/03/2026")), null));
        rejected(400, "status", () -> client().put(path, edited(risk, r -> r.put("status", "DONE")), null));
        rejected(400, "impactSchedule", () -> client().put(path, edited(risk, r -> r.put("impactSchedule", 5)), null));
        rejected(422, "strategy", () -> client().put(path, edited(risk, r -> r.put("strategy", "EXPLOIT")), null));
        Map<String, Consumer<ObjectNode>> readOnly = new LinkedHashMap<>();
        readOnly.put("code", r -> r.put("code", "R-999"));
        readOnly.put("id", r -> r.put("id", r.get("id").asLong() + 1));
        readOnly.put("projectId", r -> r.put("projectId", 1));
        readOnly.put("programId", r -> r.put("programId", 1));
        readOnly.put("score", r -> r.put("score", 25));
        readOnly.put("rating", r -> r.put("rating", "Low"));
        readOnly.put("expectedMonetaryValue", r -> r.put("expectedMonetaryValue", 1));
        readOnly.put("stale", r -> r.put("stale", !r.get("stale").asBoolean()));
        readOnly.forEach((field, change) -> {
            JsonNode p = rejected(422, field, () -> client().put(path, edited(risk, change), null));
            assertThat(p.get("detail").asString()).as(field).contains(field + " is read-only");
        });
        JsonNode stale = rejected(412, null, () -> client().put(path, edited(risk, r -> r.put("version", 7)), null));
        assertThat(stale.get("currentVersion").asLong()).isEqualTo(risk.get("version").asLong());
        rejected(412, null, () -> client().put(path, edited(risk, r -> r.put("owner", "x")), "\"5\""));

        JsonNode p = rejected(422, "id", () -> client().post(risks, edited(risk, r -> r.put("title", "A copy"))));
        assertThat(p.get("detail").asString()).contains("leave it out");
        assertThat(client().get(path).json()).as("the risk is as it was").isEqualTo(risk);
    }

    /** The rule is in the OpenAPI document: the PUT's description, and the Risk and Issue schemas marking their read-only fields. */
    @Test
    default void theOpenApiDocumentStatesTheReadOnlyRule() {
        JsonNode docs = client().get("/v3/api-docs").json();
        assertThat(docs.get("paths").get("/api/v1/projects/{projectId}/risks/{riskId}").get("put").get("description").asString())
                .contains("read-only", "422", "If-Match");
        for (String schema : List.of("Risk", "Issue")) {
            JsonNode s = docs.get("components").get("schemas").get(schema);
            assertThat(s.get("description").asString()).as(schema).contains("sent back unchanged", "read-only-field");
            assertThat(s.get("properties").get("code").get("readOnly").asBoolean()).as(schema + ".code").isTrue();
            assertThat(s.get("properties").get("title").has("readOnly")).as(schema + ".title is written").isFalse();
        }
    }

    @Test
    default void aProgramRiskRoundTripsLikeAProjectRisk() {
        long program = client().post("/api/v1/programs", fields("name", "Round trip " + System.nanoTime())).id();
        String risks = "/api/v1/programs/" + program + "/risks";
        String path = risks + "/" + client().post(risks, aRichThreat()).json().get("id").asLong();
        JsonNode before = client().get(path).json();
        Reply put = client().put(path, edited(before, r -> r.put("probability", 4)), "\"" + before.get("version").asLong() + "\"");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode after = client().get(path).json();
        assertThat(differences(before, after)).as("P 3 → 4: score 12 → 16, still high")
                .containsExactlyInAnyOrder("probability", "score", "expectedMonetaryValue", "version");
        rejected(422, "programId", () -> client().put(path, edited(after, r -> r.put("programId", program + 1)), null));
    }

    @Test
    default void anIssueReadByGetEditedAndPutBackChangesOnlyTheEditedField() {
        long project = newProject();
        long risk = client().post("/api/v1/projects/" + project + "/risks", aRichThreat()).json().get("id").asLong();
        String issues = "/api/v1/projects/" + project + "/issues";
        Reply raised = client().post(issues, fields("title", "Test environment down", "description", "no database", "severity", "HIGH",
                "owner", "Ops lead", "dueDate", "2099-01-31", "links", List.of(RiskApiContract.link("RISK", risk),
                        RiskApiContract.link("CHANGE_REQUEST", 7))));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String path = issues + "/" + raised.json().get("id").asLong();
        JsonNode before = client().get(path).json();
        assertThat(before.get("links").get(0).get("kind").asString()).as("links are objects").isIn("RISK", "CHANGE_REQUEST");

        Reply put = client().put(path, edited(before, i -> i.put("severity", "CRITICAL")), null);
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonNode after = client().get(path).json();
        assertThat(after.get("severity").asString()).isEqualTo("CRITICAL");
        assertThat(differences(before, after)).containsExactly("severity", "version");

        // the links as GET shows them, edited: one dropped
        Reply unlinked = client().put(path, edited(after, i -> ((ArrayNode) i.get("links")).remove(0)), null);
        assertThat(unlinked.status()).as(unlinked.body()).isEqualTo(200);
        assertThat(client().get(path).json().get("links").size()).isEqualTo(1);
    }

    @Test
    default void aBadValueOrAChangedReadOnlyFieldInARoundTrippedIssueIsRefusedNamingItAndChangesNothing() {
        long project = newProject();
        String issues = "/api/v1/projects/" + project + "/issues";
        String path = issues + "/" + client().post(issues, fields("title", "Licences expire", "severity", "MEDIUM")).json().get("id").asLong();
        JsonNode issue = client().get(path).json();
        rejected(400, "severity", () -> client().put(path, edited(issue, i -> i.put("severity", "URGENT")), null));
        rejected(400, "title", () -> client().put(path, edited(issue, i -> i.put("title", " ")), null));
        rejected(400, "links[0].kind", () -> client().put(path, edited(issue, i -> i.putArray("links").addObject()
                .put("kind", "BUG").put("targetId", 3)), null));
        rejected(404, "links[0].targetId", () -> client().put(path, edited(issue, i -> i.putArray("links").addObject()
                .put("kind", "TASK").put("targetId", 99999999)), null));
        rejected(400, "resolution", () -> client().put(path, edited(issue, i -> i.put("status", "CLOSED")), null));
        Map<String, Consumer<ObjectNode>> readOnly = new LinkedHashMap<>();
        readOnly.put("escalationLevel", i -> i.put("escalationLevel", "SPONSOR"));
        readOnly.put("code", i -> i.put("code", "I-999"));
        readOnly.put("raisedBy", i -> i.put("raisedBy", "someone else"));
        readOnly.put("raisedAt", i -> i.put("raisedAt", "2020-01-01T00:00:00"));
        readOnly.put("overdue", i -> i.put("overdue", !i.get("overdue").asBoolean()));
        readOnly.forEach((field, change) -> rejected(422, field, () -> client().put(path, edited(issue, change), null)));
        rejected(422, "code", () -> client().post(issues, fields("title", "x", "severity", "LOW", "code", "I-007")));
        assertThat(client().get(path).json()).as("the issue is as it was").isEqualTo(issue);
    }
}
