package org.coplaunchpad.standalone.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.coplaunchpad.standalone.data.Database;

/**
 * Tables taken away from under the running host (renamed), so that every query on them fails as on a broken
 * database, with the SQL in the driver's message; closing puts them back. Needs no switch in the host or the app.
 */
public final class MissingTables implements AutoCloseable {
    /** The app's Active Objects tables (AO_ + MD5 of its namespace) the pages read, the overview's summary too. */
    public static final List<String> APP = List.of("AO_55510E_ITEM_ANSWER", "AO_55510E_ITEM_ANSWER_CHANGE",
            "AO_55510E_LAUNCH_SETTINGS", "AO_55510E_CHECKLIST_SUMMARY");

    private final Database database;
    private final List<String> renamed = new ArrayList<>();

    private MissingTables(Database database) {
        this.database = database;
    }

    public static MissingTables of(Database database, List<String> tables) {
        MissingTables missing = new MissingTables(database);
        for (String table : tables) {
            missing.rename(table, table + "_AWAY");
            missing.renamed.add(table);
        }
        return missing;
    }

    @Override
    public void close() {
        for (String table : renamed) {
            rename(table + "_AWAY", table);
        }
        renamed.clear();
    }

    private void rename(String from, String to) {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + from + " RENAME TO " + to);
        } catch (SQLException e) {
            throw new AssertionError("Could not rename table " + from + " to " + to + ": " + e.getMessage(), e);
        }
    }
}
