package org.coplaunchpad.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
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
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpServletResponse;

/** Who sees which dashboard, and what they see: per role, with the real store on H2 and a mocked Confluence. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardServletsTest {
    private StoreDatabase database;
    private Stores stores;
    private ConfluenceFixture confluence;
    private MacroHarness harness;
    private final XsrfTokenAccessor xsrfAccessor = mock(XsrfTokenAccessor.class);
    private ServletHarness servlets;
    private HttpServlet dashboard;
    private HttpServlet overview;
    private Space cdp;
    private Space ops;
    private ConfluenceUser coach;

    @BeforeAll
    void database() {
        database = StoreDatabase.open(TestDatabases.Kind.H2);
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(Instant.parse("2026-11-27T12:00:00Z"));
        stores = Stores.on(database, clock);
    }

    @AfterAll
    void close() {
        database.close();
    }

    @BeforeEach
    void confluence() {
        database.clear();
        org.mockito.Mockito.reset(xsrfAccessor);
        confluence = new ConfluenceFixture();
        harness = new MacroHarness().viewerLocale(Locale.ENGLISH);
        servlets = new ServletHarness(confluence, harness);
        cdp = confluence.space("CDP");
        when(cdp.getName()).thenReturn("Communauté de pratique");
        ops = confluence.space("OPS");
        when(ops.getName()).thenReturn("Operations");
        coach = confluence.user("coach", "Camille Coach");
        confluence.user("alice", "Alice Arnaud");
        ConfluenceUser admin = confluence.user("admin", "Ada Admin");
        confluence.mayAdminister(coach, cdp);
        confluence.mayAdminister(admin, com.atlassian.confluence.security.PermissionManager.TARGET_APPLICATION);
        confluence.mayView(coach, confluence.page(42, "CDP", ConfluenceFixture.checklistMacro("readiness", "personal")));
        when(xsrfAccessor.getXsrfToken(any(), any(), anyBoolean())).thenReturn("token-123");
        Catalog catalog = new Catalog();
        DashboardService service = new DashboardService(new Catalog(), stores.figures, new Assessor(catalog), new AnswerTexts(confluence.memberNames),
                stores.checklistRegistry(confluence), confluence.accessPolicy, new org.coplaunchpad.AppClock(), stores.transactions,
                confluence.pageManager);
        dashboard = new LaunchDashboardServlet(servlets.guard, service, stores.checklistRegistry(confluence),
                new ThresholdSetting(stores.settings, stores.summaries), harness.templates, xsrfAccessor,
                harness.pageBuilderService, closing(stores, confluence, catalog), stores.rounds,
                new DecisionRecording(stores.summaries, closing(stores, confluence, catalog), stores.rounds,
                        stores.decisions),
                new ActionPlanning(stores.actions, stores.decisions, stores.rounds, confluence.accessPolicy, stores.summaries));
        overview = new OverviewServlet(servlets.guard, new OverviewService(stores.summaryStore, new org.coplaunchpad.AppClock(), confluence.spaceManager), harness.templates,
                harness.pageBuilderService);
        for (String member : List.of("alice", "bruno", "chloe")) {
            stores.answer(new GivenAnswer(AnswerKey.personal("CDP", "readiness", "coach", member), Answer.YES, member, 42L));
        }
        stores.answer(new GivenAnswer(AnswerKey.personal("CDP", "readiness", "groupware", "alice"), Answer.YES, "alice", 42L));
        stores.answer(new GivenAnswer(AnswerKey.personal("OPS", "readiness", "coach", "alice"), Answer.YES, "alice", 7L));
    }

    private record Reply(int status, String body, Map<String, String> headers, String redirect) {
        Document html() {
            return Jsoup.parse(body);
        }
    }

    private Reply call(HttpServlet servlet, String method, String user, Map<String, String> parameters) throws Exception {
        confluence.loggedIn(user);
        MockHttpServletResponse response = ServletHarness.call(servlet, method, parameters);
        Map<String, String> headers = new HashMap<>();
        response.getHeaderNames().forEach(name -> headers.put(name, response.getHeader(name)));
        return new Reply(response.getStatus(), response.getContentAsString(), headers, response.getRedirectedUrl());
    }

    private Reply get(HttpServlet servlet, String user, String... parameters) throws Exception {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            map.put(parameters[i], parameters[i + 1]);
        }
        return call(servlet, "GET", user, map);
    }

    @Test
    void anonymous_visitors_are_sent_to_the_login_page() throws Exception {
        assertEquals("/login.action?os_destination=x", get(dashboard, null, "spaceKey", "CDP").redirect());
        assertEquals("/login.action?os_destination=x", get(overview, null).redirect());
    }

    @Test
    void a_member_who_does_not_administer_the_space_is_refused() throws Exception {
        assertEquals(403, get(dashboard, "alice", "spaceKey", "CDP").status());
    }

    @Test
    void a_space_admin_sees_the_dashboard_of_their_own_space_only() throws Exception {
        Reply own = get(dashboard, "coach", "spaceKey", "CDP");
        Reply other = get(dashboard, "coach", "spaceKey", "OPS");

        assertEquals(200, own.status());
        assertEquals(403, other.status());
        Document html = own.html();
        assertEquals("readiness", html.selectFirst("[data-checklist]").attr("data-checklist"));
        assertEquals("3", html.selectFirst("[data-respondents]").attr("data-respondents"));
        assertEquals("true", html.selectFirst("tr[data-item=coach]").attr("data-met"));
        assertEquals("met", html.selectFirst("tr[data-item=coach]").attr("data-state"), "3 yes of 3");
        assertEquals("too-few", html.selectFirst("tr[data-item=groupware]").attr("data-state"), "1 opinion, quorum 3");
        assertEquals("not-assessed", html.selectFirst("tr[data-item=documentalist]").attr("data-state"));
        assertEquals("facilitating-environment", html.selectFirst("tr[data-item]").attr("data-item"),
                "an unmet fundamental condition blocks the decision: listed first");
        assertEquals("true", html.selectFirst("tr[data-item]").attr("data-blocking"));
        assertEquals("0 of 3 answered every item", html.selectFirst(".cop-dashboard__complete").text(),
                "each answered one or two of the 19 items");
        assertEquals("not-yet", html.selectFirst("[data-decision]").attr("data-decision"));
        assertTrue(html.select("svg[role=img]").size() >= 2);
        assertEquals("/confluence/pages/viewpage.action?pageId=42", html.selectFirst(".cop-dashboard__pages a").attr("href"));
        assertEquals("token-123", html.selectFirst("input[name=atl_token]").val());
    }

    @Test
    void a_confluence_admin_sees_every_space() throws Exception {
        assertEquals(200, get(dashboard, "admin", "spaceKey", "CDP").status());
        assertEquals(200, get(dashboard, "admin", "spaceKey", "OPS").status());
    }

    @Test
    void an_unknown_or_missing_space_is_reported() throws Exception {
        assertEquals(404, get(dashboard, "admin", "spaceKey", "NOPE").status());
        assertEquals(400, get(dashboard, "admin").status());
    }

    @Test
    void the_csv_download_matches_the_page() throws Exception {
        Reply csv = get(dashboard, "coach", "spaceKey", "CDP", "format", "csv");
        Document page = get(dashboard, "coach", "spaceKey", "CDP").html();

        assertTrue(csv.headers().get("Content-Disposition").startsWith("attachment; filename=\"cop-launchpad-CDP.csv\""));
        assertTrue(csv.headers().get("Content-Type").startsWith("text/csv"));
        assertTrue(csv.body().startsWith("\uFEFF"), "UTF-8 BOM for spreadsheets");
        List<String> lines = csv.body().substring(1).lines().toList();
        assertEquals(page.select("tr[data-item]").size() + 1, lines.size());
        assertTrue(lines.get(0).contains(",mode,item,section,Item,fundamental,yes,partly,no,unknown,respondents,"),
                lines.get(0));
        String coachLine = lines.stream().filter(line -> line.contains(",coach,")).findFirst().orElseThrow();
        assertTrue(coachLine.startsWith("CDP,readiness,personal,coach,Human resources,"), coachLine);
        assertTrue(coachLine.contains(",false,3,0,0,0,3,100,"), coachLine);
    }

    @Test
    void the_reasons_download_lists_each_reason_with_its_item_answer_member_and_date_and_nothing_else() throws Exception {
        confluence.user("bruno", "Bruno Bernard");
        stores.answer(new GivenAnswer(AnswerKey.personal("CDP", "readiness", "coach", "bruno"), Answer.PARTLY,
                GivenAnswer.ReasonEdit.replaceWith(Optional.of("Half time,\nsince \"May\"")), "bruno", 42L));
        stores.answer(new GivenAnswer(AnswerKey.shared("CDP", "equipe", "groupware"), Answer.NO,
                GivenAnswer.ReasonEdit.replaceWith(Optional.of("=HYPERLINK(\"x\")")), "alice", 43L));
        stores.answer(new GivenAnswer(AnswerKey.personal("OPS", "readiness", "coach", "alice"), Answer.NO,
                GivenAnswer.ReasonEdit.replaceWith(Optional.of("another space")), "alice", 7L));

        Reply csv = get(dashboard, "coach", "spaceKey", "CDP", "format", "csv", "part", "reasons");

        assertEquals(200, csv.status());
        assertTrue(csv.headers().get("Content-Disposition").contains("cop-launchpad-CDP-reasons.csv"));
        assertEquals(List.of("checklist,item,item label,answer,answer label,reason,member,date",
                        "equipe,groupware,Groupware is available,no,No,\"'=HYPERLINK(\"\"x\"\")\",The team (answered by Alice Arnaud),"
                                + "2026-11-27T12:00:00Z",
                        "readiness,coach,A coach is appointed,partly,Partly,\"Half time,\nsince \"\"May\"\"\",Bruno Bernard,"
                                + "2026-11-27T12:00:00Z"),
                csv.body().substring(1).lines().toList().stream().reduce(new java.util.ArrayList<String>(), (lines, line) -> {
                    if (!lines.isEmpty() && lines.get(lines.size() - 1).chars().filter(c -> c == '"').count() % 2 == 1) {
                        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + "\n" + line);
                    } else {
                        lines.add(line);
                    }
                    return lines;
                }, (a, b) -> a));
    }

    @Test
    void a_space_admin_changes_the_thresholds_with_a_valid_token() throws Exception {
        Reply saved = call(dashboard, "POST", "coach", Map.of("spaceKey", "CDP", "majority", "30", "readiness", "10"));

        assertEquals("/confluence/plugins/servlet/cop-launchpad/dashboard?spaceKey=CDP&saved=true", saved.redirect());
        assertEquals(new LaunchThresholds(30, 10), stores.settings.thresholds("CDP"));
    }

    @Test
    void thresholds_without_a_valid_token_are_refused() throws Exception {
        when(servlets.xsrf.validateFormEncodedToken(any())).thenReturn(false);

        Reply refused = call(dashboard, "POST", "coach", Map.of("spaceKey", "CDP", "majority", "30", "readiness", "10"));

        assertEquals(403, refused.status());
        assertEquals(LaunchThresholds.DEFAULT, stores.settings.thresholds("CDP"));
    }

    @Test
    void bad_thresholds_are_shown_again_with_an_error_and_nothing_is_lost() throws Exception {
        Reply rejected = call(dashboard, "POST", "coach", Map.of("spaceKey", "CDP", "majority", "150", "readiness", "abc"));

        assertEquals(400, rejected.status());
        Document html = rejected.html();
        assertEquals("150", html.selectFirst("input[name=majority]").val());
        assertEquals("abc", html.selectFirst("input[name=readiness]").val());
        assertFalse(html.select("form .aui-message-error").isEmpty());
        assertEquals(LaunchThresholds.DEFAULT, stores.settings.thresholds("CDP"));
    }

    @Test
    void members_cannot_change_thresholds() throws Exception {
        assertEquals(403, call(dashboard, "POST", "alice", Map.of("spaceKey", "CDP", "majority", "1", "readiness", "1")).status());
        assertEquals(LaunchThresholds.DEFAULT, stores.settings.thresholds("CDP"));
    }

    @Test
    void the_overview_is_for_confluence_administrators_only() throws Exception {
        Reply coach = get(overview, "coach");
        assertEquals(403, coach.status());
        assertNull(coach.redirect(), "refused without being asked for a password");
        assertEquals("Only Confluence administrators see the overview of every community.",
                coach.html().select(".aui-message-error p").last().text());
        Reply admin = get(overview, "admin");

        assertEquals(200, admin.status());
        assertEquals(List.of("CDP", "OPS"), admin.html().select("tr[data-space-key]").stream()
                .map(row -> row.attr("data-space-key")).toList());
    }

    @Test
    void the_overview_demands_websudo() throws Exception {
        when(servlets.webSudo.canExecuteRequest(any())).thenReturn(false);

        Reply answer = get(overview, "admin");

        verify(servlets.webSudo).enforceWebSudoProtection(any(), any());
        assertFalse(answer.body().contains("data-space-key"));
    }

    @Test
    void the_overview_exports_every_row_as_csv() throws Exception {
        Reply csv = get(overview, "admin", "format", "csv");

        List<String> lines = csv.body().substring(1).lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).startsWith("CDP,Communauté de pratique,readiness,3,"), lines.get(1));
        verify(servlets.webSudo, never()).enforceWebSudoProtection(any(), any());
    }

    @Test
    void the_overview_csv_goes_out_as_a_download_never_cached_nor_sniffed_and_starts_with_a_byte_order_mark()
            throws Exception {
        Reply csv = get(overview, "admin", "format", "csv");

        assertEquals(200, csv.status());
        assertEquals("text/csv;charset=UTF-8", csv.headers().get("Content-Type"));
        assertEquals("attachment; filename=\"cop-launchpad-overview.csv\"", csv.headers().get("Content-Disposition"));
        assertEquals("no-store", csv.headers().get("Cache-Control"));
        assertEquals("nosniff", csv.headers().get("X-Content-Type-Options"));
        assertTrue(csv.body().startsWith("\uFEFFSpace,space name,Checklist,"), csv.body());
    }

    @Test
    void the_overview_shows_each_checklists_round_decision_and_actions_in_an_accessible_table() throws Exception {
        stores.register(8L, "OPS", List.of(new PageChecklist("onboarding", "personal", List.of())));
        stores.decide(new org.coplaunchpad.answers.NewDecision("CDP", "readiness", 1, "launch", "",
                List.of(), "coach"));

        Document html = get(overview, "admin").html();

        assertEquals(List.of("CDP/readiness/launch", "OPS/onboarding/none", "OPS/readiness/none"),
                html.select("tr[data-space-key]").stream().map(row -> row.attr("data-space-key") + "/"
                        + row.attr("data-checklist") + "/" + row.attr("data-decision")).toList(),
                "the registered checklist nobody answered is listed too");
        assertEquals("0", html.selectFirst("tr[data-checklist=onboarding] .cop-overview__respondents").text());
        assertEquals("none", html.selectFirst("tr[data-checklist=onboarding] .cop-overview__decision").text());
        assertEquals("Launch", html.selectFirst("tr[data-space-key=CDP] .cop-overview__decision").text());
        assertEquals("2026-11-27T12:00:00Z", html.selectFirst("tr[data-space-key=CDP] time").attr("datetime"));
        assertEquals("1", html.selectFirst("tr[data-space-key=CDP]").attr("data-round"));
        assertEquals("0", html.selectFirst("tr[data-space-key=CDP]").attr("data-overdue"));
        assertEquals(List.of("Space", "Checklist", "Open round", "Members who answered", "Readiness (%)",
                "The app's suggestion", "Decision in force", "Decided on", "Open actions", "Overdue actions",
                "Last answer"), html.select("thead th[scope=col]").eachText());
        assertEquals(3, html.select("tbody th[scope=row]").size(), "each row is headed by its space");
        assertTrue(html.selectFirst("table caption").text().endsWith("(3 checklists)"),
                html.selectFirst("table caption").text());
        assertEquals("Decision in force", html.selectFirst("label[for=cop-overview-decision]").text(),
                "the filter is labelled");
    }

    @Test
    void the_overview_filters_by_decision_keeping_the_sort_and_its_csv_keeps_the_filter() throws Exception {
        stores.decide(new org.coplaunchpad.answers.NewDecision("CDP", "readiness", 1, "not-yet", "",
                List.of(), "coach"));

        Document html = get(overview, "admin", "decision", "none", "sort", "respondents", "dir", "desc").html();
        Reply csv = get(overview, "admin", "decision", "not-yet", "format", "csv");

        assertEquals(List.of("OPS"), html.select("tr[data-space-key]").eachAttr("data-space-key"));
        assertEquals("none", html.selectFirst("#cop-overview-decision option[selected]").val());
        assertEquals("respondents", html.selectFirst(".cop-overview__filter input[name=sort]").val());
        assertEquals("desc", html.selectFirst(".cop-overview__filter input[name=dir]").val());
        assertEquals("UTC", html.selectFirst(".cop-overview__filter input[name=zone]").val(),
                "the page script replaces it with the browser's zone");
        assertTrue(html.selectFirst(".cop-overview__csv").attr("href").contains("decision=none"));
        List<String> lines = csv.body().substring(1).lines().toList();
        assertEquals(2, lines.size(), csv.body());
        assertTrue(lines.get(1).startsWith("CDP,") && lines.get(1).contains(",1,not-yet,Not yet,2026-11-27T12:00:00Z,0,0"),
                lines.get(1));
    }

    @Test
    void a_filter_that_keeps_no_checklist_says_so_and_still_offers_the_filter() throws Exception {
        Document html = get(overview, "admin", "decision", "abandon").html();

        assertTrue(html.select("table").isEmpty());
        assertEquals("No checklist has this decision in force.", html.selectFirst(".cop-overview__filter-empty").text());
        assertEquals("abandon", html.selectFirst("#cop-overview-decision option[selected]").val());
    }

    @Test
    void hostile_space_names_and_checklists_are_escaped() throws Exception {
        when(cdp.getName()).thenReturn("<img src=x onerror=alert(1)>");
        stores.answer(new GivenAnswer(AnswerKey.personal("CDP", "x<y", "coach", "alice"), Answer.YES, "alice", 42L));

        Document html = get(dashboard, "coach", "spaceKey", "CDP").html();

        assertTrue(html.select("img").isEmpty(), html.html());
        assertEquals(Optional.of("x<y"), html.select("[data-checklist]").stream()
                .map(e -> e.attr("data-checklist")).filter(n -> n.startsWith("x")).findFirst());
    }

    private org.jsoup.nodes.Element panel(Document html, String checklist) {
        return html.selectFirst("[data-checklist=" + checklist + "]");
    }

    @Test
    void a_registered_shared_checklist_nobody_answered_is_listed_as_shared() throws Exception {
        stores.register(42, "CDP", List.of(new PageChecklist("team", "shared", List.of())));

        org.jsoup.nodes.Element team = panel(get(dashboard, "coach", "spaceKey", "CDP").html(), "team");

        assertEquals("shared", team.attr("data-mode"));
        assertEquals("not-yet", team.attr("data-decision"));
        assertTrue(team.text().contains("No member has answered this checklist yet."), team.text());
        assertEquals("/confluence/pages/viewpage.action?pageId=42", team.selectFirst(".cop-dashboard__pages a").attr("href"));
    }

    @Test
    void the_mode_comes_from_the_registry_not_from_the_shape_of_the_answers() throws Exception {
        stores.register(42, "CDP", List.of(new PageChecklist("readiness", "shared", List.of())));

        assertEquals("shared", panel(get(dashboard, "coach", "spaceKey", "CDP").html(), "readiness").attr("data-mode"));
    }

    @Test
    void pages_with_different_modes_show_the_conflict_naming_the_page_that_takes_no_answer() throws Exception {
        confluence.mayView(coach, confluence.page(43, "CDP", ConfluenceFixture.checklistMacro("readiness", "shared")));
        stores.register(42, "CDP", List.of(new PageChecklist("readiness", "personal", List.of())));
        stores.register(43, "CDP", List.of(new PageChecklist("readiness", "shared", List.of())));

        org.jsoup.nodes.Element readiness = panel(get(dashboard, "coach", "spaceKey", "CDP").html(), "readiness");

        assertEquals("true", readiness.attr("data-conflict"));
        assertEquals("personal", readiness.attr("data-mode"));
        assertEquals("« Page 43 » gives this checklist another mode (Team answer) than its first page, « Page 42 »"
                + " (Each member answers): it takes no answer until the pages agree.",
                readiness.selectFirst(".cop-dashboard__warning").text());
    }

    @Test
    void pages_the_viewer_cannot_see_are_counted_not_named() throws Exception {
        confluence.page(43, "CDP", ConfluenceFixture.checklistMacro("readiness", "personal"));
        stores.register(42, "CDP", List.of(new PageChecklist("readiness", "personal", List.of())));
        stores.register(43, "CDP", List.of(new PageChecklist("readiness", "personal", List.of())));

        org.jsoup.nodes.Element readiness = panel(get(dashboard, "coach", "spaceKey", "CDP").html(), "readiness");

        assertEquals(List.of("Page 42"), readiness.select(".cop-dashboard__pages a").eachText());
        assertEquals("and 1 page you cannot see", readiness.selectFirst(".cop-dashboard__hidden-pages").text());
        assertFalse(readiness.text().contains("Page 43"));
    }

    @Test
    void the_scope_is_the_union_of_the_pages_sections_and_only_it_is_assessed() throws Exception {
        confluence.mayView(coach, confluence.page(43, "CDP", ConfluenceFixture.checklistMacro("readiness", "personal")));
        stores.register(42, "CDP", List.of(new PageChecklist("readiness", "personal", List.of("fundamentals"))));
        stores.register(43, "CDP", List.of(new PageChecklist("readiness", "personal", List.of("human-resources"))));

        org.jsoup.nodes.Element readiness = panel(get(dashboard, "coach", "spaceKey", "CDP").html(), "readiness");

        assertEquals(List.of("Human and technical resources"),
                readiness.select(".cop-dashboard__recommendations tbody tr td:first-child").eachText(),
                "human resources alone is in scope, as its recommendation");
        assertTrue(readiness.selectFirst(".cop-dashboard__note").text().startsWith("Covers only: "),
                readiness.select(".cop-dashboard__note").text());
        assertTrue(readiness.text().contains("Its pages show different sections"), readiness.text());
        assertTrue(readiness.select("tr[data-item=groupware]").isEmpty(), "technical resources are out of scope");
        assertFalse(readiness.select("tr[data-item=coach]").isEmpty());
    }

    @Test
    void a_refused_move_is_explained_on_both_dashboards() throws Exception {
        confluence.mayView(coach, confluence.page(90, "OPS", ConfluenceFixture.checklistMacro("readiness", "personal")));
        confluence.mayAdminister(coach, ops);
        stores.register(42, "CDP", List.of(new PageChecklist("readiness", "personal", List.of())));
        stores.register(90, "OPS", List.of(new PageChecklist("readiness", "personal", List.of())));
        stores.pageMoves.move("CDP", "OPS", Map.of(42L, List.of(new PageChecklist("readiness", "personal", List.of()))));

        String from = panel(get(dashboard, "coach", "spaceKey", "CDP").html(), "readiness")
                .selectFirst(".cop-dashboard__warning").text();
        String to = panel(get(dashboard, "coach", "spaceKey", "OPS").html(), "readiness")
                .selectFirst(".cop-dashboard__warning").text();

        assertEquals("Its last page, « Page 42 », moved to the space OPS, which already had a checklist of this name:"
                + " its answers stayed here.", from);
        assertEquals("« Page 42 » came from the space CDP with a checklist of this name, which this space already had:"
                + " the answers given there stayed there.", to);
    }

    @Test
    void a_space_admin_re_scans_the_space_through_the_guard() throws Exception {
        confluence.publishedPage(44, cdp, ConfluenceFixture.checklistMacro("launch-2027", "shared"));

        Reply rescanned = call(dashboard, "POST", "coach", Map.of("spaceKey", "CDP", "action", "rescan"));

        assertEquals("/confluence/plugins/servlet/cop-launchpad/dashboard?spaceKey=CDP&rescanned=1", rescanned.redirect());
        assertEquals(List.of(44L), stores.registry.checklist("CDP", "launch-2027").stream()
                .map(org.coplaunchpad.answers.RegisteredPage::pageId).toList());
        Document html = get(dashboard, "coach", "spaceKey", "CDP", "rescanned", "1").html();
        assertEquals("Pages re-scanned: 1 checklist found.", html.selectFirst(".cop-dashboard__rescanned").text());
        assertEquals("shared", panel(html, "launch-2027").attr("data-mode"));
    }

    @Test
    void a_re_scan_needs_a_valid_token_and_a_space_admin() throws Exception {
        confluence.publishedPage(44, cdp, ConfluenceFixture.checklistMacro("launch-2027", "shared"));

        assertEquals(403, call(dashboard, "POST", "alice", Map.of("spaceKey", "CDP", "action", "rescan")).status());
        when(servlets.xsrf.validateFormEncodedToken(any())).thenReturn(false);
        assertEquals(403, call(dashboard, "POST", "coach", Map.of("spaceKey", "CDP", "action", "rescan")).status());
        assertTrue(stores.registry.space("CDP").isEmpty());
    }

    private static RoundClosing closing(Stores stores, ConfluenceFixture confluence, Catalog catalog) {
        return new RoundClosing(stores.summaries, stores.rounds, stores.figures, stores.settings,
                stores.checklistRegistry(confluence), new Assessor(catalog));
    }
}
