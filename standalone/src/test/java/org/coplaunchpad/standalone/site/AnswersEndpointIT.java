package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.coplaunchpad.standalone.StandaloneHost;
import org.coplaunchpad.standalone.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.TestHosts;
import org.coplaunchpad.standalone.testing.Ticking;
import org.coplaunchpad.standalone.testing.Ticking.OpenedPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's ticking endpoint as the host serves it: POST /plugins/servlet/cop-launchpad/answers. */
class AnswersEndpointIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path data;
    static StandaloneHost host;
    static Browserless alice;
    static OpenedPage decide;

    @BeforeAll
    static void start() {
        host = TestHosts.start(data);
        alice = Ticking.member(host.baseUri(), "alice");
        decide = Ticking.open(alice, DemoData.SPACE_KEY, DemoData.CHILD_PAGE);
    }

    @AfterAll
    static void stop() {
        host.close();
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        return JSON.readTree(response.body());
    }

    @Test
    void a_personal_tick_answers_the_items_new_state_and_counts() throws Exception {
        HttpResponse<String> response = Ticking.tick(alice, decide, "readiness", "coach", true);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode body = json(response);
        assertEquals(List.of("item", "checked", "agree", "respondents", "status"), fieldNames(body));
        assertEquals("coach", body.path("item").asText());
        assertTrue(body.path("checked").asBoolean());
        assertEquals(1, body.path("agree").asInt());
        assertTrue(body.path("respondents").asInt() >= 1);
    }

    @Test
    void a_shared_tick_answers_who_ticked_and_when() throws Exception {
        OpenedPage team = Ticking.open(alice, DemoData.SPACE_KEY, DemoData.TEAM_PAGE);

        JsonNode body = json(Ticking.tick(alice, team, "equipe", "groupware", true));

        assertEquals(List.of("item", "checked", "by", "at", "status"), fieldNames(body));
        assertEquals("Alice Martin", body.path("by").asText());
        assertTrue(java.time.Instant.parse(body.path("at").asText()).isAfter(java.time.Instant.now().minusSeconds(60)));
    }

    @Test
    void get_is_405() throws Exception {
        HttpResponse<String> response = alice.get(Ticking.ANSWERS);

        assertEquals(405, response.statusCode());
        assertEquals("POST", response.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void an_anonymous_post_is_401() {
        HttpResponse<String> response = new Browserless(host.baseUri())
                .postForm(Ticking.ANSWERS, decide.form("readiness", "coach", true));

        assertEquals(401, response.statusCode());
    }

    @Test
    void a_post_without_atl_token_is_403_naming_the_token() throws Exception {
        Map<String, String> form = new java.util.LinkedHashMap<>(decide.form("readiness", "coach", true));
        form.remove("atl_token");

        HttpResponse<String> response = new Browserless(host.baseUri()).basic("alice", "alice")
                .postForm(Ticking.ANSWERS, form);

        assertEquals(403, response.statusCode());
        assertEquals("atl_token", json(response).path("field").asText());
    }

    @Test
    void a_bad_field_is_400_naming_it() throws Exception {
        HttpResponse<String> response = Ticking.tick(alice, decide, "readiness", "no-such-item", true);

        assertEquals(400, response.statusCode());
        assertEquals("item", json(response).path("field").asText());
    }

    @Test
    void an_unknown_page_is_404() throws Exception {
        OpenedPage missing = new OpenedPage(DemoData.SPACE_KEY, 987_654_321L, decide.token());

        HttpResponse<String> response = Ticking.tick(alice, missing, "readiness", "coach", true);

        assertEquals(404, response.statusCode());
        assertEquals("pageId", json(response).path("field").asText());
    }

    @Test
    void visitor_who_cannot_view_the_page_cannot_tick_it() throws Exception {
        Browserless visitor = Ticking.member(host.baseUri(), "visitor");
        String token = Browserless.metaToken(visitor.get("/dashboard.action").body());
        OpenedPage asVisitor = new OpenedPage(DemoData.SPACE_KEY, decide.pageId(), token);

        HttpResponse<String> response = Ticking.tick(visitor, asVisitor, "readiness", "facilitator", true);

        // A page one may not view is reported as missing, so that ids reveal nothing.
        assertEquals(404, response.statusCode());
        assertEquals("pageId", json(response).path("field").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
