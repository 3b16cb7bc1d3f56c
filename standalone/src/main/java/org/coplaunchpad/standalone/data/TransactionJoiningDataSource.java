package org.coplaunchpad.standalone.data;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.coplaunchpad.aohost.HostTransactions;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The pool as the host's JdbcTemplate must see it. JdbcTemplate only knows Spring's own transaction binding
 * (DataSourceUtils), which the host does not use: on the bare pool it would run each statement on a second
 * connection, outside the thread's {@link HostTransactions} transaction, so a store's writes could commit while the
 * transaction around them (the app's AO calls, SAL's executor) rolls back. Here a statement inside a transaction
 * gets the transaction's connection, which HostTransactions lends unclosable (JdbcTemplate's close() after each
 * statement leaves it open), and one outside gets a pooled connection in auto-commit.
 */
final class TransactionJoiningDataSource extends DelegatingDataSource {
    private final HostTransactions transactions;

    TransactionJoiningDataSource(DataSource pool, HostTransactions transactions) {
        super(pool);
        this.transactions = transactions;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return transactions.connection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        // Credentials of their own would mean a connection outside the transaction and the pool: never wanted here.
        throw new SQLException("The host's stores use the pool's credentials");
    }
}
