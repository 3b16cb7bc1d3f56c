package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.coplaunchpad.standalone.data.Page;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.HostPerClass;
import org.coplaunchpad.standalone.testing.Ticking;
import org.coplaunchpad.standalone.testing.WebSudoSessions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Confluence administrator deletes a user over HTTP as in Confluence's user administration: the users, the
 * confirmation, then a POST with the session's atl_token in a WebSudo session. The user can no longer log in, their
 * session is anonymous, and what they wrote keeps their key under an alias. Anyone else is refused; anonymous
 * visitors go to the login page. (What the app forgets is the app's tests' to check.)
 */
class UserRemovalIT {
    private static final String BROWSE = UserAdministrationServlet.BROWSE_PATH;
    private static final String REMOVE = UserAdministrationServlet.REMOVE_PATH;
    private static final String DO_REMOVE = UserAdministrationServlet.DO_REMOVE_PATH;

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    @Test
    void an_administrator_deletes_a_user_who_then_cannot_log_in_and_whose_pages_keep_an_alias() {
        Page written = host.site().lifecycle().create(DemoData.SPACE_KEY, null, "Notes de Chloé", "<p>notes</p>",
                "chloe");
        Browserless chloe = Ticking.member(host.baseUri(), "chloe");
        Browserless admin = WebSudoSessions.confirmed(host.baseUri(), "admin", BROWSE);

        Document users = Jsoup.parse(admin.get(BROWSE).body());
        assertEquals("/confluence" + REMOVE + "?username=chloe",
                users.select("tr[data-username=chloe] a.remove-user-link").attr("href"));
        assertTrue(users.select("tr[data-username=admin] a.remove-user-link").isEmpty(), "no deleting yourself");
        HttpResponse<String> confirmation = admin.get(REMOVE + "?username=chloe");
        assertEquals(200, confirmation.statusCode());
        Document form = Jsoup.parse(confirmation.body());
        assertEquals("/confluence" + DO_REMOVE, form.select("form#remove-user-form").attr("action"));
        assertTrue(form.select("#remove-user-consequences").text().contains("Chloe Smith"));

        HttpResponse<String> removed = admin.postForm(DO_REMOVE,
                Map.of("username", "chloe", "atl_token", form.select("input[name=atl_token]").val()));

        assertEquals(302, removed.statusCode(), removed.body());
        assertEquals("/confluence" + BROWSE + "?removed=chloe", removed.headers().firstValue("Location").orElseThrow());
        Document after = Jsoup.parse(admin.get(BROWSE + "?removed=chloe").body());
        assertEquals(1, after.select("#user-removed").size());
        assertTrue(after.select("tr[data-username=chloe]").isEmpty());
        assertNotEquals(302, new Browserless(host.baseUri()).login("chloe", "chloe").statusCode(), "login refused");
        assertEquals(401, new Browserless(host.baseUri()).basic("chloe", "chloe")
                .get(Browserless.display(DemoData.SPACE_KEY, DemoData.HOME_PAGE)).statusCode());
        assertEquals(302, chloe.get(Browserless.display(DemoData.SPACE_KEY, DemoData.HOME_PAGE)).statusCode(),
                "the session she had is anonymous now: to the login page");
        assertEquals(User.removedAlias("chloe"), host.site().users().findByKey("chloe").orElseThrow().fullName());
        assertEquals(User.removedAlias("chloe"), Jsoup.parse(admin.get(PageHistoryServlet.PATH + "?pageId="
                + written.id()).body()).select("#page-history-table tr[data-version=1] td").get(1).text());
        assertEquals(404, admin.get(REMOVE + "?username=chloe").statusCode(), "a removed user is not found again");
    }

    @Test
    void other_users_are_refused_and_anonymous_visitors_are_sent_to_the_login_page() {
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        String token = Browserless.metaToken(coach.get("/dashboard.action").body());

        assertEquals(403, coach.get(BROWSE).statusCode());
        assertEquals(403, coach.get(REMOVE + "?username=bruno").statusCode());
        assertEquals(403, coach.postForm(DO_REMOVE, Map.of("username", "bruno", "atl_token", token)).statusCode());
        assertTrue(host.site().users().find("bruno").isPresent());
        assertTrue(Jsoup.parse(coach.get("/dashboard.action").body()).select("#admin-users-link").isEmpty());
        assertEquals("/confluence" + BROWSE, Jsoup.parse(Ticking.member(host.baseUri(), "admin")
                .get("/dashboard.action").body()).select("#admin-users-link").attr("href"));

        HttpResponse<String> anonymous = new Browserless(host.baseUri()).get(BROWSE);
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElseThrow()
                .endsWith("/confluence/login.action?os_destination=%2Fadmin%2Fusers%2Fbrowseusers.action"));
        HttpResponse<String> anonymousPost = new Browserless(host.baseUri()).postForm(DO_REMOVE,
                Map.of("username", "bruno"));
        assertEquals(302, anonymousPost.statusCode());
        assertTrue(anonymousPost.headers().firstValue("Location").orElseThrow().contains("/login.action"));
        assertTrue(host.site().users().find("bruno").isPresent());
    }

    @Test
    void deleting_needs_websudo_and_the_sessions_token() {
        Browserless admin = Ticking.member(host.baseUri(), "admin");
        String token = Browserless.metaToken(admin.get("/dashboard.action").body());

        HttpResponse<String> browse = admin.get(BROWSE);
        assertEquals(302, browse.statusCode());
        assertEquals("/confluence/authenticate.action?destination=%2Fadmin%2Fusers%2Fbrowseusers.action",
                browse.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> withoutSudo = admin.postForm(DO_REMOVE, Map.of("username", "bruno", "atl_token", token));
        assertEquals(302, withoutSudo.statusCode());
        assertEquals("/confluence/authenticate.action?destination=%2Fadmin%2Fusers%2Fremoveuser.action%3Fusername%3Dbruno",
                withoutSudo.headers().firstValue("Location").orElseThrow(), "back to the confirmation, not deleted");
        assertTrue(host.site().users().find("bruno").isPresent());

        Browserless sudo = WebSudoSessions.confirmed(host.baseUri(), "admin", BROWSE);
        assertEquals(403, sudo.postForm(DO_REMOVE, Map.of("username", "bruno")).statusCode(), "no atl_token");
        assertEquals(403, sudo.postForm(DO_REMOVE, Map.of("username", "bruno", "atl_token", "forged")).statusCode());
        assertEquals(405, sudo.get(DO_REMOVE + "?username=bruno").statusCode());
        assertTrue(host.site().users().find("bruno").isPresent());
    }

    @Test
    void an_administrator_cannot_delete_themselves_and_an_unknown_user_is_not_found() {
        Browserless admin = WebSudoSessions.confirmed(host.baseUri(), "admin", BROWSE);
        String token = Browserless.metaToken(admin.get(BROWSE).body());

        assertEquals(403, admin.get(REMOVE + "?username=admin").statusCode());
        assertEquals(403, admin.postForm(DO_REMOVE, Map.of("username", "admin", "atl_token", token)).statusCode());
        assertEquals(404, admin.get(REMOVE + "?username=nobody").statusCode());
        assertEquals(404, admin.postForm(DO_REMOVE, Map.of("username", "nobody", "atl_token", token)).statusCode());
        assertEquals(302, new Browserless(host.baseUri()).login("admin", "admin").statusCode(), "still logs in");
    }
}
