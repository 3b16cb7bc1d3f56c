package org.coplaunchpad.standalone.site;

import org.coplaunchpad.standalone.testing.HostPerClass;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import java.net.http.HttpResponse;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The "done when": the demo child page, as alice, chloe and visitor see it through curl. */
class DemoPageIT {
    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

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

        // The blueprint's template gives the first panel (institution-potentials) a body for the coach to complete.
        assertEquals(1, page.select(".cop-benefits__note").size());
        assertEquals("institution-potentials", page.select("section.cop-benefits:has(.cop-benefits__note) .cop-benefits__card").attr("data-category"));
        assertTrue(page.select(".cop-benefits__note").text()
                .contains("Coach : ajoutez ici ce que ces potentiels signifient pour notre organisation."),
                page.select(".cop-benefits__note").text());
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

        assertEquals(List.of(DemoData.HOME_PAGE, DemoData.PARENT_PAGE, DemoData.CHILD_PAGE, DemoData.TEAM_PAGE),
                page.select("#page-tree a").eachText());
        assertEquals(DemoData.CHILD_PAGE, page.select("#page-tree a[aria-current=page]").text());
    }

    /** Each demo page's title and its parent's title (the home page has none). */
    private static java.util.Map<String, String> tree(StandaloneHost host) {
        java.util.Map<String, String> tree = new java.util.LinkedHashMap<>();
        for (org.coplaunchpad.standalone.data.Page page : host.site().pages().inSpace(DemoData.SPACE_KEY)) {
            tree.put(page.title(), page.parentId() == null ? "" : host.site().pages().find(page.parentId())
                    .orElseThrow().title());
        }
        return tree;
    }

    @Test
    void the_demo_tree_is_the_blueprints_made_by_the_coach_in_french() {
        assertEquals(java.util.Map.of(DemoData.HOME_PAGE, "", DemoData.PARENT_PAGE, DemoData.HOME_PAGE,
                DemoData.CHILD_PAGE, DemoData.PARENT_PAGE, DemoData.TEAM_PAGE, DemoData.PARENT_PAGE), tree(host.get()));
        org.coplaunchpad.standalone.data.Page home = host.site().pages().find(DemoData.SPACE_KEY, DemoData.HOME_PAGE)
                .orElseThrow();
        assertEquals(home.id(), host.site().spaces().find(DemoData.SPACE_KEY).orElseThrow().homePageId());

        org.coplaunchpad.standalone.data.Page decide = host.site().pages().find(DemoData.SPACE_KEY, DemoData.CHILD_PAGE)
                .orElseThrow();
        assertEquals("coach", decide.lastModifier());
        assertTrue(decide.body().contains("Répondez pour chaque condition : oui, en partie, non, ou je ne sais pas"),
                "the blueprint's French checklist introduction: " + decide.body());
        assertTrue(decide.body().contains("<ac:parameter ac:name=\"checklist\">readiness</ac:parameter>"), decide.body());
        assertFalse(decide.body().contains("<at:"), "every template instruction is resolved: " + decide.body());
        Document shown = childPageAs("alice");
        assertEquals(1, shown.select("#main-content .cop-checklist[data-checklist=readiness]").size());
        assertTrue(shown.select(".conf-macro-error, .wysiwyg-unknown-macro").isEmpty());
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
