package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
 * A database as model version 6 left it (answers, threshold changes, a closed round and its decision) comes out of
 * upgrade task 7 with the two tables of the action plan, working, and every older row as it was; a fresh install,
 * which runs every task on no table at all, gets them too: on H2 and, when present (required in CI), PostgreSQL and
 * MariaDB.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
class ActionsUpgradeTask007Test {
    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");
    private static final Set<String> ACTION_TABLES = Set.of(AoTables.PREFIX + "LAUNCH_ACTION",
            AoTables.PREFIX + "ACTION_CHANGE");

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


    /** Every entity model version 6 declared: all of today's but the action plan's two. */
    private static void migrateModelVersion6(ActiveObjects ao) {
        ao.migrate(AnswerEntity.class, AnswerChangeEntity.class, LaunchSettingsEntity.class, ChecklistPageEntity.class,
                RefusedMoveEntity.class, AssessmentRoundEntity.class, RoundItemEntity.class, RoundAnswerEntity.class,
                LaunchDecisionEntity.class, ThresholdChangeEntity.class);
    }

    /** The app's tables in the test's database, upper case (PostgreSQL and MariaDB may report them otherwise). */
    private Set<String> appTables() throws SQLException {
        try (Connection connection = database.ao().connection();
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, "%",
                     new String[]{"TABLE"})) {
            Set<String> names = new TreeSet<>();
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (name.startsWith(AoTables.PREFIX)) {
                    names.add(name);
                }
            }
            return names;
        }
    }

    private static RoundStore.FrozenRound frozenRound() {
        return new RoundStore.FrozenRound(1, 0, 1, "not-yet", List.of("fundamentals"), LaunchThresholds.DEFAULT, false,
                false, List.of(new RoundStore.FrozenItem("relevant-purpose", new AnswerCounts(0, 0, 1, 0), "not-met", "",
                        true, Answer.NONE)));
    }

    @Test
    void a_model_version_6_database_gets_the_action_plan_and_keeps_its_rows() throws SQLException {
        database = StoreDatabase.empty(kind);
        ActiveObjects ao = database.activeObjects();
        migrateModelVersion6(ao);
        Stores landed = stores();
        landed.answers.record(new GivenAnswer(AnswerKey.personal("CDP", "readiness", "relevant-purpose", "alice"),
                Answer.NO, "alice", 42L));
        landed.settings.saveThresholds("CDP", new LaunchThresholds(60, 80, 4), "coach");
        landed.transactions.write("close round 1 as release 6 did", () -> landed.rounds.close("CDP", "readiness",
                landed.rounds.lockForClosing("CDP", "readiness").orElseThrow(), frozenRound(), "coach"));
        RecordedDecision notYet = landed.decisions.record(new NewDecision("CDP", "readiness", 1, "not-yet",
                "« Pas encore »", List.of(), "sponsor"));
        landed.answers.record(new GivenAnswer(AnswerKey.personal("CDP", "readiness", "relevant-purpose", "bruno"),
                Answer.YES, "bruno", 42L));
        Set<String> before = appTables();
        assertTrue(before.stream().noneMatch(ACTION_TABLES::contains), "no plan before: " + before);

        UpgradeTasks.run(ao, new ActionsUpgradeTask007(), "6");

        Set<String> after = appTables();
        assertTrue(after.containsAll(ACTION_TABLES), "the task itself creates the plan's two tables: " + after);
        Set<String> added = new TreeSet<>(after);
        added.removeAll(before);
        assertEquals(ACTION_TABLES, added, "and nothing else");

        database.migrateEveryEntity();
        Stores stores = stores();
        PlannedAction action = stores.actions.create(new NewAction("CDP", "readiness", (int) notYet.id(), 1,
                Optional.of("relevant-purpose"), Optional.empty(), "Trois thèmes 🌞", "alice",
                LocalDate.parse("2027-01-15"), "coach"));
        stores.actions.reschedule("CDP", action.id(), LocalDate.parse("2026-11-30"), "coach");
        assertEquals(1, stores.actions.plan("CDP", "readiness").size());
        assertEquals(2, stores.actions.plan("CDP", "readiness").get(0).history().size());
        assertEquals(Map.of("readiness", new ActionStore.OpenActions(1, Optional.of(LocalDate.parse("2026-11-30")))),
                stores.actions.openActions("CDP"));

        assertEquals(Optional.of(notYet), stores.decisions.latest("CDP", "readiness"), "the decision is untouched");
        assertEquals(List.of(new ThresholdChange(Optional.of("coach"), NOON, LaunchThresholds.DEFAULT,
                new LaunchThresholds(60, 80, 4))), stores.settings.changes("CDP"));
        assertEquals(new LaunchThresholds(60, 80, 4), stores.settings.thresholds("CDP"));
        assertEquals(frozenRound(), stores.rounds.closedRound("CDP", "readiness", 1).orElseThrow().figures(),
                "the closed round is untouched");
        assertEquals(2, stores.rounds.openRound("CDP", "readiness").number());
        assertEquals(new AnswerCounts(1, 0, 0, 0), stores.answers.read("CDP", "readiness", Optional.empty(), false)
                .counts("relevant-purpose"), "round 2's answer is kept");
        assertEquals(2, stores.answers.history("CDP", "readiness").size(), "and the history of answers");
    }

    @Test
    void a_fresh_install_runs_every_task_on_no_table_and_then_keeps_plans() throws SQLException {
        database = StoreDatabase.empty(kind);
        ActiveObjects ao = database.activeObjects();
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(NOON);
        List<ActiveObjectsUpgradeTask> tasks = List.of(new RegistryUpgradeTask001(pageId -> Optional.empty(), clock),
                new AnswerUpgradeTask002(), new SettingsUpgradeTask003(), new CandidUpgradeTask004(),
                new RoundsUpgradeTask005(), new DecisionUpgradeTask006(), new ActionsUpgradeTask007());

        tasks.forEach(task -> UpgradeTasks.run(ao, task, null));
        assertTrue(appTables().containsAll(ACTION_TABLES), appTables().toString());
        database.migrateEveryEntity();
        Stores stores = stores();

        PlannedAction action = stores.actions.create(new NewAction("CDP", "readiness", 1, 1, Optional.empty(),
                Optional.of("A coach is named"), "", "alice", LocalDate.parse("2027-01-15"), "coach"));
        assertEquals(List.of(action), stores.actions.plan("CDP", "readiness"));
        assertFalse(action.history().isEmpty());
        assertEquals("7", new ActionsUpgradeTask007().getModelVersion().toString());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"), tasks.stream()
                .map(task -> task.getModelVersion().toString()).toList(), "one task per version, in order");
    }
}
