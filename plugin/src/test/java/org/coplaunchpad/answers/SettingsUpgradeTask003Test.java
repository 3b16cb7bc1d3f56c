package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import java.time.Instant;
import java.util.Date;
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
 * A database whose spaces changed their thresholds before the quorum existed (model version 2) comes out of upgrade
 * task 3 with the same thresholds and the default quorum of 3, and the quorum is saved from then on: on H2 and,
 * when present (required in CI), PostgreSQL and MariaDB.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabases.Kind.class)
class SettingsUpgradeTask003Test {
    @Parameter
    TestDatabases.Kind kind;
    private StoreDatabase database;

    @AfterEach
    void dropDatabase() {
        if (database != null) {
            database.close();
        }
    }

    private static void upgrade(ActiveObjects ao) {
        ao.executeInTransaction(() -> {
            new SettingsUpgradeTask003().upgrade(ModelVersion.valueOf("2"), ao);
            return null;
        });
    }

    private Stores stores() {
        AppClock clock = mock(AppClock.class);
        when(clock.now()).thenReturn(Instant.parse("2026-12-02T12:00:00Z"));
        return Stores.on(database, clock);
    }

    @Test
    void thresholds_saved_before_the_quorum_keep_their_values_and_get_the_default_quorum() {
        database = StoreDatabase.empty(kind);
        ActiveObjects ao = database.activeObjects();
        ao.migrate(LandedSettingsEntity.class);
        ao.create(LandedSettingsEntity.class, new DBParam("SPACE_KEY", "CDP"), new DBParam("MAJORITY_PERCENT", 40),
                new DBParam("READINESS_PERCENT", 60), new DBParam("UPDATED_BY", "coach"),
                new DBParam("UPDATED_AT", new Date()));

        upgrade(ao);

        assertEquals(new LaunchThresholds(40, 60, 3), stores().settings.thresholds("CDP"));
        assertEquals(LaunchThresholds.DEFAULT, stores().settings.thresholds("OPS"), "a space that never saved any");
    }

    @Test
    void after_the_upgrade_a_quorum_is_saved_with_the_thresholds_and_it_is_model_version_3() {
        database = StoreDatabase.empty(kind);
        upgrade(database.activeObjects());
        database.activeObjects().migrate(ThresholdChangeEntity.class);   // task 6's: saving now records the change

        stores().settings.saveThresholds("CDP", new LaunchThresholds(50, 75, 5), "coach");

        assertEquals(new LaunchThresholds(50, 75, 5), stores().settings.thresholds("CDP"));
        assertEquals("3", new SettingsUpgradeTask003().getModelVersion().toString());
    }
}
