package org.coplaunchpad.aohost;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.EntityManagerBuilderWithDatabaseProperties;

/**
 * One app's Active Objects tables on a JDBC database, named as Confluence names them for the app's
 * {@code <ao namespace>}. Opens a connection per operation outside transactions (AO's "none" pool), which is
 * what the tests and the local host need.
 */
public final class AoDatabase implements AutoCloseable {
    private final EntityManager entityManager;
    private final String tablePrefix;

    private AoDatabase(EntityManager entityManager, String tablePrefix) {
        this.entityManager = entityManager;
        this.tablePrefix = tablePrefix;
    }

    public static AoDatabase open(String jdbcUrl, String user, String password, String namespace) {
        String prefix = TablePrefixes.forNamespace(namespace);
        var builder = EntityManagerBuilder.url(jdbcUrl).username(user).password(password).none();
        String schema = defaultSchema(jdbcUrl);
        EntityManagerBuilderWithDatabaseProperties configured = schema == null ? builder : builder.schema(schema);
        EntityManager entityManager = configured
                .tableNameConverter(new AtlassianTableNameConverter(table -> prefix + table))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                // As in Confluence: AO manages only this namespace's tables, never the host's or another app's.
                .schemaConfiguration((table, caseSensitive) -> table.toUpperCase(Locale.ROOT).startsWith(prefix))
                .build();
        return new AoDatabase(entityManager, prefix);
    }

    /** H2 2.x needs its schema named (stack.md §1a); PostgreSQL's is "public"; MySQL/MariaDB have none. */
    private static String defaultSchema(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:h2:")) {
            return "PUBLIC";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "public";
        }
        return null;
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
        return new EntityManagerActiveObjects(entityManager);
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    /** "AO_XXXXXX_", the prefix of every table of this namespace. */
    public String tablePrefix() {
        return tablePrefix;
    }

    /** A connection for raw SQL (the caller closes it). */
    public Connection connection() throws SQLException {
        DatabaseProvider provider = entityManager.getProvider();
        return provider.getConnection();
    }

    @Override
    public void close() {
        entityManager.getProvider().dispose();
    }
}
