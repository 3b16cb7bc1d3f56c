package org.coplaunchpad.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.spaces.Space;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.access.Viewer;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.answers.AnswerKey;
import org.coplaunchpad.answers.GivenAnswer;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.RoundStore;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.checklist.AnswerTexts;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.CountingActiveObjects;
import org.coplaunchpad.testing.MacroHarness;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A space dashboard reads its figures, rounds, decisions and plan in one read transaction — one connection, one
 * begin and one commit however many checklists it shows — and writes nothing (real store on H2).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardReadsTest {
    private StoreDatabase database;

    @BeforeAll
    void database() {
        database = StoreDatabase.open(TestDatabases.Kind.H2);
    }

    @AfterAll
    void close() {
        database.close();
    }

    @Test
    void a_dashboard_of_two_checklists_with_a_closed_round_is_one_read_transaction_and_writes_nothing() {
        CountingActiveObjects counting = new CountingActiveObjects(database.activeObjects());
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(Instant.parse("2026-12-02T12:00:00Z"));
        Stores stores = new Stores(counting.activeObjects(), database.sql(), clock);
        for (String checklist : List.of("readiness", "equipe")) {
            for (String member : List.of("alice", "bruno", "chloe")) {
                stores.answers.record(new GivenAnswer(AnswerKey.personal("CDP", checklist, "facilitator", member),
                        Answer.YES, member, 42L));
            }
        }
        int round = stores.rounds.lockForClosing("CDP", "readiness").orElseThrow();
        stores.rounds.close("CDP", "readiness", round, new RoundStore.FrozenRound(3, 1, 1, "not-yet", List.of(),
                LaunchThresholds.DEFAULT, false, false, List.of(new RoundStore.FrozenItem("facilitator",
                        new AnswerCounts(3, 0, 0, 0), "met", "", false, Answer.NONE))), "coach");
        ConfluenceFixture confluence = new ConfluenceFixture();
        Space cdp = confluence.space("CDP");
        when(cdp.getName()).thenReturn("Communauté de pratique");
        Catalog catalog = new Catalog();
        DashboardService service = new DashboardService(catalog, stores.figures, new Assessor(catalog),
                new AnswerTexts(confluence.memberNames), stores.checklistRegistry(confluence), confluence.accessPolicy,
                clock, stores.transactions, confluence.pageManager);
        counting.reset();

        var view = service.spaceDashboard(DashboardService.DashboardRequest.of(cdp, Viewer.user("coach"),
                "/confluence", "token", new MacroHarness().viewerLocale(Locale.ENGLISH).viewerTexts.current()));

        assertEquals(2, view.checklists().size(), "both checklists are shown");
        assertEquals(1, counting.transactions(), "one read transaction for every read of the page");
        assertEquals(0, counting.writes(), "a view writes nothing");
    }
}
