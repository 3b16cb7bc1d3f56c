package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.coplaunchpad.AppClock;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.catalog.Catalog;
import org.coplaunchpad.dashboard.Assessor;
import org.coplaunchpad.testing.StoreDatabase;
import org.coplaunchpad.testing.Stores;
import org.coplaunchpad.testing.UpgradeTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database as model version 7 left it (answers, thresholds, a closed round, its decision and plan, a checklist
 * registered but never answered) comes out of upgrade task 8 with the overview's summary: one row per checklist,
 * equal to a full recomputation, judged as the dashboard judges it; later changes keep it. A fresh install runs
 * tasks 1 to 8 on no table. On H2 and, when present (required in CI), PostgreSQL and MariaDB.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
class SummaryUpgradeTask008Test {
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

    private AppClock clock() {
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(NOON);
        return clock;
    }

    private SummaryUpgradeTask008 task() {
        return new SummaryUpgradeTask008(database.sql(), new Assessor(new Catalog()), clock());
    }


    private static ChecklistSummary row(List<ChecklistSummary> rows, String checklist) {
        return rows.stream().filter(row -> row.checklist().equals(checklist)).findFirst()
                .orElseThrow(() -> new AssertionError(checklist + " has no row: " + rows));
    }

    @Test
    void a_model_version_7_database_gets_one_summary_row_per_checklist_equal_to_a_recomputation() {
        database = StoreDatabase.empty(kind);
        ActiveObjects ao = database.activeObjects();
        // Every entity model version 7 declared: all of today's but the summary.
        ao.migrate(StoreDatabase.EVERY_ENTITY.stream().filter(entity -> entity != ChecklistSummaryEntity.class)
                .toArray(Class[]::new));
        Stores landed = Stores.on(database, clock());
        landed.registry.register(42L, "CDP", List.of(new PageChecklist("readiness", "personal", List.of()),
                new PageChecklist("onboarding", "personal", List.of(), "after-answer", true)));
        for (String member : List.of("alice", "bruno", "chloe")) {
            landed.answers.record(new GivenAnswer(AnswerKey.personal("CDP", "readiness", "coach", member), Answer.YES,
                    member, 42L));
        }
        landed.settings.saveThresholds("CDP", new LaunchThresholds(60, 80, 2), "coach");
        landed.transactions.write("close round 1 as release 7 did", () -> landed.rounds.close("CDP", "readiness",
                landed.rounds.lockForClosing("CDP", "readiness").orElseThrow(), new RoundStore.FrozenRound(3, 0, 1,
                        "not-yet", List.of(), LaunchThresholds.DEFAULT, false, false, List.of()), "coach"));
        RecordedDecision notYet = landed.decisions.record(new NewDecision("CDP", "readiness", 1, "not-yet", "",
                List.of(), "sponsor"));
        landed.actions.create(new NewAction("CDP", "readiness", (int) notYet.id(), 1, Optional.empty(),
                Optional.of("A coach is named"), "", "alice", LocalDate.parse("2026-12-10"), "coach"));
        landed.answers.record(new GivenAnswer(AnswerKey.personal("OPS", "launch", "coach", "alice"), Answer.NO,
                "alice", 7L));

        UpgradeTasks.run(ao, task(), "7");

        database.migrateEveryEntity();
        Stores stores = Stores.on(database, clock());
        List<ChecklistSummary> rows = stores.summaryStore.every();
        assertEquals(List.of("CDP/onboarding", "CDP/readiness", "OPS/launch"), rows.stream()
                .map(row -> row.spaceKey() + "/" + row.checklist()).toList(), "registered or answered, each once");
        assertEquals(stores.summaries.recomputed(), rows);
        ChecklistSummary readiness = row(rows, "readiness");
        assertEquals(List.of(0, 2, Optional.of("not-yet"), 1, Optional.of(LocalDate.parse("2026-12-10"))),
                List.of(readiness.respondents(), readiness.roundNumber(), readiness.decision(),
                        readiness.openActions(), readiness.earliestOpenDue()), "round 2 has no answer yet");
        assertTrue(row(rows, "onboarding").confidential(), "a page says so");
        assertEquals(List.of(1, "not-yet", Optional.empty()), List.of(row(rows, "launch").respondents(),
                row(rows, "launch").suggestion(), row(rows, "launch").decision()), "answered on a page not registered");

        stores.answer(new GivenAnswer(AnswerKey.personal("OPS", "launch", "coach", "bruno"), Answer.NO, "bruno", 7L));
        assertEquals(2, row(stores.summaryStore.every(), "launch").respondents(), "kept by later answers");
        assertEquals(stores.summaries.recomputed(), stores.summaryStore.every());
    }

    @Test
    void a_fresh_install_runs_every_task_on_no_table_and_then_keeps_the_summary() {
        database = StoreDatabase.empty(kind);
        ActiveObjects ao = database.activeObjects();
        List<ActiveObjectsUpgradeTask> tasks = List.of(new RegistryUpgradeTask001(pageId -> Optional.empty(), clock()),
                new AnswerUpgradeTask002(), new SettingsUpgradeTask003(), new CandidUpgradeTask004(),
                new RoundsUpgradeTask005(), new DecisionUpgradeTask006(), new ActionsUpgradeTask007(), task());

        tasks.forEach(task -> UpgradeTasks.run(ao, task, null));
        database.migrateEveryEntity();
        Stores stores = Stores.on(database, clock());

        assertEquals(List.of(), stores.summaryStore.every(), "nothing to summarise yet");
        stores.register(42L, "CDP", List.of(new PageChecklist("readiness", "personal", List.of())));
        assertEquals(List.of("readiness"), stores.summaryStore.every().stream().map(ChecklistSummary::checklist)
                .toList(), "a checklist is listed as soon as a page carries it");
        assertEquals("8", task().getModelVersion().toString());
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8"), tasks.stream()
                .map(task -> task.getModelVersion().toString()).toList(), "one task per version, in order");
    }
}
