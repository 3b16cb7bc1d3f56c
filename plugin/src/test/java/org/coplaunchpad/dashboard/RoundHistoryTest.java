package org.coplaunchpad.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import jakarta.servlet.http.HttpServlet;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerKey;
import org.coplaunchpad.answers.GivenAnswer;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.PageChecklist;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.checklist.AnswerTexts;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.MacroHarness;
import org.coplaunchpad.testing.ServletHarness;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Looking back at a checklist's rounds on the dashboard (real store on H2, mocked Confluence): a closed round as it
 * was frozen, its comparison with the round before (better, worse, same, not asked then), the score's trend, and a
 * confidential checklist's rules in every round shown.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundHistoryTest {
    private static final List<String> MEMBERS = List.of("alice", "bruno", "chloe");
    private StoreDatabase database;
    private Stores stores;
    private ConfluenceFixture confluence;
    private HttpServlet dashboard;
    private RoundClosing closing;

    @BeforeAll
    void database() {
        database = StoreDatabase.open(TestDatabases.Kind.H2);
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(Instant.parse("2026-12-02T12:00:00Z"));
        stores = Stores.on(database, clock);
    }

    @AfterAll
    void close() {
        database.close();
    }

    @BeforeEach
    void confluence() {
        database.clear();
        confluence = new ConfluenceFixture();
        MacroHarness harness = new MacroHarness().viewerLocale(Locale.ENGLISH);
        ServletHarness servlets = new ServletHarness(confluence, harness);
        Space cdp = confluence.space("CDP");
        when(cdp.getName()).thenReturn("Communauté de pratique");
        confluence.mayAdminister(confluence.user("coach", "Camille Coach"), cdp);
        XsrfTokenAccessor xsrf = mock(XsrfTokenAccessor.class);
        when(xsrf.getXsrfToken(any(), any(), anyBoolean())).thenReturn("token-123");
        Catalog catalog = new Catalog();
        DashboardService service = new DashboardService(catalog, stores.figures, new Assessor(catalog),
                new AnswerTexts(confluence.memberNames), stores.checklistRegistry(confluence), confluence.accessPolicy,
                new org.coplaunchpad.AppClock(), stores.transactions, confluence.pageManager);
        closing = new RoundClosing(stores.summaries, stores.rounds, stores.figures, stores.settings,
                stores.checklistRegistry(confluence), new Assessor(catalog));
        dashboard = new LaunchDashboardServlet(servlets.guard, service, stores.checklistRegistry(confluence),
                new ThresholdSetting(stores.settings, stores.summaries), harness.templates, xsrf, harness.pageBuilderService, closing, stores.rounds,
                new DecisionRecording(stores.summaries, closing, stores.rounds, stores.decisions),
                new ActionPlanning(stores.actions, stores.decisions, stores.rounds, confluence.accessPolicy, stores.summaries));
    }

    private void answer(String checklist, String item, Answer answer, List<String> members) {
        for (String member : members) {
            stores.answers.record(new GivenAnswer(AnswerKey.personal("CDP", checklist, item, member), answer, member, 42L));
        }
    }

    private void scope(String checklist, boolean confidential, String... sections) {
        stores.registry.register(42, "CDP", List.of(new PageChecklist(checklist, "personal", List.of(sections),
                PageChecklist.DEFAULT_REVEAL, confidential)));
    }

    private Element history(String... parameters) throws Exception {
        confluence.loggedIn("coach");
        Map<String, String> map = new HashMap<>(Map.of("spaceKey", "CDP"));
        for (int i = 0; i < parameters.length; i += 2) {
            map.put(parameters[i], parameters[i + 1]);
        }
        var response = ServletHarness.call(dashboard, "GET", map);
        assertEquals(200, response.getStatus(), response.getContentAsString());
        return Jsoup.parse(response.getContentAsString()).selectFirst("[data-checklist=readiness] .cop-dashboard__round-history");
    }

    private static String change(Element history, String item) {
        Element row = history.selectFirst(".cop-dashboard__comparison tr[data-item=" + item + "]");
        return row == null ? "absent" : row.attr("data-change");
    }

    /**
     * Round 1 asks the fundamental conditions only (no recommendation: no score); round 2 also asks the human
     * resources. Round 3 is open, unanswered.
     */
    private void twoRoundsWithDifferentScopes() {
        scope("readiness", false, "fundamentals");
        answer("readiness", "facilitating-environment", Answer.YES, MEMBERS);
        answer("readiness", "relevant-purpose", Answer.NO, MEMBERS);
        answer("readiness", "satisfactory-integration", Answer.YES, MEMBERS);
        assertEquals(Optional.of(2), closing.close("CDP", "readiness", "coach"));
        scope("readiness", false, "fundamentals", "human-resources");
        answer("readiness", "facilitating-environment", Answer.NO, MEMBERS);
        answer("readiness", "relevant-purpose", Answer.YES, MEMBERS);
        answer("readiness", "satisfactory-integration", Answer.YES, MEMBERS);
        answer("readiness", "coach", Answer.YES, MEMBERS);
        assertEquals(Optional.of(3), closing.close("CDP", "readiness", "coach"));
    }

    @Test
    void a_chosen_closed_round_is_compared_with_the_one_before_item_by_item() throws Exception {
        twoRoundsWithDifferentScopes();

        Element history = history("checklist", "readiness", "view-round", "2");

        assertEquals("true", history.attr("data-closed-viewed"));
        assertEquals("2", history.attr("data-viewed-round"));
        assertEquals("worse", change(history, "facilitating-environment"), "met, then not met");
        assertEquals("better", change(history, "relevant-purpose"), "not met, then met");
        assertEquals("same", change(history, "satisfactory-integration"));
        assertEquals("not-asked-then", change(history, "coach"), "outside round 1's scope");
        assertEquals("not-asked-then", change(history, "facilitator"));
        Element coach = history.selectFirst(".cop-dashboard__comparison tr[data-item=coach]");
        assertEquals("Not asked", coach.child(1).text());
        assertEquals("Not asked then", coach.child(3).text());
        assertEquals("Round 2 compared with round 1 — 1 better · 1 worse · 1 the same · 5 not asked then · 0 no longer asked",
                history.selectFirst(".cop-dashboard__comparison caption").text());
    }

    @Test
    void a_closed_round_shows_its_frozen_counts_and_states_whatever_the_thresholds_and_sections_became() throws Exception {
        twoRoundsWithDifferentScopes();
        stores.settings.saveThresholds("CDP", new LaunchThresholds(90, 100, 5), "coach");
        scope("readiness", false, "legitimacy");

        Element history = history("checklist", "readiness", "view-round", "1");

        Element row = history.selectFirst(".cop-dashboard__frozen-items tr[data-item=facilitating-environment]");
        assertEquals("met", row.attr("data-state"), "judged with round 1's quorum of 3, not today's 5");
        assertEquals("3", row.attr("data-yes"));
        assertEquals("0", row.attr("data-no"));
        assertTrue(row.text().contains("3 yes · 0 partly · 0 no · 0 don't know"), row.text());
        assertEquals(3, history.select(".cop-dashboard__frozen-items tbody tr").size(), "round 1's scope, not today's");
        assertEquals("Round 1 is the first: there is no earlier round to compare it with.",
                history.selectFirst(".cop-dashboard__no-comparison").text());
        assertNull(history.selectFirst(".cop-dashboard__comparison"));
    }

    @Test
    void the_open_round_is_the_default_view_compared_with_the_last_closed_one() throws Exception {
        twoRoundsWithDifferentScopes();

        Element history = history();

        assertEquals("false", history.attr("data-closed-viewed"));
        assertEquals("3", history.attr("data-viewed-round"));
        assertNull(history.selectFirst(".cop-dashboard__frozen-items"), "the open round's figures are the panel's");
        assertEquals("worse", change(history, "coach"), "met in round 2, nobody answered round 3 yet");
        assertEquals("worse", change(history, "facilitating-environment"), "not met, then not assessed");
        assertEquals("same", change(history, "facilitator"), "assessed in neither");
        assertEquals("3", history.selectFirst("select[name=view-round] option[selected]").attr("value"));
        assertEquals(List.of("1", "2", "3"), history.select("select[name=view-round] option").eachAttr("value"));
    }

    @Test
    void a_round_that_is_not_a_closed_one_of_this_checklist_shows_the_open_round() throws Exception {
        twoRoundsWithDifferentScopes();

        assertEquals("false", history("checklist", "readiness", "view-round", "9").attr("data-closed-viewed"));
        assertEquals("false", history("checklist", "readiness", "view-round", "x").attr("data-closed-viewed"));
        assertEquals("false", history("checklist", "other", "view-round", "1").attr("data-closed-viewed"));
    }

    @Test
    void the_trend_lists_every_round_with_a_dash_where_a_round_had_no_score() throws Exception {
        twoRoundsWithDifferentScopes();

        Element history = history();

        List<Element> rows = history.select(".cop-dashboard__trend tbody tr");
        assertEquals(List.of("1", "2", "3"), rows.stream().map(row -> row.attr("data-round")).toList());
        assertEquals("false", rows.get(0).attr("data-has-score"), "fundamental conditions only: no score");
        assertEquals("—", rows.get(0).child(1).text());
        assertEquals("true", rows.get(1).attr("data-has-score"));
        assertEquals("20", rows.get(1).attr("data-score"), "coach met, of the five human resources");
        assertEquals("20 %", rows.get(1).child(1).text());
        assertEquals("true", rows.get(2).attr("data-open"));
        Element chart = history.selectFirst(".cop-dashboard__trend-chart svg");
        assertEquals("img", chart.attr("role"));
        assertTrue(chart.attr("aria-label").contains("Round 1: —"), chart.attr("aria-label"));
        assertTrue(chart.attr("aria-label").contains("Round 2: 20 %"), chart.attr("aria-label"));
    }

    @Test
    void nothing_of_the_history_shows_before_a_round_was_closed() throws Exception {
        scope("readiness", false, "fundamentals");
        answer("readiness", "coach", Answer.YES, MEMBERS);

        assertNull(history());
    }

    @Test
    void a_confidential_round_shows_no_figures_below_three_opinions_and_no_date() throws Exception {
        scope("readiness", true, "fundamentals");
        answer("readiness", "facilitating-environment", Answer.YES, MEMBERS);
        answer("readiness", "relevant-purpose", Answer.NO, List.of("alice", "bruno"));
        closing.close("CDP", "readiness", "coach");

        Element history = history("checklist", "readiness", "view-round", "1");

        Element shown = history.selectFirst(".cop-dashboard__frozen-items tr[data-item=facilitating-environment]");
        assertEquals("true", shown.attr("data-figures"));
        assertEquals("3", shown.attr("data-yes"));
        Element hidden = history.selectFirst(".cop-dashboard__frozen-items tr[data-item=relevant-purpose]");
        assertEquals("false", hidden.attr("data-figures"));
        assertFalse(hidden.hasAttr("data-no"), hidden.outerHtml());
        assertFalse(hidden.text().contains("2 no"), hidden.text());
        assertTrue(hidden.text().contains("fewer than 3 answers"), hidden.text());
        assertFalse(history.text().matches(".*\\b2026\\b.*"), history.text());
        assertFalse(history.text().contains("Dec"), history.text());
        assertNotNull(history.selectFirst(".cop-dashboard__trend"));
    }
}
