package org.coplaunchpad.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.answers.NewAction;
import org.coplaunchpad.answers.NewDecision;
import org.coplaunchpad.answers.PlannedAction;
import org.coplaunchpad.answers.RecordedDecision;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.checklist.AnswerTexts;
import org.coplaunchpad.dashboard.DashboardViews.ActionView;
import org.coplaunchpad.macro.Texts;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.MacroHarness;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A plan as the dashboard words it once an owner is gone (real store on H2, where ActionStoreTest already pins the
 * forgetting on three databases; mocked Confluence): the action stays open, owned by « un utilisateur supprimé » /
 * "a removed user" (cop-launchpad.decision.removed-user), and so does every line of its history that named them,
 * whether the app forgot them or Confluence simply no longer knows them. Where the app forgot them, Confluence is
 * left knowing them, so that the texts can only come from what the store forgot.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanPanelTest {
    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-02");
    private StoreDatabase database;
    private Stores stores;
    private ConfluenceFixture confluence;
    private PlanPanel panel;
    private final MacroHarness harness = new MacroHarness();
    private RecordedDecision notYet;

    @BeforeAll
    void database() {
        database = StoreDatabase.open(TestDatabases.Kind.H2);
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(NOON);
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
        confluence.user("coach", "Camille Coach");
        confluence.user("alice", "Alice Martin");
        confluence.user("bruno", "Bruno Tremblay");
        panel = new PlanPanel(new Catalog(), new AnswerTexts(confluence.memberNames), confluence.accessPolicy);
        notYet = stores.decisions.record(new NewDecision("CDP", "readiness", 1, "not-yet", "", List.of(), "coach"));
    }

    private PlannedAction action(String owner, LocalDate due) {
        return stores.actions.create(new NewAction("CDP", "readiness", (int) notYet.id(), 1,
                Optional.of("relevant-purpose"), Optional.empty(), "Trois thèmes", owner, due, "coach"));
    }

    /** Confluence removed them: no user, no profile. */
    private void removedFromConfluence(String key) {
        confluence.deleted(key);
        when(confluence.userManager.getUserProfile(new UserKey(key))).thenReturn(null);
    }

    private List<ActionView> shown(Texts texts) {
        return panel.view("readiness", Optional.of(notYet), Optional.empty(), stores.actions.plan("CDP", "readiness"),
                TODAY, Optional.empty(), "/plugins/servlet/cop-launchpad/action", "token-123", texts).actions();
    }

    private Texts french() {
        return harness.viewerTexts.in(Locale.FRENCH);
    }

    @Test
    void an_action_whose_owner_was_removed_stays_open_owned_by_a_removed_user() {
        PlannedAction action = action("bruno", TODAY.minusDays(1));
        stores.actions.reassign("CDP", action.id(), "alice", "coach");

        // Confluence is left answering for alice on purpose: what the app forgot must be enough on its own.
        stores.memberErasure.forget("alice");

        ActionView shown = shown(french()).get(0);
        assertEquals("un utilisateur supprimé", shown.ownerText());
        assertEquals("", shown.ownerUsername(), "nobody to fill the reassign form with");
        assertEquals(PlannedAction.OPEN, shown.statusKey(), "still to be done, to be reassigned");
        assertEquals("Ouverte", shown.statusText());
        assertTrue(shown.overdue(), "and still overdue");
        assertTrue(shown.history().get(0).endsWith(", responsable Bruno Tremblay"), shown.history().get(0));
        assertTrue(shown.history().get(1).endsWith(" : Bruno Tremblay → un utilisateur supprimé"),
                shown.history().get(1));
        assertEquals("a removed user", shown(harness.viewerTexts.in(Locale.ENGLISH)).get(0).ownerText(), "in English");
    }

    @Test
    void an_owner_confluence_no_longer_knows_is_a_removed_user_before_the_app_forgets_them() {
        action("alice", TODAY.plusDays(10));
        removedFromConfluence("alice");

        ActionView shown = shown(french()).get(0);

        assertEquals("un utilisateur supprimé", shown.ownerText());
        assertEquals("", shown.ownerUsername());
        assertEquals(PlannedAction.OPEN, shown.statusKey());
        assertTrue(shown.history().get(0).endsWith(", responsable un utilisateur supprimé"), shown.history().get(0));
    }

    @Test
    void who_created_an_action_or_marked_it_done_is_a_removed_user_once_removed_and_the_action_stays_done() {
        PlannedAction action = stores.actions.create(new NewAction("CDP", "readiness", (int) notYet.id(), 1,
                Optional.of("relevant-purpose"), Optional.empty(), "", "bruno", TODAY, "alice"));
        stores.actions.markDone("CDP", action.id(), "alice");

        stores.memberErasure.forget("alice");

        ActionView shown = shown(french()).get(0);
        assertEquals("Bruno Tremblay", shown.ownerText(), "the owner keeps his name");
        assertEquals(PlannedAction.DONE, shown.statusKey());
        assertTrue(shown.doneText().startsWith("Faite — marquée par un utilisateur supprimé le "), shown.doneText());
        assertTrue(shown.history().get(0).startsWith("Créée par un utilisateur supprimé le "), shown.history().get(0));
        assertTrue(shown.history().get(1).startsWith("Marquée faite par un utilisateur supprimé le "),
                shown.history().get(1));
    }

    @Test
    void the_next_round_s_comparison_names_a_removed_owner_as_a_removed_user() {
        action("alice", TODAY);
        stores.memberErasure.forget("alice");

        assertEquals(Map.of(1, Map.of("relevant-purpose", "Trois thèmes (un utilisateur supprimé, ouverte)")),
                panel.actionsTaken(stores.actions.plan("CDP", "readiness"), french()));
    }
}
