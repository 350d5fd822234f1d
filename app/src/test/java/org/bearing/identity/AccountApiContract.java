package org.bearing.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.bearing.support.ApiClient;
import org.bearing.support.ApiClient.Reply;
import org.bearing.support.DatabaseFingerprint;
import org.bearing.support.Problems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The account administration API, run against each supported database by its subclasses: administrators create,
 * change, disable and reset accounts; members get 403; every refused request is problem+json naming the field and
 * leaves every account (and every other table) exactly as it was. Usernames are unique per run, since the
 * PostgreSQL database is shared by the test classes of one JVM.
 */
abstract class AccountApiContract {
    static final String PASSWORD = "test-admin-password"; // the PostgreSQL contracts share one database and its admin
    private static final AtomicInteger SEQ = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    String base;
    ApiClient admin;

    @BeforeEach
    void connect() {
        base = "http://localhost:" + port;
        admin = ApiClient.basic(base, "admin", PASSWORD);
    }

    static Map<String, Object> fields(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** Row counts of every table plus every account's name, display name, role, status and password hash. */
    Supplier<Map<String, Long>> unchanged() {
        return () -> {
            Map<String, Long> print = new LinkedHashMap<>(DatabaseFingerprint.of(jdbc));
            jdbc.sql("select username, username_key, display_name, role, enabled, password_hash from app_user").query().listOfRows()
                    .forEach(row -> print.put("account." + row.get("username"), (long) row.toString().hashCode()));
            return print;
        };
    }

    String unique(String prefix) {
        return prefix + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    Reply create(String username, String role, String password) {
        return admin.post("/api/v1/accounts", fields("username", username, "displayName", "Person " + username, "role", role,
                "password", password));
    }

    @Test
    void anAdministratorCreatesAMemberWhoSignsInAndIsListedWithoutAPasswordHash() {
        String name = unique("Grace.");
        Reply created = create(name, "MEMBER", "member-password-1");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/accounts/" + name);
        JsonNode a = created.json();
        assertThat(a.get("username").asString()).isEqualTo(name);
        assertThat(a.get("displayName").asString()).isEqualTo("Person " + name);
        assertThat(a.get("role").asString()).isEqualTo("MEMBER");
        assertThat(a.get("enabled").asBoolean()).isTrue();
        assertThat(created.body()).doesNotContain("password", "bcrypt", "hash");

        Reply list = admin.get("/api/v1/accounts");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsString("username")).contains("admin", name);
        assertThat(list.body()).doesNotContain("password", "bcrypt");
        assertThat(admin.get("/api/v1/accounts/" + name.toUpperCase()).json().get("username").asString())
                .as("found in any case").isEqualTo(name);

        ApiClient member = ApiClient.basic(base, name, "member-password-1");
        Reply me = member.get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("role").asString()).isEqualTo("MEMBER");
        assertThat(ApiClient.basic(base, name.toLowerCase(), "member-password-1").get("/api/v1/me").status())
                .as("sign-in ignores the username's case").isEqualTo(200);
        assertThat(admin.get("/api/v1/accounts/nobody-" + name).status()).isEqualTo(404);
    }

    @Test
    void membersGet403ProblemsAndChangeNothing() {
        String name = unique("member");
        assertThat(create(name, "MEMBER", "member-password-1").status()).isEqualTo(201);
        ApiClient member = ApiClient.basic(base, name, "member-password-1");
        Problems.rejected(unchanged(), 403, null, () -> member.get("/api/v1/accounts"));
        Problems.rejected(unchanged(), 403, null, () -> member.post("/api/v1/accounts", fields("username", unique("sneaky"),
                "displayName", "Sneaky", "role", "ADMIN", "password", "member-password-1")));
        Problems.rejected(unchanged(), 403, null, () -> member.put("/api/v1/accounts/" + name,
                fields("displayName", "Me", "role", "ADMIN", "enabled", true), null));
        Problems.rejected(unchanged(), 403, null, () -> member.post("/api/v1/accounts/admin/password",
                fields("password", "taken-over-password")));
        JsonNode p = Problems.rejected(unchanged(), 401, null, () -> ApiClient.anonymous(base).get("/api/v1/accounts"));
        assertThat(p.get("title").asString()).isEqualTo("Unauthenticated");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        String name = unique("dup");
        assertThat(create(name, "MEMBER", "member-password-1").status()).isEqualTo(201);
        JsonNode dup = Problems.rejected(unchanged(), 409, "username", () -> create(name.toUpperCase(), "MEMBER", "member-password-1"));
        assertThat(dup.get("detail").asString()).contains("already exists", "usernames ignore case");
        Problems.rejected(unchanged(), 400, "username", () -> create("ab", "MEMBER", "member-password-1"));
        Problems.rejected(unchanged(), 400, "username", () -> create("ada lovelace", "MEMBER", "member-password-1"));
        Problems.rejected(unchanged(), 400, "password", () -> create(unique("short"), "MEMBER", "too-short"));
        Problems.rejected(unchanged(), 400, "role", () -> create(unique("role"), "BOSS", "member-password-1"));
        Problems.rejected(unchanged(), 400, "role", () -> create(unique("role"), null, "member-password-1"));
        Problems.rejected(unchanged(), 400, "displayName", () -> admin.post("/api/v1/accounts", fields("username", unique("anon"),
                "displayName", " ", "role", "MEMBER", "password", "member-password-1")));
        Problems.rejected(unchanged(), 400, "enabled", () -> admin.put("/api/v1/accounts/" + name,
                fields("displayName", "X", "role", "MEMBER"), null));
        Problems.rejected(unchanged(), 400, "displayName", () -> admin.put("/api/v1/accounts/" + name,
                fields("displayName", "", "role", "ADMIN", "enabled", true), null));
        Problems.rejected(unchanged(), 400, "password", () -> admin.post("/api/v1/accounts/" + name + "/password",
                fields("password", "short")));
        Problems.rejected(unchanged(), 404, null, () -> admin.put("/api/v1/accounts/nobody-" + name,
                fields("displayName", "X", "role", "MEMBER", "enabled", true), null));
    }

    @Test
    void aDisabledAccountCanNeitherSignInNorUseItsTokensUntilEnabledAgain() {
        String name = unique("leaver");
        assertThat(create(name, "MEMBER", "member-password-1").status()).isEqualTo(201);
        ApiClient basic = ApiClient.basic(base, name, "member-password-1");
        Reply token = basic.post("/api/v1/me/tokens", fields("name", "ci"));
        assertThat(token.status()).isEqualTo(201);
        ApiClient bearer = ApiClient.bearer(base, token.json().get("secret").asString());
        assertThat(bearer.get("/api/v1/me").status()).isEqualTo(200);

        Reply disabled = admin.put("/api/v1/accounts/" + name, fields("displayName", "Left the team", "role", "MEMBER", "enabled", false), null);
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(disabled.json().get("displayName").asString()).isEqualTo("Left the team");
        assertThat(basic.get("/api/v1/me").status()).as("password refused").isEqualTo(401);
        assertThat(bearer.get("/api/v1/me").status()).as("token refused").isEqualTo(401);

        assertThat(admin.put("/api/v1/accounts/" + name, fields("displayName", "Back", "role", "MEMBER", "enabled", true), null).status())
                .isEqualTo(200);
        assertThat(basic.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(bearer.get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aPromotedMemberAdministersAndTheLastEnabledAdministratorStays() {
        String boss = unique("boss");
        assertThat(create(boss, "MEMBER", "boss-password-12").status()).isEqualTo(201);
        Reply promoted = admin.put("/api/v1/accounts/" + boss, fields("displayName", "Boss", "role", "ADMIN", "enabled", true), null);
        assertThat(promoted.json().get("role").asString()).isEqualTo("ADMIN");
        ApiClient bossApi = ApiClient.basic(base, boss, "boss-password-12");
        assertThat(bossApi.get("/api/v1/accounts").status()).as("an admin now").isEqualTo(200);

        JsonNode own = Problems.rejected(unchanged(), 422, "enabled", () -> admin.put("/api/v1/accounts/admin",
                fields("displayName", "Administrator", "role", "ADMIN", "enabled", false), null));
        assertThat(own.get("type").asString()).endsWith("/own-account");

        // demote every other enabled administrator (this class's, on a shared database) so that admin is the last one
        admin.get("/api/v1/accounts").json().forEach(a -> {
            if (a.get("role").asString().equals("ADMIN") && a.get("enabled").asBoolean() && !a.get("username").asString().equals("admin")) {
                assertThat(admin.put("/api/v1/accounts/" + a.get("username").asString(), fields("displayName", a.get("displayName").asString(),
                        "role", "MEMBER", "enabled", true), null).status()).isEqualTo(200);
            }
        });
        assertThat(bossApi.get("/api/v1/accounts").status()).as("demoted: a member again").isEqualTo(403);
        JsonNode last = Problems.rejected(unchanged(), 422, "role", () -> admin.put("/api/v1/accounts/ADMIN",
                fields("displayName", "Administrator", "role", "MEMBER", "enabled", true), null));
        assertThat(last.get("type").asString()).endsWith("/last-admin");
        assertThat(last.get("detail").asString()).contains("'admin' is the last enabled administrator");
    }

    @Test
    void passwordsAreResetByAnAdministratorAndChangedByTheirOwnerWithTheCurrentOne() {
        String name = unique("forgetful");
        assertThat(create(name, "MEMBER", "first-password-1").status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/accounts/" + name + "/password", fields("password", "second-password-2")).status()).isEqualTo(204);
        assertThat(ApiClient.basic(base, name, "first-password-1").get("/api/v1/me").status()).isEqualTo(401);
        ApiClient member = ApiClient.basic(base, name, "second-password-2");
        assertThat(member.get("/api/v1/me").status()).isEqualTo(200);

        Problems.rejected(unchanged(), 422, "currentPassword", () -> member.post("/api/v1/account/password",
                fields("currentPassword", "first-password-1", "newPassword", "third-password-3")));
        Problems.rejected(unchanged(), 400, "newPassword", () -> member.post("/api/v1/account/password",
                fields("currentPassword", "second-password-2", "newPassword", "short")));
        Problems.rejected(unchanged(), 400, "currentPassword", () -> member.post("/api/v1/account/password",
                fields("newPassword", "third-password-3")));
        assertThat(member.post("/api/v1/account/password", fields("currentPassword", "second-password-2",
                "newPassword", "third-password-3")).status()).isEqualTo(204);
        assertThat(member.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(ApiClient.basic(base, name, "third-password-3").get("/api/v1/me").status()).isEqualTo(200);
    }

    /** A password reset, by an administrator or by the owner, revokes the account's API tokens and no one else's. */
    @Test
    void aPasswordResetOrChangeRevokesTheAccountsApiTokens() {
        String name = unique("leaky");
        assertThat(create(name, "MEMBER", "first-password-1").status()).isEqualTo(201);
        String other = unique("bystander");
        assertThat(create(other, "MEMBER", "other-password-1").status()).isEqualTo(201);
        ApiClient issued = token(ApiClient.basic(base, name, "first-password-1"));
        ApiClient bystander = token(ApiClient.basic(base, other, "other-password-1"));
        assertThat(issued.get("/api/v1/me").status()).as("the token works before the reset").isEqualTo(200);

        assertThat(admin.post("/api/v1/accounts/" + name + "/password", fields("password", "second-password-2")).status()).isEqualTo(204);
        assertThat(issued.get("/api/v1/me").status()).as("a token issued before the administrator's reset").isEqualTo(401);
        ApiClient member = ApiClient.basic(base, name, "second-password-2");
        assertThat(member.get("/api/v1/me/tokens").json().size()).as("the account lists no tokens").isZero();
        assertThat(bystander.get("/api/v1/me").status()).as("another account's token is untouched").isEqualTo(200);

        ApiClient reissued = token(member);
        assertThat(reissued.post("/api/v1/account/password", fields("currentPassword", "second-password-2",
                "newPassword", "third-password-3")).status()).as("the owner changes it with the token itself").isEqualTo(204);
        assertThat(reissued.get("/api/v1/me").status()).as("a token issued before the owner's change").isEqualTo(401);
        assertThat(ApiClient.basic(base, name, "third-password-3").get("/api/v1/me").status()).isEqualTo(200);
    }

    private ApiClient token(ApiClient basic) {
        Reply token = basic.post("/api/v1/me/tokens", fields("name", "ci"));
        assertThat(token.status()).as(token.body()).isEqualTo(201);
        return ApiClient.bearer(base, token.json().get("secret").asString());
    }
}
