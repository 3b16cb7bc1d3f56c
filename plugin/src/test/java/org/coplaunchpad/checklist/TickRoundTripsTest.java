package org.coplaunchpad.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.user.ConfluenceUser;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.CountingActiveObjects;
import org.coplaunchpad.testing.CountingSql;
import org.coplaunchpad.testing.MacroHarness;
import org.coplaunchpad.testing.ServletHarness;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A tick from the endpoint to the database and back, counted (not timed): the checklist's registry rows (its
 * settings, issue 12) and its open round read before the transaction, then one transaction in which the summary's
 * lock covers two statements: one read of what judging needs, one UPDATE (issue 19: every answer waiting for the lock
 * pays for what runs under it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TickRoundTripsTest {
    private StoreDatabase database;
    private CountingActiveObjects counting;
    private CountingSql sql;
    private ConfluenceFixture confluence;
    private AnswerServlet servlet;

    @BeforeAll
    void aliceMayEditBothChecklistsOfCdp() {
        database = StoreDatabase.open(TestDatabases.Kind.H2);
        counting = new CountingActiveObjects(database.activeObjects());
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(Instant.parse("2026-11-27T12:00:00Z"));
        sql = new CountingSql(database.sql());
        Stores stores = new Stores(counting.activeObjects(), sql, clock);
        confluence = new ConfluenceFixture();
        ServletHarness servlets = new ServletHarness(confluence, new MacroHarness().viewerLocale(Locale.ENGLISH));
        servlet = new AnswerServlet(servlets.guard, new AnsweringService(new Catalog(), stores.answers,
                clock, stores.summaries, confluence.accessPolicy, confluence.spaceManager, confluence.pageManager),
                new AnswerTexts(confluence.memberNames));
        ConfluenceUser alice = confluence.user("alice", "Alice Arnaud");
        confluence.space("CDP");
        AbstractPage personal = confluence.page(42, "CDP", ConfluenceFixture.checklistMacro("readiness", "personal"));
        AbstractPage shared = confluence.page(43, "CDP", ConfluenceFixture.checklistMacro("team", "shared"));
        confluence.mayEdit(alice, personal);
        confluence.mayEdit(alice, shared);
        confluence.loggedIn("alice");
    }

    @AfterAll
    void close() {
        database.close();
    }

    private MockHttpServletResponse tick(String pageId, String checklist, String checked) throws Exception {
        counting.reset();
        sql.reset();
        return ServletHarness.call(servlet, "POST", Map.of("spaceKey", "CDP", "pageId", pageId, "checklist", checklist,
                "item", "coach", "checked", checked, "atl_token", "token"));
    }

    /** What Active Objects reads for a tick: nothing; the checklist's settings, the answer and the summary are plain SQL. */
    private static final String LATER_TICKS = "Active Objects reads: none once the summary's row exists";
    private static final String FIRST_TICK = "Active Objects reads: as the tick creates the summary's row, the rest of"
            + " the row's sources: open round, open actions, decision in force, and the row itself";
    /** The plain SQL of a tick that changes the answer. */
    private static final String CHANGE = "statements: the registry's rows and the open round (its deadline), the member's"
            + " own row before the transaction, then the answer, its"
            + " history row, the summary's lock, what judging needs (tally, pages, thresholds) and the summary's UPDATE";

    @Test
    void a_members_tick_is_one_transaction_with_its_overview_summary() throws Exception {
        int[] expected = {4, 0, 0};
        String[] checked = {"true", "true", "false"};
        for (int i = 0; i < checked.length; i++) {
            MockHttpServletResponse response = tick("42", "readiness", checked[i]);

            assertEquals(200, response.getStatus(), response.getContentAsString());
            assertEquals(1, counting.transactions(), "transactions");
            assertEquals(expected[i], counting.queries(), i == 0 ? FIRST_TICK : LATER_TICKS);
        }
        assertEquals(8, sql.statements(), CHANGE);
    }

    @Test
    void a_team_tick_is_one_transaction_with_its_overview_summary() throws Exception {
        tick("43", "team", "true");
        MockHttpServletResponse response = tick("43", "team", "false");

        assertEquals(200, response.getStatus(), response.getContentAsString());
        assertEquals(1, counting.transactions(), "transactions");
        assertEquals(0, counting.queries(), LATER_TICKS);
        assertEquals(8, sql.statements(), CHANGE);
    }
}
