package org.coplaunchpad.aohost;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.RawEntity;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.SimpleNameConverters;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.MySQLDatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * One app's Active Objects tables on a JDBC database, named as Confluence names them for the app's
 * {@code <ao namespace>}, on a connection pool and the thread transactions it shares with SAL's rdbms executor
 * (and, in the standalone host, with the host's own tables).
 */
public final class AoDatabase implements AutoCloseable {
    private final EntityManager entityManager;
    private final HostTransactions transactions;
    private final String tablePrefix;

    private AoDatabase(EntityManager entityManager, HostTransactions transactions, String tablePrefix) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.tablePrefix = tablePrefix;
    }

    /** On a pool of its own (tests), closed with this database. */
    public static AoDatabase open(String jdbcUrl, String user, String password, String namespace) {
        return open(jdbcUrl, user, password, namespace, "TRANSACTION_READ_COMMITTED");
    }

    /** The same with connections in the given JDBC isolation ({@link ConnectionPools#open}). */
    public static AoDatabase open(String jdbcUrl, String user, String password, String namespace, String isolation) {
        HikariDataSource pool = ConnectionPools.open(jdbcUrl, user, password, "ao-" + namespace, isolation);
        try {
            return build(jdbcUrl, namespace, pool, new HostTransactions(pool), pool::close);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** On a pool and transactions shared with others (the standalone host): closing this leaves the pool open. */
    public static AoDatabase on(String jdbcUrl, DataSource pool, HostTransactions transactions, String namespace) {
        return build(jdbcUrl, namespace, pool, transactions, () -> { });
    }

    private static AoDatabase build(String jdbcUrl, String namespace, DataSource pool, HostTransactions transactions,
                                    Runnable onClose) {
        String prefix = TablePrefixes.forNamespace(namespace);
        DisposableDataSource dataSource = new TransactionAwareDataSource(pool, transactions, onClose);
        EntityManager entityManager = new EntityManager(provider(jdbcUrl, dataSource), new Configuration(
                new SimpleNameConverters(new AtlassianTableNameConverter(table -> prefix + table),
                        new AtlassianFieldNameConverter(), new AtlassianSequenceNameConverter(),
                        new AtlassianTriggerNameConverter(), new AtlassianIndexNameConverter(),
                        new AtlassianUniqueNameConverter()),
                // As in Confluence: AO manages only this namespace's tables, never the host's or another app's.
                (table, caseSensitive) -> table.toUpperCase(Locale.ROOT).startsWith(prefix),
                new CachingEntityInfoResolverFactory()));
        return new AoDatabase(entityManager, transactions, prefix);
    }

    /** The engine's provider for the URL; H2 2.x needs its schema named (stack.md §1a), MySQL/MariaDB have none. */
    private static DatabaseProvider provider(String jdbcUrl, DisposableDataSource dataSource) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return new H2DatabaseProvider(dataSource, "PUBLIC");
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgreSQLDatabaseProvider(dataSource, "public");
        }
        if (url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:")) {
            return new MySQLDatabaseProvider(dataSource);
        }
        throw new IllegalArgumentException("No Active Objects provider for " + jdbcUrl);
    }

    private record Configuration(NameConverters nameConverters, SchemaConfiguration schemaConfiguration,
                                 EntityInfoResolverFactory entityInfoResolverFactory)
            implements EntityManagerConfiguration {
        @Override
        public boolean useWeakCache() {
            return false;
        }

        @Override
        public NameConverters getNameConverters() {
            return nameConverters;
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            return schemaConfiguration;
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return entityInfoResolverFactory;
        }
    }

    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        try {
            entityManager.migrate(entities);
        } catch (SQLException e) {
            throw new AoSqlException(e);
        }
    }

    public EntityManagerActiveObjects activeObjects() {
        return new EntityManagerActiveObjects(entityManager, transactions);
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** The thread transactions AO and SAL's rdbms executor share on this database. */
    public HostTransactions transactions() {
        return transactions;
    }

    /** "AO_XXXXXX_", the prefix of every table of this namespace. */
    public String tablePrefix() {
        return tablePrefix;
    }

    /** A connection for raw SQL (the caller closes it): the running transaction's, else a pooled one. */
    public Connection connection() throws SQLException {
        return transactions.connection();
    }

    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }
}
