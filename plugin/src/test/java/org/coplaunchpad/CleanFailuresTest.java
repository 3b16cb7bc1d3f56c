package org.coplaunchpad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.java.ao.Query;
import org.coplaunchpad.answers.AnswerChangeEntity;
import org.coplaunchpad.answers.AnswerEntity;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.checklist.AnswerServlet;
import org.coplaunchpad.checklist.AnswerTexts;
import org.coplaunchpad.checklist.AnsweringService;
import org.coplaunchpad.checklist.ReadinessChecklistMacro;
import org.coplaunchpad.dashboard.Assessor;
import org.coplaunchpad.dashboard.DashboardService;
import org.coplaunchpad.dashboard.LaunchDashboardServlet;
import org.coplaunchpad.dashboard.OverviewService;
import org.coplaunchpad.dashboard.OverviewServlet;
import org.coplaunchpad.dashboard.RoundClosing;
import org.coplaunchpad.dashboard.ThresholdSetting;
import org.coplaunchpad.dashboard.DecisionRecording;
import org.coplaunchpad.dashboard.ActionPlanning;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.FailingDatabase;
import org.coplaunchpad.testing.MacroHarness;
import org.coplaunchpad.testing.ServletHarness;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * When the database fails: the answering endpoint answers 503 JSON with a message, the dashboard and the overview
 * an error page with a message, the checklist an inline error; no response shows the exception or the SQL; nothing
 * is half-written; and once the database is back the same requests succeed, without a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CleanFailuresTest {
    private static final List<String> NEVER_SHOWN = List.of("SELECT", "AO_55510E", "SQL", "Exception", "refused",
            "127.0.0.1", "at org.");

    private StoreDatabase database;
    private FailingDatabase failing;
    private Stores stores;
    private ConfluenceFixture confluence;
    private MacroHarness harness;
    private AnswerServlet answers;
    private LaunchDashboardServlet dashboard;
    private OverviewServlet overview;
    private ReadinessChecklistMacro macro;
    private AbstractPage page;
    private final Map<String, String> tick = Map.of("spaceKey", "CDP", "pageId", "42", "checklist", "readiness",
            "item", "coach", "checked", "true", "atl_token", "token");

    @BeforeAll
    void database() {
        database = StoreDatabase.open(TestDatabases.Kind.H2);
        failing = FailingDatabase.on(database);
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(Instant.parse("2026-11-27T12:00:00Z"));
        stores = new Stores(failing.activeObjects(), failing.sql(), clock);
    }

    @AfterAll
    void close() {
        database.close();
    }

    @BeforeEach
    void aliceAnswersAndTheCoachAdministersCdp() {
        failing.recover();
        database.clear();
        confluence = new ConfluenceFixture();
        harness = new MacroHarness().viewerLocale(Locale.ENGLISH);
        ServletHarness servlets = new ServletHarness(confluence, harness);
        confluence.space("CDP");
        page = confluence.page(42, "CDP", ConfluenceFixture.checklistMacro("readiness", "personal"));
        confluence.mayView(confluence.user("alice", "Alice Arnaud"), page);
        ConfluenceUser coach = confluence.user("coach", "Camille Coach");
        confluence.mayAdminister(coach, confluence.spaceManager.getSpace("CDP"));
        confluence.mayAdminister(confluence.user("admin", "Ada Admin"), PermissionManager.TARGET_APPLICATION);
        Catalog catalog = new Catalog();
        AnswerTexts answerTexts = new AnswerTexts(confluence.memberNames);
        answers = new AnswerServlet(servlets.guard, new AnsweringService(catalog, stores.answers,
                new AppClock(), stores.summaries, confluence.accessPolicy, confluence.spaceManager, confluence.pageManager), answerTexts);
        DashboardService service = new DashboardService(new Catalog(), stores.figures, new Assessor(catalog),
                answerTexts, stores.checklistRegistry(confluence), confluence.accessPolicy, new org.coplaunchpad.AppClock(), stores.transactions,
                confluence.pageManager);
        XsrfTokenAccessor tokens = mock(XsrfTokenAccessor.class);
        when(tokens.getXsrfToken(any(), any(), anyBoolean())).thenReturn("token");
        dashboard = new LaunchDashboardServlet(servlets.guard, service, stores.checklistRegistry(confluence),
                new ThresholdSetting(stores.settings, stores.summaries), harness.templates, tokens,
                harness.pageBuilderService, closing(stores, confluence, catalog), stores.rounds,
                new DecisionRecording(stores.summaries, closing(stores, confluence, catalog), stores.rounds,
                        stores.decisions),
                new ActionPlanning(stores.actions, stores.decisions, stores.rounds, confluence.accessPolicy, stores.summaries));
        overview = new OverviewServlet(servlets.guard, new OverviewService(stores.summaryStore, new AppClock(), confluence.spaceManager), harness.templates,
                harness.pageBuilderService);
        macro = new ReadinessChecklistMacro(catalog, harness.viewerTexts, harness.templates, stores.answers,
                confluence.accessPolicy, answerTexts, new AppClock(), harness.pageBuilderService);
    }

    private MockHttpServletResponse as(String user, jakarta.servlet.Servlet servlet, String method,
                                       Map<String, String> parameters) throws Exception {
        confluence.loggedIn(user);
        MockHttpServletResponse response = ServletHarness.call(servlet, method, parameters);
        for (String secret : NEVER_SHOWN) {
            assertFalse(response.getContentAsString().contains(secret), secret + " shown: " + response.getContentAsString());
            response.getHeaderNames().forEach(name -> assertFalse(response.getHeader(name).contains(secret), name));
        }
        return response;
    }

    private String checklist() throws Exception {
        confluence.loggedIn("alice");
        ConversionContext context = MacroHarness.context("display", "CDP");
        when(context.getEntity()).thenReturn(page);
        return macro.execute(Map.of(), "", context);
    }

    private int rows() {
        return database.activeObjects().count(AnswerEntity.class, Query.select())
                + database.activeObjects().count(AnswerChangeEntity.class, Query.select());
    }

    @Test
    void the_answering_endpoint_answers_503_json_with_a_message_then_records_once_the_database_is_back() throws Exception {
        failing.stop();

        MockHttpServletResponse refused = as("alice", answers, "POST", tick);

        assertEquals(503, refused.getStatus());
        assertEquals("application/json;charset=UTF-8", refused.getContentType());
        assertEquals("{\"status\":503,\"message\":\"The answers cannot be reached right now: your answer was not saved."
                + " Try again in a moment.\"}", refused.getContentAsString());
        failing.recover();
        assertEquals(0, rows());
        MockHttpServletResponse recorded = as("alice", answers, "POST", tick);
        assertEquals(200, recorded.getStatus(), recorded.getContentAsString());
        assertEquals(2, rows(), "the answer and its history row");
    }

    @Test
    void a_failure_in_the_middle_of_a_tick_leaves_nothing_half_written() throws Exception {
        failing.failAfterWrites(1);

        assertEquals(503, as("alice", answers, "POST", tick).getStatus());

        assertEquals(0, rows(), "the history row written before the failure was rolled back with it");
        assertEquals(200, as("alice", answers, "POST", tick).getStatus());
        assertEquals(2, rows());
    }

    @Test
    void the_dashboard_and_the_overview_answer_an_error_page_with_a_message_then_work_again() throws Exception {
        failing.stop();

        for (MockHttpServletResponse response : List.of(as("coach", dashboard, "GET", Map.of("spaceKey", "CDP")),
                as("coach", dashboard, "GET", Map.of("spaceKey", "CDP", "format", "csv")),
                as("admin", overview, "GET", Map.of()), as("admin", overview, "GET", Map.of("format", "csv")))) {
            assertEquals(503, response.getStatus());
            Document page = Jsoup.parse(response.getContentAsString());
            assertEquals("The answers cannot be read right now. Reload the page in a moment.",
                    page.selectFirst(".aui-message-error p:not(.title)").text());
        }
        failing.recover();
        assertEquals(200, as("coach", dashboard, "GET", Map.of("spaceKey", "CDP")).getStatus());
        assertEquals(200, as("admin", overview, "GET", Map.of()).getStatus());
    }

    @Test
    void thresholds_saved_while_the_database_fails_are_refused_and_saved_when_it_is_back() throws Exception {
        Map<String, String> thresholds = Map.of("spaceKey", "CDP", "majority", "30", "readiness", "10", "atl_token", "t");
        failing.stop();

        assertEquals(503, as("coach", dashboard, "POST", thresholds).getStatus());

        failing.recover();
        assertEquals(LaunchThresholds.DEFAULT, stores.settings.thresholds("CDP"));
        assertEquals(302, as("coach", dashboard, "POST", thresholds).getStatus());
        assertEquals(new LaunchThresholds(30, 10), stores.settings.thresholds("CDP"));
    }

    @Test
    void the_checklist_renders_an_inline_error_instead_of_breaking_the_page_then_renders_again() throws Exception {
        failing.stop();

        Document broken = Jsoup.parseBodyFragment(checklist());

        assertEquals("The answers of this checklist cannot be read right now. Reload the page in a moment.",
                broken.selectFirst(".aui-message-error p:not(.title)").text());
        assertTrue(broken.select("input").isEmpty());
        NEVER_SHOWN.forEach(secret -> assertFalse(broken.html().contains(secret), secret));
        failing.recover();
        assertEquals(19, Jsoup.parseBodyFragment(checklist()).select("input[data-item][value=yes]").size());
    }

    private static RoundClosing closing(Stores stores, ConfluenceFixture confluence, Catalog catalog) {
        return new RoundClosing(stores.summaries, stores.rounds, stores.figures, stores.settings,
                stores.checklistRegistry(confluence), new Assessor(catalog));
    }
}
