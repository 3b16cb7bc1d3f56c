package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.testing.CountingActiveObjects;
import org.coplaunchpad.testing.CountingSql;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the decision macro reads of a checklist on every view of its page ({@link FigureStore#decisionOnPage}), on a
 * real database (H2 and, when present — required in CI — PostgreSQL and MariaDB): the latest decision, what it shows
 * of its round, its plan without histories, in two statements on one connection and none through Active Objects.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionOnPageTest {
    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2027-01-15");

    @Parameter
    TestDatabases.Kind kind;
    private StoreDatabase database;
    private CountingActiveObjects counting;
    private CountingSql sql;
    private final AtomicReference<Instant> now = new AtomicReference<>(NOON);
    private Stores stores;

    @BeforeParameterizedClassInvocation
    void openDatabase(TestDatabases.Kind kind) {
        database = StoreDatabase.open(kind);
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenAnswer(invocation -> now.get());
        counting = new CountingActiveObjects(database.activeObjects());
        sql = new CountingSql(database.sql());
        stores = new Stores(counting.activeObjects(), sql, clock);
    }

    @AfterParameterizedClassInvocation
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void emptyTables() {
        database.clear();
        now.set(NOON);
    }

    /** Closes the checklist's open round with items in these states; returns its number. */
    private int closeRound(String checklist, int respondents, boolean confidential, String... states) {
        List<RoundStore.FrozenItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < states.length; i++) {
            items.add(new RoundStore.FrozenItem("item-" + i, new AnswerCounts(respondents, 0, 0, 0), states[i], "",
                    i == 0, Answer.NONE));
        }
        int number = stores.rounds.lockForClosing("CDP", checklist).orElseThrow();
        stores.rounds.close("CDP", checklist, number, new RoundStore.FrozenRound(respondents, 2, 3, "not-yet",
                List.of(), LaunchThresholds.DEFAULT, false, confidential, items), "coach");
        return number;
    }

    private RecordedDecision decide(String checklist, int round, String decision) {
        return stores.decisions.record(new NewDecision("CDP", checklist, round, decision, "Pas encore « prêts ».",
                List.of("Un animateur", "Du temps"), "coach"));
    }

    private PlannedAction plan(RecordedDecision decision, String owner) {
        return stores.actions.create(new NewAction("CDP", decision.checklist(), (int) decision.id(),
                decision.roundNumber(), Optional.of("coach"), Optional.empty(), "Trouver un coach", owner, DUE, "coach"));
    }

    private Optional<DecisionOnPage> read() {
        counting.reset();
        sql.reset();
        return stores.figures.decisionOnPage("CDP", "readiness");
    }

    @Test
    void a_checklist_without_a_decision_has_none_after_one_statement() {
        closeRound("readiness", 4, false, "met");

        assertEquals(Optional.empty(), read());
        assertEquals(1, sql.statements(), "no plan read without a decision");
        assertEquals(0, counting.queries());
    }

    @Test
    void the_latest_decision_comes_with_its_rounds_figures_its_items_states_in_order_and_its_plan_in_two_statements() {
        int one = closeRound("readiness", 4, false, "met", "not-met", "met");
        RecordedDecision first = decide("readiness", one, "not-yet");
        plan(first, "alice");
        now.set(NOON.plus(Duration.ofMinutes(5)));
        int two = closeRound("readiness", 2, true, "not-met", "unknown", "met", "not-met");
        RecordedDecision latest = decide("readiness", two, "launch");

        DecisionOnPage page = read().orElseThrow();

        assertEquals(2, sql.statements(), "the decision with its round, then its plan");
        assertEquals(1, sql.executions(), "one connection");
        assertEquals(0, counting.queries(), "no Active Objects query");
        assertEquals(latest, page.decision());
        assertEquals(stores.decisions.latest("CDP", "readiness"), Optional.of(page.decision()), "as the decision store reads it");
        assertEquals(Optional.of(new RoundStore.DecidedRound(two, 2, 2, 3, "not-yet", false, true,
                List.of("not-met", "unknown", "met", "not-met"))), page.round());
        assertEquals(List.of(), page.plan(), "the first decision's action is not the latest's");
    }

    @Test
    void the_plan_holds_the_decisions_own_actions_not_deleted_in_order_with_who_marked_them_done_and_no_history() {
        RecordedDecision other = decide("other", closeRound("other", 4, false, "met"), "launch");
        plan(other, "chloe");
        RecordedDecision decision = decide("readiness", closeRound("readiness", 4, false, "met"), "launch");
        PlannedAction first = plan(decision, "bruno");
        PlannedAction done = plan(decision, "alice");
        PlannedAction gone = plan(decision, "chloe");
        now.set(NOON.plus(Duration.ofMinutes(3)));
        stores.actions.markDone("CDP", done.id(), "alice");
        stores.actions.delete("CDP", gone.id(), "coach");

        List<PlannedAction> plan = read().orElseThrow().plan();

        assertEquals(List.of(first.id(), done.id()), plan.stream().map(PlannedAction::id).toList(),
                "another checklist's action and the deleted one are left out");
        assertEquals(PlannedAction.DONE, plan.get(1).status());
        assertEquals(Optional.of("alice"), plan.get(1).doneBy());
        assertEquals(Optional.of(now.get()), plan.get(1).doneAt());
        assertEquals(Optional.of("coach"), plan.get(0).itemKey());
        assertEquals("Trouver un coach", plan.get(0).description());
        assertEquals(DUE, plan.get(0).due());
        assertTrue(plan.stream().allMatch(action -> action.history().isEmpty()), "a page shows no history: none read");
        PlannedAction stored = stores.actions.find("CDP", first.id()).orElseThrow();
        assertEquals(new PlannedAction(stored.id(), stored.spaceKey(), stored.checklist(), stored.decisionId(),
                stored.roundNumber(), stored.itemKey(), stored.condition(), stored.description(), stored.owner(),
                stored.due(), stored.status(), stored.doneBy(), stored.doneAt(), List.of()), plan.get(0),
                "as the action store reads it, without its history");
    }

    @Test
    void a_decision_on_a_round_never_closed_has_no_round_and_one_on_a_round_without_items_no_states() {
        decide("readiness", 1, "not-yet");
        assertEquals(Optional.empty(), read().orElseThrow().round(), "round 1 is still open");

        int closed = closeRound("readiness", 0, false);
        decide("readiness", closed, "launch");
        assertEquals(List.of(), read().orElseThrow().round().orElseThrow().itemStates());
    }
}
