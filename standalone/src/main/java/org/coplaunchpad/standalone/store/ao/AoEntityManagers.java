package org.coplaunchpad.standalone.store.ao;

import java.util.Locale;
import net.java.ao.EntityManager;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.builder.EntityManagerBuilder;
import net.java.ao.builder.EntityManagerBuilderWithUrlAndUsernameAndPassword;
import org.coplaunchpad.standalone.store.Database;

/** The AO engine (net.java.ao 6.1.1) on the host's database, with Confluence's naming (stack.md §1.3). */
public final class AoEntityManagers {
    private AoEntityManagers() {
    }

    /** An EntityManager for one {@code <ao namespace>}; it manages only that namespace's AO_XXXXXX_ tables. */
    public static EntityManager forNamespace(Database database, String namespace) {
        String prefix = AoTablePrefix.of(namespace);
        EntityManagerBuilderWithUrlAndUsernameAndPassword builder =
                EntityManagerBuilder.url(database.url()).username(database.user()).password(database.password());
        database.aoSchema().ifPresent(builder::schema);
        return builder.none()
                .tableNameConverter(new AtlassianTableNameConverter(table -> prefix + table))
                .fieldNameConverter(new AtlassianFieldNameConverter())
                .sequenceNameConverter(new AtlassianSequenceNameConverter())
                .triggerNameConverter(new AtlassianTriggerNameConverter())
                .indexNameConverter(new AtlassianIndexNameConverter())
                .uniqueNameConverter(new AtlassianUniqueNameConverter())
                // The host's own HOST_* tables and other apps' tables are not this namespace's business.
                .schemaConfiguration((table, caseSensitive) -> table.toUpperCase(Locale.ROOT).startsWith(prefix))
                .build();
    }
}
