package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.java.ao.Query;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database the release before four-level answers left (model version 1: ticks, their history, the registry) comes
 * out of upgrade task 2 with every tick a yes or a no, every history row kept, and the same members counted: on H2
 * and, when present (required in CI), PostgreSQL and MariaDB.
 *
 * <p>The landed data, per checklist, and its figures before and after:
 * <ul>
 *   <li>CDP « readiness » (personal): alice ticked coach and groupware; bruno ticked coach, then unticked it; chloe
 *       ticked facilitator, unticked it, ticked it again. Before: 3 respondents (a row each); coach 1 tick of 3,
 *       groupware 1, facilitator 1. After: 3 respondents; coach 1 yes + 1 no (bruno's untick), groupware 1 yes,
 *       facilitator 1 yes, every other item unanswered by all three.</li>
 *   <li>CDP « equipe » (shared): the team ticked coach (bruno); groupware was ticked (bruno) then unticked (alice).
 *       Before: coach ticked, groupware unticked. After: coach yes, groupware no.</li>
 *   <li>OPS « readiness » (personal): dora ticked coach. Before: 1 respondent, coach 1 of 1. After: the same, yes.</li>
 * </ul>
 * 7 answer rows and 11 history rows before; the same 7 and 11, keys unchanged, after.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
class AnswerUpgradeTask002Test {
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant UPGRADE_DAY = Instant.parse("2026-12-02T12:00:00Z");

    @Parameter
    TestDatabases.Kind kind;
    private StoreDatabase database;

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    private static AnswerKey member(String space, String respondent, String item) {
        return AnswerKey.personal(space, "readiness", item, respondent);
    }

    private static AnswerKey team(String item) {
        return AnswerKey.shared("CDP", "equipe", item);
    }

    /** The landed release's data described in the class comment, written as that release wrote it. */
    private void landedTicks() {
        database = StoreDatabase.withLandedSchema(kind, 1);
        LandedTicks landed = new LandedTicks(database.activeObjects());
        landed.tick(member("CDP", "alice", "coach"), true, "alice", 42, MONDAY);
        landed.tick(member("CDP", "alice", "groupware"), true, "alice", 42, MONDAY);
        landed.tick(member("CDP", "bruno", "coach"), true, "bruno", 42, MONDAY);
        landed.tick(member("CDP", "bruno", "coach"), false, "bruno", 42, MONDAY.plusSeconds(60));
        landed.tick(member("CDP", "bruno", "facilitator"), false, "bruno", 42, MONDAY.plusSeconds(90));
        landed.tick(member("CDP", "chloe", "facilitator"), true, "chloe", 42, MONDAY);
        landed.tick(member("CDP", "chloe", "facilitator"), false, "chloe", 42, MONDAY.plusSeconds(60));
        landed.tick(member("CDP", "chloe", "facilitator"), true, "chloe", 42, MONDAY.plusSeconds(120));
        landed.tick(team("coach"), true, "bruno", 43, MONDAY);
        landed.tick(team("groupware"), true, "bruno", 43, MONDAY);
        landed.tick(team("groupware"), false, "alice", 43, MONDAY.plusSeconds(60));
        landed.tick(member("OPS", "dora", "coach"), true, "dora", 7, MONDAY);
    }

    /** As the AO plugin runs a task: in its own transaction, on the ActiveObjects it hands over. */
    private static void upgrade(ActiveObjects ao) {
        ao.executeInTransaction(() -> {
            new AnswerUpgradeTask002().upgrade(ModelVersion.valueOf("1"), ao);
            return null;
        });
    }

    private Stores stores() {
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(UPGRADE_DAY);
        return Stores.on(database, clock);
    }

    private Map<String, ChecklistTally> tallies(String space) {
        return stores().figures.spaceTallies(space).stream()
                .collect(Collectors.toMap(ChecklistTally::checklist, tally -> tally));
    }

    private Set<String> keys(Class<? extends net.java.ao.Entity> entity, String column) {
        return Arrays.stream(database.activeObjects().find(entity, Query.select("ID, " + column)))
                .map(row -> row instanceof TickAnswerEntity tick ? tick.getAnswerKey()
                        : row instanceof TickChangeEntity change ? change.getChangeKey()
                        : row instanceof AnswerEntity answer ? answer.getAnswerKey()
                        : ((AnswerChangeEntity) row).getChangeKey())
                .collect(Collectors.toSet());
    }

    @Test
    void every_tick_becomes_yes_or_no_and_the_figures_of_each_checklist_are_those_stated() {
        landedTicks();
        Set<String> answerKeysBefore = keys(TickAnswerEntity.class, "ANSWER_KEY");
        Set<String> changeKeysBefore = keys(TickChangeEntity.class, "CHANGE_KEY");
        assertEquals(7, answerKeysBefore.size());
        assertEquals(11, changeKeysBefore.size());

        upgrade(database.activeObjects());

        assertEquals(answerKeysBefore, keys(AnswerEntity.class, "ANSWER_KEY"), "no answer lost, none added");
        assertEquals(changeKeysBefore, keys(AnswerChangeEntity.class, "CHANGE_KEY"), "no history row lost");
        assertEquals(0, database.activeObjects().count(TickAnswerEntity.class, Query.select()), "the old table is emptied");
        assertEquals(0, database.activeObjects().count(TickChangeEntity.class, Query.select()));

        Map<String, ChecklistTally> cdp = tallies("CDP");
        ChecklistTally readiness = cdp.get("readiness");
        assertEquals(3, readiness.respondents(), "bruno's untick is a no: he is still counted");
        assertEquals(new AnswerCounts(1, 0, 1, 0), readiness.counts("coach"));
        assertEquals(new AnswerCounts(1, 0, 0, 0), readiness.counts("groupware"));
        assertEquals(new AnswerCounts(1, 0, 0, 0), readiness.counts("facilitator"), "bruno never ticked it: unanswered");
        assertEquals(AnswerCounts.NONE, readiness.counts("documentalist"));
        assertEquals(4, readiness.answersGivenAsTicks());
        ChecklistTally equipe = cdp.get("equipe");
        assertEquals(Answer.YES, equipe.sharedByItem().get("coach").answer());
        assertEquals("bruno", equipe.sharedByItem().get("coach").answeredBy());
        assertEquals(Answer.NO, equipe.sharedByItem().get("groupware").answer());
        assertEquals("alice", equipe.sharedByItem().get("groupware").answeredBy());
        assertEquals(2, equipe.answersGivenAsTicks());
        ChecklistTally ops = tallies("OPS").get("readiness");
        assertEquals(1, ops.respondents());
        assertEquals(new AnswerCounts(1, 0, 0, 0), ops.counts("coach"));
        assertEquals(List.of(42L), readiness.pageIds());
    }

    @Test
    void the_history_says_from_what_to_what_each_tick_went_and_that_it_was_a_tick() {
        landedTicks();

        upgrade(database.activeObjects());

        List<AnswerChange> chloe = stores().answers.history("CDP", "readiness").stream()
                .filter(change -> change.key().respondent().equals("chloe")).toList();
        assertEquals(List.of(1, 2, 3), chloe.stream().map(AnswerChange::revision).toList());
        assertEquals(List.of(Answer.NONE, Answer.YES, Answer.NO), chloe.stream().map(AnswerChange::was).toList());
        assertEquals(List.of(Answer.YES, Answer.NO, Answer.YES), chloe.stream().map(AnswerChange::now).toList());
        assertTrue(chloe.stream().allMatch(AnswerChange::givenAsTick));
        assertEquals(MONDAY.plusSeconds(120), chloe.get(2).changedAt());
        assertEquals(42L, chloe.get(2).pageId());
        java.time.LocalDate monday = java.time.LocalDate.of(2026, 11, 23);
        assertEquals(List.of(new TimelineDay("equipe", monday, 3, 0), new TimelineDay("readiness", monday, 7, 0)),
                stores().figures.timeline("CDP"), "an untick is now the answer no: given, not cleared");
    }

    @Test
    void answering_again_after_the_upgrade_goes_on_from_the_ticks_revision_and_is_no_longer_a_tick() {
        landedTicks();
        upgrade(database.activeObjects());
        database.migrateEveryEntity();   // as the AO plugin does once the tasks ran
        Stores stores = stores();

        RecordedAnswer partly = stores.answers.record(new GivenAnswer(member("CDP", "bruno", "coach"), Answer.PARTLY,
                "bruno", 42));

        assertTrue(partly.changed());
        AnswerChange last = stores.answers.history("CDP", "readiness").stream()
                .filter(change -> change.key().equals(member("CDP", "bruno", "coach"))).reduce((a, b) -> b).orElseThrow();
        assertEquals(3, last.revision());
        assertEquals(Answer.NO, last.was());
        assertEquals(Answer.PARTLY, last.now());
        assertEquals(3, tallies("CDP").get("readiness").answersGivenAsTicks());
        assertEquals(new AnswerCounts(1, 1, 0, 0), tallies("CDP").get("readiness").counts("coach"));
    }

    @Test
    void more_ticks_than_one_batch_are_all_moved() {
        database = StoreDatabase.withLandedSchema(kind, 1);
        LandedTicks landed = new LandedTicks(database.activeObjects());
        int members = AnswerUpgradeTask002.BATCH + 7;
        database.activeObjects().executeInTransaction(() -> {
            for (int i = 0; i < members; i++) {
                landed.tick(member("CDP", "member-" + i, "coach"), true, "member-" + i, 42, MONDAY);
            }
            return null;
        });

        upgrade(database.activeObjects());

        assertEquals(members, tallies("CDP").get("readiness").respondents());
        assertEquals(new AnswerCounts(members, 0, 0, 0), tallies("CDP").get("readiness").counts("coach"));
        assertEquals(members, database.activeObjects().count(AnswerChangeEntity.class, Query.select()));
    }

    @Test
    void on_a_fresh_install_it_creates_the_tables_and_moves_nothing_and_it_is_model_version_2() {
        database = StoreDatabase.empty(kind);

        upgrade(database.activeObjects());

        assertEquals(0, database.activeObjects().count(AnswerEntity.class, Query.select()));
        assertEquals("2", new AnswerUpgradeTask002().getModelVersion().toString());
    }
}
