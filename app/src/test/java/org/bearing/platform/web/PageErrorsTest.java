package org.bearing.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Failures inside page controllers, through MockMvc: each is the Bearing error page (in the layout, with the status
 * the API would answer, the problem in words and a way back), never the API's problem JSON; a query parameter a page
 * cannot use is one rule for every page (400, naming the parameter and the values it takes, a link to the page with
 * its default); a failure nobody foresaw shows only the incident id the log has beside the stack trace. The API's
 * controllers keep answering problem+json even to a browser.
 */
@FailingEndpoints.ErrorPagesApp
@ExtendWith(OutputCaptureExtension.class)
class PageErrorsTest {
    private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";
    @Autowired
    WebApplicationContext context;
    @Autowired
    JsonMapper json;
    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void aQueryParameterAPageCannotUseIsA400PageNamingItWithALinkToTheDefault() throws Exception {
        long project = project();
        String base = "/projects/" + project;
        Document ev = page(base + "/earned-value?granularity=year", 400);
        assertThat(ev.select("h1").text()).isEqualTo("This request cannot be answered");
        assertThat(ev.select("#error-message").text()).isEqualTo("granularity must be DAY, WEEK or MONTH, not 'year'.");
        assertThat(ev.select("a:contains(Open the page with the default granularity)").attr("href")).isEqualTo(base + "/earned-value");
        assertThat(ev.select(".error-links a[href=/]").text()).contains("portfolio");
        assertThat(ev.select("header.top a.brand").text()).as("in the application's layout").isEqualTo("Bearing");

        Document network = page(base + "/network?summaries=true&depth=deep", 400);
        assertThat(network.select("#error-message").text()).isEqualTo("depth must be a whole number, not 'deep'.");
        assertThat(network.select("a:contains(default depth)").attr("href")).as("the other parameters are kept")
                .isEqualTo(base + "/network?summaries=true");

        // the same rule on every page that takes an enum or a number in its query
        Map<String, String> refused = Map.of(
                base + "/resources?granularity=fortnight", "granularity must be DAY, WEEK or MONTH, not 'fortnight'.",
                base + "?zoom=YEAR", "zoom must be DAY, WEEK, MONTH or QUARTER, not 'YEAR'.",
                base + "/network?focus=first", "focus must be a whole number, not 'first'.",
                base + "/network?summaries=maybe", "summaries must be true or false, not 'maybe'.",
                base + "/baselines?compare=last", "compare must be a whole number, not 'last'.",
                base + "/simulation?run=latest", "run must be a whole number, not 'latest'.",
                base + "/simulation/compare?a=1&b=x", "b must be a whole number, not 'x'.");
        for (var c : refused.entrySet()) {
            assertThat(page(c.getKey(), 400).select("#error-message").text()).as(c.getKey()).isEqualTo(c.getValue());
        }
        assertThat(page("/projects/abc", 400).select("#error-message").text()).isEqualTo("id must be a whole number, not 'abc'.");
        assertThat(page("/projects/abc", 400).select("a:contains(default)")).as("a path has no default to offer").isEmpty();
        assertThat(page(base + "/simulation/compare?a=1&b=x", 400).select("a:contains(default)")).as("nor has a required parameter")
                .isEmpty();

        MockHttpServletResponse api = mvc.perform(get("/api/v1/projects/" + project + "/earned-value/s-curve?granularity=year")
                .with(user("admin")).accept(MediaType.TEXT_HTML, MediaType.ALL)).andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(400);
        JsonNode problem = problem(api);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("granularity");
        assertThat(problem.get("detail").asString()).contains("DAY, WEEK, MONTH");
    }

    @Test
    void anUnknownProjectIsA404PageLeadingBackToTheProjectList() throws Exception {
        Document page = page("/projects/999999", 404);
        assertThat(page.select("h1").text()).isEqualTo("Not found");
        assertThat(page.select("#error-message").text()).isEqualTo("Project 999999 does not exist.");
        assertThat(page.select(".error-links a").eachAttr("href")).containsExactly("/");
        assertThat(page.title()).isEqualTo("Not found · Bearing");

        MockHttpServletResponse api = mvc.perform(get("/api/v1/projects/999999").with(user("admin")).accept(HTML)).andReturn().getResponse();
        assertThat(api.getStatus()).as("the API's own controllers answer JSON even to a browser").isEqualTo(404);
        JsonNode problem = problem(api);
        assertThat(problem.get("type").asString()).isEqualTo("https://bearing.dev/problems/not-found");
        assertThat(problem.get("title").asString()).isEqualTo("Not found");
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asString()).isEqualTo("Project 999999 does not exist");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/projects/999999");
    }

    @Test
    void aPageFailureIsA500PageWithTheIncidentIdTheLogCarries(CapturedOutput log) throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/test-errors/page").with(user("admin")).accept(HTML)).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(500);
        assertThat(r.getContentType()).startsWith("text/html");
        Document page = Jsoup.parse(r.getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Something went wrong in Bearing");
        String incident = page.select("#incident").text();
        assertThat(incident).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(page.select("#error-message").text()).contains("incident " + incident);
        assertThat(r.getContentAsString()).doesNotContain("secret_table", "/srv", "IllegalStateException", "at org.");
        assertThat(log.getOut() + log.getErr()).as("the log has the failure under the same id")
                .contains("GET /test-errors/page (incident " + incident + ")").contains(FailingEndpoints.SECRET);
    }

    private Document page(String url, int status) throws Exception {
        MockHttpServletResponse r = mvc.perform(get(url).with(user("admin")).accept(HTML)).andReturn().getResponse();
        assertThat(r.getStatus()).as(url).isEqualTo(status);
        assertThat(r.getContentType()).as(url).startsWith("text/html");
        Document page = Jsoup.parse(r.getContentAsString());
        assertThat(page.select("#error-page").attr("data-status")).as(url).isEqualTo(String.valueOf(status));
        return page;
    }

    private JsonNode problem(MockHttpServletResponse r) throws Exception {
        assertThat(r.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        return json.readTree(r.getContentAsString());
    }

    private long project() throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/api/v1/projects").with(user("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"ERR" + System.nanoTime() % 100_000 + "\", \"name\": \"Errors\", \"startDate\": \"2026-01-05\","
                        + " \"currency\": \"EUR\"}")).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(201);
        return json.readTree(r.getContentAsString()).get("id").asLong();
    }
}
