package org.coplaunchpad.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.OverviewSort;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.checklist.AnswerTexts;
import org.coplaunchpad.dashboard.DashboardViews.OverviewRowView;
import org.coplaunchpad.dashboard.DashboardViews.OverviewView;
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

/** The institution overview's CSV of 2,000 spaces: every row, read by one streamed statement (counted, not timed). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewCsvTest {
    private static final int SPACES = 2_000;

    private StoreDatabase database;
    private CountingActiveObjects ao;
    private CountingSql sql;
    private Stores stores;
    private DashboardService service;
    private final MacroHarness harness = new MacroHarness().viewerLocale(Locale.ENGLISH);

    @BeforeAll
    void twoThousandSpacesWithAnswers() throws Exception {
        database = StoreDatabase.open(TestDatabases.Kind.H2);
        ao = new CountingActiveObjects(database.activeObjects());
        sql = new CountingSql(database.sql());
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(Instant.parse("2026-11-27T12:00:00Z"));
        stores = new Stores(ao.activeObjects(), sql, clock);
        ConfluenceFixture confluence = new ConfluenceFixture();
        service = new DashboardService(new Catalog(), stores.figures, stores.settings, new Assessor(new Catalog()), new AnswerTexts(confluence.memberNames),
                stores.checklistRegistry(confluence), confluence.accessPolicy, stores.rounds, stores.decisions, new org.coplaunchpad.AppClock(),
                confluence.spaceManager, confluence.pageManager);
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
    }

    @AfterAll
    void close() {
        database.close();
    }

    private static String spaceKey(int space) {
        return String.format("S%04d", space);
    }

    @Test
    void the_csv_of_2000_spaces_is_one_streamed_statement_and_holds_every_row_in_order() {
        ao.reset();
        sql.reset();

        OverviewView all = service.overviewOfEverySpace(OverviewSort.SPACE, false, "/confluence", harness.viewerTexts.current());
        String csv = new String(CsvExport.overview(all), StandardCharsets.UTF_8);

        assertEquals(1, sql.statements(), "JDBC statements");
        assertEquals(1, ao.queries(), "thresholds come with the figures; the registry is read once, not per space");
        List<String> lines = csv.substring(1).lines().toList();
        assertEquals(SPACES + 1, lines.size());
        assertTrue(lines.get(1).startsWith("S0000,S0000,readiness,3,"), lines.get(1));
        assertTrue(lines.get(SPACES).startsWith("S1999,"), lines.get(SPACES));
    }

    @Test
    void each_csv_row_says_what_the_overview_page_says_thresholds_included() {
        List<OverviewRowView> streamed = service.overviewOfEverySpace(OverviewSort.SPACE, false, "/confluence",
                harness.viewerTexts.current()).rows();
        List<OverviewRowView> firstPage = service.overview(OverviewSort.SPACE, false, 1, 25, "/confluence",
                harness.viewerTexts.current()).rows();

        assertEquals(firstPage, streamed.subList(0, 25));
        assertTrue(percent(streamed.get(7)) > percent(streamed.get(6)), "S0007's own thresholds count: "
                + streamed.get(7).scoreText() + " / " + streamed.get(6).scoreText());
    }

    private static int percent(OverviewRowView row) {
        return Integer.parseInt(row.scoreText().replaceAll("[^0-9]", ""));
    }
}
