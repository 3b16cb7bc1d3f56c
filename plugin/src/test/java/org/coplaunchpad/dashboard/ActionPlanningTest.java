package org.coplaunchpad.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.java.ao.Query;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.access.Viewer;
import org.coplaunchpad.answers.ActionChangeEntity;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.answers.LaunchActionEntity;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.NewDecision;
import org.coplaunchpad.answers.PlannedAction;
import org.coplaunchpad.answers.RecordedDecision;
import org.coplaunchpad.answers.RoundStore;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.dashboard.ActionOutcome.Refusal;
import org.coplaunchpad.dashboard.ActionPlanning.ActionForm;
import org.coplaunchpad.testing.ConfluenceFixture;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * From "not yet" to a plan, on a real database (H2 and, when present — required in CI — PostgreSQL and MariaDB) and
 * a Confluence of mocks: a space administrator turns an item of the decided round that was not met, or a condition of
 * the decision, into an action owned by a user named by username, who must be one Confluence knows and who may view
 * the space; every refusal stores nothing; the owner or a space administrator marks done and reopens, nobody else.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionPlanningTest {
    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");
    /** User keys are not usernames (Confluence generates them): the form names owners by username. */
    private static final String ALICE = "8a7f808a-alice";
    private static final String BRUNO = "8a7f808a-bruno";
    private static final String COACH = "8a7f808a-coach";
    private static final String OLGA = "8a7f808a-olga";

    @Parameter
    TestDatabases.Kind kind;
    private StoreDatabase database;
    private Stores stores;
    private ConfluenceFixture confluence;
    private Space cdp;
    private Space ops;
    private ActionPlanning planning;

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

    /**
     * The space CDP: the coach administers it; alice and bruno may view it; olga is a user of Confluence who may not.
     * Round 1 is closed with one item met, one not met and one split, and "not yet" was decided on it.
     */
    @BeforeEach
    void confluenceAndAPlan() {
        database.clear();
        confluence = new ConfluenceFixture();
        cdp = confluence.space("CDP");
        ops = confluence.space("OPS");
        ConfluenceUser coach = member(COACH, "coach", "Camille Coach");
        confluence.mayView(coach, cdp);
        confluence.mayAdminister(coach, cdp);
        confluence.mayView(member(ALICE, "alice", "Alice Martin"), cdp);
        confluence.mayView(member(BRUNO, "bruno", "Bruno Tremblay"), cdp);
        member(OLGA, "olga", "Olga Other");
        planning = new ActionPlanning(stores.actions, stores.decisions, stores.rounds, confluence.accessPolicy, stores.summaries);
        closeRound(List.of(item("facilitating-environment", "met"), item("relevant-purpose", "not-met"),
                item("satisfactory-integration", "split")));
        decide("not-yet", List.of());
    }

    private ConfluenceUser member(String key, String username, String fullName) {
        ConfluenceUser user = confluence.user(key, fullName);
        when(user.getName()).thenReturn(username);
        when(confluence.userAccessor.getUserByName(username)).thenReturn(user);
        return user;
    }

    private static RoundStore.FrozenItem item(String itemKey, String state) {
        return new RoundStore.FrozenItem(itemKey, new AnswerCounts(1, 0, 1, 0), state, "", true, Answer.NONE);
    }

    private void closeRound(List<RoundStore.FrozenItem> items) {
        stores.transactions.write("close a round", () -> stores.rounds.close("CDP", "readiness",
                stores.rounds.lockForClosing("CDP", "readiness").orElseThrow(), new RoundStore.FrozenRound(2, 0, 0,
                        "not-yet", List.of("fundamentals"), LaunchThresholds.DEFAULT, false, false, items), COACH));
    }

    private RecordedDecision decide(String decision, List<String> conditions) {
        int round = stores.rounds.lastClosedRound("CDP", "readiness").orElseThrow().number();
        return stores.decisions.record(new NewDecision("CDP", "readiness", round, decision, "", conditions, COACH));
    }

    private static ActionForm form(String subject, String owner, String due, String description) {
        return new ActionForm("readiness", subject, owner, due, description);
    }

    private static ActionForm valid() {
        return form("item:relevant-purpose", "alice", "2027-01-15", "Ask the sponsor for a purpose");
    }

    private ActionOutcome create(String viewerKey, ActionForm form) {
        return planning.create(Viewer.user(viewerKey), cdp, form);
    }

    private PlannedAction created() {
        ActionOutcome outcome = create(COACH, valid());
        assertEquals(Optional.empty(), outcome.refusal(), "created");
        return outcome.action().orElseThrow();
    }

    private static PlannedAction changed(ActionOutcome outcome) {
        assertEquals(Optional.empty(), outcome.refusal(), "changed");
        return outcome.action().orElseThrow();
    }

    private static void assertRefused(Refusal refusal, String detail, ActionOutcome outcome) {
        assertRefused(refusal, detail, outcome, "refused");
    }

    private static void assertRefused(Refusal refusal, String detail, ActionOutcome outcome, String why) {
        assertEquals(new ActionOutcome(Optional.empty(), Optional.of(refusal), detail), outcome, why);
    }

    private void assertNothingSaved() {
        assertEquals(0, database.activeObjects().count(LaunchActionEntity.class, Query.select()), "no action");
        assertEquals(0, database.activeObjects().count(ActionChangeEntity.class, Query.select()), "no history");
    }

    private PlannedAction stored(PlannedAction action) {
        return stores.actions.find("CDP", action.id()).orElseThrow();
    }

    @Test
    void an_unmet_item_of_the_decided_round_becomes_an_action_owned_by_the_user_named_by_username() {
        RecordedDecision notYet = stores.decisions.latest("CDP", "readiness").orElseThrow();

        PlannedAction action = created();

        assertEquals(new PlannedAction(action.id(), "CDP", "readiness", (int) notYet.id(), 1,
                Optional.of("relevant-purpose"), Optional.empty(), "Ask the sponsor for a purpose", Optional.of(ALICE),
                LocalDate.parse("2027-01-15"), PlannedAction.OPEN, Optional.empty(), Optional.empty(),
                List.of(new PlannedAction.Change("created", Optional.empty(), Optional.of(ALICE), Optional.of(COACH),
                        NOON))), action, "stored by user key, created by the administrator");
        assertEquals(List.of(action), stores.actions.plan("CDP", "readiness"));
    }

    @Test
    void the_typed_username_due_day_and_description_are_trimmed_and_made_plain() {
        PlannedAction action = changed(create(COACH, form("item:satisfactory-integration", "  alice \t",
                " 2027-01-15 ", "  Two\r\nlines\u0000  ")));

        assertEquals(Optional.of(ALICE), action.owner());
        assertEquals(LocalDate.parse("2027-01-15"), action.due());
        assertEquals("Two\nlines", action.description());
        assertEquals(Optional.of("satisfactory-integration"), action.itemKey(), "a split item is worth an action too");
    }

    @Test
    void a_condition_of_a_launch_with_conditions_becomes_an_action_about_the_condition_as_written() {
        decide("launch-with-conditions", List.of("A coach is named", "A budget"));

        PlannedAction action = changed(create(COACH, form("condition:2", "bruno", "2027-01-15", "")));

        assertEquals(Optional.of("A budget"), action.condition());
        assertEquals(Optional.empty(), action.itemKey());
        assertEquals("", action.description());
        assertEquals(Optional.of(BRUNO), action.owner());
    }

    @Test
    void someone_who_does_not_administer_the_space_may_not_add_an_action_and_nothing_is_saved() {
        assertRefused(Refusal.NOT_ALLOWED, "", create(BRUNO, valid()));
        assertRefused(Refusal.NOT_ALLOWED, "", create(ALICE, valid()));
        assertRefused(Refusal.NOT_ALLOWED, "", planning.create(Viewer.anonymous(), cdp, valid()));
        assertRefused(Refusal.NOT_ALLOWED, "", planning.create(Viewer.user(COACH), ops, valid()),
                "the coach administers CDP, not OPS");
        assertNothingSaved();
    }

    @Test
    void a_confluence_administrator_administers_every_space_and_may_add_an_action() {
        ConfluenceUser admin = member("8a7f808a-admin", "admin", "Ada Admin");
        confluence.mayAdminister(admin, com.atlassian.confluence.security.PermissionManager.TARGET_APPLICATION);

        assertEquals(Optional.of(ALICE), changed(create("8a7f808a-admin", valid())).owner());
    }

    @Test
    void without_a_decision_there_is_no_plan_and_nothing_is_saved() {
        assertRefused(Refusal.NO_PLAN, "", create(COACH, new ActionForm("another-checklist",
                "item:relevant-purpose", "alice", "2027-01-15", "")));
        assertNothingSaved();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"launch", "abandon"})
    void a_decision_in_force_that_starts_no_plan_refuses_new_actions_and_nothing_is_saved(String decision) {
        decide(decision, List.of());

        assertRefused(Refusal.NO_PLAN, "", create(COACH, valid()));
        assertNothingSaved();
    }

    @Test
    void a_met_item_is_not_a_subject_and_nothing_is_saved() {
        assertRefused(Refusal.NOT_A_SUBJECT, "", create(COACH, form("item:facilitating-environment", "alice",
                "2027-01-15", "")));
        assertNothingSaved();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "item:", "item:not-in-the-round", "condition:1", "condition:0", "garbage",
            "relevant-purpose"})
    void what_is_neither_an_unmet_item_of_the_round_nor_a_condition_of_the_decision_is_not_a_subject(String subject) {
        assertRefused(Refusal.NOT_A_SUBJECT, "", create(COACH, form(subject, "alice", "2027-01-15", "")));
        assertNothingSaved();
    }

    @Test
    void a_condition_number_past_the_decision_s_conditions_is_not_a_subject() {
        decide("launch-with-conditions", List.of("A coach is named", "A budget"));

        assertRefused(Refusal.NOT_A_SUBJECT, "", create(COACH, form("condition:3", "alice", "2027-01-15", "")));
        assertRefused(Refusal.NOT_A_SUBJECT, "", create(COACH, form("condition:0", "alice", "2027-01-15", "")));
        assertNothingSaved();
    }

    /** The plan follows the decision in force: an item unmet in a later round is not one its round judged. */
    @Test
    void an_item_is_judged_in_the_decided_round_not_in_a_later_one() {
        closeRound(List.of(item("facilitating-environment", "not-met"), item("relevant-purpose", "met")));

        assertRefused(Refusal.NOT_A_SUBJECT, "", create(COACH, form("item:facilitating-environment", "alice",
                "2027-01-15", "")));
        assertEquals(1, changed(create(COACH, valid())).roundNumber(), "relevant-purpose was not met in round 1");
    }

    @Test
    void an_owner_confluence_does_not_know_is_refused_naming_the_username_typed_and_nothing_is_saved() {
        when(confluence.userAccessor.getUserByName("zoe")).thenReturn(null);

        assertRefused(Refusal.UNKNOWN_OWNER, "zoe", create(COACH, form("item:relevant-purpose", "  zoe ",
                "2027-01-15", "")));
        assertRefused(Refusal.UNKNOWN_OWNER, "", create(COACH, form("item:relevant-purpose", "  ", "2027-01-15", "")),
                "no owner is no user");
        assertRefused(Refusal.UNKNOWN_OWNER, ALICE, create(COACH, form("item:relevant-purpose", ALICE, "2027-01-15",
                "")), "a user key is not a username");
        assertNothingSaved();
    }

    @Test
    void an_owner_who_may_not_view_the_space_is_refused_and_nothing_is_saved() {
        assertRefused(Refusal.OWNER_CANNOT_VIEW, "olga", create(COACH, form("item:relevant-purpose", "olga",
                "2027-01-15", "")));
        assertNothingSaved();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "2027-02-30", "15/01/2027", "+12027-01-01", "tomorrow"})
    void a_due_day_that_is_not_one_is_refused_naming_what_was_typed_and_nothing_is_saved(String due) {
        assertRefused(Refusal.BAD_DUE_DATE, due, create(COACH, form("item:relevant-purpose", "alice", due, "")));
        assertNothingSaved();
    }

    @Test
    void a_description_of_more_than_five_hundred_characters_is_refused_and_nothing_is_saved() {
        assertRefused(Refusal.DESCRIPTION_TOO_LONG, "", create(COACH, form("item:relevant-purpose", "alice",
                "2027-01-15", "a".repeat(501))));
        assertNothingSaved();
        assertEquals(500, changed(create(COACH, form("item:relevant-purpose", "alice", "2027-01-15",
                "a".repeat(500)))).description().length(), "five hundred is the most");
    }

    @Test
    void an_administrator_reassigns_to_another_user_who_may_view_the_space() {
        PlannedAction action = created();

        PlannedAction reassigned = changed(planning.reassign(Viewer.user(COACH), cdp, action.id(), " bruno "));

        assertEquals(Optional.of(BRUNO), reassigned.owner());
        assertEquals(new PlannedAction.Change("reassigned", Optional.of(ALICE), Optional.of(BRUNO), Optional.of(COACH),
                NOON), reassigned.history().get(1));
    }

    @Test
    void reassigning_is_refused_to_the_owner_to_an_unknown_user_and_to_one_who_cannot_view_and_nothing_changes() {
        PlannedAction action = created();

        assertRefused(Refusal.NOT_ALLOWED, "", planning.reassign(Viewer.user(ALICE), cdp, action.id(), "bruno"));
        assertRefused(Refusal.UNKNOWN_OWNER, "zoe", planning.reassign(Viewer.user(COACH), cdp, action.id(), " zoe"));
        assertRefused(Refusal.UNKNOWN_OWNER, "", planning.reassign(Viewer.user(COACH), cdp, action.id(), null));
        assertRefused(Refusal.OWNER_CANNOT_VIEW, "olga", planning.reassign(Viewer.user(COACH), cdp, action.id(), "olga"));
        assertRefused(Refusal.NO_SUCH_ACTION, "", planning.reassign(Viewer.user(COACH), cdp, action.id() + 1000, "bruno"));

        assertEquals(action, stored(action), "still alice's, with its one history row");
    }

    @Test
    void an_administrator_reschedules_and_a_bad_day_or_someone_else_is_refused() {
        PlannedAction action = created();

        assertRefused(Refusal.BAD_DUE_DATE, "2027-02-30", planning.reschedule(Viewer.user(COACH), cdp, action.id(),
                "2027-02-30"));
        assertRefused(Refusal.BAD_DUE_DATE, "", planning.reschedule(Viewer.user(COACH), cdp, action.id(), null));
        assertRefused(Refusal.NOT_ALLOWED, "", planning.reschedule(Viewer.user(ALICE), cdp, action.id(), "2027-03-01"));
        assertEquals(action, stored(action));

        assertEquals(LocalDate.parse("2027-03-01"),
                changed(planning.reschedule(Viewer.user(COACH), cdp, action.id(), "2027-03-01")).due());
    }

    @Test
    void only_an_administrator_deletes_not_even_the_owner_and_a_deleted_action_is_then_no_such_action() {
        PlannedAction action = created();

        assertRefused(Refusal.NOT_ALLOWED, "", planning.delete(Viewer.user(ALICE), cdp, action.id()));
        assertEquals(PlannedAction.OPEN, stored(action).status());
        assertEquals(PlannedAction.DELETED, changed(planning.delete(Viewer.user(COACH), cdp, action.id())).status());

        assertRefused(Refusal.NO_SUCH_ACTION, "", planning.delete(Viewer.user(COACH), cdp, action.id()));
        assertRefused(Refusal.NO_SUCH_ACTION, "", planning.markDone(Viewer.user(COACH), cdp, action.id()));
        assertRefused(Refusal.NOT_ALLOWED, "", planning.markDone(Viewer.user(ALICE), cdp, action.id()),
                "a deleted action is no longer hers");
    }

    @Test
    void the_owner_marks_her_action_done_and_reopens_it() {
        PlannedAction action = created();

        PlannedAction done = changed(planning.markDone(Viewer.user(ALICE), cdp, action.id()));
        assertEquals(PlannedAction.DONE, done.status());
        assertEquals(Optional.of(ALICE), done.doneBy());

        PlannedAction reopened = changed(planning.reopen(Viewer.user(ALICE), cdp, action.id()));
        assertEquals(PlannedAction.OPEN, reopened.status());
        assertEquals(List.of("created", "done", "reopened"), reopened.history().stream().map(PlannedAction.Change::kind)
                .toList());
    }

    @Test
    void a_space_administrator_marks_anyone_s_action_done_and_reopens_it() {
        PlannedAction action = created();

        assertEquals(Optional.of(COACH), changed(planning.markDone(Viewer.user(COACH), cdp, action.id())).doneBy());
        assertEquals(PlannedAction.OPEN, changed(planning.reopen(Viewer.user(COACH), cdp, action.id())).status());
    }

    @Test
    void someone_else_may_neither_mark_done_nor_reopen_and_nothing_changes() {
        PlannedAction action = created();

        assertRefused(Refusal.NOT_ALLOWED, "", planning.markDone(Viewer.user(BRUNO), cdp, action.id()));
        assertRefused(Refusal.NOT_ALLOWED, "", planning.markDone(Viewer.anonymous(), cdp, action.id()));
        assertEquals(action, stored(action), "still open, one history row");

        changed(planning.markDone(Viewer.user(ALICE), cdp, action.id()));
        PlannedAction done = stored(action);
        assertRefused(Refusal.NOT_ALLOWED, "", planning.reopen(Viewer.user(BRUNO), cdp, action.id()));
        assertRefused(Refusal.NOT_ALLOWED, "", planning.reopen(Viewer.anonymous(), cdp, action.id()));
        assertEquals(done, stored(action), "still done by alice");
    }

    /** Neither the owner nor an administrator: whether the action exists is none of their business. */
    @Test
    void someone_else_asking_for_an_action_that_does_not_exist_is_not_told_so() {
        assertRefused(Refusal.NOT_ALLOWED, "", planning.markDone(Viewer.user(BRUNO), cdp, 4242));
        assertRefused(Refusal.NO_SUCH_ACTION, "", planning.markDone(Viewer.user(COACH), cdp, 4242));
        assertRefused(Refusal.NO_SUCH_ACTION, "", planning.reopen(Viewer.user(COACH), cdp, 4242));
    }

    @Test
    void an_action_is_found_only_in_its_own_space() {
        PlannedAction action = created();
        ConfluenceUser opsAdmin = member("8a7f808a-ops", "ops-admin", "Otto Ops");
        confluence.mayAdminister(opsAdmin, ops);

        assertRefused(Refusal.NO_SUCH_ACTION, "", planning.markDone(Viewer.user("8a7f808a-ops"), ops, action.id()));
        assertRefused(Refusal.NO_SUCH_ACTION, "", planning.delete(Viewer.user("8a7f808a-ops"), ops, action.id()));
        assertRefused(Refusal.NOT_ALLOWED, "", planning.markDone(Viewer.user(ALICE), ops, action.id()),
                "in OPS there is no action of hers");
        assertEquals(action, stored(action));
    }
}
