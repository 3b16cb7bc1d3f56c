package org.coplaunchpad.standalone.site;

import org.coplaunchpad.standalone.testing.HostPerClass;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.Spaces;
import org.coplaunchpad.standalone.testing.Ticking;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The app's space tools web-item (conditions loaded through the bundle, link rendered with Velocity), its
 * configure.url under "Manage apps", and the SAL services its pages rely on: LoginUriProvider, WebSudoManager and
 * the rdbms executor behind the dashboard's GROUP BY queries.
 */
class SpaceToolsAndAdministrationIT {
    private static final String DASHBOARD = "/plugins/servlet/cop-launchpad/dashboard?spaceKey=" + DemoData.SPACE_KEY;
    private static final String OVERVIEW = "/plugins/servlet/cop-launchpad/overview";

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    private static Document childPageAs(String user) {
        return Jsoup.parse(new Browserless(host.baseUri()).basic(user, user)
                .get(Browserless.display(DemoData.SPACE_KEY, DemoData.CHILD_PAGE)).body());
    }

    @Test
    void the_space_administrator_sees_the_dashboard_in_space_tools_with_the_space_key_in_the_link() {
        List<String> links = childPageAs("coach").select("#space-tools a").eachAttr("href");

        assertEquals(List.of("/confluence" + DASHBOARD), links);
    }

    @Test
    void a_member_who_does_not_administer_the_space_does_not() {
        assertTrue(childPageAs("alice").select("#space-tools a").isEmpty());
    }

    @Test
    void the_dashboard_link_leads_to_the_apps_dashboard_computed_in_sql() {
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        Ticking.tick(alice, Ticking.open(alice, DemoData.SPACE_KEY, DemoData.CHILD_PAGE), "readiness", "coach", true);

        HttpResponse<String> dashboard = new Browserless(host.baseUri()).basic("coach", "coach").get(DASHBOARD);

        assertEquals(200, dashboard.statusCode(), dashboard.body());
        Document page = Jsoup.parse(dashboard.body());
        assertEquals(1, page.select(".cop-dashboard[data-space-key=CDP]").size());
        assertTrue(page.select("section.cop-dashboard__checklist[data-checklist=readiness]").size() == 1, dashboard.body());
    }

    @Test
    void the_apps_pages_are_decorated_like_confluence_pages_with_the_web_resources_they_required() {
        Document page = Jsoup.parse(new Browserless(host.baseUri()).basic("coach", "coach").get(DASHBOARD).body());

        assertEquals(1, page.select("header#header").size(), "the site's header");
        assertTrue(page.select("meta[name=atlassian-token]").attr("content").length() >= 20);
        assertEquals(1, page.select("link[href$=dashboard-resources/dashboard.css]").size());
        assertTrue(page.select("meta[name=decorator]").isEmpty(), "the decorator's own meta is consumed");
        assertEquals(1, page.select("h1").size(), "the app's heading only");
    }

    @Test
    void an_anonymous_visitor_of_an_app_page_is_sent_to_the_login_page_and_back() {
        HttpResponse<String> response = new Browserless(host.baseUri()).get(DASHBOARD);

        assertEquals(302, response.statusCode());
        assertEquals("http://localhost:" + host.port() + "/confluence/login.action?os_destination="
                        + "%2Fplugins%2Fservlet%2Fcop-launchpad%2Fdashboard%3FspaceKey%3DCDP",
                response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void manage_apps_is_for_confluence_administrators_after_websudo_and_links_to_the_apps_configure_url() {
        Browserless admin = Ticking.member(host.baseUri(), "admin");
        assertEquals("/confluence/plugins/servlet/upm",
                Jsoup.parse(admin.get("/dashboard.action").body()).select("#admin-menu-link").attr("href"));

        HttpResponse<String> sudo = admin.get(ManageAppsServlet.PATH);
        assertEquals(302, sudo.statusCode());
        assertEquals("/confluence/authenticate.action?destination=%2Fplugins%2Fservlet%2Fupm",
                sudo.headers().firstValue("Location").orElseThrow());
        authenticate(admin, "/plugins/servlet/upm");

        Document apps = Jsoup.parse(admin.get(ManageAppsServlet.PATH).body());
        assertEquals("/confluence" + OVERVIEW, apps.select("#configure-link").attr("href"));
        assertEquals(200, admin.get(OVERVIEW).statusCode());
    }

    @Test
    void the_apps_admin_page_asks_for_websudo_through_the_hosts_websudo_manager() {
        Browserless admin = Ticking.member(host.baseUri(), "admin");

        HttpResponse<String> response = admin.get(OVERVIEW);

        assertEquals(302, response.statusCode());
        assertEquals("/confluence/authenticate.action?destination=%2Fplugins%2Fservlet%2Fcop-launchpad%2Foverview",
                response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void manage_apps_is_refused_to_other_users() {
        assertEquals(403, Ticking.member(host.baseUri(), "coach").get(ManageAppsServlet.PATH).statusCode());
        assertTrue(Jsoup.parse(Ticking.member(host.baseUri(), "coach").get("/dashboard.action").body())
                .select("#admin-menu-link").isEmpty());
    }

    private static void authenticate(Browserless user, String destination) {
        String token = Browserless.metaToken(user.get("/authenticate.action?destination=" + destination).body());
        HttpResponse<String> confirmed = user.postForm("/authenticate.action",
                Map.of("password", "admin", "destination", destination, "atl_token", token));
        assertEquals(302, confirmed.statusCode());
        assertTrue(confirmed.headers().firstValue("Location").orElseThrow().endsWith(destination));
    }

    /** The permissions form sets exactly what is ticked: saving a user with nothing ticked takes their access away. */
    @Test
    void space_permissions_set_exactly_what_is_ticked_and_name_an_unknown_user() {
        Spaces.create(host.baseUri(), "admin", "PERMS", "Permissions");
        Browserless admin = Ticking.member(host.baseUri(), "admin");
        Browserless bruno = new Browserless(host.baseUri()).basic("bruno", "bruno");
        Spaces.grant(admin, "PERMS", "bruno", "VIEW");
        assertEquals(200, bruno.get("/display/PERMS/Permissions").statusCode());

        Spaces.grant(admin, "PERMS", "bruno");
        assertTrue(bruno.get("/display/PERMS/Permissions").statusCode() >= 400, "bruno no longer sees the space");

        String token = Browserless.metaToken(admin.get(Spaces.PERMISSIONS
                + "?key=PERMS").body());
        HttpResponse<String> unknown = admin.postForm(Spaces.PERMISSIONS,
                Map.of("atl_token", token, "key", "PERMS", "username", "nobody", "permission.VIEW", "on"));
        assertEquals(400, unknown.statusCode());
        assertTrue(Jsoup.parse(unknown.body()).text().contains("nobody"), "the refusal names the user");
    }
}
