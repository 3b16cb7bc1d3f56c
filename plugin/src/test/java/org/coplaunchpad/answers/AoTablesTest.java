package org.coplaunchpad.answers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import org.coplaunchpad.App;
import org.coplaunchpad.aohost.TablePrefixes;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.testing.StoreDatabase;
import org.junit.jupiter.api.Test;

/** The aggregate SQL names our tables itself: the names must be the ones Active Objects creates. */
class AoTablesTest {
    @Test
    void the_prefix_is_confluences_for_our_namespace() {
        assertEquals(TablePrefixes.forNamespace(App.AO_NAMESPACE), AoTables.PREFIX);
        assertEquals("AO_55510E_", AoTables.PREFIX);
    }

    @Test
    void active_objects_creates_exactly_the_tables_the_sql_names() throws Exception {
        try (StoreDatabase database = StoreDatabase.open(TestDatabases.Kind.H2);
             Connection connection = database.ao().connection();
             ResultSet tables = connection.getMetaData().getTables(null, null, "AO_%", null)) {
            Set<String> names = new HashSet<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
            assertTrue(names.contains(AoTables.ANSWER), names.toString());
            assertTrue(names.contains(AoTables.ANSWER_CHANGE), names.toString());
            names.forEach(name -> assertTrue(name.length() <= 30, name + " is longer than Oracle allows"));
        }
    }
}
