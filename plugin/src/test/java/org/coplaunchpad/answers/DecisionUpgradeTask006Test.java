package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.coplaunchpad.testing.UpgradeTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database as model version 5 left it (answers, settings, a closed round) comes out of upgrade task 6 with the
 * launch decisions and the threshold changes working and every older row as it was; a fresh install, which runs
 * every task on no table at all, gets them too: on H2 and, when present (required in CI), PostgreSQL and MariaDB.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
class DecisionUpgradeTask006Test {
    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");

    @Parameter
    TestDatabases.Kind kind;
    private StoreDatabase database;

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    private Stores stores() {
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(NOON);
        return Stores.on(database, clock);
    }


    /** Every entity model version 5 declared: all of today's but the decision's two. */
    private static void migrateModelVersion5(ActiveObjects ao) {
        ao.migrate(AnswerEntity.class, AnswerChangeEntity.class, LaunchSettingsEntity.class, ChecklistPageEntity.class,
                RefusedMoveEntity.class, AssessmentRoundEntity.class, RoundItemEntity.class, RoundAnswerEntity.class);
    }

    private static RoundStore.FrozenRound frozenRound(LaunchThresholds thresholds) {
        return new RoundStore.FrozenRound(1, 1, 1, "not-yet", List.of("human-resources"), thresholds, false, false,
                List.of(new RoundStore.FrozenItem("coach", new AnswerCounts(1, 0, 0, 0), "met", "", false, Answer.NONE)));
    }

    @Test
    void a_model_version_5_database_gets_decisions_and_threshold_changes_and_keeps_its_rows() {
        database = StoreDatabase.empty(kind);
        ActiveObjects ao = database.activeObjects();
        migrateModelVersion5(ao);
        Stores landed = stores();
        landed.answers.record(new GivenAnswer(AnswerKey.personal("CDP", "readiness", "coach", "alice"), Answer.YES,
                "alice", 42L));
        // Saved by release 5, which kept no history of changes (saveThresholds now writes one).
        ao.create(LaunchSettingsEntity.class, new DBParam("SPACE_KEY", "CDP"), new DBParam("MAJORITY_PERCENT", 60),
                new DBParam("READINESS_PERCENT", 80), new DBParam("QUORUM", 4), new DBParam("UPDATED_BY", "coach"),
                new DBParam("UPDATED_AT", Date.from(NOON)));
        LaunchThresholds landedThresholds = new LaunchThresholds(60, 80, 4);
        landed.transactions.write("close round 1 as release 5 did", () -> landed.rounds.close("CDP", "readiness",
                landed.rounds.lockForClosing("CDP", "readiness").orElseThrow(), frozenRound(landedThresholds), "coach"));
        landed.answers.record(new GivenAnswer(AnswerKey.personal("CDP", "readiness", "coach", "bruno"), Answer.NO,
                "bruno", 42L));

        UpgradeTasks.run(ao, new DecisionUpgradeTask006(), "5");
        database.migrateEveryEntity();
        Stores stores = stores();

        RecordedDecision decision = stores.decisions.record(new NewDecision("CDP", "readiness", 1, "launch-with-conditions",
                "« Oui », mais l'été 🌞", List.of("A coach", "A budget"), "sponsor"));
        assertEquals(Optional.of(decision), stores.decisions.latest("CDP", "readiness"));
        assertEquals(new RecordedDecision(decision.id(), "CDP", "readiness", 1, "launch-with-conditions",
                "« Oui », mais l'été 🌞", List.of("A coach", "A budget"), Optional.of("sponsor"), NOON), decision);
        stores.settings.saveThresholds("CDP", new LaunchThresholds(70, 80, 4), "coach");
        assertEquals(List.of(new ThresholdChange(Optional.of("coach"), NOON, landedThresholds,
                new LaunchThresholds(70, 80, 4))), stores.settings.changes("CDP"), "old → new: the landed settings");

        RoundStore.ClosedRound round = stores.rounds.closedRound("CDP", "readiness", 1).orElseThrow();
        assertEquals(frozenRound(landedThresholds), round.figures(), "the closed round is untouched");
        assertEquals(2, stores.rounds.openRound("CDP", "readiness").number());
        assertEquals(java.util.Map.of("coach", Answer.YES), stores.rounds.lastRoundAnswers("CDP", "readiness", "alice"));
        assertEquals(new AnswerCounts(0, 0, 1, 0), stores.answers.read("CDP", "readiness", Optional.empty(), false)
                .counts("coach"), "round 2's answer is kept");
        assertEquals(2, stores.answers.history("CDP", "readiness").size(), "and the history of answers");
    }

    @Test
    void a_fresh_install_runs_every_task_on_no_table_and_then_records_decisions_and_changes() {
        database = StoreDatabase.empty(kind);
        ActiveObjects ao = database.activeObjects();
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(NOON);
        List<ActiveObjectsUpgradeTask> tasks = List.of(new RegistryUpgradeTask001(pageId -> Optional.empty(), clock),
                new AnswerUpgradeTask002(), new SettingsUpgradeTask003(), new CandidUpgradeTask004(),
                new RoundsUpgradeTask005(), new DecisionUpgradeTask006());

        tasks.forEach(task -> UpgradeTasks.run(ao, task, null));
        database.migrateEveryEntity();
        Stores stores = stores();

        stores.decisions.record(new NewDecision("CDP", "readiness", 1, "not-yet", "", List.of(), "sponsor"));
        stores.settings.saveThresholds("CDP", new LaunchThresholds(50, 75, 5), "coach");
        assertEquals("not-yet", stores.decisions.latest("CDP", "readiness").orElseThrow().decision());
        assertEquals(List.of(new ThresholdChange(Optional.of("coach"), NOON, LaunchThresholds.DEFAULT,
                new LaunchThresholds(50, 75, 5))), stores.settings.changes("CDP"));
        assertEquals("6", new DecisionUpgradeTask006().getModelVersion().toString());
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), tasks.stream()
                .map(task -> task.getModelVersion().toString()).toList(), "one task per version, in order");
    }
}
