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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The earned value page of a project longer than the S-curve's period limit (1,000 periods: a little under three years
 * by day): the "day" link the page offers still opens the page, with the measures and tables, and says in place of the
 * chart why there is no daily curve; it used to answer with the API's problem document as raw JSON.
 */
@ApiTest
class EarnedValuePageLimitsTest {
    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;

    @Test
    void aDailyCurveTooLongToDrawLeavesThePageReadable() throws Exception {
        ApiClient api = ApiClient.basic("http://localhost:" + port, "admin", ApiTest.PASSWORD);
        String code = "EL" + System.nanoTime() % 1_000_000;
        long project = api.post("/api/v1/projects", fields("code", code, "name", "Four-year program", "startDate", "2026-01-05",
                "currency", "EUR")).id();
        // 1,000 working days: about four calendar years, so more than 1,000 daily periods
        api.post("/api/v1/projects/" + project + "/tasks", fields("name", "Run", "durationMinutes", 1000 * 480, "fixedCost", 100_000));
        assertThat(api.post("/api/v1/projects/" + project + "/baselines", fields("name", "Plan")).status()).isEqualTo(201);

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpServletResponse daily = mvc.perform(get("/projects/" + project + "/earned-value?granularity=DAY").with(user("admin")))
                .andReturn().getResponse();
        assertThat(daily.getStatus()).isEqualTo(200);
        assertThat(daily.getContentType()).startsWith("text/html");
        Document page = Jsoup.parse(daily.getContentAsString());
        assertThat(page.select(".kpis")).as("the measures are shown").isNotEmpty();
        assertThat(page.select(".scurve-periods strong").text()).isEqualTo("day");
        assertThat(page.select(".scurve-periods a").eachText()).as("the other periods stay offered").contains("week", "month");
        assertThat(page.select("svg.ev-scurve")).isEmpty();
        assertThat(page.select("#scurve-unavailable").text()).contains("day periods").contains("at most 1000");

        Document weekly = Jsoup.parse(mvc.perform(get("/projects/" + project + "/earned-value").with(user("admin")))
                .andReturn().getResponse().getContentAsString());
        assertThat(weekly.select("svg.ev-scurve")).as("by week it is drawn").hasSize(1);
    }
}
