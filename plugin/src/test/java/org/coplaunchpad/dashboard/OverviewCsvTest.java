package org.coplaunchpad.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.NewAction;
import org.coplaunchpad.answers.NewDecision;
import org.coplaunchpad.answers.PageChecklist;
import org.coplaunchpad.answers.RecordedDecision;
import org.coplaunchpad.answers.RoundStore;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.dashboard.OverviewService.OverviewRequest;
import org.coplaunchpad.dashboard.OverviewViews.OverviewRowView;
import org.coplaunchpad.dashboard.OverviewViews.OverviewView;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.CountingActiveObjects;
import org.coplaunchpad.testing.CountingSql;
import org.coplaunchpad.testing.MacroHarness;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The institution overview of 2,000 spaces with answers (and one checklist registered without any): its pages and
 * its CSV read a fixed number of queries whatever the number of spaces (counted, not timed), show each checklist's
 * open round, decision in force and actions, and filter by decision before paging. S0001 decided "not yet" on round
 * 1 (now in round 2) with one overdue action and one due later; S0002 launched; S0003 also has "onboarding",
 * registered, never answered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewCsvTest {
    private static final int SPACES = 2_000;
    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    private StoreDatabase database;
    private CountingActiveObjects ao;
    private CountingSql sql;
    private Stores stores;
    private OverviewService service;
    private RecordedDecision notYet;
    private final MacroHarness harness = new MacroHarness().viewerLocale(Locale.ENGLISH);

    @BeforeAll
    void twoThousandSpacesWithAnswers() throws Exception {
        database = StoreDatabase.open(TestDatabases.Kind.H2);
        ao = new CountingActiveObjects(database.activeObjects());
        sql = new CountingSql(database.sql());
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(NOW);
        stores = new Stores(ao.activeObjects(), sql, clock);
        ConfluenceFixture confluence = new ConfluenceFixture();
        service = new OverviewService(stores.summaryStore, clock,
                confluence.spaceManager);
        String insert = "INSERT INTO " + database.ao().tablePrefix() + "ITEM_ANSWER (ANSWER_KEY, SPACE_KEY, CHECKLIST, ITEM_KEY,"
                + " RESPONDENT, ANSWER, REVISION, PAGE_ID, ANSWERED_BY, ANSWERED_AT) VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?, ?)";
        try (Connection connection = database.ao().connection(); PreparedStatement rows = connection.prepareStatement(insert)) {
            int n = 0;
            for (int space = 0; space < SPACES; space++) {
                for (String member : List.of("alice", "bruno", "chloe")) {
                    for (String item : List.of("coach", "groupware")) {
                        rows.setString(1, String.format("%064d", n++));
                        rows.setString(2, spaceKey(space));
                        rows.setString(3, "readiness");
                        rows.setString(4, item);
                        rows.setString(5, member);
                        rows.setString(6, item.equals("coach") || member.equals("alice") ? "yes" : "no");
                        rows.setString(7, member);
                        rows.setTimestamp(8, Timestamp.from(Instant.parse("2026-11-20T09:00:00Z").plusSeconds(space)));
                        rows.addBatch();
                    }
                }
            }
            rows.executeBatch();
        }
        stores.settings.saveThresholds(spaceKey(7), new LaunchThresholds(20, 0), "coach");
        // S0001: round 1 closed, "not yet" on it; S0002: launched on its open round 1 (no round row closed here).
        stores.rounds.lockForClosing("S0001", "readiness");
        stores.rounds.close("S0001", "readiness", 1, new RoundStore.FrozenRound(3, 0, 0, "not-yet", List.of(),
                LaunchThresholds.DEFAULT, false, false, List.of()), "coach");
        notYet = stores.decisions.record(new NewDecision("S0001", "readiness", 1, "not-yet", "", List.of(), "coach"));
        stores.decisions.record(new NewDecision("S0002", "readiness", 1, "not-yet", "", List.of(), "coach"));
        stores.decisions.record(new NewDecision("S0002", "readiness", 1, "launch", "", List.of(), "coach"));
        action("S0001", LocalDate.parse("2026-11-26"));
        action("S0001", LocalDate.parse("2026-11-27"));
        action("S0001", LocalDate.parse("2026-12-31"));
        stores.registry.register(9003, "S0003", List.of(new PageChecklist("onboarding", "personal", List.of())));
        // Rows written behind the app's back, as an earlier release left them: the upgrade builds their summary.
        stores.summaries.rebuild();
    }

    private void action(String spaceKey, LocalDate due) {
        stores.actions.create(new NewAction(spaceKey, "readiness", (int) notYet.id(), 1, Optional.of("coach"),
                Optional.empty(), "", "alice", due, "coach"));
    }

    @AfterAll
    void close() {
        database.close();
    }

    private static String spaceKey(int space) {
        return String.format("S%04d", space);
    }

    private Texts texts() {
        return harness.viewerTexts.current();
    }

    private OverviewView page(String decision, int page) {
        return service.page(new OverviewRequest(OverviewSort.SPACE, false, decision, ZoneOffset.UTC), page, 25,
                "/confluence", texts());
    }

    /** The CSV as the servlet streams it. */
    private String csv(OverviewRequest request) {
        StringWriter out = new StringWriter();
        service.eachRow(request, "/confluence", texts(), CsvExport.overview(OverviewService.labels(texts()), out));
        return out.toString();
    }

    private List<OverviewRowView> streamed(OverviewRequest request) {
        List<OverviewRowView> rows = new ArrayList<>();
        service.eachRow(request, "/confluence", texts(), rows::add);
        return rows;
    }

    private static OverviewRowView row(OverviewView view, String spaceKey, String checklist) {
        return view.rows().stream().filter(row -> row.spaceKey().equals(spaceKey) && row.checklist().equals(checklist))
                .findFirst().orElseThrow(() -> new AssertionError(spaceKey + "/" + checklist + " not listed"));
    }

    @Test
    void the_csv_of_2000_spaces_is_one_streamed_statement_of_the_summary_and_holds_every_row_in_order() {
        ao.reset();
        sql.reset();

        String csv = csv(OverviewRequest.of(OverviewSort.SPACE, false));

        assertEquals(1, sql.statements(), "JDBC statements: the summary's rows with their overdue actions");
        assertEquals(0, ao.queries(), "nothing else: the summary has it all");
        List<String> lines = csv.substring(1).lines().toList();
        assertEquals(SPACES + 2, lines.size(), "a header, every answered checklist and the unanswered one");
        assertEquals("Space,space name,Checklist,Members who answered,Readiness (%),The app's suggestion,Last answer,"
                + "round,decision,Decision in force,decided at,open actions,overdue actions", lines.get(0));
        assertTrue(lines.get(1).startsWith("S0000,S0000,readiness,3,"), lines.get(1));
        assertTrue(lines.get(1).endsWith(",1,none,none,,0,0"), lines.get(1));
        assertTrue(lines.get(2).startsWith("S0001,S0001,readiness,0,"), "round 2 has no answer yet: " + lines.get(2));
        assertTrue(lines.get(2).endsWith(",2,not-yet,Not yet," + notYet.decidedAt() + ",3,1"), lines.get(2));
        assertTrue(lines.get(4).startsWith("S0003,S0003,onboarding,0,"), lines.get(4));
        assertTrue(lines.get(SPACES + 1).startsWith("S1999,"), lines.get(SPACES + 1));
    }

    @Test
    void a_page_is_two_statements_whatever_page_it_is() {
        for (int page : List.of(1, 40, 81)) {
            ao.reset();
            sql.reset();

            OverviewView view = page("", page);

            assertEquals(page == 81 ? 1 : 25, view.rows().size());
            assertEquals(2, sql.statements(), "the counts, then the page's rows sorted, filtered and cut by the database");
            assertEquals(0, ao.queries(), "nothing else: the summary has it all");
        }
    }

    @Test
    void each_csv_row_says_what_the_overview_page_says_thresholds_decisions_and_actions_included() {
        List<OverviewRowView> streamed = streamed(OverviewRequest.of(OverviewSort.SPACE, false));
        List<OverviewRowView> firstPage = page("", 1).rows();

        assertEquals(firstPage, streamed.subList(0, 25));
        assertTrue(percent(streamed.get(8)) > percent(streamed.get(7)), "S0007's own thresholds count: "
                + streamed.get(8).scoreText() + " / " + streamed.get(7).scoreText());
    }

    @Test
    void the_streamed_rows_are_every_page_s_rows_in_the_same_order_for_each_sort_direction_and_filter() {
        for (OverviewSort sort : OverviewSort.values()) {
            for (boolean descending : List.of(false, true)) {
                for (String decision : List.of("", "none", "not-yet", "abandon")) {
                    OverviewRequest request = new OverviewRequest(sort, descending, decision, ZoneOffset.UTC);
                    List<OverviewRowView> paged = new ArrayList<>();
                    OverviewView first = service.page(request, 1, 500, "/confluence", texts());
                    for (int page = 1; page <= first.pages(); page++) {
                        paged.addAll(service.page(request, page, 500, "/confluence", texts()).rows());
                    }

                    assertEquals(paged, streamed(request), sort + (descending ? " desc " : " asc ") + decision);
                }
            }
        }
    }

    @Test
    void each_row_shows_its_open_round_the_decision_in_force_and_its_open_and_overdue_actions() {
        OverviewView first = page("", 1);

        OverviewRowView none = row(first, "S0000", "readiness");
        assertEquals(List.of(1, "none", "none", "", 0, 0), List.of(none.round(), none.decisionKey(),
                none.decisionText(), none.decidedAtIso(), none.openActions(), none.overdueActions()));
        OverviewRowView notYetRow = row(first, "S0001", "readiness");
        assertEquals(List.of(2, "not-yet", "Not yet", NOW.toString(), 3, 1), List.of(notYetRow.round(),
                notYetRow.decisionKey(), notYetRow.decisionText(), notYetRow.decidedAtIso(), notYetRow.openActions(),
                notYetRow.overdueActions()), "due yesterday is overdue; due today is not yet");
        assertEquals("launch", row(first, "S0002", "readiness").decisionKey(), "the last decision is the one in force");
        assertEquals("The app's suggestion", first.labels().get("decision"));
        assertEquals("Not yet", row(first, "S0000", "readiness").suggestionText(), "two of three say no to groupware");
    }

    @Test
    void a_checklist_registered_without_any_answer_is_listed_with_no_respondent() {
        OverviewRowView onboarding = row(page("", 1), "S0003", "onboarding");

        assertEquals(0, onboarding.respondents());
        assertEquals(1, onboarding.round());
        assertEquals("", onboarding.lastActivityText());
        assertEquals("none", onboarding.decisionKey());
    }

    @Test
    void the_filter_by_decision_applies_before_paging() {
        OverviewView notYetOnly = page("not-yet", 1);
        OverviewView undecided = page("none", 1);
        OverviewView lastUndecided = page("none", 80);

        assertEquals(List.of("S0001"), notYetOnly.rows().stream().map(OverviewRowView::spaceKey).toList(),
                "S0002's first decision is superseded");
        assertEquals(1, notYetOnly.total());
        assertEquals(SPACES - 2 + 1, undecided.total(), "every checklist without a decision, the registered one too");
        assertEquals(80, undecided.pages());
        assertEquals(List.of("S0000", "S0003", "S0003", "S0004"), undecided.rows().subList(0, 4).stream()
                .map(OverviewRowView::spaceKey).toList());
        assertEquals(24, lastUndecided.rows().size());
        assertTrue(undecided.nextUrl().contains("decision=none"), "the pages keep the filter: " + undecided.nextUrl());
        assertTrue(undecided.sortUrls().get("respondents").contains("decision=none"));
        assertTrue(undecided.csvUrl().contains("decision=none"));
        assertEquals(SPACES - 2 + 1 + 1, csv(new OverviewRequest(OverviewSort.SPACE, false, "none", ZoneOffset.UTC))
                .lines().count(), "the CSV keeps the same filter");
    }

    @Test
    void an_action_is_overdue_from_the_day_after_its_due_day_in_the_viewers_time_zone() {
        // 12:00 UTC on 27 November is already 28 November, 02:00, on Kiritimati (UTC+14).
        OverviewView kiritimati = service.page(new OverviewRequest(OverviewSort.SPACE, false, "not-yet",
                ZoneId.of("Pacific/Kiritimati")), 1, 25, "/confluence", texts());

        assertEquals(2, kiritimati.rows().get(0).overdueActions(), "due 26 and 27 November");
        assertTrue(kiritimati.overdueHelp().endsWith("in the time zone Pacific/Kiritimati."), kiritimati.overdueHelp());
        assertTrue(kiritimati.nextUrl().isEmpty() && kiritimati.csvUrl().contains("zone=Pacific%2FKiritimati"),
                "the links keep the zone: " + kiritimati.csvUrl());
    }

    @Test
    void an_unknown_decision_filter_keeps_every_checklist() {
        assertEquals("", OverviewService.decisionFilter("launched"));
        assertEquals("", OverviewService.decisionFilter(null));
        assertEquals("launch-with-conditions", OverviewService.decisionFilter(" launch-with-conditions "));
        assertEquals("none", OverviewService.decisionFilter("none"));
    }

    private static int percent(OverviewRowView row) {
        return Integer.parseInt(row.scoreText().replaceAll("[^0-9]", ""));
    }
}
