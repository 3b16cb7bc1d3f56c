package org.coplaunchpad.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.user.ConfluenceUser;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.answers.Agreement;
import org.coplaunchpad.answers.AnswerKey;
import org.coplaunchpad.answers.AnswerStore;
import org.coplaunchpad.answers.PageChecklist;
import org.coplaunchpad.answers.RegisteredPage;
import org.coplaunchpad.answers.RegistryStore;
import org.coplaunchpad.answers.RecordedAnswer;
import org.coplaunchpad.answers.Tick;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.MacroHarness;
import org.coplaunchpad.testing.ServletHarness;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletResponse;

/** The ticking endpoint's contract, every error path included. Confluence is mocked; the answer store too. */
class AnswerServletTest {
    private final ConfluenceFixture confluence = new ConfluenceFixture();
    private final MacroHarness harness = new MacroHarness().viewerLocale(Locale.ENGLISH);
    private final ServletHarness servlets = new ServletHarness(confluence, harness);
    private final AnswerStore answerStore = mock(AnswerStore.class);
    private final RegistryStore registryStore = mock(RegistryStore.class);
    private final AnswerServlet servlet = new AnswerServlet(servlets.guard,
            new AnsweringService(new Catalog(), answerStore, registryStore, confluence.accessPolicy,
                    confluence.spaceManager, confluence.pageManager),
            new AnswerTexts(confluence.memberNames));

    private ConfluenceUser alice;
    private AbstractPage personalPage;
    private AbstractPage sharedPage;
    private final Map<String, String> form = new HashMap<>();

    @BeforeEach
    void aliceCanViewTwoPagesOfCdp() {
        alice = confluence.user("alice", "Alice Arnaud");
        confluence.loggedIn("alice");
        confluence.space("CDP");
        personalPage = confluence.page(42, "CDP", ConfluenceFixture.checklistMacro("readiness", "personal"));
        sharedPage = confluence.page(43, "CDP", ConfluenceFixture.checklistMacro("team", "shared"));
        confluence.mayView(alice, personalPage);
        confluence.mayView(alice, sharedPage);
        form.putAll(Map.of("spaceKey", "CDP", "pageId", "42", "checklist", "readiness", "item", "coach",
                "checked", "true", "atl_token", "token"));
        // A member's tick comes back with the item's figures; the team's without.
        when(answerStore.record(argThat(tick -> tick != null && !tick.key().isShared()))).thenReturn(new RecordedAnswer(
                true, true, Optional.of("alice"), Optional.of(Instant.parse("2026-11-27T12:00:00Z")),
                Optional.of(new Agreement(2, 3))));
        when(answerStore.record(argThat(tick -> tick != null && tick.key().isShared()))).thenReturn(new RecordedAnswer(
                true, true, Optional.of("alice"), Optional.of(Instant.parse("2026-11-27T12:00:00Z")), Optional.empty()));
    }

    private record Answer(int status, String body) {
    }

    private Answer send(String method) throws Exception {
        MockHttpServletResponse response = ServletHarness.call(servlet, method, form);
        assertEquals("application/json;charset=UTF-8", response.getContentType());
        return new Answer(response.getStatus(), response.getContentAsString());
    }

    private Answer post() throws Exception {
        return send("POST");
    }

    @Test
    void a_personal_tick_is_recorded_for_the_member_and_answers_with_the_agreement() throws Exception {
        Answer answer = post();

        assertEquals(200, answer.status());
        assertEquals("{\"item\":\"coach\",\"checked\":true,\"agree\":2,\"respondents\":3,\"status\":\"2 of 3 members agree\"}", answer.body());
        verify(answerStore).record(new Tick(AnswerKey.personal("CDP", "readiness", "coach", "alice"), true, "alice", 42L));
    }

    @Test
    void a_shared_tick_is_the_teams_and_answers_with_who_and_when() throws Exception {
        confluence.mayEdit(alice, sharedPage);
        form.put("pageId", "43");
        form.put("checklist", "team");

        Answer answer = post();

        assertEquals(200, answer.status());
        assertTrue(answer.body().startsWith("{\"item\":\"coach\",\"checked\":true,\"by\":\"Alice Arnaud\",\"at\":\"2026-11-27T12:00:00Z\",\"status\":\"Ticked by Alice Arnaud, "), answer.body());
        verify(answerStore).record(new Tick(AnswerKey.shared("CDP", "team", "coach"), true, "alice", 43L));
    }

    @Test
    void shared_mode_demands_edit_permission_on_the_page() throws Exception {
        form.put("pageId", "43");
        form.put("checklist", "team");

        Answer answer = post();

        assertEquals(403, answer.status());
        verify(answerStore, never()).record(any());
    }

    @Test
    void the_mode_comes_from_the_page_not_from_the_request() throws Exception {
        form.put("pageId", "43");
        form.put("checklist", "team");
        form.put("mode", "personal");

        assertEquals(403, post().status());
    }

    private static RegisteredPage registered(long pageId, String checklist, String mode, String... sections) {
        return new RegisteredPage("CDP", pageId, new PageChecklist(checklist, mode, List.of(sections)),
                Instant.parse("2026-12-01T09:00:00Z"));
    }

    @Test
    void the_settings_come_from_the_registry_when_the_page_is_registered() throws Exception {
        // The page was registered as shared (its last saved version); the registry, not the body, decides.
        when(registryStore.checklist("CDP", "readiness")).thenReturn(List.of(registered(42, "readiness", "shared")));

        assertEquals(403, post().status(), "shared mode: alice may only view the page");
        verify(answerStore, never()).record(any());
    }

    @Test
    void an_item_outside_the_registered_sections_is_refused() throws Exception {
        when(registryStore.checklist("CDP", "readiness"))
                .thenReturn(List.of(registered(42, "readiness", "personal", "legitimacy")));

        Answer answer = post();

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("\"field\":\"item\""), answer.body());
    }

    @Test
    void a_page_whose_mode_differs_from_the_first_registered_page_takes_no_answer() throws Exception {
        when(registryStore.checklist("CDP", "readiness")).thenReturn(List.of(
                registered(43, "readiness", "shared"), registered(42, "readiness", "personal")));

        Answer answer = post();

        assertEquals(409, answer.status());
        assertTrue(answer.body().contains("another mode than its first page"), answer.body());
        verify(answerStore, never()).record(any());
    }

    @Test
    void the_first_registered_page_takes_answers_whatever_the_later_pages_say() throws Exception {
        when(registryStore.checklist("CDP", "readiness")).thenReturn(List.of(
                registered(42, "readiness", "personal"), registered(43, "readiness", "shared")));

        assertEquals(200, post().status());
    }

    @Test
    void a_page_without_a_registry_row_is_read_from_its_stored_macro() throws Exception {
        when(registryStore.checklist("CDP", "readiness")).thenReturn(List.of());

        assertEquals(200, post().status());
        verify(answerStore).record(new Tick(AnswerKey.personal("CDP", "readiness", "coach", "alice"), true, "alice", 42L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH"})
    void other_methods_are_not_allowed(String method) throws Exception {
        Answer answer = send(method);

        assertEquals(405, answer.status());
        verify(answerStore, never()).record(any());
    }

    @Test
    void anonymous_users_are_asked_to_log_in() throws Exception {
        confluence.loggedIn(null);

        Answer answer = post();

        assertEquals(401, answer.status());
        assertTrue(answer.body().contains("Log in"), answer.body());
    }

    @Test
    void a_missing_or_wrong_xsrf_token_is_refused() throws Exception {
        when(servlets.xsrf.validateFormEncodedToken(any())).thenReturn(false);

        Answer answer = post();

        assertEquals(403, answer.status());
        assertTrue(answer.body().contains("\"field\":\"atl_token\""), answer.body());
        verify(answerStore, never()).record(any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"spaceKey", "pageId", "checklist", "item", "checked"})
    void a_missing_field_is_a_400_naming_it(String field) throws Exception {
        form.remove(field);

        Answer answer = post();

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("\"field\":\"" + field + "\""), answer.body());
    }

    @Test
    void malformed_values_are_400s_naming_the_field() throws Exception {
        for (Map.Entry<String, String> bad : Map.of("pageId", "forty-two", "checked", "yes", "item", "no-such-item",
                "checklist", "<script>").entrySet()) {
            aliceCanViewTwoPagesOfCdp();
            form.put(bad.getKey(), bad.getValue());

            Answer answer = post();

            assertEquals(400, answer.status(), bad.toString());
            assertTrue(answer.body().contains("\"field\":\"" + bad.getKey() + "\""), answer.body());
            assertTrue(!answer.body().contains("<script>"), "markup is escaped in JSON: " + answer.body());
        }
    }

    @Test
    void an_unknown_space_is_a_404() throws Exception {
        form.put("spaceKey", "NOPE");

        assertEquals(404, post().status());
    }

    @Test
    void an_unknown_page_is_a_404() throws Exception {
        form.put("pageId", "999");

        assertEquals(404, post().status());
    }

    @Test
    void a_page_the_member_cannot_view_is_a_404_that_reveals_nothing() throws Exception {
        AbstractPage secret = confluence.page(44, "CDP", ConfluenceFixture.checklistMacro("readiness", "personal"));

        form.put("pageId", "44");

        assertEquals(404, post().status());
        verify(answerStore, never()).record(any());
        assertTrue(secret.getId() == 44);
    }

    @Test
    void a_page_of_another_space_is_a_400_on_the_page_id() throws Exception {
        confluence.space("OPS");
        form.put("spaceKey", "OPS");

        Answer answer = post();

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("\"field\":\"pageId\""), answer.body());
    }

    @Test
    void a_checklist_that_is_not_on_the_page_is_a_400() throws Exception {
        form.put("checklist", "launch-2027");

        Answer answer = post();

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("\"field\":\"checklist\""), answer.body());
    }

    @Test
    void an_item_of_a_section_the_checklist_does_not_show_is_a_400() throws Exception {
        AbstractPage page = confluence.page(45, "CDP", "<ac:structured-macro ac:name=\"cop-readiness-checklist\">"
                + "<ac:parameter ac:name=\"sections\">fundamentals</ac:parameter></ac:structured-macro>");
        confluence.mayView(alice, page);
        form.put("pageId", "45");

        Answer answer = post();

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("\"field\":\"item\""), answer.body());
    }
}
