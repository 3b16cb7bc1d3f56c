package org.coplaunchpad.aohost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ActiveObjects and SAL's rdbms executor share one transaction per thread, as in Confluence (VERIFIED.md, "Transactions
 * and endpoint security (issue 9)"): a nested executeInTransaction joins the outer one, and a failure inside it rolls
 * the outer write back. On H2 always, on PostgreSQL when it answers (required when CI=true).
 */
class TransactionsAsInConfluenceTest {
    private TestDatabases.Database database;
    private AoDatabase ao;
    private ActiveObjects activeObjects;
    private TransactionalExecutorFactory sql;

    private void open(TestDatabases.Kind kind) {
        String unavailable = TestDatabases.unavailableReason(kind);
        if (unavailable != null) {
            if (TestDatabases.requiredByCi()) {
                Assertions.fail(kind + " is required when CI=true: " + unavailable);
            }
            Assumptions.abort("Skipped: " + unavailable + " (required when CI=true)");
        }
        database = TestDatabases.create(kind);
        ao = AoDatabase.open(database.jdbcUrl(), database.user(), database.password(), "org.coplaunchpad.test");
        ao.migrate(NoteEntity.class);
        activeObjects = ao.activeObjects();
        sql = new JdbcTransactionalExecutorFactory(ao);
    }

    @AfterEach
    void close() {
        if (ao != null) {
            ao.close();
            TestDatabases.drop(database);
        }
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = {"H2", "POSTGRESQL"})
    void an_inner_failure_rolls_back_the_outer_write_even_when_the_outer_callback_catches_it(TestDatabases.Kind kind) {
        open(kind);

        assertThrows(UnexpectedRollbackException.class, () -> activeObjects.executeInTransaction(() -> {
            note("outer");
            try {
                activeObjects.executeInTransaction(() -> {
                    note("inner");
                    throw new IllegalStateException("inner failure");
                });
            } catch (IllegalStateException expected) {
                // The outer callback carries on, as code that ignores a failure would: the commit must not happen.
            }
            return null;
        }));

        assertEquals(0, notes());
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = {"H2", "POSTGRESQL"})
    void an_inner_failure_that_propagates_rolls_back_both_writes(TestDatabases.Kind kind) {
        open(kind);

        assertThrows(IllegalStateException.class, () -> activeObjects.executeInTransaction(() -> {
            note("outer");
            return activeObjects.executeInTransaction(() -> {
                note("inner");
                throw new IllegalStateException("inner failure");
            });
        }));

        assertEquals(0, notes());
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = {"H2", "POSTGRESQL"})
    void a_nested_transaction_commits_only_with_the_outer_one(TestDatabases.Kind kind) throws Exception {
        open(kind);

        int seenByAnotherThread = activeObjects.executeInTransaction(() -> {
            activeObjects.executeInTransaction(() -> note("inner"));
            return CompletableFuture.supplyAsync(this::notes).join();
        });

        assertEquals(0, seenByAnotherThread, "the inner transaction did not commit on its own");
        assertEquals(1, notes());
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = {"H2", "POSTGRESQL"})
    void the_sal_executor_joins_the_ao_transaction_and_sees_its_uncommitted_write(TestDatabases.Kind kind) {
        open(kind);

        int seenBySal = activeObjects.executeInTransaction(() -> {
            note("by AO");
            return sql.createReadOnly().execute(connection -> count(connection));
        });

        assertEquals(1, seenBySal);
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = {"H2", "POSTGRESQL"})
    void a_sal_write_in_the_ao_transaction_rolls_back_with_it(TestDatabases.Kind kind) {
        open(kind);

        assertThrows(IllegalStateException.class, () -> activeObjects.executeInTransaction(() -> {
            sql.createExecutor(false, false).execute(connection -> insert(connection, "by SAL"));
            throw new IllegalStateException("outer failure");
        }));

        assertEquals(0, notes());
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = {"H2", "POSTGRESQL"})
    void a_sal_executor_that_requires_a_new_transaction_commits_on_its_own(TestDatabases.Kind kind) {
        open(kind);

        assertThrows(IllegalStateException.class, () -> activeObjects.executeInTransaction(() -> {
            note("by AO");
            sql.createExecutor(false, true).execute(connection -> insert(connection, "by SAL, on its own"));
            throw new IllegalStateException("outer failure");
        }));

        assertEquals(1, notes());
        assertEquals("by SAL, on its own", activeObjects.find(NoteEntity.class, Query.select("ID, TEXT"))[0].getText());
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabases.Kind.class, names = {"H2"})
    void a_sal_callback_may_neither_commit_nor_keep_its_connection(TestDatabases.Kind kind) {
        open(kind);

        assertThrows(UnsupportedOperationException.class, () -> sql.createExecutor(false, false).execute(connection -> {
            try {
                connection.commit();
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }));
        java.sql.Connection kept = sql.createReadOnly().execute(connection -> connection);
        assertThrows(IllegalStateException.class, kept::createStatement);
    }

    private Object note(String text) {
        return activeObjects.create(NoteEntity.class, new DBParam("TEXT", text));
    }

    private int notes() {
        return activeObjects.count(NoteEntity.class, Query.select());
    }

    private int count(java.sql.Connection connection) {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + ao.tablePrefix() + "NOTE\"")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new AoSqlException(e);
        }
    }

    private int insert(java.sql.Connection connection, String text) {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO \"" + ao.tablePrefix() + "NOTE\" (\"TEXT\") VALUES (?)")) {
            statement.setString(1, text);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new AoSqlException(e);
        }
    }
}
