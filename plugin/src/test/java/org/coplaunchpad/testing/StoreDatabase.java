package org.coplaunchpad.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import net.java.ao.RawEntity;
import org.coplaunchpad.App;
import org.coplaunchpad.answers.AnswerChangeEntity;
import org.coplaunchpad.answers.AnswerEntity;
import org.coplaunchpad.answers.ChecklistPageEntity;
import org.coplaunchpad.answers.ChecklistSummaryEntity;
import org.coplaunchpad.answers.ActionChangeEntity;
import org.coplaunchpad.answers.LaunchActionEntity;
import org.coplaunchpad.answers.LaunchDecisionEntity;
import org.coplaunchpad.answers.LaunchSettingsEntity;
import org.coplaunchpad.answers.ThresholdChangeEntity;
import org.coplaunchpad.answers.RefusedMoveEntity;
import org.coplaunchpad.answers.AssessmentRoundEntity;
import org.coplaunchpad.answers.RoundAnswerEntity;
import org.coplaunchpad.answers.RoundItemEntity;
import org.coplaunchpad.answers.TickAnswerEntity;
import org.coplaunchpad.answers.TickChangeEntity;
import org.coplaunchpad.aohost.JdbcTransactionalExecutorFactory;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import org.coplaunchpad.aohost.AoDatabase;
import org.coplaunchpad.aohost.TestDatabases;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The app's Active Objects tables on a real database for one test class: H2 always; PostgreSQL and MariaDB
 * when they answer (skipped with the reason otherwise), and required when CI=true.
 */
public final class StoreDatabase implements AutoCloseable {
    private final TestDatabases.Database database;
    private final AoDatabase ao;
    /** False for another node's view of the database: closing it leaves the database to its owner. */
    private final boolean owner;

    private StoreDatabase(TestDatabases.Database database, AoDatabase ao, boolean owner) {
        this.database = database;
        this.ao = ao;
        this.owner = owner;
    }

    /**
     * The app's tables on a fresh database whose connections run in {@code isolation}, a JDBC isolation name such as
     * TRANSACTION_REPEATABLE_READ (the others run in READ COMMITTED, as Confluence requires).
     */
    public static StoreDatabase open(TestDatabases.Kind kind, String isolation) {
        StoreDatabase first = open(kind);
        first.ao.close();
        StoreDatabase database = new StoreDatabase(first.database, AoDatabase.open(first.database.jdbcUrl(),
                first.database.user(), first.database.password(), App.AO_NAMESPACE, isolation), true);
        return database;
    }

    /**
     * Another Data Center node on the same database: its own pool, thread transactions and AO engine, sharing only
     * the database (in the same isolation as {@code isolation}). Closing it leaves the database.
     */
    public StoreDatabase anotherNode(String isolation) {
        return new StoreDatabase(database, AoDatabase.open(database.jdbcUrl(), database.user(), database.password(),
                App.AO_NAMESPACE, isolation), false);
    }

    public static StoreDatabase open(TestDatabases.Kind kind) {
        StoreDatabase database = withoutTables(kind);
        database.migrateEveryEntity();
        return database;
    }

    /** Every entity atlassian-plugin.xml declares, in its order (PluginDescriptorTest checks they are the same). */
    public static final List<Class<? extends RawEntity<?>>> EVERY_ENTITY = List.of(AnswerEntity.class,
            AnswerChangeEntity.class, LaunchSettingsEntity.class, ChecklistPageEntity.class, RefusedMoveEntity.class,
            AssessmentRoundEntity.class, RoundItemEntity.class, RoundAnswerEntity.class, LaunchDecisionEntity.class,
            ThresholdChangeEntity.class, LaunchActionEntity.class, ActionChangeEntity.class,
            ChecklistSummaryEntity.class);

    /** What the AO plugin does after the upgrade tasks: migrates every entity the descriptor declares. */
    @SuppressWarnings("unchecked")
    public void migrateEveryEntity() {
        ao.migrate(EVERY_ENTITY.toArray(new Class[0]));
    }

    /**
     * The tables of a schema an earlier release left, for upgrade tests: model version 0 (ticks, their history and
     * the thresholds) or 1 (the same and the checklist registry). Fill them with {@code LandedTicks}.
     */
    public static StoreDatabase withLandedSchema(TestDatabases.Kind kind, int modelVersion) {
        StoreDatabase database = withoutTables(kind);
        database.ao.migrate(TickAnswerEntity.class, TickChangeEntity.class, LaunchSettingsEntity.class);
        if (modelVersion >= 1) {
            database.ao.migrate(ChecklistPageEntity.class, RefusedMoveEntity.class);
        }
        return database;
    }

    /** A database without any of the app's tables: a fresh install. */
    public static StoreDatabase empty(TestDatabases.Kind kind) {
        return withoutTables(kind);
    }

    private static StoreDatabase withoutTables(TestDatabases.Kind kind) {
        String unavailable = TestDatabases.unavailableReason(kind);
        if (unavailable != null) {
            if (TestDatabases.requiredByCi()) {
                Assertions.fail(kind + " is required when CI=true: " + unavailable);
            }
            Assumptions.abort("Skipped: " + unavailable + " (start it to run these tests; they are required in CI)");
        }
        TestDatabases.Database database = TestDatabases.create(kind);
        AoDatabase ao = AoDatabase.open(database.jdbcUrl(), database.user(), database.password(), App.AO_NAMESPACE);
        return new StoreDatabase(database, ao, true);
    }

    public ActiveObjects activeObjects() {
        return ao.activeObjects();
    }

    /** SAL's executor for the app's own SQL, on the same database. */
    public TransactionalExecutorFactory sql() {
        return new JdbcTransactionalExecutorFactory(ao);
    }

    public AoDatabase ao() {
        return ao;
    }

    /** Empties the app's tables between tests. */
    public void clear() {
        ActiveObjects activeObjects = activeObjects();
        activeObjects.deleteWithSQL(AnswerChangeEntity.class, "ID > ?", 0);
        activeObjects.deleteWithSQL(AnswerEntity.class, "ID > ?", 0);
        activeObjects.deleteWithSQL(LaunchSettingsEntity.class, "ID > ?", 0);
        activeObjects.deleteWithSQL(ChecklistPageEntity.class, "ID > ?", 0);
        activeObjects.deleteWithSQL(RefusedMoveEntity.class, "ID > ?", 0);
        activeObjects.deleteWithSQL(RoundItemEntity.class, "ID > ?", 0);
        activeObjects.deleteWithSQL(RoundAnswerEntity.class, "ID > ?", 0);
        activeObjects.deleteWithSQL(AssessmentRoundEntity.class, "ID > ?", 0);
        activeObjects.deleteWithSQL(LaunchDecisionEntity.class, "ID > ?", 0);
        activeObjects.deleteWithSQL(ThresholdChangeEntity.class, "ID > ?", 0);
        activeObjects.deleteWithSQL(ActionChangeEntity.class, "ID > ?", 0);
        activeObjects.deleteWithSQL(LaunchActionEntity.class, "ID > ?", 0);
        activeObjects.deleteWithSQL(ChecklistSummaryEntity.class, "ID > ?", 0);
    }

    @Override
    public void close() {
        ao.close();
        if (owner) {
            TestDatabases.drop(database);
        }
    }
}
