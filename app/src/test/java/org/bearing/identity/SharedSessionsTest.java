package org.bearing.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.sql.Connection;
import java.sql.DriverManager;
import org.bearing.BearingApplication;
import org.bearing.support.EmbeddedPostgresServer;
import org.bearing.support.PageSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app nodes on one PostgreSQL database, as behind a load balancer without sticky sessions: a browser that signs
 * in on one node is served by the other, a form's CSRF token and a flash message cross nodes, and signing out on one
 * ends the session on both. One browser's cookie jar serves both nodes (same host, another port), as one site does.
 */
class SharedSessionsTest {
    private static final String PASSWORD = "shared-sessions-admin";
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        EmbeddedPostgresServer.Connection pg = EmbeddedPostgresServer.connection();
        // a database of its own: the other PostgreSQL tests share one whose admin has another password
        String name = "shared_sessions_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(pg.url(), pg.user(), pg.password())) {
            c.createStatement().execute("create database " + name);
        }
        String url = pg.url().replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
        first = node(url, pg);
        second = node(url, pg);
    }

    private static ConfigurableApplicationContext node(String url, EmbeddedPostgresServer.Connection pg) {
        // arguments, not default properties: those rank below application.yml, whose URL falls back to H2
        return new SpringApplicationBuilder(BearingApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + pg.user(),
                "--spring.datasource.password=" + pg.password(),
                "--bearing.admin-password=" + PASSWORD);
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    @Test
    void aSessionSignedInOnOneNodeIsServedByTheOther() throws Exception {
        String a = base(first);
        String b = base(second);
        assertThat(a).isNotEqualTo(b);
        PageSession signedIn = PageSession.signIn(a, "admin", PASSWORD);
        JdbcClient jdbc = JdbcClient.create(first.getBean(javax.sql.DataSource.class));
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'admin'").query(Long.class).single())
                .as("the session is a row of the shared database").isEqualTo(1L);

        HttpResponse<String> home = send(signedIn, page(b + "/admin/accounts").build());
        assertThat(home.statusCode()).as("the other node knows the session: no redirect to its login page").isEqualTo(200);
        assertThat(home.body()).contains("data-username=\"admin\"");

        // a form rendered by node B, posted to node A; the flash message set by A is shown by B after the redirect
        String form = "_csrf=" + PageSession.token(home.body()) + "&username=auditor&displayName=Audit&role=MEMBER&password=auditor-password-1";
        HttpResponse<String> created = send(signedIn, page(a + "/admin/accounts")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> after = send(signedIn, page(b + URI.create(location).getPath()).build());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Created auditor (MEMBER).");
        HttpResponse<String> again = send(signedIn, page(a + "/admin/accounts").build());
        assertThat(again.body()).as("a flash message is shown once, whichever node shows it").doesNotContain("Created auditor");

        // signing out on node B ends the session on node A too
        HttpResponse<String> out = send(signedIn, page(b + "/logout")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + PageSession.token(again.body()))).build());
        assertThat(out.statusCode()).isEqualTo(302);
        HttpResponse<String> gone = send(signedIn, page(a + "/admin/accounts").build());
        assertThat(gone.statusCode()).isEqualTo(302);
        assertThat(gone.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'admin'").query(Long.class).single())
                .as("the signed-out session's row is gone").isZero();
    }

    /** A request as a browser makes it: it takes HTML, so a signed-out page answers with the login redirect. */
    private static HttpRequest.Builder page(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html");
    }

    private static HttpResponse<String> send(PageSession session, HttpRequest request) throws Exception {
        return session.client().send(request, BodyHandlers.ofString());
    }
}
