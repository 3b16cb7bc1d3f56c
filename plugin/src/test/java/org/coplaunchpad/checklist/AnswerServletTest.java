package org.coplaunchpad.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.user.UserKey;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.answers.AnswerKey;
import org.coplaunchpad.answers.AnswerStore;
import org.coplaunchpad.answers.PageChecklist;
import org.coplaunchpad.answers.RegisteredPage;
import org.coplaunchpad.answers.RegistryStore;
import org.coplaunchpad.answers.RoundStore;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.answers.RecordedAnswer;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.ChecklistToAnswer;
import org.coplaunchpad.answers.GivenAnswer;
import org.coplaunchpad.answers.OverviewSummaries;
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
    private final RoundStore rounds = mock(RoundStore.class);
    private final OverviewSummaries summaries = passingThrough();
    private final AnswerServlet servlet = new AnswerServlet(servlets.guard,
            new AnsweringService(new Catalog(), answerStore, new AppClock(), summaries,
                    confluence.accessPolicy,
                    confluence.spaceManager, confluence.pageManager),
            new AnswerTexts(confluence.memberNames));

    /** The summary's transaction around the mocked store: the change runs, as in the app. */
    @SuppressWarnings("unchecked")
    private static OverviewSummaries passingThrough() {
        OverviewSummaries summaries = mock(OverviewSummaries.class);
        // The summary's own work is the stores' tests'; here the mocked store's answer, figures included, comes back.
        when(summaries.ofAnswer(any(), any())).thenAnswer(call ->
                ((org.coplaunchpad.answers.AnswerStore) call.getArgument(1)).record(call.getArgument(0)));
        return summaries;
    }

    private ConfluenceUser alice;
    private AbstractPage personalPage;
    private AbstractPage sharedPage;
    private final Map<String, String> form = new HashMap<>();

    @BeforeEach
    void aliceCanViewTwoPagesOfCdp() {
        when(rounds.openRound(any(), any())).thenReturn(new RoundStore.OpenRound(1, Optional.empty(), Optional.empty()));
        // The store reads the registry rows and the open round together; here each comes from its own stub.
        when(answerStore.readToAnswer(any(), any())).thenAnswer(call -> new ChecklistToAnswer(
                registryStore.checklist(call.getArgument(0), call.getArgument(1)),
                rounds.openRound(call.getArgument(0), call.getArgument(1))));
        alice = confluence.user("alice", "Alice Arnaud");
        confluence.loggedIn("alice");
        confluence.space("CDP");
        personalPage = confluence.page(42, "CDP", ConfluenceFixture.checklistMacro("readiness", "personal"));
        sharedPage = confluence.page(43, "CDP", ConfluenceFixture.checklistMacro("team", "shared"));
        confluence.mayView(alice, personalPage);
        confluence.mayView(alice, sharedPage);
        form.putAll(Map.of("spaceKey", "CDP", "pageId", "42", "checklist", "readiness", "item", "coach",
                "answer", "yes", "atl_token", "token"));
        // A member's tick comes back with the item's figures; the team's without.
        when(answerStore.record(argThat(given -> given != null && !given.key().isShared()))).thenReturn(new RecordedAnswer(
                true, Answer.YES, Optional.empty(), Optional.of("alice"), Optional.of(Instant.parse("2026-11-27T12:00:00Z")),
                Optional.of(new RecordedAnswer.ItemFigures(new AnswerCounts(2, 0, 1, 0), 3))));
        when(answerStore.record(argThat(given -> given != null && given.key().isShared()))).thenReturn(new RecordedAnswer(
                true, Answer.YES, Optional.empty(), Optional.of("alice"), Optional.of(Instant.parse("2026-11-27T12:00:00Z")),
                Optional.empty()));
    }

    private record Reply(int status, String body) {
    }

    private Reply send(String method) throws Exception {
        MockHttpServletResponse response = ServletHarness.call(servlet, method, form);
        assertEquals("application/json;charset=UTF-8", response.getContentType());
        return new Reply(response.getStatus(), response.getContentAsString());
    }

    private Reply post() throws Exception {
        return send("POST");
    }

    @Test
    void a_personal_answer_is_recorded_for_the_member_and_answers_with_the_items_counts() throws Exception {
        Reply answer = post();

        assertEquals(200, answer.status());
        assertEquals("{\"item\":\"coach\",\"answer\":\"yes\",\"comment\":null,"
                + "\"counts\":{\"yes\":2,\"partly\":0,\"no\":1,\"unknown\":0},\"respondents\":3,"
                + "\"status\":\"2 yes · 0 partly · 1 no · 0 don't know — 3 members answered\"}", answer.body());
        verify(answerStore).record(new GivenAnswer(AnswerKey.personal("CDP", "readiness", "coach", "alice"), Answer.YES, "alice", 42L));
    }

    @Test
    void a_shared_answer_is_the_teams_and_answers_with_who_and_when() throws Exception {
        confluence.mayEdit(alice, sharedPage);
        form.put("pageId", "43");
        form.put("checklist", "team");

        Reply answer = post();

        assertEquals(200, answer.status());
        assertTrue(answer.body().startsWith("{\"item\":\"coach\",\"answer\":\"yes\",\"comment\":null,"
                + "\"by\":\"Alice Arnaud\",\"at\":\"2026-11-27T12:00:00Z\",\"status\":\"Yes — Alice Arnaud, "), answer.body());
        verify(answerStore).record(new GivenAnswer(AnswerKey.shared("CDP", "team", "coach"), Answer.YES, "alice", 43L));
    }

    @Test
    void an_answer_asks_confluence_for_the_member_once_for_all_its_checks() throws Exception {
        // The guard's member check, the page's view permission and the mode's answer permission: one look-up.
        assertEquals(200, post().status());

        verify(confluence.userAccessor, times(1)).getUserByKey(new UserKey("alice"));
    }

    @Test
    void shared_mode_demands_edit_permission_on_the_page() throws Exception {
        form.put("pageId", "43");
        form.put("checklist", "team");

        Reply answer = post();

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

        Reply answer = post();

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("\"field\":\"item\""), answer.body());
    }

    @Test
    void a_page_whose_mode_differs_from_the_first_registered_page_takes_no_answer() throws Exception {
        when(registryStore.checklist("CDP", "readiness")).thenReturn(List.of(
                registered(43, "readiness", "shared"), registered(42, "readiness", "personal")));

        Reply answer = post();

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
        verify(answerStore).record(new GivenAnswer(AnswerKey.personal("CDP", "readiness", "coach", "alice"), Answer.YES, "alice", 42L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH"})
    void other_methods_are_not_allowed(String method) throws Exception {
        Reply answer = send(method);

        assertEquals(405, answer.status());
        verify(answerStore, never()).record(any());
    }

    @Test
    void anonymous_users_are_asked_to_log_in() throws Exception {
        confluence.loggedIn(null);

        Reply answer = post();

        assertEquals(401, answer.status());
        assertTrue(answer.body().contains("Log in"), answer.body());
    }

    @Test
    void a_missing_or_wrong_xsrf_token_is_refused() throws Exception {
        when(servlets.xsrf.validateFormEncodedToken(any())).thenReturn(false);

        Reply answer = post();

        assertEquals(403, answer.status());
        assertTrue(answer.body().contains("\"field\":\"atl_token\""), answer.body());
        verify(answerStore, never()).record(any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"spaceKey", "pageId", "checklist", "item", "answer"})
    void a_missing_field_is_a_400_naming_it(String field) throws Exception {
        form.remove(field);

        Reply answer = post();

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("\"field\":\"" + field + "\""), answer.body());
    }

    @Test
    void malformed_values_are_400s_naming_the_field() throws Exception {
        for (Map.Entry<String, String> bad : Map.of("pageId", "forty-two", "answer", "maybe", "item", "no-such-item",
                "checklist", "<script>").entrySet()) {
            aliceCanViewTwoPagesOfCdp();
            form.put(bad.getKey(), bad.getValue());

            Reply answer = post();

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

        Reply answer = post();

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("\"field\":\"pageId\""), answer.body());
    }

    @Test
    void a_checklist_that_is_not_on_the_page_is_a_400() throws Exception {
        form.put("checklist", "launch-2027");

        Reply answer = post();

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("\"field\":\"checklist\""), answer.body());
    }

    @Test
    void an_item_of_a_section_the_checklist_does_not_show_is_a_400() throws Exception {
        AbstractPage page = confluence.page(45, "CDP", "<ac:structured-macro ac:name=\"cop-readiness-checklist\">"
                + "<ac:parameter ac:name=\"sections\">fundamentals</ac:parameter></ac:structured-macro>");
        confluence.mayView(alice, page);
        form.put("pageId", "45");

        Reply answer = post();

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("\"field\":\"item\""), answer.body());
    }

    private GivenAnswer personal(Answer answer, GivenAnswer.ReasonEdit reason) {
        return new GivenAnswer(AnswerKey.personal("CDP", "readiness", "coach", "alice"), answer, reason, "alice", 42L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "partly", "no", "unknown", "none"})
    void each_answer_of_the_scale_is_recorded_as_sent(String value) throws Exception {
        form.put("answer", value);

        assertEquals(200, post().status());

        verify(answerStore).record(personal(Answer.fromValue(value).orElseThrow(), GivenAnswer.ReasonEdit.KEEP));
    }

    @Test
    void the_tick_of_earlier_releases_still_works_checked_true_is_yes_and_false_is_no() throws Exception {
        form.remove("answer");
        form.put("checked", "true");
        assertEquals(200, post().status());
        form.put("checked", "false");
        assertEquals(200, post().status());
        form.put("checked", "maybe");
        Reply malformed = post();

        verify(answerStore).record(personal(Answer.YES, GivenAnswer.ReasonEdit.KEEP));
        verify(answerStore).record(personal(Answer.NO, GivenAnswer.ReasonEdit.KEEP));
        assertEquals(400, malformed.status());
        assertTrue(malformed.body().contains("\"field\":\"checked\""), malformed.body());
    }

    @Test
    void a_comment_replaces_the_reason_with_line_breaks_as_lf_and_an_empty_one_deletes_it() throws Exception {
        form.put("comment", "  Named,\r\nnot trained.  ");
        assertEquals(200, post().status());
        form.put("comment", "");
        assertEquals(200, post().status());

        verify(answerStore).record(personal(Answer.YES,
                GivenAnswer.ReasonEdit.replaceWith(Optional.of("Named,\nnot trained."))));
        verify(answerStore).record(personal(Answer.YES, GivenAnswer.ReasonEdit.replaceWith(Optional.empty())));
    }

    @Test
    void a_reason_of_501_code_points_is_refused_with_400_and_nothing_is_recorded_while_500_is_kept() throws Exception {
        String longest = "🌞".repeat(500);
        form.put("comment", longest + "!");

        Reply refused = post();

        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("\"field\":\"comment\""), refused.body());
        assertTrue(refused.body().contains("501 characters long; a reason holds at most 500"), refused.body());
        verify(answerStore, never()).record(any());

        form.put("comment", longest);
        assertEquals(200, post().status(), "500 emoji are 500 code points, though 1000 UTF-16 chars");
        verify(answerStore).record(personal(Answer.YES, GivenAnswer.ReasonEdit.replaceWith(Optional.of(longest))));
    }

    @Test
    void a_reason_without_an_answer_is_refused_and_none_with_an_empty_comment_clears_both() throws Exception {
        form.put("answer", "none");
        form.put("comment", "Because.");

        Reply refused = post();

        assertEquals(400, refused.status());
        assertTrue(refused.body().contains("Choose an answer before giving a reason"), refused.body());
        verify(answerStore, never()).record(any());
        form.put("comment", "");
        assertEquals(200, post().status());
        verify(answerStore).record(personal(Answer.NONE, GivenAnswer.ReasonEdit.replaceWith(Optional.empty())));
    }

    @Test
    void after_the_rounds_deadline_an_answer_is_refused_with_the_deadline_in_its_zone_and_nothing_is_recorded()
            throws Exception {
        when(rounds.openRound("CDP", "readiness")).thenReturn(new RoundStore.OpenRound(1,
                Optional.of(Instant.parse("2026-11-30T22:59:59Z")), Optional.of("Europe/Paris")));

        Reply refused = post();

        assertEquals(409, refused.status());
        assertTrue(refused.body().contains("(Europe/Paris)") && refused.body().contains("11:59"), refused.body());
        verify(answerStore, never()).record(any());
    }
}
