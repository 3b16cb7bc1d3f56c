package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.HostPerClass;
import org.coplaunchpad.standalone.testing.RealWorldPage;
import org.coplaunchpad.standalone.testing.Ticking;
import org.coplaunchpad.standalone.testing.Ticking.OpenedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A page as Confluence 9/10 writes it (30 macros: the app's, other vendors', Confluence's containers, in layouts and
 * tables), stored over REST and viewed on the host: every macro in its place, and the checklists inside
 * {@code expand} and {@code panel} work, because the answers endpoint finds them in the stored page.
 */
class RealWorldPageIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TITLE = "Page du monde réel";

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    static String pageId;

    @BeforeAll
    static void storeThePageOverRest() throws Exception {
        ObjectNode page = JSON.createObjectNode().put("type", "page").put("title", TITLE);
        page.putObject("space").put("key", DemoData.SPACE_KEY);
        page.putObject("body").putObject("storage").put("value", RealWorldPage.storage()).put("representation", "storage");
        HttpResponse<String> created = new Browserless(host.baseUri()).basic("alice", "alice")
                .postJson("/rest/api/content", page.toString());
        assertEquals(200, created.statusCode(), created.body());
        pageId = JSON.readTree(created.body()).path("id").asText();
    }

    private static Document viewAs(String user) {
        HttpResponse<String> response = new Browserless(host.baseUri()).basic(user, user)
                .get("/pages/viewpage.action?pageId=" + pageId);
        assertEquals(200, response.statusCode());
        return Jsoup.parse(response.body());
    }

    @Test
    void every_macro_of_the_page_is_rendered_in_its_place() {
        RealWorldPage.assertEachMacroInPlace(viewAs("alice").selectFirst("#main-content"));
    }

    @Test
    void the_checklists_inside_expand_and_panel_carry_what_the_page_script_needs() {
        Document view = viewAs("alice");

        Element inExpand = view.selectFirst(".expand-content > section.cop-checklist[data-checklist=reel-expand]");
        Element inPanel = view.selectFirst(".panelContent > section.cop-checklist[data-checklist=reel-panel]");
        for (Element checklist : new Element[] {inExpand, inPanel}) {
            assertEquals(DemoData.SPACE_KEY, checklist.attr("data-space-key"));
            assertEquals(pageId, checklist.attr("data-page-id"));
            assertEquals("false", checklist.attr("data-read-only"));
            assertFalse(checklist.select(".cop-checklist__options input[type=radio][data-item]").isEmpty());
        }
        assertEquals("personal", inExpand.attr("data-mode"));
        assertEquals("shared", inPanel.attr("data-mode"));
        assertEquals(1, view.select("script[src*=checklist-resources]").size(), "the checklist's script, once");
    }

    @Test
    void a_tick_on_the_checklist_inside_expand_is_recorded_and_shown() throws Exception {
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        OpenedPage page = Ticking.open(alice, DemoData.SPACE_KEY, TITLE);
        String item = firstItem(viewAs("alice"), "reel-expand");

        HttpResponse<String> response = Ticking.tick(alice, page, "reel-expand", item, true);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1, JSON.readTree(response.body()).path("counts").path("yes").asInt(), "a personal checklist counts yes");
        assertTrue(viewAs("alice").selectFirst("[data-checklist=reel-expand] input[data-item=" + item + "]")
                .hasAttr("checked"));
    }

    @Test
    void a_tick_on_the_shared_checklist_inside_panel_is_answered_as_shared() throws Exception {
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        OpenedPage page = Ticking.open(alice, DemoData.SPACE_KEY, TITLE);

        HttpResponse<String> response = Ticking.tick(alice, page, "reel-panel", firstItem(viewAs("alice"), "reel-panel"), true);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = JSON.readTree(response.body());
        assertEquals("Alice Martin", body.path("by").asText(), "the mode came from the macro stored inside the panel");
    }

    @Test
    void a_checklist_the_page_does_not_hold_is_refused() throws Exception {
        Browserless alice = Ticking.member(host.baseUri(), "alice");
        OpenedPage page = Ticking.open(alice, DemoData.SPACE_KEY, TITLE);

        HttpResponse<String> response = Ticking.tick(alice, page, "reel-nowhere", "coach", true);

        assertEquals(400, response.statusCode(), response.body());
        assertEquals("checklist", JSON.readTree(response.body()).path("field").asText());
    }

    private static String firstItem(Document view, String checklist) {
        return view.selectFirst("[data-checklist=" + checklist + "] input[data-item]").attr("data-item");
    }
}
