package org.coplaunchpad.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.java.ao.Query;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.answers.AnswerKey;
import org.coplaunchpad.answers.AssessmentRoundEntity;
import org.coplaunchpad.answers.GivenAnswer;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.PageChecklist;
import org.coplaunchpad.answers.RecordedDecision;
import org.coplaunchpad.answers.RoundAnswerEntity;
import org.coplaunchpad.answers.RoundItemEntity;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.decision.DecisionForm;
import org.coplaunchpad.decision.DecisionRules.Refusal;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Recording a launch decision, on a real database (H2 and, when present — required in CI — PostgreSQL and
 * MariaDB): on the last closed round, or on the open round, which it closes in the same transaction; judged
 * against the suggestion frozen with the round; and a refused decision stores nothing, not even the closing.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
class DecisionRecordingTest {
    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");
    private static final List<String> FUNDAMENTALS =
            List.of("facilitating-environment", "relevant-purpose", "satisfactory-integration");

    @Parameter
    TestDatabases.Kind kind;
    private StoreDatabase database;
    private Stores stores;
    private RoundClosing closing;
    private DecisionRecording recording;

    @BeforeEach
    void openDatabase() {
        database = StoreDatabase.open(kind);
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(NOON);
        stores = Stores.on(database, clock);
        closing = new RoundClosing(stores.summaries, stores.rounds, stores.figures, stores.settings,
                stores.checklistRegistry(new ConfluenceFixture()), new Assessor(new Catalog()));
        recording = new DecisionRecording(stores.summaries, closing, stores.rounds, stores.decisions);
        // Only the fundamental conditions in scope: three members agreeing on all three make it ready.
        stores.registry.register(42, "CDP", List.of(new PageChecklist("readiness", "personal", List.of("fundamentals"))));
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    private void answer(String member, String item, Answer answer) {
        stores.answers.record(new GivenAnswer(AnswerKey.personal("CDP", "readiness", item, member), answer, member, 42L));
    }

    /** Three members say yes to every fundamental condition: the quorum is reached and every gate met. */
    private void readyAnswers() {
        for (String member : List.of("alice", "bruno", "chloe")) {
            FUNDAMENTALS.forEach(item -> answer(member, item, Answer.YES));
        }
    }

    private DecisionOutcome decide(String decision, String rationale, String conditions, boolean onOpenRound) {
        return recording.record("CDP", new DecisionForm("readiness", decision, rationale, conditions, onOpenRound),
                "sponsor");
    }

    private RecordedDecision recorded(DecisionOutcome outcome) {
        assertEquals(Optional.empty(), outcome.refusal(), "recorded");
        return outcome.recorded().orElseThrow();
    }

    private int openRoundNumber() {
        return stores.rounds.openRound("CDP", "readiness").number();
    }

    private int rows(Class<? extends net.java.ao.Entity> entity) {
        return database.activeObjects().count(entity, Query.select());
    }

    @Test
    void a_decision_on_the_open_round_closes_it_and_is_recorded_on_that_round() {
        readyAnswers();

        RecordedDecision decision = recorded(decide("launch-with-conditions", "Sponsor agreed 🚀",
                "A coach is named\r\nA budget", true));

        assertEquals(1, decision.roundNumber());
        assertEquals("launch-with-conditions", decision.decision());
        assertEquals("Sponsor agreed 🚀", decision.rationale());
        assertEquals(List.of("A coach is named", "A budget"), decision.conditions());
        assertEquals(Optional.of("sponsor"), decision.decidedBy());
        assertEquals(NOON, decision.decidedAt());
        assertEquals(List.of(1), stores.rounds.closedRounds("CDP", "readiness").stream().map(r -> r.number()).toList());
        assertEquals("ready", stores.rounds.closedRound("CDP", "readiness", 1).orElseThrow().figures().decision());
        assertEquals(2, openRoundNumber(), "the next round is open");
        assertEquals(AnswerCounts.NONE, stores.answers.read("CDP", "readiness", Optional.empty(), false)
                .counts("relevant-purpose"), "and unanswered");
        assertEquals(Optional.of(decision), stores.decisions.latest("CDP", "readiness"));
    }

    @Test
    void a_decision_closing_the_open_round_is_recorded_on_its_number_not_the_first() {
        readyAnswers();
        closing.close("CDP", "readiness", "coach");
        readyAnswers();

        assertEquals(2, recorded(decide("launch", "", "", true)).roundNumber());
        assertEquals(3, openRoundNumber());
    }

    @Test
    void a_decision_that_differs_from_the_suggestion_without_a_rationale_leaves_the_open_round_open_and_stores_nothing() {
        readyAnswers();

        DecisionOutcome outcome = decide("not-yet", "  \r\n ", "", true);

        assertEquals(Optional.of(Refusal.RATIONALE_REQUIRED), outcome.refusal());
        assertEquals(Optional.empty(), outcome.recorded());
        assertEquals(1, openRoundNumber(), "the closing rolled back with the decision");
        assertEquals(List.of(), stores.rounds.closedRounds("CDP", "readiness"));
        assertEquals(0, rows(RoundItemEntity.class), "no frozen figures");
        assertEquals(0, rows(RoundAnswerEntity.class), "no kept answers");
        assertEquals(0, rows(AssessmentRoundEntity.class), "no round row: answers write none, the closing's rolled back");
        assertEquals(new AnswerCounts(3, 0, 0, 0), stores.answers.read("CDP", "readiness", Optional.empty(), false)
                .counts("relevant-purpose"), "the answers are still the open round's");
        assertEquals(List.of(), stores.decisions.history("CDP", "readiness"));
    }

    @Test
    void the_same_decision_with_a_rationale_closes_the_round_and_is_recorded() {
        readyAnswers();

        RecordedDecision decision = recorded(decide("not-yet", "The sponsor leaves in March.", "", true));

        assertEquals(1, decision.roundNumber());
        assertEquals("The sponsor leaves in March.", decision.rationale());
        assertEquals(2, openRoundNumber());
        assertEquals(List.of(decision), stores.decisions.history("CDP", "readiness"));
    }

    @Test
    void a_form_refused_before_the_round_is_known_does_not_close_it() {
        readyAnswers();

        assertEquals(Optional.of(Refusal.CONDITIONS_REQUIRED), decide("launch-with-conditions", "", "", true).refusal());
        assertEquals(1, openRoundNumber());
        assertEquals(List.of(), stores.rounds.closedRounds("CDP", "readiness"));
    }

    @Test
    void without_a_closed_round_a_decision_on_the_last_closed_round_is_refused() {
        readyAnswers();

        DecisionOutcome outcome = decide("launch", "", "", false);

        assertEquals(Optional.of(Refusal.NO_CLOSED_ROUND), outcome.refusal());
        assertEquals(1, openRoundNumber());
        assertEquals(List.of(), stores.decisions.history("CDP", "readiness"));
    }

    @Test
    void a_round_another_administrator_closed_meanwhile_is_refused_and_nothing_is_stored() {
        RoundClosing beaten = mock(RoundClosing.class);
        when(beaten.close(any(), any(), any())).thenReturn(Optional.empty());
        DecisionRecording racing = new DecisionRecording(stores.summaries, beaten, stores.rounds, stores.decisions);

        DecisionOutcome outcome = racing.record("CDP", new DecisionForm("readiness", "launch", "", "", true), "sponsor");

        assertEquals(Optional.of(Refusal.ROUND_CLOSED_MEANWHILE), outcome.refusal());
        assertEquals(List.of(), stores.decisions.history("CDP", "readiness"));
    }

    @Test
    void deciding_on_the_last_closed_round_does_not_close_the_open_one() {
        readyAnswers();
        closing.close("CDP", "readiness", "coach");
        answer("alice", "relevant-purpose", Answer.NO);

        RecordedDecision decision = recorded(decide("launch", "", "", false));

        assertEquals(1, decision.roundNumber());
        assertEquals(2, openRoundNumber());
        assertEquals(1, stores.rounds.closedRounds("CDP", "readiness").size());
        assertEquals(new AnswerCounts(0, 0, 1, 0), stores.answers.read("CDP", "readiness", Optional.empty(), false)
                .counts("relevant-purpose"), "round 2's answer is still live");
    }

    @Test
    void a_new_decision_supersedes_the_last_and_the_history_lists_them_newest_first() {
        readyAnswers();
        closing.close("CDP", "readiness", "coach");

        RecordedDecision first = recorded(decide("launch", "", "", false));
        RecordedDecision second = recorded(decide("abandon", "The sponsor left.", "", false));

        assertEquals(Optional.of(second), stores.decisions.latest("CDP", "readiness"));
        assertEquals(List.of(second, first), stores.decisions.history("CDP", "readiness"));
        assertEquals(List.of(), stores.decisions.history("CDP", "another-checklist"));
    }

    @Test
    void a_decision_is_judged_against_the_suggestion_frozen_with_its_round_not_todays_thresholds() {
        readyAnswers();
        closing.close("CDP", "readiness", "coach");
        // Today, a quorum of ten and a round 2 nobody answered: the figures would not suggest launching any more.
        stores.settings.saveThresholds("CDP", new LaunchThresholds(90, 100, 10), "coach");

        assertEquals(Optional.of(Refusal.RATIONALE_REQUIRED), decide("not-yet", "", "", false).refusal(),
                "the frozen suggestion was ready: not yet differs from it");
        RecordedDecision launch = recorded(decide("launch", "", "", false));

        assertEquals(1, launch.roundNumber());
        assertEquals(List.of(launch), stores.decisions.history("CDP", "readiness"));
    }

    @Test
    void when_the_frozen_suggestion_was_not_yet_launching_needs_a_rationale() {
        answer("alice", "relevant-purpose", Answer.NO);
        closing.close("CDP", "readiness", "coach");

        assertEquals("not-yet", stores.rounds.lastClosedRound("CDP", "readiness").orElseThrow().figures().decision());
        assertEquals(Optional.of(Refusal.RATIONALE_REQUIRED), decide("launch", "", "", false).refusal());
        assertEquals("not-yet", recorded(decide("not-yet", "", "", false)).decision());
    }

    /** PostgreSQL refuses a NUL in any text: the rules drop control characters before the store sees them. */
    @Test
    void a_rationale_pasted_with_control_characters_is_recorded_without_them_on_every_database() {
        readyAnswers();

        RecordedDecision decision = recorded(decide("launch-with-conditions", "Ready\u0000 at last\u0007",
                "A\u0000 coach", true));

        assertEquals("Ready at last", stores.decisions.latest("CDP", "readiness").orElseThrow().rationale());
        assertEquals(List.of("A coach"), decision.conditions());
    }
}
