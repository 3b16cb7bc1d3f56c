package org.coplaunchpad.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.coplaunchpad.standalone.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.TestHosts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "done when": the demo child page, as alice, chloe and visitor see it through curl. */
class DemoPageIT {
    @TempDir
    static Path data;
    static StandaloneHost host;

    @BeforeAll
    static void start() {
        host = TestHosts.start(data);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static Document childPageAs(String user) {
        HttpResponse<String> response = new Browserless(host.baseUri()).basic(user, user)
                .get(Browserless.display(DemoData.SPACE_KEY, DemoData.CHILD_PAGE));
        assertEquals(200, response.statusCode());
        return Jsoup.parse(response.body());
    }

    @Test
    void alice_sees_the_four_benefit_panels_in_french() {
        Document page = childPageAs("alice");

        assertEquals(4, page.select("#main-content section[data-macro=cop-benefits-panel]").size());
        assertEquals(List.of("institution-potentials", "institution-benefits", "participant-attitudes",
                "participant-benefits"), page.select(".cop-benefits__card").eachAttr("data-category"));
        assertEquals("Potentiels pour l'institution", page.select(".cop-benefits__heading").first().text());
        assertEquals("fr", page.select("section.cop-benefits").first().attr("lang"));
    }

    @Test
    void the_rich_text_body_of_a_panel_is_shown_as_the_coach_note() {
        Document page = childPageAs("alice");

        assertTrue(page.select(".cop-benefits__note").text().contains("Retours d'expérience"));
    }

    @Test
    void chloe_whose_locale_is_english_sees_the_panels_in_english() {
        Document page = childPageAs("chloe");

        assertEquals("en", page.select("section.cop-benefits").first().attr("lang"));
        assertNotEquals("Potentiels pour l'institution", page.select(".cop-benefits__heading").first().text());
    }

    @Test
    void every_page_carries_the_xsrf_token_in_a_meta_tag() {
        Document page = childPageAs("alice");

        assertTrue(page.select("meta[name=atlassian-token]").attr("content").length() >= 20);
    }

    @Test
    void the_panels_web_resource_is_linked_from_the_page_and_served_from_the_bundle() {
        Document page = childPageAs("alice");
        String css = page.select("link[href*=benefits-panel-resources]").attr("href");

        assertEquals("/confluence/download/resources/org.coplaunchpad.cop-launchpad:benefits-panel-resources/benefits-panel.css",
                css);
        HttpResponse<String> served = new Browserless(host.baseUri()).get(css.substring("/confluence".length()));
        assertEquals(200, served.statusCode());
        assertTrue(served.body().contains(".cop-benefits"));
    }

    @Test
    void the_page_tree_shows_the_parent_and_its_child() {
        Document page = childPageAs("alice");

        assertEquals(List.of(DemoData.PARENT_PAGE, DemoData.CHILD_PAGE, DemoData.TEAM_PAGE),
                page.select("#page-tree a").eachText());
        assertEquals(DemoData.CHILD_PAGE, page.select("#page-tree a[aria-current=page]").text());
    }

    @Test
    void visitor_is_refused() {
        HttpResponse<String> response = new Browserless(host.baseUri()).basic("visitor", "visitor")
                .get(Browserless.display(DemoData.SPACE_KEY, DemoData.CHILD_PAGE));

        assertEquals(403, response.statusCode());
        assertFalse(response.body().contains("cop-benefits"));
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_page() {
        HttpResponse<String> response = new Browserless(host.baseUri())
                .get(Browserless.display(DemoData.SPACE_KEY, DemoData.CHILD_PAGE));

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow()
                .contains("/confluence/login.action?os_destination="));
    }
}
