package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.HostPerClass;
import org.coplaunchpad.standalone.testing.MissingTables;
import org.coplaunchpad.standalone.testing.Responses;
import org.coplaunchpad.standalone.testing.Ticking;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The app's launch dashboard as the host serves it, through the guard: anonymous → the login page, a POST without
 * atl_token → 403, a member who does not administer the space → 403; then the space administrator's dashboard and
 * thresholds, and a 503 error page while the app's tables cannot be read.
 */
class DashboardEndpointIT {
    private static final String DASHBOARD = "/plugins/servlet/cop-launchpad/dashboard";
    private static final String OF_CDP = DASHBOARD + "?spaceKey=" + DemoData.SPACE_KEY;

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    private static Map<String, String> thresholds(String majority, String readiness) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("spaceKey", DemoData.SPACE_KEY);
        form.put("majority", majority);
        form.put("readiness", readiness);
        return form;
    }

    private static String message(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).select(".aui-message-error p").last().text();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        HttpResponse<String> response = new Browserless(host.baseUri()).get(OF_CDP);

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().contains("/login.action?os_destination="));
    }

    @Test
    void a_post_without_atl_token_is_403_and_saves_nothing() {
        Browserless coach = Ticking.member(host.baseUri(), "coach");

        HttpResponse<String> refused = coach.postForm(DASHBOARD, thresholds("10", "10"));

        assertEquals(403, refused.statusCode());
        assertTrue(message(refused).contains("XSRF"), refused.body());
        assertEquals("50", Jsoup.parse(coach.get(OF_CDP).body()).selectFirst("input[name=majority]").val());
    }

    @Test
    void a_member_who_does_not_administer_the_space_is_403() {
        HttpResponse<String> refused = Ticking.member(host.baseUri(), "alice").get(OF_CDP);

        assertEquals(403, refused.statusCode());
        assertEquals("Seuls les administrateurs de l'espace et de Confluence voient son tableau de bord.",
                message(refused), "in alice's language");
    }

    @Test
    void the_space_administrator_sees_the_dashboard_and_changes_its_thresholds() {
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        Document dashboard = Jsoup.parse(coach.get(OF_CDP).body());
        assertEquals(1, dashboard.select(".cop-dashboard[data-space-key=CDP]").size());
        Map<String, String> form = thresholds("60", "70");
        form.put("atl_token", dashboard.selectFirst("input[name=atl_token]").val());

        HttpResponse<String> saved = coach.postForm(DASHBOARD, form);

        assertEquals(302, saved.statusCode(), saved.body());
        assertTrue(saved.headers().firstValue("Location").orElseThrow().endsWith("saved=true"));
        assertEquals("60", Jsoup.parse(coach.get(OF_CDP).body()).selectFirst("input[name=majority]").val());
    }

    @Test
    void while_the_apps_tables_cannot_be_read_the_dashboard_is_a_503_page_with_a_message_and_works_again_after() {
        Browserless coach = Ticking.member(host.baseUri(), "coach");
        HttpResponse<String> failed;
        try (MissingTables ignored = MissingTables.of(host.database(), MissingTables.APP)) {
            failed = Responses.showingNoInternals(coach.get(OF_CDP));
        }

        assertEquals(503, failed.statusCode());
        assertEquals("Les réponses ne peuvent pas être lues pour le moment. Rechargez la page dans un instant.",
                message(failed), "in the coach's language");
        assertEquals(1, Jsoup.parse(failed.body()).select("header#header").size(), "a page of the site, decorated");
        assertEquals(200, coach.get(OF_CDP).statusCode());
    }
}
