package org.coplaunchpad.standalone.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.coplaunchpad.aohost.TestDatabases;
import org.coplaunchpad.standalone.site.StandaloneHost;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.ServerDatabases;
import org.coplaunchpad.standalone.testing.TestHosts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./run --db jdbc:mariadb://…}: the host on MariaDB (127.0.0.1:3306, root without password) in a fresh
 * database (ao-host's TestDatabases). Required when CI=true; skipped with the reason elsewhere.
 */
class MariaDbHostIT {
    @TempDir
    static Path data;
    static TestDatabases.Database database;
    static StandaloneHost host;

    @BeforeAll
    static void start() {
        database = ServerDatabases.createOrSkip(TestDatabases.Kind.MARIADB);
        host = StandaloneHost.start(TestHosts.config(data).withDatabase(database.jdbcUrl()));
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
        if (database != null) {
            TestDatabases.drop(database);
        }
    }

    @Test
    void the_demo_page_renders_from_mariadb() {
        var page = Jsoup.parse(new Browserless(host.baseUri()).basic("alice", "alice")
                .get(Browserless.display(DemoData.SPACE_KEY, DemoData.CHILD_PAGE)).body());

        assertEquals(4, page.select("section.cop-benefits").size());
        assertEquals(1, page.select("section.cop-checklist").size());
    }

    @Test
    void the_host_tables_and_the_apps_ao_tables_live_in_the_mariadb_database() throws SQLException {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password())) {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM HOST_PAGES")) {
                rs.next();
                assertTrue(rs.getInt(1) >= 2);
            }
            try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "AO_55510E_ANSWER", null)) {
                assertTrue(rs.next(), "AO_55510E_ANSWER exists");
            }
        }
    }

    @Test
    void reset_drops_and_recreates_the_tables_on_mariadb(@TempDir Path otherData) {
        TestDatabases.Database own = TestDatabases.create(TestDatabases.Kind.MARIADB);
        try {
            try (StandaloneHost first = StandaloneHost.start(TestHosts.config(otherData).withDatabase(own.jdbcUrl()))) {
                first.site().pages().create(DemoData.SPACE_KEY, null, "Scratch", "<p>gone after reset</p>", "alice");
            }
            try (StandaloneHost reset = StandaloneHost.start(TestHosts.config(otherData).withDatabase(own.jdbcUrl())
                    .withReset(true))) {
                assertTrue(reset.seededDemo());
                assertTrue(reset.site().pages().find(DemoData.SPACE_KEY, "Scratch").isEmpty());
            }
        } finally {
            TestDatabases.drop(own);
        }
    }
}
