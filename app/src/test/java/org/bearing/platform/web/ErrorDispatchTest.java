package org.bearing.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bearing.support.Fields.fields;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bearing.support.ApiClient;
import org.bearing.support.PageSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Failures that the servlet container sends to {@code /error} (no controller chose them: an unknown path, a method or
 * media type a path does not take, a refusal of the security chain or of its URL firewall, an exception nobody
 * handled), over real HTTP because MockMvc has no container and never forwards to the error page. A browser gets the
 * Bearing page in the layout with the status and the problem in words; every {@code /api/} path answers an RFC 9457
 * problem document with type, title, status, detail and instance, whatever the client accepts.
 */
@FailingEndpoints.ErrorPagesApp
@ExtendWith(OutputCaptureExtension.class)
class ErrorDispatchTest {
    private static final String HTML = "text/html,application/xhtml+xml,*/*;q=0.8";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    @LocalServerPort
    int port;
    String base;

    @BeforeEach
    void base() {
        base = "http://localhost:" + port;
    }

    @Test
    void aMemberOpeningAccountAdministrationGetsTheBearing403Page() throws Exception {
        PageSession member = member();
        HttpResponse<String> r = member.client().send(HttpRequest.newBuilder(URI.create(base + "/admin/accounts")).header("Accept", HTML)
                .build(), HttpResponse.BodyHandlers.ofString());
        Document page = page(r, 403);
        assertThat(page.select("h1").text()).isEqualTo("You may not do this");
        assertThat(page.select("#error-message").text()).contains("does not have the role this page needs", "administrators");
        assertThat(page.select("header.top .account-link").text()).as("the layout knows who is signed in").startsWith("member");
        assertThat(page.select("header.top nav.admin-nav")).as("and offers a member no administration").isEmpty();
        assertThat(page.select(".error-links a[href=/]")).hasSize(1);
        assertThat(r.body()).doesNotContain("Whitelabel", "AccessDeniedException");

        HttpResponse<String> stale = member.client().send(HttpRequest.newBuilder(URI.create(base + "/calendars")).header("Accept", HTML)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("name=X")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page(stale, 403).select("#error-message").text()).as("a form without its CSRF token")
                .contains("The form you sent was out of date", "Nothing was changed");
    }

    @Test
    void anUnknownPathAndAWrongMethodAreBearingPages() throws Exception {
        PageSession admin = PageSession.signIn(base, "admin", FailingEndpoints.PASSWORD);
        Document missing = page(admin.client().send(HttpRequest.newBuilder(URI.create(base + "/no-such-page")).header("Accept", HTML).build(),
                HttpResponse.BodyHandlers.ofString()), 404);
        assertThat(missing.select("h1").text()).isEqualTo("Not found");
        assertThat(missing.select("#error-message").text()).startsWith("There is no page at /no-such-page.");

        HttpResponse<String> wrong = admin.client().send(HttpRequest.newBuilder(URI.create(base + "/calendars")).header("Accept", HTML)
                .header("X-CSRF-TOKEN", admin.csrf()).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page(wrong, 405).select("#error-message").text()).isEqualTo("DELETE is not allowed at /calendars; it takes GET, POST");

        HttpResponse<String> script = admin.client().send(HttpRequest.newBuilder(URI.create(base + "/no-such-page"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        JsonNode p = problem(script, 404, "/no-such-page");
        assertThat(p.get("detail").asString()).as("a client that takes no HTML gets a problem").isEqualTo("There is nothing at /no-such-page");
    }

    @Test
    void aFailureOutsideAPageControllerIsA500PageWithTheLoggedIncident(CapturedOutput log) throws Exception {
        PageSession admin = PageSession.signIn(base, "admin", FailingEndpoints.PASSWORD);
        HttpResponse<String> r = admin.client().send(HttpRequest.newBuilder(URI.create(base + "/test-errors/download")).header("Accept", HTML)
                .build(), HttpResponse.BodyHandlers.ofString());
        Document page = page(r, 500);
        String incident = page.select("#incident").text();
        assertThat(incident).hasSize(36);
        assertThat(r.body()).doesNotContain("secret_table", "/srv", "IllegalStateException", "at org.");
        assertThat(log.getOut() + log.getErr()).contains("GET /test-errors/download (incident " + incident + ")")
                .contains(FailingEndpoints.SECRET);
    }

    @Test
    void everyRefusalOfAnApiPathIsAProblemDocument() throws Exception {
        String admin = "admin:" + FailingEndpoints.PASSWORD;
        JsonNode emptySegment = problem(send("POST", "/api/v1/cost-entries//decision", admin, "application/json", "{}"), 400,
                "/api/v1/cost-entries//decision");
        assertThat(emptySegment.get("detail").asString()).contains("URL was refused", "\"//\"");

        assertThat(problem(send("GET", "/api/v1/no-such-thing", admin, null, null), 404, "/api/v1/no-such-thing").get("detail").asString())
                .isEqualTo("There is nothing at /api/v1/no-such-thing");
        HttpResponse<String> browser = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/no-such-thing")).header("Accept", HTML)
                .header("Authorization", basic(admin)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(problem(browser, 404, "/api/v1/no-such-thing").get("type").asString()).as("even to a browser")
                .isEqualTo("https://bearing.dev/problems/not-found");

        HttpResponse<String> method = send("DELETE", "/api/v1/projects", admin, null, null);
        assertThat(problem(method, 405, "/api/v1/projects").get("detail").asString()).isEqualTo("DELETE is not allowed at /api/v1/projects;"
                + " it takes GET, POST");
        assertThat(method.headers().firstValue("Allow").orElse("")).contains("GET", "POST");

        assertThat(problem(send("POST", "/api/v1/projects", admin, "text/plain", "{}"), 415, "/api/v1/projects").get("detail").asString())
                .as("a body the endpoint reads as JSON").startsWith("Content-Type 'text/plain").contains("; send application/json");
        JsonNode upload = problem(send("POST", "/api/v1/projects/import", admin, "application/json", "{}"), 415, "/api/v1/projects/import");
        assertThat(upload.get("detail").asString()).as("an endpoint that consumes only uploads")
                .isEqualTo("Content-Type 'application/json' is not accepted here; send multipart/form-data");
        assertThat(upload.get("type").asString()).isEqualTo("https://bearing.dev/problems/unsupported-media-type");

        JsonNode anonymous = problem(send("GET", "/api/v1/projects", null, null, null), 401, "/api/v1/projects");
        assertThat(anonymous.get("type").asString()).isEqualTo("https://bearing.dev/problems/unauthenticated");
        member();
        JsonNode forbidden = problem(send("GET", "/api/v1/accounts", "member:member-password-1", null, null), 403, "/api/v1/accounts");
        assertThat(forbidden.get("detail").asString()).contains("administrator");
    }

    @Test
    void anUploadTooLargeToReadIsRefusedInWordsNotWithAnEmptyAnswer() throws Exception {
        String boundary = "----errors" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.xml\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = java.util.Arrays.copyOf(head, head.length + 5 * FailingEndpoints.MAX_UPLOAD);
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/projects/import"))
                .header("Authorization", basic("admin:" + FailingEndpoints.PASSWORD)).header("Content-Type", "multipart/form-data; boundary="
                        + boundary).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode p = problem(api, 413, "/api/v1/projects/import");
        assertThat(p.get("type").asString()).isEqualTo("https://bearing.dev/problems/body-too-large");
        assertThat(p.get("detail").asString()).startsWith("The upload exceeds the maximum upload size");

        // Sent in chunks (no Content-Length), so that the Import page's early size check cannot see it; the CSRF token
        // goes in a header because reading it from the form would parse the body first.
        PageSession admin = PageSession.signIn(base, "admin", FailingEndpoints.PASSWORD);
        HttpResponse<String> page = admin.client().send(HttpRequest.newBuilder(URI.create(base + "/import")).header("Accept", HTML)
                .header("X-CSRF-TOKEN", admin.csrf()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page(page, 413).select("#error-message").text()).startsWith("The upload exceeds the maximum upload size");
    }

    private HttpResponse<String> send(String method, String path, String credentials, String contentType, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (credentials != null) {
            b.header("Authorization", basic(credentials));
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** A problem document with the five RFC 9457 members, {@code instance} naming the path the client asked for. */
    private static JsonNode problem(HttpResponse<String> r, int status, String path) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode p = JSON.readTree(r.body());
        assertThat(p.get("type").asString()).startsWith("https://bearing.dev/problems/");
        assertThat(p.get("title").asString()).isNotBlank();
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("detail").asString()).isNotBlank();
        assertThat(p.get("instance").asString()).isEqualTo(path);
        assertThat(r.body()).doesNotContain("timestamp", "trace", "Exception");
        return p;
    }

    private static Document page(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        Document page = Jsoup.parse(r.body());
        assertThat(page.select("#error-page").attr("data-status")).isEqualTo(String.valueOf(status));
        assertThat(page.select("header.top a.brand").text()).as("in the application's layout").isEqualTo("Bearing");
        return page;
    }

    /** A member (not an administrator) signed in through the login form; created once. */
    private PageSession member() throws Exception {
        ApiClient api = ApiClient.basic(base, "admin", FailingEndpoints.PASSWORD);
        int created = api.post("/api/v1/accounts", fields("username", "member", "displayName", "A member", "role", "MEMBER",
                "password", "member-password-1")).status();
        assertThat(created).isIn(201, 409);
        return PageSession.signIn(base, "member", "member-password-1");
    }
}
