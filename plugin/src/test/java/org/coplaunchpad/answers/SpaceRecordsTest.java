package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.aohost.TestDatabases;
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
 * A space's rounds, decisions and plans read at once for its dashboard ({@link FigureStore#records}) are what the
 * Active Objects stores read one checklist at a time — the same values, nulls, defaults and order — on a real
 * database (H2 and, when present — required in CI — PostgreSQL and MariaDB), in seven statements.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpaceRecordsTest {
    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2027-01-15");
    private static final List<String> CHECKLISTS = List.of("readiness", "equipe", "projet", "never-answered");

    @Parameter
    TestDatabases.Kind kind;
    private StoreDatabase database;
    private final AtomicReference<Instant> now = new AtomicReference<>(NOON);
    private CountingSql sql;
    private Stores stores;

    @BeforeParameterizedClassInvocation
    void openDatabase(TestDatabases.Kind kind) {
        database = StoreDatabase.open(kind);
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenAnswer(invocation -> now.get());
        sql = new CountingSql(database.sql());
        stores = new Stores(database.activeObjects(), sql, clock);
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

    /** Moves the clock on; whole minutes, which every database keeps exactly. */
    private void later(int minutes) {
        now.set(now.get().plus(Duration.ofMinutes(minutes)));
    }

    private void closeRound(String spaceKey, String checklist, RoundStore.FrozenRound frozen, String closedBy) {
        stores.transactions.write("close a round", () -> stores.rounds.close(spaceKey, checklist,
                stores.rounds.lockForClosing(spaceKey, checklist).orElseThrow(), frozen, closedBy));
        later(1);
    }

    private static RoundStore.FrozenItem item(String key, int yes, String state, String recommendation, boolean gate,
                                              Answer team) {
        return new RoundStore.FrozenItem(key, new AnswerCounts(yes, 1, 2, 3), state, recommendation, gate, team);
    }

    /** Two spaces' worth of rounds, decisions and plans, with every column that can be empty left empty somewhere. */
    private void recordTwoSpaces() {
        stores.register(42L, "CDP", List.of(new PageChecklist("readiness", "personal", List.of(), "after-answer", false),
                new PageChecklist("equipe", "shared", List.of("purpose", "members"), "always", true)));
        later(1);
        stores.register(43L, "CDP", List.of(new PageChecklist("readiness", "shared", List.of(), "never", false)));
        stores.register(44L, "AUTRE", List.of(new PageChecklist("readiness", "personal", List.of(), "after-answer",
                false)));
        stores.registry.recordRefusal("readiness", "CDP", "AUTRE", 45L);
        later(1);
        stores.registry.recordRefusal("projet", "AUTRE", "CDP", 46L);
        stores.registry.recordRefusal("projet", "AUTRE", "TIERS", 47L);
        stores.settings.saveThresholds("CDP", new LaunchThresholds(60, 80, 4), "coach");
        later(1);
        stores.settings.saveThresholds("CDP", new LaunchThresholds(70, 90, 2), "gone");
        stores.settings.forgetUser("gone");
        stores.settings.saveThresholds("AUTRE", new LaunchThresholds(55, 65, 3), "coach");
        closeRound("CDP", "readiness", new RoundStore.FrozenRound(5, 13, 19, "not-yet", List.of("purpose", "members"),
                new LaunchThresholds(60, 80, 4), false, false, List.of(
                        item("facilitator", 3, "met", "", true, Answer.NONE),
                        item("relevant-purpose", 1, "not-met", "purpose", false, Answer.NONE),
                        item("sponsor", 0, "too-few", "sponsor", false, Answer.NONE))), "coach");
        closeRound("CDP", "readiness", new RoundStore.FrozenRound(7, 17, 19, "ready", List.of(),
                LaunchThresholds.DEFAULT, false, true, List.of(
                        item("facilitator", 7, "met", "", true, Answer.NONE),
                        item("relevant-purpose", 6, "met", "purpose", false, Answer.NONE))), "sponsor");
        stores.rounds.setDeadline("CDP", "readiness", Optional.of(Instant.parse("2027-01-31T17:00:00Z")),
                "Europe/Paris");
        closeRound("CDP", "equipe", new RoundStore.FrozenRound(1, 0, 0, "cannot-decide", List.of(),
                LaunchThresholds.DEFAULT, true, false, List.of(item("facilitator", 0, "met", "", true, Answer.YES),
                        item("sponsor", 0, "not-met", "sponsor", false, Answer.PARTLY))), "coach");
        closeRound("CDP", "projet", new RoundStore.FrozenRound(0, 0, 0, "cannot-decide", List.of(),
                LaunchThresholds.DEFAULT, false, false, List.of()), "coach");
        stores.rounds.setDeadline("CDP", "projet", Optional.of(Instant.parse("2027-02-01T09:30:00Z")), "UTC");
        stores.rounds.setDeadline("CDP", "projet", Optional.empty(), "UTC");

        RecordedDecision notYet = stores.decisions.record(new NewDecision("CDP", "readiness", 1, "not-yet",
                "La finalité ne rejoint pas encore les membres.", List.of(), "coach"));
        later(1);
        RecordedDecision withConditions = stores.decisions.record(new NewDecision("CDP", "readiness", 2,
                "launch-with-conditions", "", List.of("Un coach est nommé", "« Trois thèmes » 🚀"), "sponsor"));
        later(1);
        stores.decisions.record(new NewDecision("CDP", "equipe", 1, "abandon", "", List.of(), "gone"));
        stores.decisions.forgetDecider("gone");

        PlannedAction first = stores.actions.create(new NewAction("CDP", "readiness", (int) notYet.id(), 1,
                Optional.of("relevant-purpose"), Optional.empty(), "Ask the sponsor for a purpose", "alice", DUE,
                "coach"));
        later(1);
        PlannedAction second = stores.actions.create(new NewAction("CDP", "readiness", (int) withConditions.id(), 2,
                Optional.empty(), Optional.of("Un coach est nommé"), "", "bruno", DUE, "coach"));
        later(1);
        PlannedAction deleted = stores.actions.create(new NewAction("CDP", "readiness", (int) notYet.id(), 1,
                Optional.of("sponsor"), Optional.empty(), "Find a sponsor", "chloe", DUE, "coach"));
        later(1);
        stores.actions.reassign("CDP", first.id(), "gone", "sponsor");
        later(1);
        stores.actions.reschedule("CDP", first.id(), DUE.plusDays(14), "sponsor");
        later(1);
        stores.actions.markDone("CDP", second.id(), "bruno");
        later(1);
        stores.actions.delete("CDP", deleted.id(), "coach");
        stores.actions.forgetUser("gone");
        stores.actions.create(new NewAction("CDP", "projet", 99, 1, Optional.empty(), Optional.empty(),
                "Without a decision on record", "alice", DUE, "coach"));

        // Another space: nothing of it may show in CDP's records.
        closeRound("AUTRE", "readiness", new RoundStore.FrozenRound(2, 1, 2, "not-yet", List.of(),
                LaunchThresholds.DEFAULT, false, false, List.of(item("facilitator", 2, "met", "", true,
                        Answer.NONE))), "coach");
        RecordedDecision elsewhere = stores.decisions.record(new NewDecision("AUTRE", "readiness", 1, "not-yet", "",
                List.of(), "coach"));
        stores.actions.create(new NewAction("AUTRE", "readiness", (int) elsewhere.id(), 1, Optional.empty(),
                Optional.empty(), "Elsewhere", "alice", DUE, "coach"));
    }

    @Test
    void every_checklist_of_a_space_reads_as_the_stores_read_it_one_checklist_at_a_time() {
        recordTwoSpaces();

        SpaceRecords records = stores.figures.records("CDP");

        assertEquals(stores.registry.space("CDP"), records.registeredPages());
        assertEquals(3, records.registeredPages().size(), "what is compared is there");
        assertEquals(stores.registry.refusedMoves("CDP"), records.refusedMoves());
        assertEquals(2, records.refusedMoves().size(), "from or to the space");
        assertEquals(stores.settings.thresholds("CDP"), records.thresholds());
        assertEquals(stores.settings.changes("CDP"), records.thresholdChanges());
        assertEquals(2, records.thresholdChanges().size(), "what is compared is there");
        for (String checklist : CHECKLISTS) {
            assertEquals(stores.rounds.openRound("CDP", checklist), records.openRound(checklist), checklist);
            assertEquals(stores.rounds.closedRounds("CDP", checklist), records.closedRounds(checklist), checklist);
            assertEquals(stores.decisions.history("CDP", checklist), records.decisions(checklist), checklist);
            assertEquals(stores.actions.plan("CDP", checklist), records.plan(checklist), checklist);
        }
        assertEquals(2, records.closedRounds("readiness").size(), "what is compared is there");
        assertEquals(3, records.closedRounds("readiness").get(0).figures().items().size());
        assertEquals(3, records.openRound("readiness").number());
        assertTrue(records.openRound("readiness").deadline().isPresent());
        assertEquals(2, records.decisions("readiness").size());
        assertEquals(Optional.empty(), records.decisions("equipe").get(0).decidedBy(), "a removed decider");
        assertEquals(2, records.plan("readiness").size(), "the deleted action is not in the plan");
        assertEquals(3, records.plan("readiness").get(0).history().size());
        assertEquals(Optional.empty(), records.plan("readiness").get(0).owner(), "a removed owner");
    }

    @Test
    void the_registry_makes_the_same_checklists_of_the_pages_read_with_the_records() {
        recordTwoSpaces();
        var registry = stores.checklistRegistry(new org.coplaunchpad.testing.ConfluenceFixture());

        var checklists = registry.checklists("CDP", stores.figures.records("CDP").registeredPages());

        assertEquals(registry.checklists("CDP"), checklists);
        assertEquals(List.of("readiness", "equipe"), checklists.stream()
                .map(org.coplaunchpad.registry.RegisteredChecklist::name).toList(), "in the order of registration");
    }

    @Test
    void a_checklist_without_any_record_is_in_round_one_with_nothing_decided_or_planned() {
        recordTwoSpaces();

        SpaceRecords records = stores.figures.records("VIDE");

        assertEquals(List.of(), records.registeredPages());
        assertEquals(List.of(), records.refusedMoves());
        assertEquals(LaunchThresholds.DEFAULT, records.thresholds());
        assertEquals(List.of(), records.thresholdChanges());
        assertEquals(new RoundStore.OpenRound(1, Optional.empty(), Optional.empty()), records.openRound("readiness"));
        assertEquals(List.of(), records.closedRounds("readiness"));
        assertEquals(List.of(), records.decisions("readiness"));
        assertEquals(List.of(), records.plan("readiness"));
    }

    @Test
    void a_space_s_records_are_seven_statements_whatever_the_number_of_its_checklists() {
        recordTwoSpaces();
        sql.reset();

        stores.figures.records("CDP");

        assertEquals(7, sql.statements());
    }

    @Test
    void the_tables_the_records_name_are_those_active_objects_creates() throws Exception {
        try (Connection connection = database.ao().connection();
             ResultSet tables = connection.getMetaData().getTables(null, null, "%", null)) {
            Set<String> names = new HashSet<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT));
            }
            for (String table : List.of(AoTables.ASSESSMENT_ROUND, AoTables.ROUND_ITEM, AoTables.LAUNCH_DECISION,
                    AoTables.LAUNCH_ACTION, AoTables.ACTION_CHANGE, AoTables.LAUNCH_SETTINGS, AoTables.THRESHOLD_CHANGE,
                    AoTables.CHECKLIST_PAGE, AoTables.REFUSED_MOVE)) {
                assertTrue(names.contains(table), table + " in " + names);
            }
        }
    }
}
