package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.data.SpacePermission;
import org.coplaunchpad.standalone.data.User;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.HostPerClass;
import org.coplaunchpad.standalone.testing.MissingTables;
import org.coplaunchpad.standalone.testing.Responses;
import org.coplaunchpad.standalone.testing.Ticking;
import org.coplaunchpad.standalone.testing.Ticking.OpenedPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The app's ticking endpoint as the host serves it: POST /plugins/servlet/cop-launchpad/answers, through the guard
 * (anonymous → 401 JSON, no atl_token → 403, no right to answer → 403), then its own behaviour, and 503 JSON
 * while the app's tables cannot be read.
 */
class AnswersEndpointIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final HostPerClass host = new HostPerClass();
    static Browserless alice;
    static OpenedPage decide;

    @BeforeAll
    static void aliceOpensTheDecidingPage() {
        alice = Ticking.member(host.baseUri(), "alice");
        decide = Ticking.open(alice, DemoData.SPACE_KEY, DemoData.CHILD_PAGE);
        // A reader of CDP: may view its pages (and so answer for herself), not edit them (nor answer for the team).
        host.site().users().create(new User("reader", "Rita Reader", "reader@example.org", Locale.ENGLISH, false), "reader");
        host.site().spaces().grantToUser(DemoData.SPACE_KEY, SpacePermission.VIEW, "reader");
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
        assertEquals(List.of("item", "answer", "comment", "counts", "respondents", "status"), fieldNames(body));
        assertEquals("coach", body.path("item").asText());
        assertEquals("yes", body.path("answer").asText(), "the tick of earlier releases is yes");
        assertEquals(1, body.path("counts").path("yes").asInt());
        assertTrue(body.path("respondents").asInt() >= 1);
    }

    @Test
    void a_shared_tick_answers_who_ticked_and_when() throws Exception {
        OpenedPage team = Ticking.open(alice, DemoData.SPACE_KEY, DemoData.TEAM_PAGE);

        JsonNode body = json(Ticking.tick(alice, team, "equipe", "groupware", true));

        assertEquals(List.of("item", "answer", "comment", "by", "at", "status"), fieldNames(body));
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
    void an_anonymous_post_is_401_json_from_confluences_annotation_check_before_the_app_runs() throws Exception {
        // The servlet is @LicensedOnly: the host, like Confluence 9+, refuses before the app's guard is reached
        // (the guard's own 401 JSON is GuardTest's); the page script asks for JSON and gets it.
        HttpResponse<String> response = new Browserless(host.baseUri())
                .postFormAcceptingJson(Ticking.ANSWERS, decide.form("readiness", "coach", true));

        assertEquals(401, response.statusCode());
        assertEquals(401, json(response).path("status-code").asInt());
        assertEquals("Client must be authenticated to access this resource.", json(response).path("message").asText());
    }

    @Test
    void a_member_who_may_not_answer_for_the_team_is_403_and_may_still_answer_for_herself() throws Exception {
        Browserless reader = Ticking.member(host.baseUri(), "reader");
        OpenedPage team = Ticking.open(reader, DemoData.SPACE_KEY, DemoData.TEAM_PAGE);

        HttpResponse<String> refused = Ticking.tick(reader, team, "equipe", "coach", true);

        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("You may not answer this checklist.", json(refused).path("message").asText());
        OpenedPage own = Ticking.open(reader, DemoData.SPACE_KEY, DemoData.CHILD_PAGE);
        assertEquals(200, Ticking.tick(reader, own, "readiness", "coach", true).statusCode());
    }

    @Test
    void while_the_apps_tables_cannot_be_read_a_tick_is_503_json_with_a_message_and_works_again_after() throws Exception {
        HttpResponse<String> refused;
        try (MissingTables ignored = MissingTables.of(host.database(), MissingTables.APP)) {
            refused = Responses.showingNoInternals(Ticking.tick(alice, decide, "readiness", "facilitator", true));
        }

        assertEquals(503, refused.statusCode());
        assertEquals("Les réponses sont inaccessibles pour le moment : votre réponse n'a pas été enregistrée."
                + " Réessayez dans un instant.", json(refused).path("message").asText(), "in alice's language");
        HttpResponse<String> recorded = Ticking.tick(alice, decide, "readiness", "facilitator", true);
        assertEquals(200, recorded.statusCode(), recorded.body());
        assertEquals("yes", json(recorded).path("answer").asText());
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
