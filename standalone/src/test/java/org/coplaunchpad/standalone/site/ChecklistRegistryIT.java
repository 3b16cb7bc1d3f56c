package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.HostPerClass;
import org.coplaunchpad.standalone.testing.Spaces;
import org.coplaunchpad.standalone.testing.Ticking;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The app's checklist registry on the host, kept by the page events the host publishes as Confluence does (issue 12,
 * "Done when"): pages are created, edited, trashed and restored over Confluence's REST API as a script would, and the
 * launch dashboard (its data- attributes) says what the registry knows, before anyone answers.
 */
class ChecklistRegistryIT {
    private static final String SPACE = "REG";
    private static final String DASHBOARD = "/plugins/servlet/cop-launchpad/dashboard?spaceKey=";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();

    private static Browserless script;

    @BeforeAll
    static void aSpaceOfItsOwn() {
        Spaces.create(host.baseUri(), "admin", SPACE, "Registre");
        script = new Browserless(host.baseUri()).basic("admin", "admin");
    }

    private static String checklist(String name, String mode, String sections) {
        return "<p>Nos conditions</p><ac:structured-macro ac:name=\"cop-readiness-checklist\" ac:schema-version=\"1\">"
                + "<ac:parameter ac:name=\"checklist\">" + name + "</ac:parameter>"
                + "<ac:parameter ac:name=\"mode\">" + mode + "</ac:parameter>"
                + (sections.isEmpty() ? "" : "<ac:parameter ac:name=\"sections\">" + sections + "</ac:parameter>")
                + "</ac:structured-macro>";
    }

    private static ObjectNode page(String title, String storage) {
        ObjectNode page = JsonNodeFactory.instance.objectNode();
        page.put("type", "page");
        page.put("title", title);
        page.putObject("space").put("key", SPACE);
        page.putObject("body").putObject("storage").put("value", storage).put("representation", "storage");
        return page;
    }

    /** POST /rest/api/content; returns the new page's JSON. */
    private static JsonNode create(String title, String storage) {
        return json(script.postJson("/rest/api/content", page(title, storage).toString()), 200);
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Document dashboard(String spaceKey) {
        HttpResponse<String> response = Ticking.member(host.baseUri(), "admin").get(DASHBOARD + spaceKey);
        assertEquals(200, response.statusCode(), response.body());
        return Jsoup.parse(response.body());
    }

    private static Element listed(Document dashboard, String checklist) {
        return dashboard.selectFirst(".cop-dashboard__checklist[data-checklist=" + checklist + "]");
    }

    private static Set<String> items(Element checklist) {
        return checklist.select(".cop-dashboard__items tr[data-item]").stream().map(row -> row.attr("data-item"))
                .collect(Collectors.toSet());
    }

    @Test
    void the_demo_checklists_are_listed_with_their_modes_before_anyone_answers() {
        Document dashboard = dashboard(DemoData.SPACE_KEY);

        assertEquals("personal", listed(dashboard, "readiness").attr("data-mode"), "made by the blueprint");
        assertEquals("shared", listed(dashboard, "equipe").attr("data-mode"), "the demo's extra page");
        assertEquals("0", listed(dashboard, "equipe").selectFirst("[data-respondents]").attr("data-respondents"));
    }

    @Test
    void a_checklist_inserted_on_a_page_and_never_answered_is_listed_with_its_mode() {
        create("Jamais répondue", checklist("jamais", "personal", ""));

        Element listed = listed(dashboard(SPACE), "jamais");

        assertNotNull(listed, "listed without a single answer");
        assertEquals("personal", listed.attr("data-mode"));
        assertEquals("false", listed.attr("data-conflict"));
    }

    @Test
    void a_shared_checklist_with_no_answer_shows_as_shared() {
        create("Équipe sans réponse", checklist("partagee", "shared", ""));

        assertEquals("shared", listed(dashboard(SPACE), "partagee").attr("data-mode"));
    }

    @Test
    void trashing_its_last_page_removes_it_from_the_dashboard_and_restoring_brings_it_back() {
        JsonNode page = create("À la corbeille", checklist("corbeille", "shared", ""));
        String id = page.path("id").asText();
        int version = page.path("version").path("number").asInt();

        assertEquals(204, script.delete("/rest/api/content/" + id).statusCode());

        assertNull(listed(dashboard(SPACE), "corbeille"));
        assertEquals(404, script.get("/rest/api/content/" + id).statusCode(), "a trashed page is not found");
        assertEquals("trashed", json(script.get("/rest/api/content/" + id + "?status=trashed"), 200)
                .path("status").asText());

        ObjectNode restore = JsonNodeFactory.instance.objectNode();
        restore.put("type", "page");
        restore.put("status", "current");
        restore.putObject("version").put("number", version + 1);
        JsonNode restored = json(script.putJson("/rest/api/content/" + id, restore.toString()), 200);

        assertEquals("current", restored.path("status").asText());
        assertEquals(version, restored.path("version").path("number").asInt(), "a restore keeps the page's version");
        Element listed = listed(dashboard(SPACE), "corbeille");
        assertNotNull(listed, "back with its page");
        assertEquals("shared", listed.attr("data-mode"));
    }

    @Test
    void a_checklist_stays_listed_while_another_page_carries_it() {
        JsonNode first = create("Première page", checklist("deux-pages", "personal", ""));
        create("Seconde page", checklist("deux-pages", "personal", ""));

        assertEquals(204, script.delete("/rest/api/content/" + first.path("id").asText()).statusCode());

        assertNotNull(listed(dashboard(SPACE), "deux-pages"));
    }

    @Test
    void a_page_edit_that_changes_sections_changes_the_scope() {
        JsonNode page = create("Portée", checklist("portee", "personal", "fundamentals"));
        assertEquals(Set.of("facilitating-environment", "relevant-purpose", "satisfactory-integration"),
                items(listed(dashboard(SPACE), "portee")));

        ObjectNode edit = page("Portée", checklist("portee", "personal", "fundamentals,legitimacy"));
        edit.putObject("version").put("number", page.path("version").path("number").asInt() + 1);
        json(script.putJson("/rest/api/content/" + page.path("id").asText(), edit.toString()), 200);

        assertEquals(Set.of("facilitating-environment", "relevant-purpose", "satisfactory-integration",
                "legitimate-structure"), items(listed(dashboard(SPACE), "portee")));
    }

    @Test
    void two_pages_with_different_modes_for_one_name_show_the_conflict_and_the_second_refuses_answers() {
        create("Mode personnel", checklist("conflit", "personal", ""));
        create("Mode partagé", checklist("conflit", "shared", ""));

        Element listed = listed(dashboard(SPACE), "conflit");
        assertEquals("true", listed.attr("data-conflict"));
        assertEquals("personal", listed.attr("data-mode"), "the first registered page's mode");

        Browserless admin = Ticking.member(host.baseUri(), "admin");
        Ticking.OpenedPage second = Ticking.open(admin, SPACE, "Mode partagé");
        HttpResponse<String> refused = Ticking.tick(admin, second, "conflit", "coach", true);
        assertEquals(409, refused.statusCode(), refused.body());
        Document view = Jsoup.parse(admin.get(Browserless.display(SPACE, "Mode partagé")).body());
        assertNotNull(view.selectFirst(".cop-macro-error"), "an inline error instead of the checklist");
        assertTrue(view.select(".cop-checklist").isEmpty());

        Ticking.OpenedPage first = Ticking.open(admin, SPACE, "Mode personnel");
        assertEquals(200, Ticking.tick(admin, first, "conflit", "coach", true).statusCode(), "the first page answers");
    }

    @Test
    void trash_restore_and_purge_are_refused_as_confluence_refuses_them() {
        JsonNode page = create("Règles de la corbeille", checklist("regles", "personal", ""));
        String id = page.path("id").asText();
        int version = page.path("version").path("number").asInt();
        assertEquals(400, script.delete("/rest/api/content/" + id + "?status=trashed").statusCode(),
                "a current page must go to the trash before it is purged");
        assertEquals(204, script.delete("/rest/api/content/" + id).statusCode());
        assertEquals(404, script.delete("/rest/api/content/" + id).statusCode(), "already in the trash");

        ObjectNode restore = JsonNodeFactory.instance.objectNode();
        restore.put("type", "page");
        restore.put("status", "current");
        restore.putObject("version").put("number", version);
        assertEquals(400, script.putJson("/rest/api/content/" + id, restore.toString()).statusCode(),
                "a restore sends the version + 1");
        create("Règles de la corbeille", "<p>a new page took the title</p>");
        restore.putObject("version").put("number", version + 1);
        assertEquals(409, script.putJson("/rest/api/content/" + id, restore.toString()).statusCode(),
                "the title is taken by a current page");

        assertEquals(204, script.delete("/rest/api/content/" + id + "?status=trashed").statusCode());
        assertEquals(404, script.get("/rest/api/content/" + id + "?status=any").statusCode(), "purged");
    }

    @Test
    void an_editor_may_trash_a_page_and_only_the_space_administrators_restore_or_purge_it() {
        Browserless alice = new Browserless(host.baseUri()).basic("alice", "alice");
        ObjectNode draft = page("Page d'Alice", "<p>à jeter</p>");
        draft.putObject("space").put("key", DemoData.SPACE_KEY);
        JsonNode page = json(alice.postJson("/rest/api/content", draft.toString()), 200);
        String id = page.path("id").asText();
        assertEquals(204, alice.delete("/rest/api/content/" + id).statusCode());

        ObjectNode restore = JsonNodeFactory.instance.objectNode();
        restore.put("type", "page");
        restore.put("status", "current");
        restore.putObject("version").put("number", page.path("version").path("number").asInt() + 1);
        assertEquals(403, alice.putJson("/rest/api/content/" + id, restore.toString()).statusCode());
        assertEquals(403, alice.delete("/rest/api/content/" + id + "?status=trashed").statusCode());
        Browserless coach = new Browserless(host.baseUri()).basic("coach", "coach");
        assertEquals(200, coach.putJson("/rest/api/content/" + id, restore.toString()).statusCode());
        assertEquals(200, alice.get(Browserless.display(DemoData.SPACE_KEY, "Page d'Alice")).statusCode());
    }
}
