package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.testing.CountingActiveObjects;
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
 * What AnswerStore guarantees, on a real database: the same specification on H2 and, when present (required in
 * CI), PostgreSQL and MariaDB.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswerStoreTest {
    private static final Instant NOON = Instant.parse("2026-11-27T12:00:00Z");

    @Parameter
    TestDatabases.Kind kind;
    private StoreDatabase database;
    private CountingActiveObjects counting;
    private Stores stores;
    private AnswerStore store;

    /** Threads × ticks of the concurrency test: the full load on embedded H2, a lighter one over the network. */
    private int concurrentTicksPerThread() {
        return kind == TestDatabases.Kind.H2 ? 500 : 150;
    }

    @BeforeParameterizedClassInvocation
    void openDatabase(TestDatabases.Kind kind) {
        database = StoreDatabase.open(kind);
        counting = new CountingActiveObjects(database.activeObjects());
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(NOON);
        stores = new Stores(counting.activeObjects(), database.sql(), clock);
        store = stores.answers;
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
        counting.reset();
    }

    private static Tick tick(AnswerKey key, boolean checked) {
        return new Tick(key, checked, key.isShared() ? "coach" : key.respondent(), 42L);
    }

    private static AnswerKey alice(String item) {
        return AnswerKey.personal("CDP", "readiness", item, "alice");
    }

    private int answerRows() {
        return database.activeObjects().count(AnswerEntity.class, Query.select());
    }

    private int historyRows() {
        return database.activeObjects().count(AnswerChangeEntity.class, Query.select());
    }

    @Test
    void ticking_twice_is_idempotent() {
        RecordedAnswer first = store.record(tick(alice("coach"), true));
        RecordedAnswer second = store.record(tick(alice("coach"), true));

        assertTrue(first.changed());
        assertFalse(second.changed());
        assertTrue(second.checked());
        assertEquals(1, answerRows());
        assertEquals(1, historyRows());
    }

    @Test
    void a_tick_is_one_transaction_and_one_read() {
        store.record(tick(AnswerKey.personal("CDP", "readiness", "coach", "bruno"), true));
        store.record(tick(AnswerKey.shared("CDP", "readiness", "coach"), true));
        for (AnswerKey key : List.of(alice("coach"), AnswerKey.shared("CDP", "readiness", "groupware"))) {
            counting.reset();

            store.record(tick(key, true));

            assertEquals(1, counting.transactions(), key + ": transactions");
            assertEquals(1, counting.queries(), key + ": reads");
        }
    }

    @Test
    void a_members_tick_returns_the_items_new_agreement_over_every_respondent() {
        store.record(tick(AnswerKey.personal("CDP", "readiness", "coach", "bruno"), true));
        store.record(tick(AnswerKey.personal("CDP", "readiness", "groupware", "chloe"), true));
        store.record(tick(AnswerKey.personal("CDP", "other", "coach", "dora"), true));
        store.record(tick(AnswerKey.shared("CDP", "readiness", "coach"), true));

        assertEquals(Optional.of(new Agreement(2, 3)), store.record(tick(alice("coach"), true)).agreement());
        assertEquals(Optional.of(new Agreement(2, 3)), store.record(tick(alice("coach"), true)).agreement(), "repeated");
        assertEquals(Optional.of(new Agreement(1, 3)), store.record(tick(alice("coach"), false)).agreement(),
                "alice unticked but still answered");
        assertEquals(Optional.of(new Agreement(0, 3)), store.record(tick(alice("facilitator"), false)).agreement());
        assertEquals(Optional.empty(), store.record(tick(AnswerKey.shared("CDP", "readiness", "coach"), false)).agreement(),
                "the team's answer has no agreement");
    }

    @Test
    void unticking_an_item_nobody_ticked_records_nothing() {
        RecordedAnswer answer = store.record(tick(alice("coach"), false));

        assertFalse(answer.changed());
        assertFalse(answer.checked());
        assertEquals(Optional.empty(), answer.answeredBy());
        assertEquals(0, answerRows());
        assertEquals(0, historyRows());
    }

    @Test
    void a_checklist_has_answers_in_its_space_once_ticked_even_after_unticking() {
        store.record(tick(alice("coach"), true));
        store.record(tick(alice("coach"), false));

        assertTrue(store.hasAnswers("CDP", "readiness"));
        assertFalse(store.hasAnswers("CDP", "readiness-2"), "another checklist of the space");
        assertFalse(store.hasAnswers("OTHER", "readiness"), "the same name in another space");
    }

    @Test
    void history_gets_a_row_only_for_real_changes_with_old_and_new_state() {
        for (boolean checked : List.of(true, true, false, false, true)) {
            store.record(tick(alice("coach"), checked));
        }

        List<AnswerChange> history = store.history("CDP", "readiness");
        assertEquals(List.of(1, 2, 3), history.stream().map(AnswerChange::revision).toList());
        assertEquals(List.of(false, true, false), history.stream().map(AnswerChange::wasChecked).toList());
        assertEquals(List.of(true, false, true), history.stream().map(AnswerChange::nowChecked).toList());
        AnswerChange last = history.get(2);
        assertEquals(alice("coach"), last.key());
        assertEquals("alice", last.changedBy());
        assertEquals(NOON, last.changedAt());
        assertEquals(42L, last.pageId());
    }

    @Test
    void read_counts_respondents_and_agreement_per_item_and_the_viewers_own_answers() {
        store.record(tick(alice("coach"), true));
        store.record(tick(AnswerKey.personal("CDP", "readiness", "coach", "bruno"), true));
        store.record(tick(AnswerKey.personal("CDP", "readiness", "groupware", "bruno"), true));
        store.record(tick(AnswerKey.personal("CDP", "readiness", "groupware", "chloe"), true));
        store.record(tick(AnswerKey.personal("CDP", "readiness", "groupware", "chloe"), false));

        ChecklistAnswers answers = store.read("CDP", "readiness", Optional.of("alice"));

        assertEquals(3, answers.respondents());
        assertEquals(2, answers.agree("coach"));
        assertEquals(1, answers.agree("groupware"));
        assertEquals(0, answers.agree("facilitator"));
        assertEquals(Set.of("coach"), answers.checkedByViewer());
        assertTrue(answers.sharedByItem().isEmpty());
    }

    @Test
    void nobody_answered_reads_as_zero_respondents() {
        ChecklistAnswers answers = store.read("CDP", "readiness", Optional.empty());

        assertEquals(0, answers.respondents());
        assertEquals(0, answers.agree("coach"));
        assertTrue(answers.checkedByViewer().isEmpty());
    }

    @Test
    void a_shared_answer_is_the_teams_with_who_and_when_and_is_not_a_member_answer() {
        store.record(new Tick(AnswerKey.shared("CDP", "team", "coach"), true, "bruno", 7L));
        store.record(tick(AnswerKey.personal("CDP", "team", "groupware", "alice"), true));

        ChecklistAnswers answers = store.read("CDP", "team", Optional.of("bruno"));

        SharedAnswer shared = answers.shared("coach").orElseThrow();
        assertTrue(shared.checked());
        assertEquals("bruno", shared.answeredBy());
        assertEquals(NOON, shared.answeredAt());
        assertEquals(1, answers.respondents(), "only alice answered for herself");
        assertEquals(0, answers.agree("coach"));
        assertTrue(answers.shared("groupware").isEmpty());
    }

    @Test
    void unticking_a_shared_answer_keeps_who_unticked_it() {
        store.record(new Tick(AnswerKey.shared("CDP", "team", "coach"), true, "bruno", 7L));
        store.record(new Tick(AnswerKey.shared("CDP", "team", "coach"), false, "alice", 7L));

        SharedAnswer shared = store.read("CDP", "team", Optional.empty()).shared("coach").orElseThrow();
        assertFalse(shared.checked());
        assertEquals("alice", shared.answeredBy());
    }

    @Test
    void checklists_of_one_space_are_independent() {
        store.record(tick(AnswerKey.personal("CDP", "readiness", "coach", "alice"), true));
        store.record(tick(AnswerKey.personal("CDP", "launch-2027", "groupware", "alice"), true));

        assertEquals(Set.of("coach"), store.read("CDP", "readiness", Optional.of("alice")).checkedByViewer());
        assertEquals(Set.of("groupware"), store.read("CDP", "launch-2027", Optional.of("alice")).checkedByViewer());
        assertEquals(1, store.history("CDP", "launch-2027").size());
    }

    @Test
    void deleting_a_space_removes_its_answers_and_history_and_leaves_other_spaces_intact() {
        store.record(tick(AnswerKey.personal("CDP", "readiness", "coach", "alice"), true));
        store.record(tick(AnswerKey.personal("CDP", "readiness", "coach", "alice"), false));
        store.record(tick(AnswerKey.personal("OPS", "readiness", "coach", "alice"), true));

        int deleted = stores.erasure.forget("CDP");

        assertEquals(3, deleted, "one answer and two history rows");
        assertEquals(0, store.read("CDP", "readiness", Optional.empty()).respondents());
        assertTrue(store.history("CDP", "readiness").isEmpty());
        assertEquals(1, store.read("OPS", "readiness", Optional.empty()).agree("coach"));
        assertEquals(1, store.history("OPS", "readiness").size());
    }

    @Test
    void keys_with_quotes_and_unicode_are_stored_as_they_are() {
        AnswerKey odd = AnswerKey.personal("ÉTÉ", "l'équipe \"A\"", "coach", "usér'1");

        store.record(tick(odd, true));

        assertEquals(Set.of("coach"), store.read("ÉTÉ", "l'équipe \"A\"", Optional.of("usér'1")).checkedByViewer());
    }

    /**
     * Many members ticking the same answers at once: no duplicate row, no lost or double-counted change. Every
     * answer's history is one unbroken chain (revision n+1 starts from revision n's state), its final state is
     * the last accepted write of that chain, and the history holds exactly the ticks that reported a change.
     */
    @Test
    void concurrent_ticks_never_duplicate_nor_lose_a_change() throws Exception {
        List<AnswerKey> keys = new ArrayList<>();
        for (String respondent : List.of("alice", "bruno")) {
            for (String item : List.of("coach", "groupware", "facilitator")) {
                keys.add(AnswerKey.personal("CDP", "readiness", item, respondent));
            }
        }
        keys.add(AnswerKey.shared("CDP", "readiness", "coach"));
        AtomicInteger reportedChanges = new AtomicInteger();
        int threads = 32;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    for (int i = 0; i < concurrentTicksPerThread(); i++) {
                        AnswerKey key = keys.get(ThreadLocalRandom.current().nextInt(keys.size()));
                        if (store.record(tick(key, ThreadLocalRandom.current().nextBoolean())).changed()) {
                            reportedChanges.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        List<AnswerChange> history = store.history("CDP", "readiness");
        assertEquals(reportedChanges.get(), history.size(), "one history row per reported change");
        Map<AnswerKey, List<AnswerChange>> chains = history.stream()
                .collect(Collectors.groupingBy(AnswerChange::key, HashMap::new, Collectors.toList()));
        ChecklistAnswers answers = store.read("CDP", "readiness", Optional.empty());
        for (AnswerKey key : keys) {
            List<AnswerChange> chain = chains.getOrDefault(key, List.of()).stream()
                    .sorted((a, b) -> Integer.compare(a.revision(), b.revision())).toList();
            boolean state = false;
            for (int i = 0; i < chain.size(); i++) {
                assertEquals(i + 1, chain.get(i).revision(), key + ": revisions without gaps or repeats");
                assertEquals(state, chain.get(i).wasChecked(), key + ": each change starts from the previous state");
                assertTrue(chain.get(i).nowChecked() != chain.get(i).wasChecked(), key + ": only real changes");
                state = chain.get(i).nowChecked();
            }
            boolean finalState = key.isShared()
                    ? answers.shared(key.itemKey()).map(SharedAnswer::checked).orElse(false)
                    : database.activeObjects().count(AnswerEntity.class, Query.select().where(
                            "RESPONDENT = ? AND ITEM_KEY = ? AND CHECKED = ?", key.respondent(), key.itemKey(), true)) == 1;
            assertEquals(state, finalState, key + ": the final state is the last accepted write");
        }
        assertTrue(answerRows() <= keys.size(), "no duplicate answer rows");
        for (AnswerKey key : keys) {
            assertTrue(database.activeObjects().count(AnswerEntity.class, Query.select().where(
                    "RESPONDENT = ? AND ITEM_KEY = ?", key.respondent(), key.itemKey())) <= 1, key + " duplicated");
        }
    }
}
