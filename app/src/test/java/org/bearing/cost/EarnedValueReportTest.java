package org.bearing.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bearing.support.Fields.fields;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bearing.support.ApiClient;
import org.bearing.support.ApiTest;
import org.bearing.support.ApiClient.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What the earned value report and the budget show a TPM. The S-curve and the budget's planned value have one point
 * per period, in date order: the end of each week or month from the project start to the period holding the later of
 * the baseline finish and the status date, and nothing after.
 * A project that has not started yet reports no time spent: AT = 0 and SV(t) = 0, never a negative actual time.
 */
@ApiTest
class EarnedValueReportTest {
    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void connect() {
        api = ApiClient.basic("http://localhost:" + port, "admin", ApiTest.PASSWORD);
    }

    /** Build then Test, 5 working days each from Monday 2026-01-05, $1,000 each, status date 2026-01-09; baselined. */
    private long aBaselinedProject() {
        String code = "SC" + System.nanoTime() % 1_000_000;
        Reply p = api.post("/api/v1/projects", fields("code", code, "name", "S-curve", "startDate", "2026-01-05",
                "statusDate", "2026-01-09", "currency", "USD"));
        assertThat(p.status()).as(p.body()).isEqualTo(201);
        long project = p.id();
        long a = api.post("/api/v1/projects/" + project + "/tasks", fields("name", "Build", "durationMinutes", 5 * 480,
                "fixedCost", 1000)).id();
        long b = api.post("/api/v1/projects/" + project + "/tasks", fields("name", "Test", "durationMinutes", 5 * 480,
                "fixedCost", 1000)).id();
        assertThat(api.post("/api/v1/projects/" + project + "/dependencies", fields("predecessorId", a, "successorId", b,
                "type", "FS", "lagAmount", 0)).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/projects/" + project + "/baselines", fields("name", "Plan")).status()).isEqualTo(201);
        return project;
    }

    private static List<String> dates(JsonNode points) {
        List<String> d = new ArrayList<>();
        points.forEach(p -> d.add(p.get("date").asString()));
        return d;
    }

    @Test
    void weeklyAndMonthlyCurvesEndAtTheLastPeriodInDateOrder() {
        long project = aBaselinedProject();
        Reply weekly = api.get("/api/v1/projects/" + project + "/earned-value?granularity=WEEK");
        assertThat(weekly.status()).as(weekly.body()).isEqualTo(200);
        JsonNode curve = weekly.json().get("sCurve");
        List<String> weeks = dates(curve);
        // one point per ISO week, each dated its Sunday, in date order; the last week reaches BAC and nothing follows it
        assertThat(weeks).isSorted().doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(2);
        assertThat(weeks).allMatch(d -> java.time.LocalDate.parse(d).getDayOfWeek() == java.time.DayOfWeek.SUNDAY, "a Sunday");
        assertThat(curve.get(curve.size() - 1).get("pv").asDouble()).isEqualTo(2000);
        assertThat(curve.get(curve.size() - 2).get("pv").asDouble()).isLessThan(2000);
        assertThat(curve.get(0).get("ev").isNull()).isFalse(); // the status date's week carries EV

        Reply monthly = api.get("/api/v1/projects/" + project + "/earned-value?granularity=MONTH");
        assertThat(dates(monthly.json().get("sCurve"))).containsExactly("2026-01-31");

        Reply budget = api.get("/api/v1/projects/" + project + "/budget");
        assertThat(budget.status()).as(budget.body()).isEqualTo(200);
        assertThat(dates(budget.json().get("plannedValue"))).isEqualTo(weeks);
    }

    @Test
    void aProjectStartingNextMonthHasSpentNoTime() {
        LocalDate start = LocalDate.now().plusDays(40);
        long project = api.post("/api/v1/projects", fields("code", "NS" + System.nanoTime() % 1_000_000, "name", "Next month",
                "startDate", start.toString(), "currency", "USD")).id();
        assertThat(api.post("/api/v1/projects/" + project + "/tasks", fields("name", "Build", "durationMinutes", 5 * 480,
                "fixedCost", 1000)).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/projects/" + project + "/baselines", fields("name", "Plan")).status()).isEqualTo(201);

        Reply r = api.get("/api/v1/projects/" + project + "/earned-value");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode m = r.json().get("project");
        assertThat(m.get("pv").asDouble()).isZero();
        assertThat(m.get("ev").asDouble()).isZero();
        assertThat(m.get("at").asDouble()).as(r.body()).isZero();
        assertThat(m.get("es").asDouble()).isZero();
        assertThat(m.get("svt").asDouble()).isZero();
    }
}
