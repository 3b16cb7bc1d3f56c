package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import net.java.ao.DBParam;
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
 * A database as model version 3 left it (registry rows and answers, no reveal, no confidential) comes out of
 * upgrade task 4 with every registered page on the macro's defaults (after-answer, not confidential) and every
 * answer not confidential, and confidential answers are kept from then on: on H2 and, when present (required in
 * CI), PostgreSQL and MariaDB.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
class CandidUpgradeTask004Test {
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

    private static void upgrade(ActiveObjects ao) {
        ao.executeInTransaction(() -> {
            new CandidUpgradeTask004().upgrade(ModelVersion.valueOf("3"), ao);
            return null;
        });
    }

    /** After its upgrade tasks, the AO plugin migrates every declared entity: the tables the task left out too. */
    private StoreDatabase reopenedWithEveryTable(StoreDatabase upgraded) {
        upgraded.migrateEveryEntity();
        return upgraded;
    }

    @Test
    void pages_and_answers_of_model_version_3_get_the_defaults_and_keep_everything_else() {
        database = StoreDatabase.empty(kind);
        ActiveObjects ao = database.activeObjects();
        ao.migrate(LandedChecklistPageEntity.class, LandedItemAnswerEntity.class);
        ao.create(LandedChecklistPageEntity.class, new DBParam("PAGE_CHECKLIST", "42/readiness"),
                new DBParam("SPACE_KEY", "CDP"), new DBParam("CHECKLIST", "readiness"), new DBParam("PAGE_ID", 42L),
                new DBParam("MODE", "personal"), new DBParam("SECTIONS", "fundamentals"),
                new DBParam("REGISTERED_AT", Date.from(NOON)));
        AnswerKey alice = AnswerKey.personal("CDP", "readiness", "coach", "alice");
        ao.create(LandedItemAnswerEntity.class, new DBParam("ANSWER_KEY", alice.hash()), new DBParam("SPACE_KEY", "CDP"),
                new DBParam("CHECKLIST", "readiness"), new DBParam("ITEM_KEY", "coach"), new DBParam("RESPONDENT", "alice"),
                new DBParam("ANSWER", "partly"), new DBParam("REVISION", 1), new DBParam("PAGE_ID", 42L),
                new DBParam("ANSWERED_BY", "alice"), new DBParam("ANSWERED_AT", Date.from(NOON)));

        upgrade(ao);

        assertEquals(List.of(new RegisteredPage("CDP", 42, new PageChecklist("readiness", "personal",
                List.of("fundamentals"), "after-answer", false), NOON)), stores().registry.space("CDP"));
        ChecklistAnswers answers = stores().answers.read("CDP", "readiness", Optional.of("alice"), false);
        assertEquals(0, answers.confidentialAnswers());
        assertEquals(Answer.PARTLY, answers.viewer("coach").orElseThrow().answer(), "the answer is kept");
    }

    @Test
    void after_the_upgrade_an_answer_given_confidential_stays_confidential_and_it_is_model_version_4() {
        database = StoreDatabase.empty(kind);
        upgrade(database.activeObjects());
        database = reopenedWithEveryTable(database);
        Stores stores = stores();
        AnswerKey bruno = AnswerKey.personal("CDP", "secret", "coach", "bruno");

        stores.answers.record(new GivenAnswer(bruno, Answer.YES, GivenAnswer.ReasonEdit.KEEP, "bruno", 42L, true));
        stores.answers.record(new GivenAnswer(bruno, Answer.NO, "bruno", 42L));

        assertEquals(1, stores.answers.read("CDP", "secret", Optional.empty(), false).confidentialAnswers(),
                "answered again on a page that no longer says confidential: still confidential");
        assertEquals(1, stores.figures.spaceTallies("CDP").get(0).confidentialAnswers());
        assertEquals("4", new CandidUpgradeTask004().getModelVersion().toString());
        assertFalse(stores.registry.has("CDP", "secret"));
    }
}
