package org.coplaunchpad.standalone.site;

import org.coplaunchpad.standalone.testing.HostPerClass;
import org.junit.jupiter.api.extension.RegisterExtension;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The page-management subset of Confluence's REST API, as scripts use it, and how created pages render. */
class RestContentIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    private static Browserless as(String user) {
        return new Browserless(host.baseUri()).basic(user, user);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private static String parentId() {
        return json(as("alice").get("/rest/api/content?spaceKey=CDP&title="
                + java.net.URLEncoder.encode(DemoData.PARENT_PAGE, java.nio.charset.StandardCharsets.UTF_8)))
                .path("results").get(0).path("id").asText();
    }

    private static String newPage(String title, String storage) {
        ObjectNode page = JSON.createObjectNode().put("type", "page").put("title", title);
        page.putObject("space").put("key", "CDP");
        page.putArray("ancestors").addObject().put("id", parentId());
        page.putObject("body").putObject("storage").put("value", storage).put("representation", "storage");
        return page.toString();
    }

    @Test
    void a_page_is_found_by_space_key_and_title() {
        JsonNode found = json(as("alice").get("/rest/api/content?spaceKey=CDP&title=Se%20d%C3%A9cider"));

        assertEquals(1, found.path("size").asInt());
        assertEquals(DemoData.CHILD_PAGE, found.path("results").get(0).path("title").asText());
        assertTrue(found.path("results").get(0).path("id").isTextual());
    }

    /** What makes REST safe without atl_token: a cross-site form cannot send JSON, and anything else is refused. */
    @Test
    void a_write_that_is_not_json_is_refused_and_creates_nothing() {
        HttpResponse<String> refused = as("alice").postForm("/rest/api/content", java.util.Map.of(
                "type", "page", "title", "Par formulaire", "space.key", "CDP"));

        assertEquals(415, refused.statusCode(), refused.body());
        assertEquals(415, json(refused).path("statusCode").asInt());
        assertEquals(0, json(as("alice").get("/rest/api/content?spaceKey=CDP&title=Par%20formulaire")).path("size").asInt());
    }

    @Test
    void a_page_created_over_rest_renders_its_macros() {
        HttpResponse<String> created = as("alice").postJson("/rest/api/content", newPage("Nos bénéfices",
                "<p>Intro</p><ac:structured-macro ac:name=\"cop-benefits-panel\"><ac:parameter ac:name=\"category\">"
                        + "participant-benefits</ac:parameter></ac:structured-macro>"));

        assertEquals(200, created.statusCode(), created.body());
        JsonNode page = json(created);
        assertEquals(1, page.path("version").path("number").asInt());
        JsonNode ancestors = page.path("ancestors");
        assertEquals(List.of(DemoData.HOME_PAGE, DemoData.PARENT_PAGE),
                List.of(ancestors.get(0).path("title").asText(), ancestors.get(1).path("title").asText()),
                "ancestors from the space's home page down to the parent");
        assertEquals(2, ancestors.size());
        assertEquals(parentId(), ancestors.get(ancestors.size() - 1).path("id").asText(), "the last ancestor is the parent");
        Document view = Jsoup.parse(as("bruno").get("/pages/viewpage.action?pageId=" + page.path("id").asText()).body());
        assertEquals(1, view.select(".cop-benefits__card[data-category=participant-benefits]").size());
        assertEquals("Intro", view.select("#main-content > p").first().text());
    }

    @Test
    void the_storage_body_comes_back_with_expand_body_storage() {
        String id = json(as("alice").postJson("/rest/api/content", newPage("Expand me", "<p>Hello</p>"))).path("id").asText();

        JsonNode page = json(as("alice").get("/rest/api/content/" + id + "?expand=body.storage"));

        assertEquals("<p>Hello</p>", page.path("body").path("storage").path("value").asText());
        assertEquals("storage", page.path("body").path("storage").path("representation").asText());
    }

    @Test
    void an_update_must_carry_the_next_version_number() {
        String id = json(as("alice").postJson("/rest/api/content", newPage("Versioned", "<p>v1</p>"))).path("id").asText();
        String update = "{\"type\":\"page\",\"title\":\"Versioned\",\"version\":{\"number\":%d},"
                + "\"body\":{\"storage\":{\"value\":\"<p>v2</p>\",\"representation\":\"storage\"}}}";

        HttpResponse<String> stale = as("bruno").putJson("/rest/api/content/" + id, update.formatted(1));
        HttpResponse<String> next = as("bruno").putJson("/rest/api/content/" + id, update.formatted(2));

        assertEquals(409, stale.statusCode());
        assertEquals(200, next.statusCode(), next.body());
        assertEquals(2, json(next).path("version").path("number").asInt());
        assertEquals("<p>v2</p>", json(next).path("body").path("storage").path("value").asText());
    }

    @Test
    void page_content_is_sanitised_but_macro_output_is_kept() {
        String id = json(as("alice").postJson("/rest/api/content", newPage("Hostile",
                "<p onclick=\"alert(1)\">Hi<script>alert(2)</script><a href=\"javascript:alert(3)\">x</a></p>")))
                .path("id").asText();

        String main = Jsoup.parse(as("alice").get("/pages/viewpage.action?pageId=" + id).body())
                .select("#main-content").html();

        assertTrue(main.contains("Hi"));
        assertTrue(!main.contains("onclick") && !main.contains("<script") && !main.contains("javascript:"), main);
    }

    @Test
    void an_unknown_macro_is_shown_as_an_unknown_macro_box_in_the_viewers_language() {
        String id = json(as("alice").postJson("/rest/api/content", newPage("Unknown macro",
                "<ac:structured-macro ac:name=\"no-such-macro\"/>"))).path("id").asText();

        Document view = Jsoup.parse(as("alice").get("/pages/viewpage.action?pageId=" + id).body());

        assertEquals("Macro inconnue : « no-such-macro »",
                view.select("#main-content .wysiwyg-unknown-macro[data-macro-name=no-such-macro]").text());
        assertEquals("Unknown macro: 'no-such-macro'", Jsoup.parse(as("chloe").get("/pages/viewpage.action?pageId=" + id)
                .body()).select("#main-content .wysiwyg-unknown-macro").text());
    }

    @Test
    void a_visitor_cannot_see_or_create_pages_in_cdp() {
        String childId = json(as("alice").get("/rest/api/content?spaceKey=CDP&title=Se%20d%C3%A9cider"))
                .path("results").get(0).path("id").asText();

        assertEquals(404, as("visitor").get("/rest/api/content/" + childId).statusCode());
        assertEquals(0, json(as("visitor").get("/rest/api/content?spaceKey=CDP&title=Se%20d%C3%A9cider")).path("size").asInt());
        assertEquals(404, as("visitor").postJson("/rest/api/content", newPage("Intrusion", "<p>x</p>")).statusCode());
    }

    @Test
    void anonymous_scripts_must_authenticate_to_write() {
        assertEquals(401, new Browserless(host.baseUri()).postJson("/rest/api/content", newPage("Anon", "<p>x</p>"))
                .statusCode());
    }

    @Test
    void storage_that_is_not_well_formed_is_refused_on_create_and_on_update() {
        HttpResponse<String> created = as("alice").postJson("/rest/api/content",
                newPage("Malformed", "<p>Open <strong>never closed</p>"));

        assertEquals(400, created.statusCode(), created.body());
        String message = json(created).path("message").asText();
        assertTrue(message.contains("not well-formed storage format") && message.contains("line 1"), message);
        assertEquals(0, json(as("alice").get("/rest/api/content?spaceKey=CDP&title=Malformed")).path("size").asInt(),
                "nothing was stored");

        String id = json(as("alice").postJson("/rest/api/content", newPage("Well formed", "<p>v1</p>")))
                .path("id").asText();
        String update = "{\"type\":\"page\",\"title\":\"Well formed\",\"version\":{\"number\":2},"
                + "\"body\":{\"storage\":{\"value\":\"<p>v2 <ac:structured-macro ac:name=\\\"cop-benefits-panel\\\">"
                + "</p>\",\"representation\":\"storage\"}}}";
        HttpResponse<String> updated = as("bruno").putJson("/rest/api/content/" + id, update);

        assertEquals(400, updated.statusCode(), updated.body());
        assertTrue(json(updated).path("message").asText().contains("not well-formed storage format"), updated.body());
        JsonNode kept = json(as("alice").get("/rest/api/content/" + id + "?expand=body.storage"));
        assertEquals(1, kept.path("version").path("number").asInt(), "the page keeps its version");
        assertEquals("<p>v1</p>", kept.path("body").path("storage").path("value").asText());
    }

    @Test
    void a_title_can_exist_only_once_per_space() {
        as("alice").postJson("/rest/api/content", newPage("Twice", "<p>1</p>"));

        assertEquals(400, as("alice").postJson("/rest/api/content", newPage("Twice", "<p>2</p>")).statusCode());
    }
}
