package org.coplaunchpad.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.sal.api.user.UserKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.checklist.AnswerTexts;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.NewAction;
import org.coplaunchpad.answers.NewDecision;
import org.coplaunchpad.answers.PageChecklist;
import org.coplaunchpad.answers.PlannedAction;
import org.coplaunchpad.answers.RoundStore.FrozenItem;
import org.coplaunchpad.answers.RoundStore.FrozenRound;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.CountingActiveObjects;
import org.coplaunchpad.testing.CountingSql;
import org.coplaunchpad.testing.MacroHarness;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The decision macro as anyone who may view the page sees it, with decisions and rounds on a real (H2) database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LaunchDecisionMacroTest {
    private static final Instant DECIDED_AT = Instant.parse("2026-11-27T12:00:00Z");

    private StoreDatabase database;
    private CountingActiveObjects counting;
    private CountingSql sql;
    private Stores stores;
    private ConfluenceFixture confluence;
    private MacroHarness harness;
    private LaunchDecisionMacro macro;
    private AppClock clock;

    @BeforeAll
    void database() {
        database = StoreDatabase.open(TestDatabases.Kind.H2);
        counting = new CountingActiveObjects(database.activeObjects());
        clock = mock(AppClock.class);
        when(clock.now()).thenReturn(DECIDED_AT);
        sql = new CountingSql(database.sql());
        stores = new Stores(counting.activeObjects(), sql, clock);
    }

    @AfterAll
    void close() {
        database.close();
    }

    @BeforeEach
    void camilleDecidesInCdp() {
        database.clear();
        counting.reset();
        sql.reset();
        confluence = new ConfluenceFixture();
        confluence.user("coach", "Camille Coach");
        confluence.user("alice", "Alice Martin");
        confluence.loggedIn("alice");
        harness = new MacroHarness().viewerLocale(Locale.ENGLISH);
        macro = new LaunchDecisionMacro(harness.viewerTexts, harness.templates, stores.figures, stores.registry,
                new AnswerTexts(confluence.memberNames), new PagePlans(new Catalog(), new AnswerTexts(confluence.memberNames),
                        confluence.accessPolicy, clock, confluence.spaceManager),
                harness.pageBuilderService);
        stores.registry.register(42L, "CDP", List.of(new PageChecklist("readiness", "personal", List.of())));
    }

    private Document render(String outputType) throws Exception {
        return Jsoup.parseBodyFragment(macro.execute(Map.of(), "", MacroHarness.context(outputType, "CDP")));
    }

    private Document render() throws Exception {
        return render("display");
    }

    /** Items in scope with these states, each answered by {@code respondents} members. */
    private static List<FrozenItem> items(int respondents, String... states) {
        List<FrozenItem> items = new ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            items.add(new FrozenItem("item-" + i, new AnswerCounts(respondents, 0, 0, 0), states[i], "", i == 0,
                    Answer.NONE));
        }
        return items;
    }

    /** Closes the checklist's open round with these frozen figures; returns its number. */
    private int closeRound(String checklist, int respondents, long numerator, long denominator, String suggestion,
                           boolean confidential, List<FrozenItem> items) {
        int number = stores.rounds.lockForClosing("CDP", checklist).orElseThrow();
        stores.rounds.close("CDP", checklist, number, new FrozenRound(respondents, numerator, denominator, suggestion,
                List.of(), LaunchThresholds.DEFAULT, false, confidential, items), "coach");
        return number;
    }

    private void decide(int round, String decision, String rationale, List<String> conditions, String by) {
        stores.decisions.record(new NewDecision("CDP", "readiness", round, decision, rationale, conditions, by));
    }

    /** Round 1: 4 members answered, 2 of 3 items met, a score of 2/3 (67 %), the app suggested "not yet". */
    private int roundOne() {
        return closeRound("readiness", 4, 2, 3, "not-yet", false, items(4, "met", "not-met", "met"));
    }

    @Test
    void before_any_decision_it_says_so_in_one_line() throws Exception {
        Document html = render();

        Element none = html.selectFirst(".cop-decision.cop-decision--none");
        assertNotNull(none, html.html());
        assertEquals(1, none.select("p").size());
        assertEquals("No launch decision has been recorded yet for the checklist « readiness ».", none.text());
        assertTrue(html.select("[data-decision], .cop-decision__by, .cop-decision__figures").isEmpty());
    }

    @Test
    void a_decision_shows_what_who_when_why_its_conditions_and_its_rounds_frozen_figures() throws Exception {
        int round = roundOne();
        decide(round, "launch-with-conditions", "The sponsor commits a coach.\nWe start in January.",
                List.of("A coach two days a month", "A review after six months"), "coach");

        Document html = render();

        Element decision = html.selectFirst(".cop-decision");
        assertEquals("launch-with-conditions", decision.attr("data-decision"));
        assertEquals("1", decision.attr("data-round"));
        assertEquals("Launch with conditions", decision.selectFirst(".cop-decision__kind").text());
        assertEquals("Camille Coach", decision.selectFirst(".cop-decision__by").text());
        assertTrue(decision.selectFirst(".cop-decision__at").text().contains("2026"), decision.text());
        assertEquals("Decided on round 1", decision.selectFirst(".cop-decision__round").text());
        assertEquals("The sponsor commits a coach.\nWe start in January.",
                decision.selectFirst(".cop-decision__rationale").wholeText(), "the line break is kept, as text");
        assertEquals(List.of("A coach two days a month", "A review after six months"),
                decision.select(".cop-decision__conditions li").eachText());
        Element figures = decision.selectFirst(".cop-decision__figures");
        assertEquals("Figures of round 1, frozen when it closed", figures.selectFirst("h4").text());
        assertEquals("4 members answered", figures.selectFirst(".cop-decision__respondents").text());
        assertEquals("Readiness score: 67 %", figures.selectFirst(".cop-decision__score").text());
        assertEquals("2 of 3 conditions met", figures.selectFirst(".cop-decision__met").text());
        assertEquals("The app suggested: Not yet", figures.selectFirst(".cop-decision__suggestion").text());
        assertEquals("not-yet", figures.attr("data-suggestion"));
        verify(harness.pageBuilderService.assembler().resources()).requireWebResource(LaunchDecisionMacro.WEB_RESOURCE);
    }

    @Test
    void the_latest_decision_supersedes_the_earlier_ones() throws Exception {
        decide(roundOne(), "not-yet", "", List.of(), "coach");
        int second = closeRound("readiness", 5, 1, 1, "ready", false, items(5, "met", "met", "met"));
        decide(second, "launch", "", List.of(), "coach");

        Element decision = render().selectFirst(".cop-decision");

        assertEquals("launch", decision.attr("data-decision"));
        assertEquals("2", decision.attr("data-round"));
        assertEquals("5 members answered", decision.selectFirst(".cop-decision__respondents").text());
        assertEquals("Readiness score: 100 %", decision.selectFirst(".cop-decision__score").text());
        assertNull(decision.selectFirst(".cop-decision__rationale"), "no rationale: no empty heading either");
        assertNull(decision.selectFirst(".cop-decision__conditions"));
    }

    @Test
    void the_figures_are_the_decided_rounds_never_the_open_rounds() throws Exception {
        decide(roundOne(), "not-yet", "", List.of(), "coach");
        closeRound("readiness", 9, 0, 3, "not-yet", false, items(9, "not-met", "not-met", "not-met"));

        Element figures = render().selectFirst(".cop-decision__figures");

        assertEquals("4 members answered", figures.selectFirst(".cop-decision__respondents").text());
        assertEquals("Readiness score: 67 %", figures.selectFirst(".cop-decision__score").text());
    }

    @Test
    void a_round_without_a_score_shows_no_score_line() throws Exception {
        decide(closeRound("readiness", 4, 0, 0, "cannot-decide", false, items(4, "met")), "not-yet", "Too early.",
                List.of(), "coach");

        Element figures = render().selectFirst(".cop-decision__figures");

        assertNull(figures.selectFirst(".cop-decision__score"), figures.html());
        assertEquals("The app suggested: Cannot decide", figures.selectFirst(".cop-decision__suggestion").text());
    }

    @Test
    void a_removed_decider_is_named_a_removed_user() throws Exception {
        decide(roundOne(), "abandon", "No sponsor.", List.of(), "coach");
        stores.memberErasure.forget("coach");

        assertEquals("a removed user", render().selectFirst(".cop-decision__by").text());
    }

    @Test
    void a_decider_confluence_no_longer_knows_is_named_a_removed_user_too() throws Exception {
        decide(roundOne(), "abandon", "No sponsor.", List.of(), "gone");

        assertEquals("a removed user", render().selectFirst(".cop-decision__by").text());
    }

    @ParameterizedTest(name = "confidential {0}")
    @ValueSource(strings = {"then", "now"})
    void a_confidential_round_with_two_respondents_shows_no_figure_at_all(String when) throws Exception {
        int round = closeRound("readiness", 2, 1, 2, "not-yet", when.equals("then"), items(2, "not-met", "met"));
        decide(round, "not-yet", "", List.of(), "coach");
        if (when.equals("now")) {
            stores.registry.register(42L, "CDP", List.of(new PageChecklist("readiness", "personal", List.of(),
                    PageChecklist.DEFAULT_REVEAL, true)));
        }

        Element figures = render().selectFirst(".cop-decision__figures");

        assertEquals("Fewer than 3 members answered this confidential checklist in that round: no figure is shown.",
                figures.selectFirst(".cop-decision__withheld").text());
        assertTrue(figures.select(".cop-decision__respondents, .cop-decision__score, .cop-decision__met").isEmpty(),
                figures.html());
        String lines = figures.selectFirst("ul").text();   // the heading names the round: not a figure
        assertFalse(lines.matches(".*\\b[12]\\b.*"), "no count, no respondents number: " + lines);
        assertFalse(lines.contains("%"), lines);
    }

    @Test
    void a_confidential_round_with_three_respondents_shows_its_figures() throws Exception {
        decide(closeRound("readiness", 3, 1, 2, "not-yet", true, items(3, "met", "not-met")), "not-yet", "", List.of(),
                "coach");

        Element figures = render().selectFirst(".cop-decision__figures");

        assertNull(figures.selectFirst(".cop-decision__withheld"));
        assertEquals("3 members answered", figures.selectFirst(".cop-decision__respondents").text());
        assertEquals("1 of 2 conditions met", figures.selectFirst(".cop-decision__met").text());
    }

    @Test
    void the_rationale_is_shown_as_text_never_as_markup() throws Exception {
        decide(roundOne(), "not-yet", "<script>alert(1)</script><b>bold</b>", List.of(), "coach");

        Document html = render();

        assertTrue(html.select("script, b").isEmpty(), html.html());
        assertEquals("<script>alert(1)</script><b>bold</b>", html.selectFirst(".cop-decision__rationale").text());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"pdf", "word", "email"})
    void exports_are_static_html_with_no_script_form_or_web_resource(String outputType) throws Exception {
        decide(roundOne(), "launch-with-conditions", "Line one\nLine two", List.of("A coach"), "coach");

        String html = macro.execute(Map.of(), "", MacroHarness.context(outputType, "CDP"));
        Document doc = Jsoup.parseBodyFragment(html);

        for (String forbidden : List.of("<script", "<form", "<button", "<input")) {
            assertFalse(html.contains(forbidden), forbidden + " in " + html);
        }
        assertEquals("Camille Coach", doc.selectFirst(".cop-decision--static .cop-decision__by").text());
        assertEquals("white-space: pre-line", doc.selectFirst(".cop-decision__rationale").attr("style"));
        assertEquals("4 members answered", doc.selectFirst(".cop-decision__respondents").text());
        verify(harness.pageBuilderService.assembler().resources(), never()).requireWebResource(anyString());
    }

    @Test
    void the_none_line_is_static_in_exports_too() throws Exception {
        String html = macro.execute(Map.of(), "", MacroHarness.context("pdf", "CDP"));

        assertNotNull(Jsoup.parseBodyFragment(html).selectFirst(".cop-decision--none.cop-decision--static"), html);
        verify(harness.pageBuilderService.assembler().resources(), never()).requireWebResource(anyString());
    }

    @Test
    void it_speaks_french_to_a_french_viewer() throws Exception {
        harness.viewerLocale(Locale.FRANCE);
        assertEquals("Aucune décision de lancement n'a encore été enregistrée pour la liste « readiness ».",
                render().selectFirst(".cop-decision--none").text());
        decide(roundOne(), "launch-with-conditions", "Parce que.", List.of("Un coach"), "coach");

        Element decision = render().selectFirst(".cop-decision");

        assertEquals("fr", decision.attr("lang"));
        assertEquals("Lancer sous conditions", decision.selectFirst(".cop-decision__kind").text());
        assertEquals("Décidé sur le tour 1", decision.selectFirst(".cop-decision__round").text());
        assertEquals("4 membres ont répondu", decision.selectFirst(".cop-decision__respondents").text());
        assertEquals("Score de préparation : 67 %", decision.selectFirst(".cop-decision__score").text());
        assertEquals("2 conditions remplies sur 3", decision.selectFirst(".cop-decision__met").text());
        assertEquals("Suggestion de l'application : Pas encore", decision.selectFirst(".cop-decision__suggestion").text());
        stores.memberErasure.forget("coach");
        assertEquals("un utilisateur supprimé", render().selectFirst(".cop-decision__by").text());
    }

    @Test
    void it_renders_with_two_statements_on_one_connection_and_no_write_and_one_statement_before_any_decision()
            throws Exception {
        sql.reset();
        render();
        int none = sql.statements();
        decide(roundOne(), "launch-with-conditions", "", List.of("A coach"), "coach");
        counting.reset();
        sql.reset();

        render();

        assertEquals(1, none, "no decision: only the latest decision is read");
        assertEquals(2, sql.statements(), "the latest decision with its round's figures and items' states, its plan "
                + "(empty); not the registry: four respondents, whatever the checklist says today, show their figures");
        assertEquals(1, sql.executions(), "one connection");
        assertEquals(0, counting.queries(), "no Active Objects query");
        assertEquals(0, counting.transactions(), "a render writes nothing");
    }

    @Test
    void several_checklists_of_a_space_keep_their_own_decisions() throws Exception {
        decide(roundOne(), "launch", "", List.of(), "coach");

        Document other = Jsoup.parseBodyFragment(macro.execute(Map.of("checklist", "launch-2027"), "",
                MacroHarness.context("display", "CDP")));

        assertNotNull(other.selectFirst(".cop-decision--none"), other.html());
        assertTrue(other.text().contains("launch-2027"), other.text());
    }

    @Test
    void an_invalid_checklist_name_is_an_inline_error_in_the_viewers_language() throws Exception {
        harness.viewerLocale(Locale.FRENCH);

        Document html = Jsoup.parseBodyFragment(macro.execute(Map.of("checklist", "not a name!"), "",
                MacroHarness.context("display", "CDP")));

        Element error = html.selectFirst(".aui-message-error");
        assertNotNull(error, html.html());
        assertEquals("La décision de lancement ne peut pas être affichée", error.selectFirst(".title").text());
        assertTrue(error.text().contains("not a name!"), error.text());
        assertNull(html.selectFirst(".cop-decision"));
    }

    @Test
    void outside_a_space_it_is_an_inline_error() throws Exception {
        Document html = Jsoup.parseBodyFragment(macro.execute(Map.of(), "", MacroHarness.context("display", null)));

        assertEquals("The launch decision belongs to a space's checklist: place this macro on a page of a space.",
                html.selectFirst(".aui-message-error p:not(.title)").text());
    }

    /** The page the macro is on, as Confluence passes it when the page is viewed in this output type. */
    private Document renderOnPage(String outputType) throws Exception {
        ContentEntityObject page = confluence.page(42L, "CDP", "");
        ConversionContext context = MacroHarness.context(outputType, "CDP");
        when(context.getEntity()).thenReturn(page);
        return Jsoup.parseBodyFragment(macro.execute(Map.of(), "", context));
    }

    /** A "not yet" on round 1 with two actions: alice's, due before the decision (overdue), and coach's, due later. */
    private List<PlannedAction> notYetWithTwoActions() {
        decide(roundOne(), "not-yet", "", List.of("A sponsor named"), "coach");
        long decisionId = stores.decisions.latest("CDP", "readiness").orElseThrow().id();
        PlannedAction first = stores.actions.create(new NewAction("CDP",
                "readiness", (int) decisionId, 1, Optional.of("facilitator"), Optional.empty(),
                "Name an animateur", "alice", LocalDate.parse("2026-11-20"), "coach"));
        PlannedAction second = stores.actions.create(new NewAction(
                "CDP", "readiness", (int) decisionId, 1, Optional.empty(),
                Optional.of("A sponsor named"), "", "coach", LocalDate.parse("2027-01-15"), "coach"));
        return List.of(first, second);
    }

    @Test
    void the_plan_of_the_decision_shows_each_actions_subject_owner_due_day_and_status_and_marks_the_overdue_one()
            throws Exception {
        notYetWithTwoActions();

        Element plan = renderOnPage("display").selectFirst(".cop-decision .cop-decision__plan");

        assertNotNull(plan);
        assertEquals("cop-plan-readiness", plan.id(), "the anchor the servlet sends the owner back to");
        assertEquals("Action plan", plan.selectFirst("h4").text());
        List<Element> actions = plan.select("li.cop-decision__action");
        assertEquals(2, actions.size());
        Element alices = actions.get(0);
        assertEquals("Alice Martin", alices.selectFirst(".cop-decision__action-owner").text(),
                "an owner's name is not a personal answer: it is shown");
        assertEquals("Name an animateur", alices.selectFirst(".cop-decision__action-description").text());
        assertTrue(alices.selectFirst("strong").text().toLowerCase(Locale.ROOT).contains("facilitator"),
                "the item's words from the catalog: " + alices.text());
        assertEquals("November 20, 2026", alices.selectFirst(".cop-decision__action-due").text());
        assertEquals("2026-11-20", alices.attr("data-due"));
        assertEquals("open", alices.attr("data-status"));
        assertEquals("Open", alices.selectFirst(".cop-decision__action-status").text());
        assertEquals("true", alices.attr("data-overdue"), "due before today (UTC) and open");
        assertFalse(alices.selectFirst(".cop-decision__overdue").hasAttr("hidden"));
        Element coachs = actions.get(1);
        assertEquals("Condition: A sponsor named", coachs.selectFirst("strong").text());
        assertEquals("Camille Coach", coachs.selectFirst(".cop-decision__action-owner").text());
        assertEquals("false", coachs.attr("data-overdue"));
        assertTrue(coachs.selectFirst(".cop-decision__overdue").hasAttr("hidden"),
                "the mark is there for the script to show in the viewer's zone, hidden until then");
    }

    @Test
    void the_owner_is_offered_mark_done_for_their_own_action_only_and_the_form_names_the_page_to_come_back_to()
            throws Exception {
        notYetWithTwoActions();

        List<Element> actions = renderOnPage("display").select("li.cop-decision__action");

        Element form = actions.get(0).selectFirst("form.cop-decision__action-form");
        assertNotNull(form, "alice owns the first action");
        assertEquals("post", form.attr("method"));
        assertEquals(PagePlans.ACTION_SERVLET, form.attr("data-servlet"));
        assertTrue(form.hasAttr("hidden"), "shown by the script once it set the address and the token");
        assertEquals("done", form.selectFirst("input[name=op]").val());
        assertEquals("CDP", form.selectFirst("input[name=spaceKey]").val());
        assertEquals("42", form.selectFirst("input[name=pageId]").val());
        assertEquals("", form.selectFirst("input[name=atl_token]").val(), "the token is the browser's, never rendered");
        assertEquals("Mark done", form.selectFirst("button").text());
        assertNull(actions.get(1).selectFirst("form"), "coach owns the second: alice may not mark it done");
    }

    @Test
    void a_round_of_two_members_that_was_not_confidential_costs_one_more_query_for_the_registry() throws Exception {
        decide(closeRound("readiness", 2, 1, 2, "not-yet", false, items(2, "met", "not-met")), "not-yet", "",
                List.of(), "coach");
        counting.reset();
        sql.reset();

        render();

        assertEquals(2, sql.statements(), "the decision with its round, its plan (empty)");
        assertEquals(1, counting.queries(), "and the registry: is the checklist confidential today?");
    }

    @Test
    void a_plan_costs_no_query_of_its_own_beyond_its_actions_and_a_render_still_writes_nothing() throws Exception {
        notYetWithTwoActions();
        counting.reset();
        sql.reset();

        renderOnPage("display");

        assertEquals(2, sql.statements(), "the decision with its round, and the decision's actions; the page shows "
                + "no action's history, so none is read");
        assertEquals(0, counting.queries());
        assertEquals(0, counting.transactions());
    }

    @Test
    void a_space_administrator_may_mark_any_action_done_and_reopen_one_that_is_done() throws Exception {
        List<PlannedAction> plan = notYetWithTwoActions();
        stores.actions.markDone("CDP", plan.get(0).id(), "alice");
        Space cdp = confluence.space("CDP");
        confluence.user("bruno", "Bruno Tremblay");
        confluence.mayAdminister(confluence.userAccessor.getUserByKey(new UserKey("bruno")), cdp);
        confluence.loggedIn("bruno");

        List<Element> actions = renderOnPage("display").select("li.cop-decision__action");

        assertEquals("done", actions.get(0).attr("data-status"));
        assertEquals("false", actions.get(0).attr("data-overdue"), "a done action is never overdue");
        assertTrue(actions.get(0).selectFirst(".cop-decision__action-done").text().contains("Alice Martin"),
                actions.get(0).text());
        assertEquals("reopen", actions.get(0).selectFirst("form input[name=op]").val());
        assertEquals("done", actions.get(1).selectFirst("form input[name=op]").val());
    }

    @Test
    void no_form_in_the_preview_for_anonymous_viewers_or_in_exports_and_exports_still_list_the_plan() throws Exception {
        notYetWithTwoActions();

        assertTrue(renderOnPage("preview").select("form").isEmpty(), "the editor's preview offers nothing to click");
        confluence.loggedIn(null);
        assertTrue(renderOnPage("display").select("form").isEmpty(), "anonymous viewers own nothing");
        confluence.loggedIn("alice");
        Document pdf = renderOnPage("pdf");
        assertTrue(pdf.select("form, [data-action-id]").isEmpty(), pdf.html());
        List<Element> actions = pdf.select(".cop-decision--static li.cop-decision__action");
        assertEquals(2, actions.size());
        assertTrue(actions.get(0).text().contains("Alice Martin") && actions.get(0).text().contains("November 20, 2026")
                && actions.get(0).text().contains("(Overdue)"), actions.get(0).text());
    }

    @Test
    void an_action_whose_owner_was_removed_shows_a_removed_user_and_stays_open() throws Exception {
        notYetWithTwoActions();
        stores.memberErasure.forget("alice");

        Element first = renderOnPage("display").selectFirst("li.cop-decision__action");

        assertEquals("a removed user", first.selectFirst(".cop-decision__action-owner").text());
        assertEquals("open", first.attr("data-status"));
    }

    @Test
    void the_actions_of_an_earlier_decision_are_not_the_plan_of_the_latest() throws Exception {
        notYetWithTwoActions();
        decide(closeRound("readiness", 5, 3, 3, "ready", false, items(5, "met", "met", "met")), "launch", "", List.of(),
                "coach");

        Document html = renderOnPage("display");

        assertEquals("launch", html.selectFirst(".cop-decision").attr("data-decision"));
        assertNull(html.selectFirst(".cop-decision__plan"), html.html());
    }
}
