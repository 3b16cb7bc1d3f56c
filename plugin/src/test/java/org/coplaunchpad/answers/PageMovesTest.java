package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.aohost.TestDatabases;
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

/** Checklists moving with their last pages to another space, on H2 and (when present, required in CI) PostgreSQL and MariaDB. */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageMovesTest {
    private static final Instant NOON = Instant.parse("2026-12-03T12:00:00Z");
    private static final PageChecklist READINESS = new PageChecklist("readiness", "personal", List.of());

    @Parameter
    TestDatabases.Kind kind;
    private StoreDatabase database;
    private Stores stores;

    @BeforeParameterizedClassInvocation
    void openDatabase(TestDatabases.Kind kind) {
        database = StoreDatabase.open(kind);
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(NOON);
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
    }

    private void tick(String space, String item, String member, boolean checked) {
        stores.answers.record(new GivenAnswer(AnswerKey.personal(space, "readiness", item, member), checked ? Answer.YES : Answer.NO, member, 42L));
    }

    @Test
    void the_last_page_takes_the_answers_history_and_registry_of_its_checklist_along() {
        stores.registry.register(42, "CDP", List.of(READINESS));
        tick("CDP", "coach", "alice", true);
        tick("CDP", "coach", "alice", false);
        tick("CDP", "coach", "bruno", true);

        List<ChecklistMove> moves = stores.pageMoves.move("CDP", "OPS", Map.of(42L, List.of(READINESS)));

        assertEquals(List.of(new ChecklistMove("readiness", ChecklistMove.Outcome.MOVED)), moves);
        assertEquals(0, stores.answers.read("CDP", "readiness", Optional.empty(), false).respondents());
        assertTrue(stores.answers.history("CDP", "readiness").isEmpty());
        assertTrue(stores.registry.space("CDP").isEmpty());
        assertEquals(2, stores.answers.read("OPS", "readiness", Optional.empty(), false).respondents());
        assertEquals(Set.of("coach"), stores.answers.read("OPS", "readiness", Optional.of("bruno"), false).viewerByItem().keySet());
        assertEquals(3, stores.answers.history("OPS", "readiness").size());
        assertEquals(List.of(42L), stores.registry.space("OPS").stream().map(RegisteredPage::pageId).toList());
    }

    @Test
    void moved_answers_keep_their_history_chain_in_the_new_space() {
        stores.registry.register(42, "CDP", List.of(READINESS));
        tick("CDP", "coach", "alice", true);
        stores.pageMoves.move("CDP", "OPS", Map.of(42L, List.of(READINESS)));

        tick("OPS", "coach", "alice", false);
        tick("OPS", "coach", "alice", true);

        List<AnswerChange> history = stores.answers.history("OPS", "readiness");
        assertEquals(List.of(1, 2, 3), history.stream().map(AnswerChange::revision).toList());
        assertEquals(Set.of("coach"), stores.answers.read("OPS", "readiness", Optional.of("alice"), false).viewerByItem().keySet());
    }

    @Test
    void a_checklist_other_pages_still_carry_stays_and_the_moved_page_joins_the_new_space() {
        stores.registry.register(42, "CDP", List.of(READINESS));
        stores.registry.register(43, "CDP", List.of(READINESS));
        tick("CDP", "coach", "alice", true);

        List<ChecklistMove> moves = stores.pageMoves.move("CDP", "OPS", Map.of(42L, List.of(READINESS)));

        assertEquals(List.of(new ChecklistMove("readiness", ChecklistMove.Outcome.STAYED)), moves);
        assertEquals(1, stores.answers.read("CDP", "readiness", Optional.empty(), false).respondents());
        assertEquals(List.of(43L), stores.registry.space("CDP").stream().map(RegisteredPage::pageId).toList());
        assertEquals(List.of(42L), stores.registry.space("OPS").stream().map(RegisteredPage::pageId).toList());
    }

    @Test
    void into_a_space_that_has_the_checklist_nothing_moves_and_both_spaces_know_why() {
        stores.registry.register(42, "CDP", List.of(READINESS));
        stores.registry.register(90, "OPS", List.of(READINESS));
        tick("CDP", "coach", "alice", true);

        List<ChecklistMove> moves = stores.pageMoves.move("CDP", "OPS", Map.of(42L, List.of(READINESS)));

        assertEquals(List.of(new ChecklistMove("readiness", ChecklistMove.Outcome.REFUSED)), moves);
        assertEquals(1, stores.answers.read("CDP", "readiness", Optional.empty(), false).respondents());
        assertEquals(0, stores.answers.read("OPS", "readiness", Optional.empty(), false).respondents());
        RefusedMove refused = new RefusedMove("readiness", "CDP", "OPS", 42, NOON);
        assertEquals(List.of(refused), stores.registry.refusedMoves("CDP"));
        assertEquals(List.of(refused), stores.registry.refusedMoves("OPS"));
    }

    @Test
    void a_checklist_nobody_answered_joins_the_target_space_s_checklist_of_that_name_without_a_refusal() {
        stores.registry.register(42, "CDP", List.of(READINESS));
        stores.registry.register(90, "OPS", List.of(READINESS));

        List<ChecklistMove> moves = stores.pageMoves.move("CDP", "OPS", Map.of(42L, List.of(READINESS)));

        assertEquals(List.of(new ChecklistMove("readiness", ChecklistMove.Outcome.JOINED)), moves);
        assertEquals(List.of(90L, 42L), stores.registry.space("OPS").stream().map(RegisteredPage::pageId).toList());
        assertTrue(stores.registry.refusedMoves("OPS").isEmpty());
    }

    @Test
    void answers_alone_make_the_target_space_s_checklist_too() {
        stores.registry.register(42, "CDP", List.of(READINESS));
        tick("CDP", "coach", "alice", true);
        tick("OPS", "coach", "bruno", true);

        assertEquals(ChecklistMove.Outcome.REFUSED,
                stores.pageMoves.move("CDP", "OPS", Map.of(42L, List.of(READINESS))).get(0).outcome());
    }

    @Test
    void moving_the_page_again_forgets_why_the_last_move_was_refused() {
        stores.registry.register(42, "CDP", List.of(READINESS));
        stores.registry.register(90, "OPS", List.of(READINESS));
        tick("CDP", "coach", "alice", true);
        stores.pageMoves.move("CDP", "OPS", Map.of(42L, List.of(READINESS)));
        assertEquals(1, stores.registry.refusedMoves("CDP").size());

        stores.pageMoves.move("OPS", "CDP", Map.of(42L, List.of(READINESS)));

        assertTrue(stores.registry.refusedMoves("CDP").isEmpty());
    }

    @Test
    void moving_within_a_space_moves_nothing() {
        stores.registry.register(42, "CDP", List.of(READINESS));
        tick("CDP", "coach", "alice", true);

        assertTrue(stores.pageMoves.move("CDP", "CDP", Map.of(42L, List.of(READINESS))).isEmpty());
        assertEquals(1, stores.answers.read("CDP", "readiness", Optional.empty(), false).respondents());
    }
}
