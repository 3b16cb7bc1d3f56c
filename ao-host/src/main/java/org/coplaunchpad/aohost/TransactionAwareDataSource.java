package org.coplaunchpad.aohost;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import net.java.ao.DisposableDataSource;

/**
 * What the AO engine gets connections from: the thread transaction's connection while one runs, else a pooled one,
 * as Confluence hands AO the current Hibernate session's connection (DF confluence-8.7.2
 * {@code impl/activeobjects/ActiveObjectsDataSourceProvider}).
 */
final class TransactionAwareDataSource implements DisposableDataSource {
    private final DataSource pool;
    private final HostTransactions transactions;
    private final Runnable onDispose;

    TransactionAwareDataSource(DataSource pool, HostTransactions transactions, Runnable onDispose) {
        this.pool = pool;
        this.transactions = transactions;
        this.onDispose = onDispose;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return transactions.connection();
    }

    @Override
    public Connection getConnection(String username, String password) {
        throw new UnsupportedOperationException("The AO data source has the database's own credentials");
    }

    @Override
    public void dispose() {
        onDispose.run();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return pool.isWrapperFor(type);
    }
}
