package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import net.java.ao.Query;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.decision.DecisionRules;
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
 * The history a launch decision is read in, on a real database (H2 and, when present — required in CI —
 * PostgreSQL and MariaDB): the decisions, stored whole, and the changes of the thresholds, recorded only when they
 * change; a removed space takes both with it, a removed user leaves them, by "a removed user".
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionHistoryTest {
    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");
    private static final LaunchThresholds STRICTER = new LaunchThresholds(60, 80, 4);
    private static final LaunchThresholds STRICTEST = new LaunchThresholds(70, 90, 5);

    @Parameter
    TestDatabases.Kind kind;
    private StoreDatabase database;
    private final AtomicReference<Instant> now = new AtomicReference<>(NOON);
    private Stores stores;

    @BeforeParameterizedClassInvocation
    void openDatabase(TestDatabases.Kind kind) {
        database = StoreDatabase.open(kind);
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenAnswer(invocation -> now.get());
        stores = Stores.on(database, clock);
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

    private Instant later(int minutes) {
        now.set(NOON.plus(Duration.ofMinutes(minutes)));
        return now.get();
    }

    private RecordedDecision decide(String spaceKey, String decision, String rationale, String decidedBy) {
        return stores.decisions.record(new NewDecision(spaceKey, "readiness", 1, decision, rationale, List.of(),
                decidedBy));
    }

    private void closeRound(String checklist, String closedBy) {
        stores.transactions.write("close a round", () -> stores.rounds.close("CDP", checklist,
                stores.rounds.lockForClosing("CDP", checklist).orElseThrow(), new RoundStore.FrozenRound(0, 0, 0,
                        "not-yet", List.of(), LaunchThresholds.DEFAULT, false, false, List.of()), closedBy));
    }

    /** Who closed each closed round of the checklist, in order; null: nobody Confluence still knows. */
    private List<String> closedBy(String checklist) {
        return Arrays.stream(database.activeObjects().find(AssessmentRoundEntity.class, Query.select()
                        .where("CHECKLIST = ? AND CLOSED_AT IS NOT NULL", checklist).order("ROUND_NUMBER ASC")))
                .map(AssessmentRoundEntity::getClosedBy).toList();
    }

    @Test
    void the_first_change_of_a_space_starts_from_the_defaults() {
        stores.settings.saveThresholds("CDP", STRICTER, "coach");

        assertEquals(List.of(new ThresholdChange(Optional.of("coach"), NOON, LaunchThresholds.DEFAULT, STRICTER)),
                stores.settings.changes("CDP"));
    }

    @Test
    void saving_the_same_thresholds_twice_records_one_change() {
        stores.settings.saveThresholds("CDP", STRICTER, "coach");
        later(5);
        stores.settings.saveThresholds("CDP", STRICTER, "sponsor");

        assertEquals(List.of(new ThresholdChange(Optional.of("coach"), NOON, LaunchThresholds.DEFAULT, STRICTER)),
                stores.settings.changes("CDP"));
        assertEquals(STRICTER, stores.settings.thresholds("CDP"));
    }

    @Test
    void saving_the_defaults_on_a_space_that_never_changed_them_is_no_change() {
        stores.settings.saveThresholds("CDP", LaunchThresholds.DEFAULT, "coach");

        assertEquals(List.of(), stores.settings.changes("CDP"));
    }

    @Test
    void changes_are_listed_newest_first_each_from_the_thresholds_before_it() {
        stores.settings.saveThresholds("CDP", STRICTER, "coach");
        Instant second = later(5);
        stores.settings.saveThresholds("CDP", STRICTEST, "sponsor");
        Instant third = later(10);
        stores.settings.saveThresholds("CDP", LaunchThresholds.DEFAULT, "coach");
        stores.settings.saveThresholds("OPS", STRICTEST, "coach");

        assertEquals(List.of(
                new ThresholdChange(Optional.of("coach"), third, STRICTEST, LaunchThresholds.DEFAULT),
                new ThresholdChange(Optional.of("sponsor"), second, STRICTER, STRICTEST),
                new ThresholdChange(Optional.of("coach"), NOON, LaunchThresholds.DEFAULT, STRICTER)),
                stores.settings.changes("CDP"), "back to the defaults is a change too");
        assertEquals(1, stores.settings.changes("OPS").size(), "each space its own");
    }

    @Test
    void the_longest_rationale_and_conditions_the_rules_accept_are_stored_whole() {
        String grinning = "\uD83D\uDE00";
        String rationale = "« Oui »\n" + grinning.repeat(DecisionRules.MAX_RATIONALE_LENGTH - 8);
        List<String> conditions = new ArrayList<>();
        for (int i = 0; i < DecisionRules.MAX_CONDITIONS; i++) {
            conditions.add(i + " l'été " + grinning.repeat(DecisionRules.MAX_CONDITION_LENGTH - 8 - String.valueOf(i).length()));
        }

        RecordedDecision recorded = stores.decisions.record(new NewDecision("CDP", "readiness", 1,
                "launch-with-conditions", rationale, conditions, "sponsor"));

        RecordedDecision read = stores.decisions.latest("CDP", "readiness").orElseThrow();
        assertEquals(recorded, read);
        assertEquals(rationale, read.rationale());
        assertEquals(conditions, read.conditions());
    }

    @Test
    void a_decision_without_rationale_or_conditions_reads_back_empty_not_null() {
        RecordedDecision recorded = decide("CDP", "launch", "", "sponsor");

        assertEquals("", stores.decisions.latest("CDP", "readiness").orElseThrow().rationale());
        assertEquals(List.of(), stores.decisions.latest("CDP", "readiness").orElseThrow().conditions());
        assertEquals(Optional.of(recorded), stores.decisions.latest("CDP", "readiness"));
    }

    @Test
    void removing_a_space_deletes_its_decisions_and_threshold_changes_and_no_other_spaces() {
        stores.settings.saveThresholds("CDP", STRICTER, "coach");
        stores.settings.saveThresholds("CDP", STRICTEST, "coach");
        decide("CDP", "launch", "", "sponsor");
        decide("CDP", "abandon", "No sponsor any more.", "sponsor");
        stores.settings.saveThresholds("OPS", STRICTER, "coach");
        RecordedDecision kept = decide("OPS", "not-yet", "", "sponsor");

        int deleted = stores.erasure.forget("CDP");

        assertEquals(5, deleted, "the settings, two changes and two decisions");
        assertEquals(List.of(), stores.decisions.history("CDP", "readiness"));
        assertEquals(Optional.empty(), stores.decisions.latest("CDP", "readiness"));
        assertEquals(List.of(), stores.settings.changes("CDP"));
        assertEquals(LaunchThresholds.DEFAULT, stores.settings.thresholds("CDP"));
        assertEquals(List.of(kept), stores.decisions.history("OPS", "readiness"));
        assertEquals(List.of(new ThresholdChange(Optional.of("coach"), NOON, LaunchThresholds.DEFAULT, STRICTER)),
                stores.settings.changes("OPS"));
    }

    @Test
    void a_removed_decider_s_decisions_and_changes_stay_by_a_removed_user_and_others_keep_their_names() {
        RecordedDecision alices = decide("CDP", "launch", "Ready.", "alice");
        RecordedDecision brunos = decide("CDP", "not-yet", "Not quite.", "bruno");
        stores.settings.saveThresholds("CDP", STRICTER, "alice");
        stores.settings.saveThresholds("CDP", STRICTEST, "bruno");

        stores.memberErasure.forget("alice");

        assertEquals(List.of(brunos, new RecordedDecision(alices.id(), "CDP", "readiness", 1, "launch", "Ready.",
                List.of(), Optional.empty(), NOON)), stores.decisions.history("CDP", "readiness"),
                "alice's decision stays, by nobody; bruno's keeps his name");
        assertEquals(List.of(new ThresholdChange(Optional.of("bruno"), NOON, STRICTER, STRICTEST),
                new ThresholdChange(Optional.empty(), NOON, LaunchThresholds.DEFAULT, STRICTER)),
                stores.settings.changes("CDP"));
        assertEquals(STRICTEST, stores.settings.thresholds("CDP"), "the thresholds stay");
        assertEquals(0, database.activeObjects().count(LaunchDecisionEntity.class,
                Query.select().where("DECIDED_BY = ?", "alice")));
        assertEquals(0, database.activeObjects().count(ThresholdChangeEntity.class,
                Query.select().where("CHANGED_BY = ?", "alice")));
    }

    @Test
    void the_settings_a_removed_user_saved_last_are_by_a_former_member() {
        stores.settings.saveThresholds("CDP", STRICTER, "alice");
        stores.settings.saveThresholds("OPS", STRICTER, "bruno");

        stores.memberErasure.forget("alice");

        assertEquals(List.of(AnswerKey.FORMER_MEMBER, "bruno"), List.of(
                database.activeObjects().find(LaunchSettingsEntity.class, Query.select().where("SPACE_KEY = ?", "CDP"))[0]
                        .getUpdatedBy(),
                database.activeObjects().find(LaunchSettingsEntity.class, Query.select().where("SPACE_KEY = ?", "OPS"))[0]
                        .getUpdatedBy()));
        assertEquals(STRICTER, stores.settings.thresholds("CDP"));
    }

    @Test
    void a_removed_user_no_longer_shows_as_who_closed_the_rounds_they_closed() {
        closeRound("readiness", "alice");
        closeRound("readiness", "bruno");
        closeRound("launch-2027", "alice");

        int forgotten = stores.memberErasure.forget("alice");

        assertEquals(2, forgotten, "two rounds");
        assertEquals(Arrays.asList(null, "bruno"), closedBy("readiness"));
        assertEquals(Arrays.asList((String) null), closedBy("launch-2027"));
        assertEquals(2, stores.rounds.closedRounds("CDP", "readiness").size(), "the rounds stay closed");
        assertEquals(3, stores.rounds.openRound("CDP", "readiness").number());
    }
}
