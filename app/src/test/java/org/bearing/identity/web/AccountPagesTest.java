package org.bearing.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import org.bearing.identity.Account;
import org.bearing.identity.AccountAdministration;
import org.bearing.identity.AccountAdministration.NewAccount;
import org.bearing.identity.Accounts;
import org.bearing.identity.Role;
import org.bearing.support.DatabaseFingerprint;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The account pages through the browser security chain: an administrator creates, demotes, disables, enables and
 * resets accounts on /admin/accounts; members neither see the link nor reach the page; every refused form shows its
 * message next to its field and leaves every account as it was; anyone changes their own password on /account; the
 * session of an account disabled, or whose password was set, after signing in ends at its next request.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:account-pages;DB_CLOSE_DELAY=-1", "bearing.admin-password=account-pages-admin"})
class AccountPagesTest {
    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration administration;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    Accounts accounts;
    MockMvc mvc;

    @BeforeEach
    void browser() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anAdministratorCreatesAndAdministersAMemberAndRefusedFormsStoreNothing() throws Exception {
        Document page = Jsoup.parse(page("/admin/accounts", "admin", Role.ADMIN, 200));
        assertThat(page.select("nav.admin-nav a[href=/admin/accounts]").text()).isEqualTo("Accounts");
        assertThat(page.select("tr.account[data-username=admin]").attr("data-role")).isEqualTo("ADMIN");
        assertThat(page.select("#new-account input[name=_csrf]")).as("CSRF token in the form").hasSize(1);

        var before = fingerprint();
        page = Jsoup.parse(form("/admin/accounts", "admin", Map.of("username", "ADMIN", "displayName", "Second admin", "role", "MEMBER",
                "password", "long-enough-pw"), 400));
        assertThat(page.select("#e-new-username").text()).contains("already exists");
        assertThat(page.select("#new-username").attr("value")).as("the typed text stays").isEqualTo("ADMIN");
        assertThat(page.select("#new-displayName").attr("value")).isEqualTo("Second admin");
        assertThat(page.select("#new-password").attr("value")).as("a password is never echoed").isEmpty();
        page = Jsoup.parse(form("/admin/accounts", "admin", Map.of("username", "lin", "displayName", "Lin", "role", "MEMBER",
                "password", "short"), 400));
        assertThat(page.select("#e-new-password").text()).isEqualTo("password must have at least 12 characters");
        assertThat(page.select("#new-password").attr("aria-invalid")).isEqualTo("true");
        page = Jsoup.parse(form("/admin/accounts", "admin", Map.of("username", "lin", "displayName", " ", "role", "MEMBER",
                "password", "long-enough-pw"), 400));
        assertThat(page.select("#e-new-displayName").text()).contains("displayName is required");
        page = Jsoup.parse(form("/admin/accounts", "admin", Map.of("username", "lin", "displayName", "Lin", "role", "OWNER",
                "password", "long-enough-pw"), 400));
        assertThat(page.select("#e-new-role").text()).contains("Choose a role");
        assertThat(mvc.perform(post("/admin/accounts").with(user("admin").roles("ADMIN")).param("username", "lin")).andReturn()
                .getResponse().getStatus()).as("no CSRF token").isEqualTo(403);
        assertThat(fingerprint()).as("nothing stored").isEqualTo(before);

        form("/admin/accounts", "admin", Map.of("username", "lin", "displayName", "Lin Chen", "role", "ADMIN", "password",
                "long-enough-pw"), 302);
        Account lin = administration.account("lin");
        assertThat(lin.role()).isEqualTo(Role.ADMIN);
        assertThat(lin.displayName()).isEqualTo("Lin Chen");
        page = Jsoup.parse(page("/admin/accounts", "admin", Role.ADMIN, 200));
        assertThat(page.select("tr.account[data-username=lin] td").get(1).text()).isEqualTo("Lin Chen");

        form("/admin/accounts/lin/role", "admin", Map.of("role", "MEMBER"), 302);
        assertThat(administration.account("lin").role()).isEqualTo(Role.MEMBER);
        form("/admin/accounts/lin/enabled", "admin", Map.of("enabled", "false"), 302);
        page = Jsoup.parse(page("/admin/accounts", "admin", Role.ADMIN, 200));
        assertThat(page.select("tr.account[data-username=lin]").attr("data-enabled")).isEqualTo("false");
        assertThat(page.select("#toggle-lin").text()).isEqualTo("Enable");
        form("/admin/accounts/lin/enabled", "admin", Map.of("enabled", "true"), 302);
        assertThat(administration.account("lin").enabled()).isTrue();
        form("/admin/accounts/lin/password", "admin", Map.of("password", "reset-by-admin-1"), 302);
        assertThat(passwords.matches("reset-by-admin-1", hash("lin"))).isTrue();

        before = fingerprint();
        page = Jsoup.parse(form("/admin/accounts/admin/role", "admin", Map.of("role", "MEMBER"), 400));
        assertThat(page.select("#e-role-admin").text()).contains("'admin' is the last enabled administrator");
        assertThat(page.select("#role-admin").attr("aria-describedby")).isEqualTo("e-role-admin");
        page = Jsoup.parse(form("/admin/accounts/admin/enabled", "admin", Map.of("enabled", "false"), 400));
        assertThat(page.select("#e-enabled-admin").text()).contains("cannot disable your own account");
        page = Jsoup.parse(form("/admin/accounts/lin/password", "admin", Map.of("password", "tiny"), 400));
        assertThat(page.select("#e-password-lin").text()).contains("at least 12 characters");
        assertThat(fingerprint()).as("nothing changed").isEqualTo(before);
    }

    @Test
    void membersNeitherSeeNorReachAccountAdministration() throws Exception {
        administration.create(new NewAccount("mia", "Mia", Role.MEMBER, "mia-password-1"), "admin");
        Document home = Jsoup.parse(page("/account", "mia", Role.MEMBER, 200));
        assertThat(home.select("nav.admin-nav")).as("no administration link for members").isEmpty();
        assertThat(home.select("a.account-link").text()).isEqualTo("mia");
        assertThat(home.select("#me-role").text()).isEqualTo("MEMBER");
        page("/admin/accounts", "mia", Role.MEMBER, 403);
        var before = fingerprint();
        MvcResult r = mvc.perform(post("/admin/accounts").with(user("mia").roles("MEMBER")).with(csrf()).param("username", "evil")
                .param("displayName", "Evil").param("role", "ADMIN").param("password", "long-enough-pw")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(403);
        assertThat(fingerprint()).isEqualTo(before);

        administration.change("mia", new AccountAdministration.AccountChange(null, null, false), "admin");
        MvcResult ended = mvc.perform(get("/account").with(user("mia").roles("MEMBER"))).andReturn();
        assertThat(ended.getResponse().getStatus()).as("a disabled account's session ends").isEqualTo(302);
        assertThat(ended.getResponse().getRedirectedUrl()).endsWith("/login?error");
    }

    @Test
    void anyoneChangesTheirOwnPasswordWithTheCurrentOne() throws Exception {
        administration.create(new NewAccount("omar", "Omar", Role.MEMBER, "omar-password-1"), "admin");
        var before = fingerprint();
        Document page = Jsoup.parse(ownPassword("omar", "wrong-password-1", "omar-password-2", "omar-password-2", 400));
        assertThat(page.select("#e-own-currentPassword").text()).contains("not your current password");
        page = Jsoup.parse(ownPassword("omar", "omar-password-1", "omar-password-2", "omar-password-3", 400));
        assertThat(page.select("#e-own-confirmPassword").text()).contains("differ");
        page = Jsoup.parse(ownPassword("omar", "omar-password-1", "short", "short", 400));
        assertThat(page.select("#e-own-newPassword").text()).contains("at least 12 characters");
        assertThat(page.select("#own-newPassword").attr("aria-invalid")).isEqualTo("true");
        assertThat(fingerprint()).isEqualTo(before);

        ownPassword("omar", "omar-password-1", "omar-password-2", "omar-password-2", 302);
        assertThat(passwords.matches("omar-password-2", hash("omar"))).isTrue();
    }

    /** A token issued before a password is set on either page no longer authenticates; another account's token still does. */
    @Test
    void aPasswordSetOnEitherPageRevokesTheAccountsApiTokens() throws Exception {
        administration.create(new NewAccount("tokenholder", "Token holder", Role.MEMBER, "holder-password-1"), "admin");
        administration.create(new NewAccount("bystander", "Bystander", Role.MEMBER, "bystander-password-1"), "admin");
        String before = accounts.issueToken("tokenholder", "ci", null).secret();
        String other = accounts.issueToken("bystander", "ci", null).secret();
        assertThat(bearer(before)).as("the token works before the reset").isEqualTo(200);

        String saved = mvc.perform(post("/admin/accounts/tokenholder/password").with(user("admin").roles("ADMIN")).with(csrf())
                .param("password", "holder-password-2")).andReturn().getFlashMap().get("saved").toString();
        assertThat(saved).contains("API tokens are revoked");
        assertThat(bearer(before)).as("a token issued before the administrator's reset").isEqualTo(401);
        assertThat(accounts.tokens("tokenholder")).isEmpty();
        assertThat(bearer(other)).as("another account's token is untouched").isEqualTo(200);

        String again = accounts.issueToken("tokenholder", "ci", null).secret();
        assertThat(bearer(again)).isEqualTo(200);
        ownPassword("tokenholder", "holder-password-2", "holder-password-3", "holder-password-3", 302);
        assertThat(bearer(again)).as("a token issued before the owner's change on /account").isEqualTo(401);
        assertThat(Jsoup.parse(page("/account", "tokenholder", Role.MEMBER, 200)).text()).contains("revokes your API tokens");
    }

    /**
     * A browser session signed in before a password is set ends at its next request, whether the owner changed it on
     * /account (from another session, which stays signed in) or an administrator reset it.
     */
    @Test
    void aPasswordSetOnEitherPageEndsTheAccountsOtherBrowserSessions() throws Exception {
        administration.create(new NewAccount("sam", "Sam", Role.MEMBER, "sam-password-1"), "admin");
        administration.create(new NewAccount("kim", "Kim", Role.MEMBER, "kim-password-1"), "admin");
        MockHttpSession changing = signIn("sam", "sam-password-1");
        MockHttpSession other = signIn("sam", "sam-password-1");
        MockHttpSession bystander = signIn("kim", "kim-password-1");
        assertThat(status(other, "/account")).as("signed in before the change").isEqualTo(200);

        MvcResult changed = mvc.perform(post("/account/password").session(changing).with(csrf()).param("currentPassword", "sam-password-1")
                .param("newPassword", "sam-password-2").param("confirmPassword", "sam-password-2")).andReturn();
        assertThat(changed.getResponse().getStatus()).isEqualTo(302);
        assertThat(status(changing, "/account")).as("the session that changed the password stays").isEqualTo(200);
        MvcResult ended = mvc.perform(get("/account").session(other)).andReturn();
        assertThat(ended.getResponse().getStatus()).as("the account's other session ends").isEqualTo(302);
        assertThat(ended.getResponse().getRedirectedUrl()).endsWith("/login?error");
        assertThat(other.isInvalid()).isTrue();

        // signed in and reset before its next request: the stamp is taken at sign-in, not at the first page
        MockHttpSession beforeReset = signIn("sam", "sam-password-2");
        administration.resetPassword("sam", "sam-password-3", "admin");
        assertThat(mvc.perform(get("/account").session(beforeReset)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login?error");
        assertThat(mvc.perform(get("/account").session(changing)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login?error");
        assertThat(status(bystander, "/account")).as("another account's session is untouched").isEqualTo(200);
        assertThat(status(signIn("sam", "sam-password-3"), "/account")).as("signing in again with the new password").isEqualTo(200);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult r = mvc.perform(formLogin().user(username).password(password)).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).as("signed in").doesNotContain("error");
        return (MockHttpSession) r.getRequest().getSession(false);
    }

    private int status(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse().getStatus();
    }

    private int bearer(String secret) throws Exception {
        return mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andReturn().getResponse().getStatus();
    }

    private String ownPassword(String who, String current, String next, String confirm, int status) throws Exception {
        return form("/account/password", who, Role.MEMBER, Map.of("currentPassword", current, "newPassword", next, "confirmPassword", confirm),
                status);
    }

    private String hash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ?").param(username).query(String.class).single();
    }

    private Map<String, Object> fingerprint() {
        Map<String, Object> print = new LinkedHashMap<>(DatabaseFingerprint.of(jdbc));
        print.put("app_user", jdbc.sql("select username, display_name, role, enabled, password_hash from app_user order by id").query()
                .listOfRows());
        return print;
    }

    private String page(String url, String who, Role role, int status) throws Exception {
        MvcResult r = mvc.perform(get(url).with(user(who).roles(role.name()))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(status);
        return r.getResponse().getContentAsString();
    }

    private String form(String url, String who, Map<String, String> fields, int status) throws Exception {
        return form(url, who, Role.ADMIN, fields, status);
    }

    private String form(String url, String who, Role role, Map<String, String> fields, int status) throws Exception {
        MockHttpServletRequestBuilder request = post(url).with(user(who).roles(role.name())).with(csrf());
        fields.forEach(request::param);
        MvcResult r = mvc.perform(request).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(status);
        return r.getResponse().getContentAsString();
    }
}
