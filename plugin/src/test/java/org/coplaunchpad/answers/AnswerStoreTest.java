package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
    private CountingSql statements;
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
        statements = new CountingSql(database.sql());
        stores = new Stores(counting.activeObjects(), statements, clock);
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
        statements.reset();
    }

    private static GivenAnswer answer(AnswerKey key, Answer answer) {
        return new GivenAnswer(key, answer, key.isShared() ? "coach" : key.respondent(), 42L);
    }

    private static GivenAnswer withReason(AnswerKey key, Answer answer, String reason) {
        return new GivenAnswer(key, answer, GivenAnswer.ReasonEdit.replaceWith(Optional.of(reason)),
                key.isShared() ? "coach" : key.respondent(), 42L);
    }

    private static AnswerKey alice(String item) {
        return AnswerKey.personal("CDP", "readiness", item, "alice");
    }

    private static AnswerKey member(String respondent, String item) {
        return AnswerKey.personal("CDP", "readiness", item, respondent);
    }

    private int answerRows() {
        return database.activeObjects().count(AnswerEntity.class, Query.select());
    }

    private int historyRows() {
        return database.activeObjects().count(AnswerChangeEntity.class, Query.select());
    }

    /** As AnsweringService records it: with its summary, whose tally gives the item's figures. */
    private RecordedAnswer.ItemFigures figures(GivenAnswer given) {
        return stores.answer(given).figures().orElseThrow();
    }

    @Test
    void answering_the_same_twice_is_idempotent() {
        RecordedAnswer first = store.record(answer(alice("coach"), Answer.PARTLY));
        RecordedAnswer second = store.record(answer(alice("coach"), Answer.PARTLY));

        assertTrue(first.changed());
        assertFalse(second.changed());
        assertEquals(Answer.PARTLY, second.answer());
        assertEquals(1, answerRows());
        assertEquals(1, historyRows());
    }

    @Test
    void an_answer_is_one_transaction_written_in_plain_sql_without_an_active_objects_query() {
        store.record(answer(member("bruno", "coach"), Answer.YES));
        store.record(answer(AnswerKey.shared("CDP", "readiness", "coach"), Answer.YES));
        for (AnswerKey key : List.of(alice("coach"), AnswerKey.shared("CDP", "readiness", "groupware"))) {
            counting.reset();
            statements.reset();

            store.record(answer(key, Answer.NO));

            assertEquals(1, counting.transactions(), key + ": transactions");
            assertEquals(0, counting.queries(), key + ": its own row is read through SAL, with its reason");
            assertEquals(3, statements.statements(), key + ": its row (none), then the history row and the answer");
        }
        counting.reset();
        statements.reset();

        store.record(withReason(alice("coach"), Answer.YES, "Now we have one."));

        assertEquals(1, counting.transactions());
        assertEquals(0, counting.queries());
        assertEquals(3, statements.statements(), "its row with its reason, then the answer and its history row");
        assertEquals(Optional.of("Now we have one."), store.read("CDP", "readiness", Optional.of("alice"), false)
                .viewer("coach").orElseThrow().reason());
    }

    @Test
    void a_members_answer_returns_how_every_respondent_answered_the_item() {
        store.record(answer(member("bruno", "coach"), Answer.YES));
        store.record(answer(member("chloe", "groupware"), Answer.YES));
        store.record(answer(AnswerKey.personal("CDP", "other", "coach", "dora"), Answer.YES));
        store.record(answer(AnswerKey.shared("CDP", "readiness", "coach"), Answer.YES));

        assertEquals(new RecordedAnswer.ItemFigures(new AnswerCounts(2, 0, 0, 0), 3),
                figures(answer(alice("coach"), Answer.YES)));
        assertEquals(new RecordedAnswer.ItemFigures(new AnswerCounts(2, 0, 0, 0), 3),
                figures(answer(alice("coach"), Answer.YES)), "repeated");
        assertEquals(new RecordedAnswer.ItemFigures(new AnswerCounts(1, 1, 0, 0), 3),
                figures(answer(alice("coach"), Answer.PARTLY)));
        assertEquals(new RecordedAnswer.ItemFigures(new AnswerCounts(0, 0, 0, 1), 3),
                figures(answer(alice("facilitator"), Answer.UNKNOWN)), "I don't know is counted apart");
        assertEquals(Optional.empty(), stores.answer(answer(AnswerKey.shared("CDP", "readiness", "coach"), Answer.NO))
                .figures(), "the team's answer has no member figures");
    }

    @Test
    void a_member_who_answers_only_no_counts_as_a_respondent() {
        store.record(answer(member("bruno", "coach"), Answer.YES));

        RecordedAnswer.ItemFigures figures = figures(answer(alice("coach"), Answer.NO));

        assertEquals(new AnswerCounts(1, 0, 1, 0), figures.counts());
        assertEquals(2, figures.respondents());
        assertEquals(2, store.read("CDP", "readiness", Optional.empty(), false).respondents());
    }

    @Test
    void clearing_the_only_answer_makes_the_member_no_longer_a_respondent_but_keeps_the_row_for_its_history() {
        store.record(answer(member("bruno", "coach"), Answer.YES));
        store.record(withReason(alice("coach"), Answer.NO, "Nobody was named."));

        RecordedAnswer cleared = stores.answer(withReason(alice("coach"), Answer.NONE, "ignored"));

        assertTrue(cleared.changed());
        assertEquals(Answer.NONE, cleared.answer());
        assertEquals(Optional.empty(), cleared.reason(), "none clears the reason too");
        assertEquals(new RecordedAnswer.ItemFigures(new AnswerCounts(1, 0, 0, 0), 1), cleared.figures().orElseThrow());
        ChecklistAnswers read = store.read("CDP", "readiness", Optional.of("alice"), false);
        assertEquals(1, read.respondents());
        assertEquals(Optional.empty(), read.viewer("coach"));
        assertEquals(List.of(Answer.NONE, Answer.NO), store.history("CDP", "readiness").stream()
                .filter(change -> change.key().equals(alice("coach"))).map(AnswerChange::was).toList());
    }

    @Test
    void clearing_an_item_nobody_answered_records_nothing() {
        RecordedAnswer answer = store.record(answer(alice("coach"), Answer.NONE));

        assertFalse(answer.changed());
        assertEquals(Answer.NONE, answer.answer());
        assertEquals(Optional.empty(), answer.answeredBy());
        assertEquals(0, answerRows());
        assertEquals(0, historyRows());
    }

    @Test
    void a_reason_is_kept_edited_and_deleted_and_each_change_has_a_history_row() {
        store.record(withReason(alice("coach"), Answer.PARTLY, "Only on Mondays."));
        RecordedAnswer kept = store.record(answer(alice("coach"), Answer.NO));
        RecordedAnswer edited = store.record(withReason(alice("coach"), Answer.NO, "Not any more."));
        RecordedAnswer same = store.record(withReason(alice("coach"), Answer.NO, "Not any more."));
        RecordedAnswer deleted = store.record(new GivenAnswer(alice("coach"), Answer.NO,
                GivenAnswer.ReasonEdit.DELETE, "alice", 42L));

        assertEquals(Optional.of("Only on Mondays."), kept.reason(), "no comment field: the reason stays");
        assertEquals(Optional.of("Not any more."), edited.reason());
        assertFalse(same.changed());
        assertEquals(Optional.empty(), deleted.reason());
        List<AnswerChange> history = store.history("CDP", "readiness");
        assertEquals(List.of(1, 2, 3, 4), history.stream().map(AnswerChange::revision).toList());
        assertEquals(List.of(true, false, true, true), history.stream().map(AnswerChange::reasonChanged).toList());
        assertEquals(List.of(Answer.PARTLY, Answer.NO, Answer.NO, Answer.NO),
                history.stream().map(AnswerChange::now).toList());
        assertEquals(Optional.empty(), store.read("CDP", "readiness", Optional.of("alice"), false)
                .viewer("coach").orElseThrow().reason());
    }

    @Test
    void a_checklist_has_answers_in_its_space_once_answered_even_after_clearing() {
        store.record(answer(alice("coach"), Answer.YES));
        store.record(answer(alice("coach"), Answer.NONE));

        assertTrue(store.hasAnswers("CDP", "readiness"));
        assertFalse(store.hasAnswers("CDP", "readiness-2"), "another checklist of the space");
        assertFalse(store.hasAnswers("OTHER", "readiness"), "the same name in another space");
    }

    @Test
    void history_gets_a_row_only_for_real_changes_with_old_and_new_answer() {
        for (Answer given : List.of(Answer.YES, Answer.YES, Answer.NO, Answer.NO, Answer.UNKNOWN)) {
            store.record(answer(alice("coach"), given));
        }

        List<AnswerChange> history = store.history("CDP", "readiness");
        assertEquals(List.of(1, 2, 3), history.stream().map(AnswerChange::revision).toList());
        assertEquals(List.of(Answer.NONE, Answer.YES, Answer.NO), history.stream().map(AnswerChange::was).toList());
        assertEquals(List.of(Answer.YES, Answer.NO, Answer.UNKNOWN), history.stream().map(AnswerChange::now).toList());
        AnswerChange last = history.get(2);
        assertEquals(alice("coach"), last.key());
        assertEquals("alice", last.changedBy());
        assertEquals(NOON, last.changedAt());
        assertEquals(42L, last.pageId());
        assertFalse(last.givenAsTick());
    }

    @Test
    void read_counts_respondents_and_answers_per_item_and_the_viewers_own_answers_with_their_reasons_only() {
        store.record(withReason(alice("coach"), Answer.YES, "Bruno coaches."));
        store.record(withReason(member("bruno", "coach"), Answer.PARTLY, "Only half time."));
        store.record(answer(member("bruno", "groupware"), Answer.YES));
        store.record(answer(member("chloe", "groupware"), Answer.UNKNOWN));
        store.record(answer(member("dora", "groupware"), Answer.YES));
        store.record(answer(member("dora", "groupware"), Answer.NONE));

        counting.reset();
        statements.reset();
        ChecklistAnswers answers = store.read("CDP", "readiness", Optional.of("alice"), false);

        assertEquals(1, statements.statements(), "the answers with the viewer's reasons, in one SQL statement");
        assertEquals(0, counting.queries(), "and no Active Objects query");
        assertEquals(3, answers.respondents(), "dora cleared her only answer");
        assertEquals(new AnswerCounts(1, 1, 0, 0), answers.counts("coach"));
        assertEquals(new AnswerCounts(1, 0, 0, 1), answers.counts("groupware"));
        assertEquals(AnswerCounts.NONE, answers.counts("facilitator"));
        assertEquals(Map.of("coach", new MemberAnswer(Answer.YES, Optional.of("Bruno coaches."), false)),
                answers.viewerByItem());
        assertTrue(answers.sharedByItem().isEmpty());
    }

    @Test
    void a_checklists_page_reads_its_registry_rows_answers_and_open_round_in_three_statements_on_one_connection() {
        stores.registry.register(41, "CDP", List.of(new PageChecklist("readiness", "personal", List.of())));
        stores.registry.register(42, "CDP", List.of(new PageChecklist("readiness", "personal", List.of("human-resources"),
                "always", true)));
        stores.registry.register(43, "CDP", List.of(new PageChecklist("other", "shared", List.of())));
        store.record(withReason(alice("coach"), Answer.PARTLY, "Bientôt"));
        store.record(answer(member("bruno", "coach"), Answer.YES));
        Instant deadline = Instant.parse("2026-12-24T17:00:00Z");
        stores.rounds.setDeadline("CDP", "readiness", Optional.of(deadline), "Europe/Paris");
        counting.reset();
        statements.reset();

        ChecklistPageRecords page = store.readPage("CDP", "readiness", Optional.of("alice"), false);

        assertEquals(3, statements.statements());
        assertEquals(1, statements.executions(), "one connection");
        assertEquals(0, counting.queries(), "no Active Objects query");
        assertEquals(List.of(41L, 42L), page.registered().stream().map(RegisteredPage::pageId).toList(),
                "in the order of registration");
        assertEquals(stores.registry.checklist("CDP", "readiness"), page.registered(), "as the registry reads them");
        assertEquals(store.read("CDP", "readiness", Optional.of("alice"), false), page.answers(), "as read() does");
        assertEquals(Optional.of("Bientôt"), page.answers().viewer("coach").flatMap(MemberAnswer::reason));
        assertEquals(new RoundStore.OpenRound(1, Optional.of(deadline), Optional.of("Europe/Paris")), page.round());
        assertEquals(stores.rounds.openRound("CDP", "readiness"), page.round(), "as the round store reads it");
    }

    @Test
    void a_checklists_page_that_nothing_registered_nor_answered_is_in_round_one_without_a_deadline() {
        ChecklistPageRecords page = store.readPage("CDP", "readiness", Optional.empty(), true);

        assertTrue(page.registered().isEmpty());
        assertEquals(0, page.answers().respondents());
        assertEquals(new RoundStore.OpenRound(1, Optional.empty(), Optional.empty()), page.round());
    }

    @Test
    void nobody_answered_reads_as_zero_respondents() {
        ChecklistAnswers answers = store.read("CDP", "readiness", Optional.empty(), false);

        assertEquals(0, answers.respondents());
        assertEquals(AnswerCounts.NONE, answers.counts("coach"));
        assertTrue(answers.viewerByItem().isEmpty());
    }

    @Test
    void a_shared_answer_is_the_teams_with_its_reason_who_and_when_and_is_not_a_member_answer() {
        store.record(new GivenAnswer(AnswerKey.shared("CDP", "team", "coach"), Answer.PARTLY,
                GivenAnswer.ReasonEdit.replaceWith(Optional.of("Named, not trained.")), "bruno", 7L));
        store.record(answer(AnswerKey.personal("CDP", "team", "groupware", "alice"), Answer.YES));

        ChecklistAnswers answers = store.read("CDP", "team", Optional.empty(), true);

        SharedAnswer shared = answers.shared("coach").orElseThrow();
        assertEquals(Answer.PARTLY, shared.answer());
        assertEquals(Optional.of("Named, not trained."), shared.reason());
        assertEquals("bruno", shared.answeredBy());
        assertEquals(NOON, shared.answeredAt());
        assertEquals(1, answers.respondents(), "only alice answered for herself");
        assertEquals(AnswerCounts.NONE, answers.counts("coach"));
        assertTrue(answers.shared("groupware").isEmpty());
    }

    @Test
    void changing_a_shared_answer_keeps_who_changed_it() {
        store.record(new GivenAnswer(AnswerKey.shared("CDP", "team", "coach"), Answer.YES, "bruno", 7L));
        store.record(new GivenAnswer(AnswerKey.shared("CDP", "team", "coach"), Answer.NO, "alice", 7L));

        SharedAnswer shared = store.read("CDP", "team", Optional.empty(), true).shared("coach").orElseThrow();
        assertEquals(Answer.NO, shared.answer());
        assertEquals("alice", shared.answeredBy());
    }

    @Test
    void checklists_of_one_space_are_independent() {
        store.record(answer(AnswerKey.personal("CDP", "readiness", "coach", "alice"), Answer.YES));
        store.record(answer(AnswerKey.personal("CDP", "launch-2027", "groupware", "alice"), Answer.NO));

        assertEquals(Set.of("coach"), store.read("CDP", "readiness", Optional.of("alice"), false).viewerByItem().keySet());
        assertEquals(Set.of("groupware"), store.read("CDP", "launch-2027", Optional.of("alice"), false)
                .viewerByItem().keySet());
        assertEquals(1, store.history("CDP", "launch-2027").size());
    }

    @Test
    void deleting_a_space_removes_its_answers_and_history_and_leaves_other_spaces_intact() {
        store.record(answer(AnswerKey.personal("CDP", "readiness", "coach", "alice"), Answer.YES));
        store.record(answer(AnswerKey.personal("CDP", "readiness", "coach", "alice"), Answer.NO));
        store.record(answer(AnswerKey.personal("OPS", "readiness", "coach", "alice"), Answer.YES));

        int deleted = stores.erasure.forget("CDP");

        assertEquals(3, deleted, "one answer and two history rows (an answer writes no round row)");
        assertEquals(0, store.read("CDP", "readiness", Optional.empty(), false).respondents());
        assertTrue(store.history("CDP", "readiness").isEmpty());
        assertEquals(1, store.read("OPS", "readiness", Optional.empty(), false).counts("coach").yes());
        assertEquals(1, store.history("OPS", "readiness").size());
    }

    @Test
    void forgetting_a_removed_member_deletes_their_answers_reasons_and_history_and_keeps_the_teams_answers() {
        store.record(withReason(alice("coach"), Answer.NO, "Nobody coaches."));
        store.record(answer(alice("groupware"), Answer.YES));
        store.record(answer(member("bruno", "coach"), Answer.YES));
        store.record(new GivenAnswer(AnswerKey.shared("CDP", "team", "coach"), Answer.YES, "alice", 7L));

        int forgotten = stores.memberErasure.forget("alice");

        assertEquals(6, forgotten, "two answers and two history rows deleted; the team answer and its history row rewritten");
        ChecklistAnswers readiness = store.read("CDP", "readiness", Optional.of("alice"), false);
        assertEquals(1, readiness.respondents());
        assertEquals(new AnswerCounts(1, 0, 0, 0), readiness.counts("coach"));
        assertTrue(readiness.viewerByItem().isEmpty());
        assertTrue(store.history("CDP", "readiness").stream().noneMatch(change -> change.key().respondent().equals("alice")));
        SharedAnswer team = store.read("CDP", "team", Optional.empty(), true).shared("coach").orElseThrow();
        assertEquals(Answer.YES, team.answer());
        assertEquals(AnswerKey.FORMER_MEMBER, team.answeredBy());
        assertEquals(List.of(AnswerKey.FORMER_MEMBER), store.history("CDP", "team").stream()
                .map(AnswerChange::changedBy).toList());
        assertEquals(0, database.activeObjects().count(AnswerEntity.class, Query.select().where("ANSWERED_BY = ?", "alice")));
    }

    @Test
    void keys_and_reasons_with_quotes_unicode_and_line_breaks_are_stored_as_they_are() {
        AnswerKey odd = AnswerKey.personal("ÉTÉ", "l'équipe \"A\"", "coach", "usér'1");
        String reason = "« Oui », mais\nseulement l'été 🌞 <b>";

        store.record(withReason(odd, Answer.YES, reason));

        assertEquals(Optional.of(reason), store.read("ÉTÉ", "l'équipe \"A\"", Optional.of("usér'1"), false)
                .viewer("coach").orElseThrow().reason());
    }

    @Test
    void a_reason_of_the_longest_length_is_stored_whole() {
        String longest = "é".repeat(AnswerReason.MAX_CODE_POINTS - 1) + "🌞";

        store.record(withReason(alice("coach"), Answer.YES, longest));

        assertEquals(Optional.of(longest), store.read("CDP", "readiness", Optional.of("alice"), false)
                .viewer("coach").orElseThrow().reason());
    }

    /**
     * Many members answering the same items at once: no duplicate row, no lost or double-counted change. Every
     * answer's history is one unbroken chain (revision n+1 starts from revision n's answer), its final answer is
     * the last accepted write of that chain, and the history holds exactly the answers that reported a change.
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
                        Answer given = Answer.values()[ThreadLocalRandom.current().nextInt(Answer.values().length)];
                        if (store.record(answer(key, given)).changed()) {
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
        ChecklistAnswers answers = store.read("CDP", "readiness", Optional.empty(), true);
        for (AnswerKey key : keys) {
            List<AnswerChange> chain = chains.getOrDefault(key, List.of()).stream()
                    .sorted((a, b) -> Integer.compare(a.revision(), b.revision())).toList();
            Answer state = Answer.NONE;
            for (int i = 0; i < chain.size(); i++) {
                assertEquals(i + 1, chain.get(i).revision(), key + ": revisions without gaps or repeats");
                assertEquals(state, chain.get(i).was(), key + ": each change starts from the previous answer");
                assertTrue(chain.get(i).now() != chain.get(i).was(), key + ": only real changes");
                state = chain.get(i).now();
            }
            Answer finalState = key.isShared()
                    ? answers.shared(key.itemKey()).map(SharedAnswer::answer).orElse(Answer.NONE)
                    : Arrays.stream(database.activeObjects().find(AnswerEntity.class, Query.select().where(
                            "RESPONDENT = ? AND ITEM_KEY = ?", key.respondent(), key.itemKey())))
                            .map(row -> Answer.stored(row.getAnswer())).findFirst().orElse(Answer.NONE);
            assertEquals(state, finalState, key + ": the final state is the last accepted write");
        }
        assertTrue(answerRows() <= keys.size(), "no duplicate answer rows");
        for (AnswerKey key : keys) {
            assertTrue(database.activeObjects().count(AnswerEntity.class, Query.select().where(
                    "RESPONDENT = ? AND ITEM_KEY = ?", key.respondent(), key.itemKey())) <= 1, key + " duplicated");
        }
    }
}
