package org.coplaunchpad.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.answers.AnswerKey;
import org.coplaunchpad.answers.GivenAnswer;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.PageChecklist;
import org.coplaunchpad.answers.RoundStore.ClosedRound;
import org.coplaunchpad.answers.RoundStore.FrozenItem;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.catalog.Catalog;
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
 * Closing an assessment round, on a real database (H2 and, when present — required in CI — PostgreSQL and
 * MariaDB): the closed round's figures are frozen and never recomputed, the next round starts unanswered with the
 * last round's answers as hints, and an answer racing the closing lands in exactly one round.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
class RoundClosingTest {
    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");

    @Parameter
    TestDatabases.Kind kind;
    private StoreDatabase database;
    private Stores stores;
    private RoundClosing closing;

    @BeforeEach
    void openDatabase() {
        database = StoreDatabase.open(kind);
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(NOON);
        stores = Stores.on(database, clock);
        closing = new RoundClosing(stores.summaries, stores.rounds, stores.figures, stores.settings,
                stores.checklistRegistry(new ConfluenceFixture()), new Assessor(new Catalog()));
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    private void answer(String member, String item, Answer answer) {
        stores.answer(new GivenAnswer(AnswerKey.personal("CDP", "readiness", item, member), answer, member, 42L));
    }

    private FrozenItem frozen(ClosedRound round, String item) {
        return round.figures().items().stream().filter(frozen -> frozen.itemKey().equals(item)).findFirst().orElseThrow();
    }

    @Test
    void a_closed_round_keeps_its_figures_while_the_next_one_starts_unanswered_and_thresholds_change() {
        stores.registry.register(42, "CDP", List.of(new PageChecklist("readiness", "personal", List.of("fundamentals"))));
        for (String member : List.of("alice", "bruno", "chloe")) {
            answer(member, "facilitating-environment", Answer.YES);
        }
        answer("alice", "relevant-purpose", Answer.NO);

        assertEquals(Optional.of(2), closing.close("CDP", "readiness", "coach"));
        answer("alice", "facilitating-environment", Answer.NO);
        answer("dora", "facilitating-environment", Answer.NO);
        stores.settings.saveThresholds("CDP", new LaunchThresholds(90, 100, 1), "coach");
        stores.registry.register(42, "CDP", List.of(new PageChecklist("readiness", "personal", List.of())));

        List<ClosedRound> closed = stores.rounds.closedRounds("CDP", "readiness");
        assertEquals(1, closed.size());
        ClosedRound first = closed.get(0);
        assertEquals(1, first.number());
        assertEquals(3, first.figures().respondents());
        assertEquals(new AnswerCounts(3, 0, 0, 0), frozen(first, "facilitating-environment").counts());
        assertEquals("met", frozen(first, "facilitating-environment").state());
        assertEquals("too-few", frozen(first, "relevant-purpose").state());
        assertEquals(List.of("fundamentals"), first.figures().scope(), "the round's scope, not today's");
        assertEquals(LaunchThresholds.DEFAULT, first.figures().thresholds(), "the round's thresholds, not today's");
        assertEquals(3, first.figures().items().size(), "only the items in its scope");
        assertEquals("not-yet", first.figures().decision());
        assertEquals(2, stores.rounds.openRound("CDP", "readiness").number());
        assertEquals(new AnswerCounts(0, 0, 2, 0), stores.answers.read("CDP", "readiness", Optional.empty(), false)
                .counts("facilitating-environment"), "round 2 counts only round 2's answers");
        assertEquals(AnswerCounts.NONE, stores.answers.read("CDP", "readiness", Optional.empty(), false)
                .counts("relevant-purpose"), "round 2 starts unanswered");
        assertEquals(Map.of("facilitating-environment", Answer.YES, "relevant-purpose", Answer.NO),
                stores.rounds.lastRoundAnswers("CDP", "readiness", "alice"), "alice's hints");
    }

    @Test
    void a_removed_member_takes_their_kept_answers_with_them_but_the_frozen_counts_stay_and_a_removed_space_everything() {
        answer("alice", "coach", Answer.YES);
        answer("bruno", "coach", Answer.YES);
        closing.close("CDP", "readiness", "coach");

        stores.memberErasure.forget("alice");

        assertEquals(Map.of(), stores.rounds.lastRoundAnswers("CDP", "readiness", "alice"));
        assertEquals(Map.of("coach", Answer.YES), stores.rounds.lastRoundAnswers("CDP", "readiness", "bruno"));
        assertEquals(new AnswerCounts(2, 0, 0, 0), frozen(stores.rounds.closedRounds("CDP", "readiness").get(0), "coach")
                .counts(), "counts are not personal");
        stores.erasure.forget("CDP");
        assertEquals(List.of(), stores.rounds.closedRounds("CDP", "readiness"));
        assertEquals(1, stores.rounds.openRound("CDP", "readiness").number());
    }

    /**
     * Sixteen members answer (each one item, once) while an administrator closes the round: every answer the store
     * accepted is in exactly one round — kept by round 1 or live in round 2 — and none is lost.
     */
    @Test
    void answers_racing_a_closing_each_land_in_exactly_one_round() throws Exception {
        int threads = 16;
        int answersEach = kind == TestDatabases.Kind.H2 ? 30 : 12;
        List<String> items = new Catalog().readinessItems().stream().map(item -> item.key()).toList();
        Set<String> accepted = Collections.synchronizedSet(new HashSet<>());
        CountDownLatch started = new CountDownLatch(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String member = "member-" + t;
                running.add(pool.submit(() -> {
                    started.countDown();
                    for (int i = 0; i < answersEach; i++) {
                        String item = items.get(i % items.size());
                        String respondent = member + "-" + (i / items.size());
                        stores.answer(new GivenAnswer(AnswerKey.personal("CDP", "readiness", item, respondent),
                                Answer.YES, respondent, 42L));
                        accepted.add(respondent + "/" + item);
                    }
                    return null;
                }));
            }
            started.await(1, TimeUnit.MINUTES);
            while (accepted.size() < threads) {   // some answers are in round 1 before the closing starts
                Thread.sleep(1);
            }
            Future<Optional<Integer>> closed = pool.submit(() -> closing.close("CDP", "readiness", "coach"));
            assertEquals(Optional.of(2), closed.get(5, TimeUnit.MINUTES));
            for (Future<?> future : running) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        int keptByRoundOne = stores.rounds.closedRounds("CDP", "readiness").get(0).figures().items().stream()
                .mapToInt(item -> item.counts().yes()).sum();
        int liveInRoundTwo = stores.answers.read("CDP", "readiness", Optional.empty(), false).countsByItem().values()
                .stream().mapToInt(AnswerCounts::yes).sum();
        assertEquals(threads * answersEach, accepted.size());
        assertEquals(accepted.size(), keptByRoundOne + liveInRoundTwo,
                "round 1 froze " + keptByRoundOne + ", round 2 has " + liveInRoundTwo);
        assertTrue(keptByRoundOne >= threads, "the closing came after some answers: " + keptByRoundOne);
        assertTrue(liveInRoundTwo > 0, "and before others: " + liveInRoundTwo);
    }
}
