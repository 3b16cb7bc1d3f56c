package org.coplaunchpad.aohost;

import com.atlassian.sal.api.rdbms.ConnectionCallback;
import com.atlassian.sal.api.rdbms.TransactionalExecutor;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * SAL's TransactionalExecutorFactory on the same database as the AO tables: each execute(...) runs the callback in
 * a transaction of its own on a fresh connection, committed on success and rolled back on any exception.
 */
public final class JdbcTransactionalExecutorFactory implements TransactionalExecutorFactory {
    private final AoDatabase database;

    public JdbcTransactionalExecutorFactory(AoDatabase database) {
        this.database = database;
    }

    @Override
    public TransactionalExecutor createExecutor(boolean readOnly, boolean requiresNew) {
        return new TransactionalExecutor() {
            @Override
            public <A> A execute(ConnectionCallback<A> callback) {
                try (Connection connection = database.connection()) {
                    connection.setAutoCommit(false);
                    try {
                        A result = callback.execute(connection);
                        connection.commit();
                        return result;
                    } catch (RuntimeException | Error e) {
                        connection.rollback();
                        throw e;
                    }
                } catch (SQLException e) {
                    throw new AoSqlException(e);
                }
            }
        };
    }
}
