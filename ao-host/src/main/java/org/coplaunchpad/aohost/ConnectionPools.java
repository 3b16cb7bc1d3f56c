package org.coplaunchpad.aohost;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The pool everything on one database shares, as in Confluence, whose Hibernate, AO and SAL all draw from one
 * HikariCP pool (DF confluence-8.7.2 {@code ReplaceC3p0ConnectionPoolWithHikariCPUpgradeTask}). Connections run in
 * READ COMMITTED, the isolation Confluence requires (DF {@code setup/dbcheck/MySQLChecker}).
 */
public final class ConnectionPools {
    /** Confluence's default is 60 (and 20 idle); a local host on a shared machine needs far fewer. */
    public static final int MAXIMUM_SIZE = 10;
    /** The isolation Confluence requires. */
    public static final String READ_COMMITTED = "TRANSACTION_READ_COMMITTED";
    /** Confluence's default {@code hibernate.hikari.maximumPoolSize}. */
    public static final int CONFLUENCE_MAXIMUM_SIZE = 60;
    private static final int MINIMUM_IDLE = 2;
    /** Confluence's default {@code hibernate.hikari.idleTimeout}. */
    private static final long IDLE_TIMEOUT_MILLIS = 30_000;

    private ConnectionPools() {
    }

    /** Opens the pool; an unreachable database or wrong credentials fail here, with the driver's reason. */
    public static HikariDataSource open(String jdbcUrl, String user, String password, String name) {
        return open(jdbcUrl, user, password, name, READ_COMMITTED);
    }

    /**
     * The same in another isolation ({@code TRANSACTION_REPEATABLE_READ}: MariaDB's own default), for tests that show
     * the app stays right where a database is not configured as Confluence requires.
     */
    public static HikariDataSource open(String jdbcUrl, String user, String password, String name, String isolation) {
        return open(jdbcUrl, user, password, name, isolation, MAXIMUM_SIZE);
    }

    /**
     * The same with at most {@code maximumSize} connections: Confluence's {@code hibernate.hikari.maximumPoolSize}
     * (60 unless configured), for a host that must not make many clients queue for connections Confluence would give.
     */
    public static HikariDataSource open(String jdbcUrl, String user, String password, String name, String isolation,
                                        int maximumSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName(name);
        config.setMaximumPoolSize(maximumSize);
        config.setMinimumIdle(MINIMUM_IDLE);
        config.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        config.setTransactionIsolation(isolation);
        return new HikariDataSource(config);
    }
}
