package org.coplaunchpad.aohost;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;

/**
 * SAL's TransactionalExecutorFactory on the same database and the same thread transaction as the AO tables, as in
 * Confluence: {@code requiresNew = false} joins the running transaction (ActiveObjects' included, on the same
 * connection), {@code true} suspends it and runs a transaction of its own (SpringHostConnectionAccessor:
 * PROPAGATION_REQUIRED / REQUIRES_NEW). A callback that throws rolls back, or marks the joined transaction
 * rollback-only.
 */
public final class JdbcTransactionalExecutorFactory implements TransactionalExecutorFactory {
    private final HostTransactions transactions;

    public JdbcTransactionalExecutorFactory(AoDatabase database) {
        this.transactions = database.transactions();
    }

    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        HostTransactions.Propagation propagation = requiresNew
                ? HostTransactions.Propagation.REQUIRES_NEW : HostTransactions.Propagation.REQUIRED;
        return new TransactionalExecutor() {
            @Override
            public <A> A execute(ConnectionCallback<A> callback) {
                return transactions.execute(propagation, readOnly, connection -> {
                    Connection lent = SalConnection.lend(connection);
                    try {
                        return callback.execute(lent);
                    } finally {
                        expire(lent);
                    }
                });
            }
        };
    }

    private static void expire(Connection lent) {
        try {
            lent.close();
        } catch (java.sql.SQLException e) {
            throw new AoSqlException(e);
        }
    }
}
