package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import net.java.ao.Query;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.answers.ActionStore.OpenActions;
import org.coplaunchpad.answers.PlannedAction.Change;
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
 * The action plans as stored, on a real database (H2 and, when present — required in CI — PostgreSQL and MariaDB):
 * each action with one history row per change (who, when, the value before and after), a change that changes nothing
 * recorded as nothing, a deleted action kept out of its plan but not out of the database, the open and overdue counts
 * the overview shows; a removed space takes its plans with it, a removed user leaves them, owned by nobody.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionStoreTest {
    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-02");
    private static final LocalDate DUE = LocalDate.parse("2027-01-15");

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

    /** Moves the clock on; whole minutes, which every database keeps exactly. */
    private Instant later(int minutes) {
        now.set(NOON.plus(Duration.ofMinutes(minutes)));
        return now.get();
    }

    private PlannedAction create(String spaceKey, String checklist, String owner, LocalDate due, String createdBy) {
        return stores.actions.create(new NewAction(spaceKey, checklist, 7, 1, Optional.of("relevant-purpose"),
                Optional.empty(), "Ask the sponsor for a purpose", owner, due, createdBy));
    }

    private PlannedAction create(String owner, LocalDate due) {
        return create("CDP", "readiness", owner, due, "coach");
    }

    private PlannedAction read(PlannedAction action) {
        return stores.actions.find(action.spaceKey(), action.id()).orElseThrow();
    }

    private int historyRows(PlannedAction action) {
        return database.activeObjects().count(ActionChangeEntity.class,
                Query.select().where("ACTION_ID = ?", action.id()));
    }

    private static Change change(String kind, String oldValue, String newValue, String by, Instant at) {
        return new Change(kind, Optional.ofNullable(oldValue), Optional.ofNullable(newValue), Optional.ofNullable(by), at);
    }

    private LaunchActionEntity row(PlannedAction action) {
        return database.activeObjects().find(LaunchActionEntity.class, Query.select().where("ID = ?", action.id()))[0];
    }

    @Test
    void a_new_action_is_open_and_its_history_starts_with_who_created_it_for_whom() {
        PlannedAction created = stores.actions.create(new NewAction("CDP", "readiness", 7, 2,
                Optional.of("relevant-purpose"), Optional.empty(), "« Trois thèmes » 🚀", "alice", DUE, "coach"));

        assertEquals(new PlannedAction(created.id(), "CDP", "readiness", 7, 2, Optional.of("relevant-purpose"),
                Optional.empty(), "« Trois thèmes » 🚀", Optional.of("alice"), DUE, PlannedAction.OPEN,
                Optional.empty(), Optional.empty(), List.of(change("created", null, "alice", "coach", NOON))), created);
        assertEquals(created, read(created), "as stored");
        assertEquals(1, historyRows(created));
        assertEquals("coach", row(created).getCreatedBy());
        assertEquals(NOON, row(created).getCreatedAt().toInstant());
    }

    @Test
    void an_action_about_a_condition_without_a_description_reads_back_empty_not_null() {
        PlannedAction created = stores.actions.create(new NewAction("CDP", "readiness", 7, 1, Optional.empty(),
                Optional.of("A coach is named"), "", "alice", DUE, "coach"));

        PlannedAction read = read(created);
        assertEquals(Optional.empty(), read.itemKey());
        assertEquals(Optional.of("A coach is named"), read.condition());
        assertEquals("", read.description());
        assertEquals(null, row(created).getDescription(), "stored as no description");
    }

    @Test
    void reassigning_writes_one_row_from_the_old_owner_to_the_new_by_whom_and_when() {
        PlannedAction action = create("alice", DUE);
        Instant at = later(5);

        PlannedAction reassigned = stores.actions.reassign("CDP", action.id(), "bruno", "sponsor").orElseThrow();

        assertEquals(Optional.of("bruno"), reassigned.owner());
        assertEquals(List.of(change("created", null, "alice", "coach", NOON),
                change("reassigned", "alice", "bruno", "sponsor", at)), reassigned.history());
        assertEquals(reassigned, read(action));
        assertEquals(2, historyRows(action));
    }

    @Test
    void rescheduling_writes_one_row_from_the_old_day_to_the_new() {
        PlannedAction action = create("alice", DUE);
        Instant at = later(5);

        PlannedAction rescheduled = stores.actions.reschedule("CDP", action.id(), LocalDate.parse("2027-03-01"), "coach")
                .orElseThrow();

        assertEquals(LocalDate.parse("2027-03-01"), rescheduled.due());
        assertEquals(change("rescheduled", "2027-01-15", "2027-03-01", "coach", at), rescheduled.history().get(1));
        assertEquals(2, rescheduled.history().size());
        assertEquals(rescheduled, read(action));
    }

    @Test
    void marking_done_keeps_who_and_when_and_writes_one_row() {
        PlannedAction action = create("alice", DUE);
        Instant at = later(5);

        PlannedAction done = stores.actions.markDone("CDP", action.id(), "alice").orElseThrow();

        assertEquals(PlannedAction.DONE, done.status());
        assertEquals(Optional.of("alice"), done.doneBy());
        assertEquals(Optional.of(at), done.doneAt());
        assertEquals(change("done", "open", "done", "alice", at), done.history().get(1));
        assertEquals(2, done.history().size());
        assertEquals(done, read(action));
    }

    @Test
    void reopening_forgets_who_marked_it_done_and_writes_one_row() {
        PlannedAction action = create("alice", DUE);
        later(5);
        stores.actions.markDone("CDP", action.id(), "alice");
        Instant at = later(10);

        PlannedAction reopened = stores.actions.reopen("CDP", action.id(), "coach").orElseThrow();

        assertEquals(PlannedAction.OPEN, reopened.status());
        assertEquals(Optional.empty(), reopened.doneBy());
        assertEquals(Optional.empty(), reopened.doneAt());
        assertEquals(change("reopened", "done", "open", "coach", at), reopened.history().get(2));
        assertEquals(3, reopened.history().size());
        assertEquals(reopened, read(action));
    }

    @Test
    void deleting_keeps_the_action_marked_deleted_with_one_more_row_and_out_of_its_plan() {
        PlannedAction kept = create("bruno", DUE);
        PlannedAction action = create("alice", DUE);
        Instant at = later(5);

        PlannedAction deleted = stores.actions.delete("CDP", action.id(), "coach").orElseThrow();

        assertEquals(PlannedAction.DELETED, deleted.status());
        assertEquals(change("deleted", "open", "deleted", "coach", at), deleted.history().get(1));
        assertEquals(deleted, read(action), "still there, with its history");
        assertEquals(List.of(kept), stores.actions.plan("CDP", "readiness"));
    }

    @Test
    void a_deleted_action_changes_no_more_and_its_history_stays_as_it_was() {
        PlannedAction action = create("alice", DUE);
        PlannedAction deleted = stores.actions.delete("CDP", action.id(), "coach").orElseThrow();
        later(5);

        assertEquals(Optional.empty(), stores.actions.reassign("CDP", action.id(), "bruno", "coach"));
        assertEquals(Optional.empty(), stores.actions.reschedule("CDP", action.id(), TODAY, "coach"));
        assertEquals(Optional.empty(), stores.actions.markDone("CDP", action.id(), "alice"));
        assertEquals(Optional.empty(), stores.actions.reopen("CDP", action.id(), "alice"));
        assertEquals(Optional.empty(), stores.actions.delete("CDP", action.id(), "coach"));

        assertEquals(deleted, read(action));
        assertEquals(2, historyRows(action));
    }

    @Test
    void an_action_of_another_space_or_none_is_not_found_and_not_changed() {
        PlannedAction action = create("alice", DUE);

        assertEquals(Optional.empty(), stores.actions.find("OPS", action.id()));
        assertEquals(Optional.empty(), stores.actions.find("CDP", action.id() + 1000));
        assertEquals(Optional.empty(), stores.actions.reassign("OPS", action.id(), "bruno", "coach"));
        assertEquals(Optional.empty(), stores.actions.markDone("OPS", action.id(), "bruno"));
        assertEquals(Optional.empty(), stores.actions.delete("OPS", action.id(), "coach"));

        assertEquals(action, read(action), "untouched");
        assertEquals(1, historyRows(action));
    }

    @Test
    void reassigning_to_the_same_owner_is_no_change_and_writes_no_row() {
        PlannedAction action = create("alice", DUE);
        later(5);

        assertEquals(Optional.of(action), stores.actions.reassign("CDP", action.id(), "alice", "coach"));
        assertEquals(1, historyRows(action));
    }

    @Test
    void rescheduling_to_the_same_day_is_no_change_and_writes_no_row() {
        PlannedAction action = create("alice", DUE);
        later(5);

        assertEquals(Optional.of(action), stores.actions.reschedule("CDP", action.id(), DUE, "coach"));
        assertEquals(1, historyRows(action));
    }

    @Test
    void marking_a_done_action_done_again_keeps_who_did_it_first_and_when() {
        PlannedAction action = create("alice", DUE);
        PlannedAction done = stores.actions.markDone("CDP", action.id(), "alice").orElseThrow();
        later(5);

        assertEquals(Optional.of(done), stores.actions.markDone("CDP", action.id(), "coach"));
        assertEquals(Optional.of("alice"), read(action).doneBy());
        assertEquals(Optional.of(NOON), read(action).doneAt());
        assertEquals(2, historyRows(action));
    }

    @Test
    void reopening_an_open_action_is_no_change_and_writes_no_row() {
        PlannedAction action = create("alice", DUE);
        later(5);

        assertEquals(Optional.of(action), stores.actions.reopen("CDP", action.id(), "coach"));
        assertEquals(1, historyRows(action));
    }

    @Test
    void the_history_lists_every_change_oldest_first() {
        PlannedAction action = create("alice", DUE);
        Instant first = later(1);
        stores.actions.reassign("CDP", action.id(), "bruno", "coach");
        Instant second = later(2);
        stores.actions.reschedule("CDP", action.id(), LocalDate.parse("2027-02-01"), "coach");
        Instant third = later(3);
        stores.actions.markDone("CDP", action.id(), "bruno");
        Instant fourth = later(4);
        stores.actions.reopen("CDP", action.id(), "coach");
        Instant fifth = later(5);
        stores.actions.delete("CDP", action.id(), "coach");

        assertEquals(List.of(change("created", null, "alice", "coach", NOON),
                change("reassigned", "alice", "bruno", "coach", first),
                change("rescheduled", "2027-01-15", "2027-02-01", "coach", second),
                change("done", "open", "done", "bruno", third),
                change("reopened", "done", "open", "coach", fourth),
                change("deleted", "open", "deleted", "coach", fifth)), read(action).history());
    }

    @Test
    void a_plan_is_its_checklist_s_actions_in_its_space_done_ones_included_oldest_first() {
        PlannedAction first = create("alice", DUE);
        create("OPS", "readiness", "alice", DUE, "coach");
        create("CDP", "launch-2027", "alice", DUE, "coach");
        PlannedAction second = create("bruno", TODAY);
        PlannedAction deleted = create("chloe", DUE);
        stores.actions.delete("CDP", deleted.id(), "coach");
        PlannedAction done = stores.actions.markDone("CDP", second.id(), "bruno").orElseThrow();

        assertEquals(List.of(first, done), stores.actions.plan("CDP", "readiness"));
        assertEquals(List.of(), stores.actions.plan("CDP", "another-checklist"));
    }

    @Test
    void the_open_actions_of_each_checklist_are_counted_with_their_earliest_due_day() {
        create("CDP", "readiness", "alice", TODAY.minusDays(1), "coach");
        create("CDP", "readiness", "alice", TODAY.minusDays(30), "coach");
        create("CDP", "readiness", "alice", TODAY, "coach");
        create("CDP", "readiness", "alice", TODAY.plusDays(1), "coach");
        PlannedAction doneEarly = create("CDP", "readiness", "alice", TODAY.minusDays(40), "coach");
        stores.actions.markDone("CDP", doneEarly.id(), "alice");
        PlannedAction deletedEarly = create("CDP", "readiness", "alice", TODAY.minusDays(40), "coach");
        stores.actions.delete("CDP", deletedEarly.id(), "coach");
        create("CDP", "launch-2027", "alice", TODAY.plusDays(10), "coach");
        create("OPS", "readiness", "alice", TODAY.minusDays(1), "coach");

        assertEquals(Map.of("readiness", new OpenActions(4, Optional.of(TODAY.minusDays(30))),
                "launch-2027", new OpenActions(1, Optional.of(TODAY.plusDays(10)))), stores.actions.openActions("CDP"),
                "done and deleted actions are neither counted nor due; OPS was not asked");
        assertEquals(Map.of(), stores.actions.openActions("NONE"));
        assertEquals(Map.of("CDP", stores.actions.openActions("CDP"), "OPS", Map.of("readiness",
                new OpenActions(1, Optional.of(TODAY.minusDays(1))))), stores.actions.openActionsOfEverySpace());
    }

    @Test
    void removing_a_space_deletes_its_actions_and_their_history_and_nothing_of_other_spaces() {
        PlannedAction cdp = create("alice", DUE);
        stores.actions.reassign("CDP", cdp.id(), "bruno", "coach");
        PlannedAction deleted = create("CDP", "launch-2027", "alice", DUE, "coach");
        stores.actions.delete("CDP", deleted.id(), "coach");
        PlannedAction ops = create("OPS", "readiness", "alice", DUE, "coach");
        PlannedAction opsDone = stores.actions.markDone("OPS", ops.id(), "alice").orElseThrow();

        int removed = stores.actions.deleteSpace("CDP");

        assertEquals(6, removed, "two actions, the deleted one too, and their four history rows");
        assertEquals(Optional.empty(), stores.actions.find("CDP", cdp.id()));
        assertEquals(Optional.empty(), stores.actions.find("CDP", deleted.id()));
        assertEquals(0, historyRows(cdp) + historyRows(deleted), "no history left behind");
        assertEquals(opsDone, read(ops), "the other space's action and history stay");
        assertEquals(1, database.activeObjects().count(LaunchActionEntity.class, Query.select()));
        assertEquals(2, database.activeObjects().count(ActionChangeEntity.class, Query.select()));
    }

    @Test
    void the_space_erasure_removes_the_plans_with_the_rest_of_the_space() {
        create("alice", DUE);
        create("OPS", "readiness", "alice", DUE, "coach");

        assertEquals(2, stores.erasure.forget("CDP"), "one action and its created row");
        assertEquals(List.of(), stores.actions.plan("CDP", "readiness"));
        assertEquals(1, stores.actions.plan("OPS", "readiness").size());
    }

    @Test
    void a_removed_owner_s_action_stays_open_owned_by_nobody_and_their_name_leaves_the_history() {
        PlannedAction action = create("alice", DUE);
        Instant reassigned = later(1);
        stores.actions.reassign("CDP", action.id(), "bruno", "coach");
        Instant back = later(2);
        stores.actions.reassign("CDP", action.id(), "alice", "coach");

        int forgotten = stores.actions.forgetUser("alice");

        PlannedAction read = read(action);
        assertEquals(PlannedAction.OPEN, read.status(), "still to be done, to be reassigned");
        assertEquals(Optional.empty(), read.owner());
        assertEquals(DUE, read.due());
        assertEquals(List.of(change("created", null, null, "coach", NOON),
                change("reassigned", null, "bruno", "coach", reassigned),
                change("reassigned", "bruno", null, "coach", back)), read.history(), "bruno and the coach keep their names");
        assertEquals(4, forgotten, "the action and its three history rows");
        assertEquals(List.of(read), stores.actions.plan("CDP", "readiness"), "still in its plan");
        assertEquals(Map.of("readiness", new OpenActions(1, Optional.of(DUE))), stores.actions.openActions("CDP"),
                "and counted open");
    }

    @Test
    void a_removed_user_who_created_and_marked_actions_done_is_by_nobody_and_the_statuses_stay() {
        PlannedAction created = create("CDP", "readiness", "bruno", DUE, "alice");
        PlannedAction done = create("CDP", "readiness", "bruno", DUE, "coach");
        Instant doneAt = later(1);
        stores.actions.markDone("CDP", done.id(), "alice");
        Instant rescheduledAt = later(2);
        stores.actions.reschedule("CDP", created.id(), LocalDate.parse("2027-02-01"), "alice");

        stores.memberErasure.forget("alice");

        PlannedAction readCreated = read(created);
        assertEquals(List.of(change("created", null, "bruno", null, NOON),
                change("rescheduled", "2027-01-15", "2027-02-01", null, rescheduledAt)), readCreated.history(),
                "the days stay; who changed them goes");
        assertEquals(null, row(created).getCreatedBy());
        PlannedAction readDone = read(done);
        assertEquals(PlannedAction.DONE, readDone.status(), "done it stays");
        assertEquals(Optional.empty(), readDone.doneBy());
        assertEquals(Optional.of(doneAt), readDone.doneAt(), "when stays: it is not personal");
        assertEquals(List.of(change("created", null, "bruno", "coach", NOON),
                change("done", "open", "done", null, doneAt)), readDone.history());
        assertEquals(Optional.of("bruno"), readDone.owner());
        assertEquals(0, database.activeObjects().count(ActionChangeEntity.class, Query.select()
                .where("CHANGED_BY = ? OR OLD_VALUE = ? OR NEW_VALUE = ?", "alice", "alice", "alice")));
        assertEquals(0, database.activeObjects().count(LaunchActionEntity.class, Query.select()
                .where("OWNER = ? OR DONE_BY = ? OR CREATED_BY = ?", "alice", "alice", "alice")));
    }

    /**
     * User keys of users Confluence migrated from before 5.3 are their usernames: a user named "done" must not take
     * the statuses of the history with them. Only owners (created, reassigned) are user keys among the values.
     */
    @Test
    void a_removed_user_whose_key_reads_like_a_status_leaves_the_statuses_alone() {
        PlannedAction action = create("alice", DUE);
        stores.actions.markDone("CDP", action.id(), "alice");
        stores.actions.reopen("CDP", action.id(), "coach");

        stores.actions.forgetUser("done");
        stores.actions.forgetUser("open");
        stores.actions.forgetUser("2027-01-15");

        assertEquals(List.of(change("created", null, "alice", "coach", NOON), change("done", "open", "done", "alice", NOON),
                change("reopened", "done", "open", "coach", NOON)), read(action).history());
        assertTrue(read(action).isOpen());
    }
}
