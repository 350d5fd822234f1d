package org.bearing.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bearing.support.Fields.fields;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.bearing.support.ApiClient;
import org.bearing.support.ApiTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The earned value page draws the S-curve on the server: PV, EV and AC lines, the dashed forecast lines to the forecast
 * finish, the BAC and EAC markers, the status date, a dated axis and a legend; and the by-task table says where each
 * task's AC comes from.
 */
@ApiTest
class SCurvePageTest {
    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;

    @Test
    void theSCurveHasPlannedEarnedActualAndForecastPaths() throws Exception {
        ApiClient api = ApiClient.basic("http://localhost:" + port, "admin", ApiTest.PASSWORD);
        String code = "SP" + System.nanoTime() % 1_000_000;
        long project = api.post("/api/v1/projects", fields("code", code, "name", "S-curve page", "startDate", "2026-01-05",
                "currency", "EUR")).id();
        long build = api.post("/api/v1/projects/" + project + "/tasks", fields("name", "Build", "durationMinutes", 5 * 480,
                "fixedCost", 1000)).id();
        long test = api.post("/api/v1/projects/" + project + "/tasks", fields("name", "Test", "durationMinutes", 5 * 480,
                "fixedCost", 1000)).id();
        api.post("/api/v1/projects/" + project + "/dependencies", fields("predecessorId", build, "successorId", test, "type", "FS",
                "lagAmount", 0));
        assertThat(api.post("/api/v1/projects/" + project + "/baselines", fields("name", "Plan")).status()).isEqualTo(201);
        assertThat(api.put("/api/v1/projects/" + project, fields("code", code, "name", "S-curve page", "startDate", "2026-01-05",
                "statusDate", "2026-01-14", "currency", "EUR"), null).status()).isEqualTo(200);
        api.put("/api/v1/projects/" + project + "/tasks/" + build, fields("name", "Build", "durationMinutes", 5 * 480, "fixedCost", 1000,
                "percentComplete", 100, "actualStart", "2026-01-05T08:00:00"), null);
        api.put("/api/v1/projects/" + project + "/tasks/" + test, fields("name", "Test", "durationMinutes", 5 * 480, "fixedCost", 1000,
                "percentComplete", 20, "actualStart", "2026-01-12T08:00:00"), null);

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Document page = Jsoup.parse(mvc.perform(get("/projects/" + project + "/earned-value").with(user("admin"))).andReturn()
                .getResponse().getContentAsString());
        Element svg = page.selectFirst("svg.ev-scurve");
        assertThat(svg).isNotNull();
        assertThat(svg.select("path.series").eachAttr("data-series"))
                .containsExactlyInAnyOrder("PV", "EV", "AC", "EV forecast", "AC forecast");
        assertThat(svg.select("path.series.forecast").eachAttr("data-series")).containsExactlyInAnyOrder("EV forecast", "AC forecast");
        assertThat(svg.select("path.forecast").eachAttr("stroke-dasharray")).allMatch(d -> !d.isEmpty());
        assertThat(svg.select("g.marker").eachAttr("data-marker")).containsExactly("bac", "eac");
        assertThat(svg.select("g.marker[data-marker=bac] title").text()).contains("BAC 2,000").contains("2026-01-16");
        assertThat(svg.select("line.status-date title").text()).isEqualTo("Status date 2026-01-14");
        assertThat(svg.select("line.tick")).as("a dated axis").isNotEmpty();
        assertThat(svg.text()).contains("12 Jan").contains("EUR").contains("forecast AC to EAC");
        // PV, EV and AC all start at the origin and PV ends at BAC: its last point is the highest of the three lines
        String pv = svg.selectFirst("path[data-series=PV]").attr("d");
        assertThat(pv).startsWith("M78.0,306.0");
        assertThat(page.select("#scurve-method").text()).contains("EAC = BAC / CPI").contains("EAC(t) = AT + (PD − ES) / SPI(t)");

        assertThat(page.select("table.ev-task-table tr[data-task-id=" + build + "]").attr("data-ac-source")).isEqualTo("IMPLIED");
        assertThat(page.select("#ac-sources").text()).isEqualTo("AC of 0 task(s) from approved actuals, of 2 implied by progress");

        Document monthly = Jsoup.parse(mvc.perform(get("/projects/" + project + "/earned-value?granularity=MONTH").with(user("admin")))
                .andReturn().getResponse().getContentAsString());
        assertThat(monthly.select(".scurve-periods strong").text()).isEqualTo("month");
        assertThat(monthly.select("svg.ev-scurve path.series")).hasSize(5);
    }
}
