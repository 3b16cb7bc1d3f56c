package org.coplaunchpad.standalone.site;

import org.coplaunchpad.standalone.testing.HostPerClass;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Confluence's login, session, Basic auth, XSRF and language switch, over plain HTTP (Spring Security behind them). */
class LoginAndSessionIT {
    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    private static final String CHILD = Browserless.display(DemoData.SPACE_KEY, DemoData.CHILD_PAGE);

    @Test
    void the_login_form_posts_os_username_and_os_password_to_dologin() {
        HttpResponse<String> form = new Browserless(host.baseUri()).get("/login.action");

        var loginForm = Jsoup.parse(form.body()).selectFirst("form#loginform");
        assertEquals("/confluence/dologin.action", loginForm.attr("action"));
        assertEquals(1, loginForm.select("input[name=os_username]").size());
        assertEquals(1, loginForm.select("input[name=os_password][type=password]").size());
    }

    @Test
    void a_form_login_starts_a_session_and_goes_to_os_destination() {
        Browserless bruno = new Browserless(host.baseUri());

        HttpResponse<String> login = bruno.postForm("/dologin.action",
                Map.of("os_username", "bruno", "os_password", "bruno", "os_destination", CHILD));

        assertEquals(302, login.statusCode());
        assertEquals("/confluence" + CHILD, login.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", ""));
        assertEquals(200, bruno.get(CHILD).statusCode());
    }

    @Test
    void a_wrong_password_shows_the_form_again_with_the_seraph_reason() {
        HttpResponse<String> login = new Browserless(host.baseUri()).login("alice", "wrong");

        assertEquals(200, login.statusCode());
        assertEquals("AUTHENTICATION_DENIED", login.headers().firstValue("X-Seraph-LoginReason").orElseThrow());
        assertTrue(login.body().contains("id=\"login-error\""));
    }

    @Test
    void an_off_site_os_destination_is_ignored() {
        HttpResponse<String> login = new Browserless(host.baseUri()).postForm("/dologin.action",
                Map.of("os_username", "alice", "os_password", "alice", "os_destination", "//evil.example/"));

        assertTrue(login.headers().firstValue("Location").orElseThrow().endsWith("/confluence/dashboard.action"));
    }

    @Test
    void wrong_basic_credentials_are_answered_401() {
        HttpResponse<String> response = new Browserless(host.baseUri()).basic("alice", "nope").get(CHILD);

        assertEquals(401, response.statusCode());
    }

    @Test
    void wrong_basic_credentials_are_challenged_in_confluences_realm_with_seraphs_reason() {
        HttpResponse<String> response = new Browserless(host.baseUri()).basic("alice", "nope").get(CHILD);

        assertEquals("Basic realm=\"Confluence\"", response.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertEquals("AUTHENTICATED_FAILED", response.headers().firstValue("X-Seraph-LoginReason").orElseThrow());
    }

    @Test
    void a_form_login_says_ok_and_gives_the_session_a_new_id() {
        Browserless chloe = new Browserless(host.baseUri());
        Optional<String> before = sessionCookie(chloe.get("/login.action"));

        HttpResponse<String> login = chloe.login("chloe", "chloe");

        assertEquals("OK", login.headers().firstValue("X-Seraph-LoginReason").orElseThrow());
        assertTrue(before.isPresent(), "the login page's XSRF token opened a session");
        assertNotEquals(before, sessionCookie(login), "no session fixation");
    }

    @Test
    void a_logout_without_the_xsrf_token_asks_to_confirm_and_keeps_the_session() {
        Browserless coach = new Browserless(host.baseUri());
        coach.login("coach", "coach");

        HttpResponse<String> forged = coach.postForm("/logout.action", Map.of());

        assertEquals(200, forged.statusCode());
        var confirmation = Jsoup.parse(forged.body())
                .select("form[action=/confluence/logout.action]:not(#logout-form)"); // beside the header's
        assertEquals(1, confirmation.select("input[name=atl_token]").size());
        assertEquals(200, coach.get(CHILD).statusCode());
    }

    @Test
    void a_user_whose_password_hash_was_written_before_spring_security_still_logs_in() throws Exception {
        host.site().users().create(new User("olga", "Olga Older", "olga@example.org", Locale.ENGLISH, false), "unused");
        try (Connection connection = host.database().connection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE HOST_USERS SET PASSWORD_HASH = ? WHERE USERNAME = 'olga'")) {
            // What the host's own PBKDF2 code wrote for "before-spring" (data/PasswordsTest).
            update.setString(1, "pbkdf2$10000$1bsIVi4rcYxe7G2Qkwb11w==$SQeNa68IOpuRnUT+NNviI0hKZP7+/VUCUdT1Pn1CDa4=");
            assertEquals(1, update.executeUpdate());
        }

        assertEquals("OK", new Browserless(host.baseUri()).login("olga", "before-spring").headers()
                .firstValue("X-Seraph-LoginReason").orElseThrow());
        assertEquals("AUTHENTICATION_DENIED", new Browserless(host.baseUri()).login("olga", "unused").headers()
                .firstValue("X-Seraph-LoginReason").orElseThrow());
    }

    private static Optional<String> sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'))).findFirst();
    }

    @Test
    void switching_the_language_needs_the_xsrf_token() {
        Browserless bruno = new Browserless(host.baseUri());
        bruno.login("bruno", "bruno");

        HttpResponse<String> forged = bruno.postForm("/users/locale", Map.of("locale", "en", "os_destination", CHILD));

        assertEquals(403, forged.statusCode());
        assertEquals("fr", Jsoup.parse(bruno.get(CHILD).body()).selectFirst("html").attr("lang"));
    }

    @Test
    void a_user_switches_the_language_with_the_header_form() {
        Browserless alice = new Browserless(host.baseUri());
        alice.login("alice", "alice");
        String token = Browserless.metaToken(alice.get(CHILD).body());
        try {
            HttpResponse<String> switched = alice.postForm("/users/locale",
                    Map.of("locale", "en", "atl_token", token, "os_destination", CHILD));

            assertEquals(302, switched.statusCode());
            var page = Jsoup.parse(alice.get(CHILD).body());
            assertEquals("en", page.selectFirst("html").attr("lang"));
            assertEquals("en", page.selectFirst("section.cop-benefits").attr("lang"));
        } finally {
            alice.postForm("/users/locale", Map.of("locale", "fr", "atl_token", token, "os_destination", CHILD));
        }
    }

    @Test
    void logging_out_ends_the_session() {
        Browserless coach = new Browserless(host.baseUri());
        coach.login("coach", "coach");
        String token = Browserless.metaToken(coach.get(CHILD).body());

        HttpResponse<String> logout = coach.postForm("/logout.action", Map.of("atl_token", token));

        assertEquals(302, logout.statusCode());
        assertEquals(302, coach.get(CHILD).statusCode());
    }

    @Test
    void the_dashboard_lists_only_the_spaces_a_user_may_view() {
        assertTrue(new Browserless(host.baseUri()).basic("alice", "alice").get("/dashboard.action").body()
                .contains(">CDP<"));
        String visitor = new Browserless(host.baseUri()).basic("visitor", "visitor").get("/dashboard.action").body();
        assertFalse(visitor.contains(">CDP<"));
        assertTrue(visitor.contains("id=\"no-spaces\""));
    }

    @Test
    void websudo_asks_for_the_password_again() {
        Browserless admin = new Browserless(host.baseUri());
        admin.login("admin", "admin");

        HttpResponse<String> page = admin.get("/authenticate.action?destination=%2Fdashboard.action");
        String token = Browserless.metaToken(page.body());
        HttpResponse<String> confirmed = admin.postForm("/authenticate.action",
                Map.of("atl_token", token, "password", "admin", "destination", "/dashboard.action"));

        assertTrue(page.body().contains("id=\"websudo-form\""));
        assertEquals(302, confirmed.statusCode());
    }
}
