package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.coplaunchpad.standalone.hosting.security.WebSudo;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.HostPerClass;
import org.coplaunchpad.standalone.testing.MissingTables;
import org.coplaunchpad.standalone.testing.Responses;
import org.coplaunchpad.standalone.testing.Ticking;
import org.coplaunchpad.standalone.testing.WebSudoSessions;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The app's institution overview as the host serves it, through the guard: anonymous → the login page, a POST
 * without atl_token → 403, a space administrator who is not a Confluence administrator → 403 (not asked for a
 * password first); then, after WebSudo, every community and the CSV, and a 503 page while the tables cannot be read.
 */
class OverviewEndpointIT {
    private static final String OVERVIEW = "/plugins/servlet/cop-launchpad/overview";

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        HttpResponse<String> response = new Browserless(host.baseUri()).get(OVERVIEW);

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().contains("/login.action?os_destination="));
    }

    @Test
    void a_post_without_atl_token_is_403_and_a_post_with_one_is_405() {
        Browserless admin = WebSudoSessions.confirmed(host.baseUri(), "admin", OVERVIEW);
        String token = Browserless.metaToken(admin.get("/dashboard.action").body());

        assertEquals(403, admin.postForm(OVERVIEW, Map.of("sort", "space")).statusCode());
        HttpResponse<String> notAccepted = admin.postForm(OVERVIEW, Map.of("sort", "space", "atl_token", token));
        assertEquals(405, notAccepted.statusCode());
        assertEquals("GET", notAccepted.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void a_space_administrator_who_is_not_a_confluence_administrator_is_403_without_being_asked_for_a_password() {
        HttpResponse<String> refused = Ticking.member(host.baseUri(), "coach").get(OVERVIEW);

        // The servlet is @AdminOnly: the host, like Confluence 9+, refuses before the app's guard (whose page in the
        // viewer's language DashboardServletsTest shows); what matters here is that no password is asked for.
        assertEquals(403, refused.statusCode());
        assertTrue(refused.headers().firstValue("Location").isEmpty(), "not sent to the WebSudo page");
        assertFalse(refused.body().contains("authenticate.action"), refused.body());
    }

    @Test
    void after_websudo_the_administrator_sees_every_community_and_downloads_them_as_csv() {
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        Ticking.tick(alice, Ticking.open(alice, DemoData.SPACE_KEY, DemoData.CHILD_PAGE), "readiness", "coach", true);
        Browserless admin = WebSudoSessions.confirmed(host.baseUri(), "admin", OVERVIEW);

        HttpResponse<String> overview = admin.get(OVERVIEW);
        HttpResponse<String> csv = admin.get(OVERVIEW + "?format=csv");

        assertEquals(200, overview.statusCode());
        assertEquals(List.of("1"), Jsoup.parse(overview.body())
                .select("tr[data-space-key=CDP][data-checklist=readiness] .cop-overview__respondents").eachText(),
                "the space's checklist alice answered, once: " + overview.body());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.body().lines().anyMatch(line -> line.startsWith("CDP,")), csv.body());
    }

    @Test
    void while_the_apps_tables_cannot_be_read_the_overview_is_a_503_page_with_a_message_and_works_again_after() {
        Browserless admin = WebSudoSessions.confirmed(host.baseUri(), "admin", OVERVIEW);
        HttpResponse<String> page;
        HttpResponse<String> csv;
        try (MissingTables ignored = MissingTables.of(host.database(), MissingTables.APP)) {
            page = Responses.showingNoInternals(admin.get(OVERVIEW));
            csv = Responses.showingNoInternals(admin.get(OVERVIEW + "?format=csv"));
        }

        assertEquals(503, page.statusCode());
        assertEquals(503, csv.statusCode());
        assertEquals("Les réponses ne peuvent pas être lues pour le moment. Rechargez la page dans un instant.",
                Jsoup.parse(page.body()).select(".aui-message-error p").last().text(), "in the administrator's language");
        assertEquals(200, admin.get(OVERVIEW).statusCode());
    }
}
