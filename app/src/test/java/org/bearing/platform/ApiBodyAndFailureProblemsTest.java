package org.bearing.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * API request bodies with a property their type does not have are refused with 400 naming it (and store nothing),
 * while the application's JSON mapper stays lenient for what it reads itself; a failure nobody handled answers 500
 * as a problem document without internals, and outside the API goes on to the error page untouched.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:api-problems;DB_CLOSE_DELAY=-1", "bearing.admin-password=api-problems"})
class ApiBodyAndFailureProblemsTest {
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper mapper;
    MockMvc mvc;

    /** Endpoints that fail the way a bug does: an exception no handler knows, with internals in its message. */
    @TestConfiguration
    static class FailingEndpoints {
        @Bean
        Failing failing() {
            return new Failing();
        }
    }

    @RestController
    static class Failing {
        @GetMapping("/api/v1/test-failure")
        String api() {
            throw new IllegalStateException("select * from secret_table failed in /srv/bearing/data");
        }

        @GetMapping("/test-failure")
        String page() {
            throw new IllegalStateException("a page failed");
        }
    }

    record Lenient(String name) {
    }

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anUnknownPropertyIsRefusedNamingItAndStoresNothing() throws Exception {
        long projects = jdbc.sql("select count(*) from project").query(Long.class).single();
        JsonNode problem = refused("/api/v1/projects", """
                {"code": "UNK1", "name": "Unknown field", "startDate": "2026-01-05", "currency": "EUR", "nmae": "typo"}""");
        assertThat(problem.get("type").asString()).endsWith("/unknown-field");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("nmae");
        assertThat(problem.get("detail").asString()).contains("'nmae' is not a field", "name", "startDate");
        assertThat(jdbc.sql("select count(*) from project").query(Long.class).single()).isEqualTo(projects);

        MvcResult created = mvc.perform(post("/api/v1/projects").with(user("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"UNK2\", \"name\": \"Known fields\", \"startDate\": \"2026-01-05\", \"currency\": \"EUR\"}")).andReturn();
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        long project = mapper.readTree(created.getResponse().getContentAsString()).get("id").asLong();
        long risks = jdbc.sql("select count(*) from risk").query(Long.class).single();
        JsonNode nested = refused("/api/v1/projects/" + project + "/risks", """
                {"kind": "THREAT", "title": "t", "probability": 1, "impact": {"schedule": 1, "cost": 1, "scope": 1, "quality": 1},
                 "actions": [{"description": "d", "dueDat": "2026-01-01"}]}""");
        assertThat(nested.get("errors").get(0).get("field").asString()).isEqualTo("actions[0].dueDat");
        assertThat(jdbc.sql("select count(*) from risk").query(Long.class).single()).isEqualTo(risks);

        assertThat(mapper.readValue("{\"name\": \"a\", \"later\": 1}", Lenient.class).name())
                .as("the application's own mapper (events, stored documents) still reads records that lost a property").isEqualTo("a");
    }

    @Test
    void anUnhandledFailureIsA500ProblemWithoutInternals() throws Exception {
        MvcResult r = mvc.perform(get("/api/v1/test-failure").with(user("admin")).accept(MediaType.APPLICATION_JSON,
                MediaType.APPLICATION_PROBLEM_JSON)).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(500);
        assertThat(r.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = mapper.readTree(r.getResponse().getContentAsString());
        assertThat(problem.get("type").asString()).endsWith("/internal-error");
        assertThat(problem.get("status").asInt()).isEqualTo(500);
        assertThat(problem.get("detail").asString()).contains("incident " + problem.get("incident").asString());
        assertThat(r.getResponse().getContentAsString()).doesNotContain("secret_table", "/srv", "IllegalStateException", "at org.");

        assertThatThrownBy(() -> mvc.perform(get("/test-failure").with(user("admin"))))
                .as("a page's failure is left to the error page, not turned into JSON").hasRootCauseMessage("a page failed");
    }

    private JsonNode refused(String url, String body) throws Exception {
        MvcResult r = mvc.perform(post(url).with(user("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(400);
        assertThat(r.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        return mapper.readTree(r.getResponse().getContentAsString());
    }
}
