package org.coplaunchpad.standalone.data;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.coplaunchpad.aohost.ConnectionPools;
import org.coplaunchpad.aohost.HostTransactions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one JDBC database the host keeps everything in: its own tables (HOST_*) and the app's AO tables, as a
 * Confluence node keeps its own and the apps' tables in one database. Embedded H2 by default, PostgreSQL or
 * MariaDB by URL. Everything the host opens on it draws from one connection pool and shares the thread's transaction
 * (the host's stores, the app's AO tables, SAL's rdbms executor), as in Confluence; the pool closes with the host.
 */
public final class Database implements AutoCloseable {
    public enum Kind {
        H2("sa"), POSTGRESQL("postgres"), MARIADB("root");

        private final String defaultUser;

        Kind(String defaultUser) {
            this.defaultUser = defaultUser;
        }
    }

    private final String url;
    private final String user;
    private final String password;
    private final Kind kind;
    /** Its idle connections also keep an embedded H2 file database open (H2 closes it with its last connection). */
    private final HikariDataSource pool;
    private final HostTransactions transactions;
    private final JdbcTemplate jdbcTemplate;

    private Database(String url, String user, String password, Kind kind, HikariDataSource pool) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.kind = kind;
        this.pool = pool;
        this.transactions = new HostTransactions(pool);
        // JdbcTemplate knows only Spring's transaction binding, which the host does not use: it must get its
        // connections from the thread's HostTransactions transaction (StoresInTransactionsTest).
        this.jdbcTemplate = new JdbcTemplate(transactions.dataSource());
    }

    /** The default: an H2 file database in the data folder. */
    /**
     * The embedded H2 file database of the data folder. H2 keeps the parsed form of only 8 statements per connection
     * by default (QUERY_CACHE_SIZE), fewer than a page view of the app and the host use, so it parsed nearly every
     * statement again; PostgreSQL's driver keeps 256 prepared statements per connection (pgjdbc 42.7,
     * preparedStatementCacheQueries), and the host's H2 now keeps as many.
     */
    public static String defaultUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("db").resolve("confluence") + ";QUERY_CACHE_SIZE=256";
    }

    /**
     * Opens the database or fails with a one-line reason (unreachable server, wrong credentials, file in use).
     * User and password come from the options, else from the URL's user/password parameters, else defaults.
     */
    /**
     * The host's pool size, if not {@link ConnectionPools#MAXIMUM_SIZE}: what Confluence reads from
     * {@code hibernate.hikari.maximumPoolSize}. The answer benchmark gives the host Confluence's default, so that its
     * 16 clients do not queue for connections as they would not in Confluence.
     */
    public static final String POOL_SIZE_PROPERTY = "coplaunchpad.db.maximumPoolSize";

    public static Database open(String url, String user, String password) {
        Kind kind = kind(url);
        String effectiveUser = Optional.ofNullable(user).orElseGet(() -> urlParameter(url, "user")
                .orElse(kind.defaultUser));
        String effectivePassword = Optional.ofNullable(password).orElseGet(() -> urlParameter(url, "password").orElse(""));
        try {
            return new Database(url, effectiveUser, effectivePassword, kind,
                    ConnectionPools.open(url, effectiveUser, effectivePassword, "host", ConnectionPools.READ_COMMITTED,
                            Integer.getInteger(POOL_SIZE_PROPERTY, ConnectionPools.MAXIMUM_SIZE)));
        } catch (RuntimeException e) {
            // HikariCP's PoolInitializationException carries the driver's SQLException: its message is the reason.
            Throwable reason = e.getCause() instanceof SQLException ? e.getCause() : e;
            throw new DatabaseUnavailableException("Cannot open database " + url + ": " + firstLine(reason.getMessage()), e);
        }
    }

    static Kind kind(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return Kind.H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return Kind.POSTGRESQL;
        }
        if (url.startsWith("jdbc:mariadb:")) {
            return Kind.MARIADB;
        }
        throw new DatabaseUnavailableException("Unsupported database URL " + url
                + ": use jdbc:h2:..., jdbc:postgresql://host:port/database or jdbc:mariadb://host:port/database", null);
    }

    /** A connection for one operation: the thread transaction's while one runs, else a pooled one (close it). */
    public Connection connection() throws SQLException {
        return transactions.connection();
    }

    /** The pool the app's AO tables and SAL executor share with the host's stores. */
    public DataSource pool() {
        return pool;
    }

    public HostTransactions transactions() {
        return transactions;
    }

    /** Spring's JDBC access for the host's stores: each statement joins the thread's transaction while one runs. */
    JdbcTemplate jdbcTemplate() {
        return jdbcTemplate;
    }

    /** The same, as Spring's fluent client (positional or named parameters, Optional results). */
    JdbcClient jdbc() {
        return JdbcClient.create(jdbcTemplate);
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Kind kind() {
        return kind;
    }


    /** Closes every pooled connection (on shutdown). */
    @Override
    public void close() {
        pool.close();
    }

    static Optional<String> urlParameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : url.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1),
                        java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return Optional.ofNullable(params.get(name));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** For messages: the URL without credentials. */
    public String describe() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

}
