package org.coplaunchpad.aohost;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The current thread's database transaction, shared by everything that works on one database, as Confluence's
 * Spring transaction is: AO's {@code executeInTransaction} (SAL {@code TransactionTemplate}, PROPAGATION_REQUIRED)
 * and SAL's {@code TransactionalExecutor} both run on the current Hibernate session's connection. A nested call
 * joins the outer transaction; when it fails, the whole transaction becomes rollback-only. See atlassian-api
 * VERIFIED.md, "Transactions and endpoint security (issue 9)", for the sources.
 */
public final class HostTransactions {
    public enum Propagation { REQUIRED, REQUIRES_NEW }

    private final DataSource pool;
    private final ThreadLocal<Transaction> current = new ThreadLocal<>();

    public HostTransactions(DataSource pool) {
        this.pool = pool;
    }

    private static final class Transaction {
        private final Connection connection;
        private final List<Runnable> afterCompletion = new ArrayList<>();
        private boolean rollbackOnly;

        Transaction(Connection connection) {
            this.connection = connection;
        }
    }

    /**
     * Runs the work in a transaction: the thread's current one for REQUIRED (an exception then marks it
     * rollback-only), else a new one on a pooled connection, committed when the work returns normally and nothing
     * joined failed, rolled back otherwise. The work must not commit, roll back or close the connection.
     */
    public <T> T execute(Propagation propagation, boolean readOnly, Function<Connection, T> work) {
        Transaction outer = current.get();
        if (outer != null && propagation == Propagation.REQUIRED) {
            try {
                return work.apply(outer.connection);
            } catch (RuntimeException | Error e) {
                outer.rollbackOnly = true;
                throw e;
            }
        }
        return begin(readOnly, work, outer);
    }

    /**
     * The pool as code that only knows DataSources (the AO engine, Spring's JdbcTemplate) must see it: a statement
     * inside a transaction gets the transaction's connection, lent unclosable, one outside a pooled connection in
     * auto-commit. On the bare pool such code would run each statement on a second connection, outside the
     * thread's transaction, and could commit what the transaction around it rolls back.
     */
    public DataSource dataSource() {
        return new TransactionAwareDataSource(pool, this, () -> { });
    }

    /** The thread's transaction connection, if a transaction is running (the caller must not close it). */
    public Optional<Connection> currentConnection() {
        return Optional.ofNullable(current.get()).map(transaction -> transaction.connection);
    }

    /**
     * Runs {@code action} once the thread's transaction has ended, committed or rolled back (as Spring's
     * {@code TransactionSynchronization.afterCompletion}), or at once when none runs: what a cache of committed rows
     * needs after a change, so that no other thread keeps what it read before the change committed.
     */
    public void afterCompletion(Runnable action) {
        Transaction transaction = current.get();
        if (transaction == null) {
            action.run();
        } else {
            transaction.afterCompletion.add(action);
        }
    }

    /** A connection for one statement: the transaction's when one is running, else a pooled one in auto-commit. */
    public Connection connection() throws SQLException {
        Transaction transaction = current.get();
        return transaction == null ? pool.getConnection() : Unclosable.wrap(transaction.connection);
    }

    private <T> T begin(boolean readOnly, Function<Connection, T> work, Transaction suspended) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            if (readOnly) {
                // As Spring's HibernateTransactionManager does for a new read-only transaction (DataSourceUtils).
                connection.setReadOnly(true);
            }
            Transaction transaction = new Transaction(connection);
            current.set(transaction);
            try {
                T result;
                try {
                    result = work.apply(connection);
                } catch (RuntimeException | Error e) {
                    rollBack(connection, e);
                    throw e;
                } finally {
                    restore(suspended);
                }
                if (transaction.rollbackOnly) {
                    connection.rollback();
                    throw new UnexpectedRollbackException();
                }
                connection.commit();
                return result;
            } finally {
                transaction.afterCompletion.forEach(Runnable::run);
            }
        } catch (SQLException e) {
            throw new AoSqlException(e);
        }
    }

    private void restore(Transaction suspended) {
        if (suspended == null) {
            current.remove();
        } else {
            current.set(suspended);
        }
    }

    private static void rollBack(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
