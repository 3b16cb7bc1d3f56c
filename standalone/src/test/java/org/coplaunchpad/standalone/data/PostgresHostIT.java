package org.coplaunchpad.standalone.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.coplaunchpad.standalone.site.StandaloneHost;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.testing.Browserless;
import org.coplaunchpad.standalone.testing.TestHosts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host on PostgreSQL (127.0.0.1:5432, user postgres, trust authentication), in a fresh database per run.
 * Required when CI=true; skipped with a message elsewhere when no server answers.
 */
class PostgresHostIT {
    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String DATABASE = "coplaunchpad_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @TempDir
    static Path data;
    static StandaloneHost host;

    @BeforeAll
    static void start() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("PostgreSQL is required when CI=true (127.0.0.1:5432, user postgres): "
                        + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL not reachable on 127.0.0.1:5432 as postgres (" + e.getMessage()
                    + "): skipping the PostgreSQL host test (required when CI=true)");
        }
        host = StandaloneHost.start(TestHosts.config(data).withDatabase(SERVER + DATABASE + "?user=postgres"));
    }

    @AfterAll
    static void stop() throws SQLException {
        if (host != null) {
            host.close();
            try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
                 Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            }
        }
    }

    @Test
    void the_demo_page_renders_from_postgresql() {
        var page = Jsoup.parse(new Browserless(host.baseUri()).basic("alice", "alice")
                .get(Browserless.display(DemoData.SPACE_KEY, DemoData.CHILD_PAGE)).body());

        assertEquals(4, page.select("section.cop-benefits").size());
    }

    @Test
    void the_host_tables_live_in_the_postgresql_database() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + DATABASE, "postgres", "");
             var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM host_pages")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 2);
        }
    }
}
