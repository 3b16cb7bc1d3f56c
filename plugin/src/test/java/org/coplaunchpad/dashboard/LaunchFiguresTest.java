package org.coplaunchpad.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.answers.AnswerKey;
import org.coplaunchpad.answers.AnswerCounts;
import org.coplaunchpad.answers.ChecklistTally;
import org.coplaunchpad.assessment.AssessedItem;
import org.coplaunchpad.assessment.Assessment;
import org.coplaunchpad.assessment.Decision;
import org.coplaunchpad.assessment.ItemState;
import org.coplaunchpad.assessment.Share;
import org.coplaunchpad.answers.LaunchThresholds;
import org.coplaunchpad.answers.OverviewFigures;
import org.coplaunchpad.answers.SharedAnswer;
import org.coplaunchpad.answers.Answer;
import org.coplaunchpad.answers.GivenAnswer;
import org.coplaunchpad.answers.TimelineDay;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.catalog.ReadinessItem;
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
 * The dashboard's figures, computed exactly, end to end from ticks through the SQL aggregation to the decision,
 * on a real database: H2 always; PostgreSQL and MariaDB when present (required in CI).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LaunchFiguresTest {
    private static final Instant DAY_ONE = Instant.parse("2026-11-20T09:00:00Z");

    private final Catalog catalog = new Catalog();
    private final Assessor assessor = new Assessor(catalog);
    private final AppClock clock = mock(AppClock.class);
    @Parameter
    TestDatabases.Kind kind;
    private StoreDatabase database;
    private Stores stores;

    @BeforeParameterizedClassInvocation
    void open(TestDatabases.Kind kind) {
        database = StoreDatabase.open(kind);
        stores = Stores.on(database, clock);
    }

    @AfterParameterizedClassInvocation
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void empty() {
        database.clear();
        when(clock.now()).thenReturn(DAY_ONE);
    }

    private void tick(String space, String checklist, String member, String item, boolean checked) {
        stores.answers.record(new GivenAnswer(AnswerKey.personal(space, checklist, item, member), checked ? Answer.YES : Answer.NO, member, 42L));
    }

    private ChecklistTally tally(String space, String checklist) {
        return stores.figures.spaceTallies(space).stream().filter(t -> t.checklist().equals(checklist)).findFirst().orElseThrow();
    }

    /** As the dashboard judges a personal checklist the registry does not know: every section, the space's rules. */
    private Assessment assess(String space, String checklist) {
        return assessor.assess(tally(space, checklist), stores.settings.thresholds(space), false, List.of());
    }

    private static AssessedItem item(Assessment assessment, String key) {
        return assessment.item(key).orElseThrow();
    }

    @Test
    void a_space_without_answers_has_no_checklists() {
        tick("OPS", "readiness", "alice", "coach", true);

        assertTrue(stores.figures.spaceTallies("CDP").isEmpty());
    }

    @Test
    void counts_respondents_and_answers_per_item_and_the_rules_judge_those_figures() {
        tick("CDP", "readiness", "alice", "coach", true);
        tick("CDP", "readiness", "bruno", "coach", true);
        tick("CDP", "readiness", "bruno", "groupware", true);
        tick("CDP", "readiness", "chloe", "groupware", true);
        tick("CDP", "readiness", "chloe", "groupware", false);
        tick("CDP", "readiness", "chloe", "facilitator", true);
        tick("CDP", "readiness", "alice", "documentalist", true);
        tick("CDP", "readiness", "bruno", "documentalist", true);
        tick("CDP", "readiness", "chloe", "documentalist", false);

        ChecklistTally tally = tally("CDP", "readiness");
        Assessment assessment = assess("CDP", "readiness");

        assertEquals(3, tally.respondents());
        assertEquals(2, tally.counts("coach").yes());
        assertEquals(1, tally.counts("groupware").yes());
        assertEquals(1, tally.counts("facilitator").yes());
        assertEquals(2, tally.counts("documentalist").yes());
        assertEquals(new AnswerCounts(2, 0, 1, 0), tally.counts("documentalist"));
        assertEquals(ItemState.MET, item(assessment, "documentalist").state(), "2 yes, 1 no: three opinions, agreement 2/3");
        assertEquals(ItemState.TOO_FEW, item(assessment, "coach").state(), "2 opinions, the quorum is 3");
        assertEquals(ItemState.TOO_FEW, item(assessment, "groupware").state());
        assertEquals(ItemState.NOT_ASSESSED, item(assessment, "strategic-focus").state());
        assertEquals(1, assessment.met());
        assertEquals(List.of(42L), tally.pageIds());
        assertEquals(Optional.of(DAY_ONE), tally.lastActivity());
    }

    @Test
    void two_members_who_disagree_are_split_once_two_opinions_make_the_quorum() {
        stores.settings.saveThresholds("CDP", new LaunchThresholds(50, 75, 2), "coach");
        tick("CDP", "readiness", "alice", "coach", true);
        tick("CDP", "readiness", "bruno", "coach", false);

        Assessment assessment = assess("CDP", "readiness");

        assertEquals(2, assessment.respondents());
        assertEquals(ItemState.SPLIT, item(assessment, "coach").state());
        assertEquals("coach", assessment.blockingFirst().stream().filter(item -> !item.isGate()).findFirst()
                .orElseThrow().key(), "a split item blocks: listed right after the unmet fundamental conditions");
    }

    @Test
    void one_member_who_answered_yes_to_everything_is_ready_only_with_a_quorum_of_one() {
        for (ReadinessItem item : catalog.readinessItems()) {
            tick("CDP", "readiness", "alice", item.key(), true);
        }

        Assessment underQuorum = assess("CDP", "readiness");
        stores.settings.saveThresholds("CDP", new LaunchThresholds(50, 75, 1), "coach");
        Assessment quorumOfOne = assess("CDP", "readiness");

        assertEquals(1, underQuorum.respondents());
        assertEquals(Decision.NOT_YET, underQuorum.decision());
        assertEquals(Optional.of(100), quorumOfOne.score().map(Share::percent));
        assertEquals(Decision.READY, quorumOfOne.decision());
    }

    @Test
    void shared_mode_counts_the_teams_answers() {
        stores.answers.record(new GivenAnswer(AnswerKey.shared("CDP", "team", "coach"), Answer.YES, "bruno", 43L));
        stores.answers.record(new GivenAnswer(AnswerKey.shared("CDP", "team", "groupware"), Answer.YES, "bruno", 43L));
        stores.answers.record(new GivenAnswer(AnswerKey.shared("CDP", "team", "groupware"), Answer.NO, "alice", 43L));

        ChecklistTally tally = tally("CDP", "team");
        Assessment assessment = assessor.assess(tally, LaunchThresholds.DEFAULT, true, List.of());

        assertTrue(tally.isShared());
        assertEquals(0, tally.respondents());
        assertEquals(1, assessment.met());
        assertEquals(ItemState.NOT_MET, item(assessment, "groupware").state());
        assertEquals("alice", tally.sharedByItem().get("groupware").answeredBy());
        assertEquals(List.of(43L), tally.pageIds());
    }

    @Test
    void several_checklists_of_a_space_are_assessed_separately() {
        tick("CDP", "readiness", "alice", "coach", true);
        tick("CDP", "launch-2027", "alice", "coach", true);
        tick("CDP", "launch-2027", "bruno", "coach", false);
        tick("CDP", "launch-2027", "bruno", "groupware", true);

        assertEquals(List.of("launch-2027", "readiness"), stores.figures.spaceTallies("CDP").stream().map(ChecklistTally::checklist).toList());
        assertEquals(1, tally("CDP", "readiness").respondents());
        assertEquals(2, tally("CDP", "launch-2027").respondents());
        stores.settings.saveThresholds("CDP", new LaunchThresholds(50, 75, 1), "coach");
        assertEquals(ItemState.MET, item(assess("CDP", "readiness"), "coach").state());
        assertEquals(ItemState.SPLIT, item(assess("CDP", "launch-2027"), "coach").state());
    }

    @Test
    void thresholds_are_stored_per_space_and_change_the_decision() {
        tick("CDP", "readiness", "alice", "coach", true);
        tick("CDP", "readiness", "bruno", "groupware", true);

        assertEquals(ItemState.TOO_FEW, item(assess("CDP", "readiness"), "coach").state(), "the default quorum is 3");
        stores.settings.saveThresholds("CDP", new LaunchThresholds(40, 10), "coach");
        stores.settings.saveThresholds("CDP", new LaunchThresholds(40, 5, 1), "coach");

        assertEquals(new LaunchThresholds(40, 5, 1), stores.settings.thresholds("CDP"));
        assertEquals(LaunchThresholds.DEFAULT, stores.settings.thresholds("OPS"));
        assertEquals(ItemState.MET, item(assess("CDP", "readiness"), "coach").state(), "one opinion makes a quorum of 1");
    }

    @Test
    void the_timeline_counts_answers_given_and_cleared_per_day_but_not_a_reason_alone() {
        tick("CDP", "readiness", "alice", "coach", true);
        tick("CDP", "readiness", "bruno", "coach", true);
        when(clock.now()).thenReturn(DAY_ONE.plusSeconds(86_400));
        stores.answers.record(new GivenAnswer(AnswerKey.personal("CDP", "readiness", "coach", "bruno"), Answer.YES,
                GivenAnswer.ReasonEdit.replaceWith(java.util.Optional.of("Named last week.")), "bruno", 42L));
        stores.answers.record(new GivenAnswer(AnswerKey.personal("CDP", "readiness", "coach", "alice"), Answer.NONE,
                "alice", 42L));
        stores.answers.record(new GivenAnswer(AnswerKey.personal("CDP", "readiness", "coach", "alice"), Answer.NONE,
                "alice", 42L));

        assertEquals(List.of(new TimelineDay("readiness", LocalDate.parse("2026-11-20"), 2, 0),
                new TimelineDay("readiness", LocalDate.parse("2026-11-21"), 0, 1)), stores.figures.timeline("CDP"));
    }

    @Test
    void every_overview_row_streams_by_space_and_checklist_with_its_items_figures_and_its_spaces_thresholds() {
        tick("AAA", "readiness", "alice", "coach", true);
        tick("BBB", "readiness", "alice", "coach", true);
        tick("BBB", "readiness", "bruno", "coach", true);
        tick("BBB", "readiness", "bruno", "groupware", true);
        tick("CCC", "readiness", "alice", "coach", true);
        tick("CCC", "other", "alice", "coach", true);
        stores.answers.record(new GivenAnswer(AnswerKey.shared("DDD", "team", "coach"), Answer.YES, "bruno", 1L));
        stores.settings.saveThresholds("BBB", new LaunchThresholds(40, 10), "coach");

        List<OverviewFigures> rows = new ArrayList<>();
        stores.figures.everyOverviewRow(rows::add);

        assertEquals(List.of("AAA/readiness", "BBB/readiness", "CCC/other", "CCC/readiness", "DDD/team"),
                names(rows.stream().map(OverviewFigures::tally).toList()));
        OverviewFigures bbb = rows.get(1);
        assertEquals(2, bbb.tally().respondents());
        assertEquals(2, bbb.tally().counts("coach").yes());
        assertEquals(1, bbb.tally().counts("groupware").yes());
        assertEquals(Optional.of(DAY_ONE), bbb.tally().lastActivity());
        assertEquals(new LaunchThresholds(40, 10), bbb.thresholds());
        assertEquals(LaunchThresholds.DEFAULT, rows.get(0).thresholds());
        ChecklistTally team = rows.get(4).tally();
        assertTrue(team.isShared());
        assertEquals(new SharedAnswer(Answer.YES, "bruno", DAY_ONE), team.sharedByItem().get("coach"));
    }

    @Test
    void deleting_a_space_also_forgets_its_thresholds() {
        stores.settings.saveThresholds("CDP", new LaunchThresholds(60, 60), "coach");

        stores.erasure.forget("CDP");

        assertEquals(LaunchThresholds.DEFAULT, stores.settings.thresholds("CDP"));
    }

    private static List<String> names(List<ChecklistTally> tallies) {
        return tallies.stream().map(t -> t.spaceKey() + "/" + t.checklist()).toList();
    }
}
