package org.coplaunchpad.aohost;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The databases tests run on: embedded H2 always; PostgreSQL (127.0.0.1:5432, user postgres, trust auth) and
 * MariaDB (127.0.0.1:3306, root without password) when they answer. Each test class gets a fresh, empty
 * database of its own, dropped afterwards. In CI (CI=true) the servers are required, not optional.
 */
public final class TestDatabases {
    public enum Kind { H2, POSTGRESQL, MARIADB }

    /** A database created for one test class. */
    public record Database(Kind kind, String name, String jdbcUrl, String user, String password) {
    }

    private static final String POSTGRES_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String MARIADB_ADMIN_URL = "jdbc:mariadb://127.0.0.1:3306/";

    private TestDatabases() {
    }

    /** True when CI=true: then a database server that does not answer is a failure, not a skip. */
    public static boolean requiredByCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** Why the server cannot be used, or null when it answers. */
    public static String unavailableReason(Kind kind) {
        if (kind == Kind.H2) {
            return null;
        }
        try (Connection ignored = admin(kind)) {
            return null;
        } catch (SQLException e) {
            return kind + " is not reachable at " + adminUrl(kind) + ": " + e.getMessage();
        }
    }

    public static Database create(Kind kind) {
        String name = "cop_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        switch (kind) {
            case H2:
                return new Database(kind, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
            case POSTGRESQL:
                execute(kind, "CREATE DATABASE " + name);
                return new Database(kind, name, "jdbc:postgresql://127.0.0.1:5432/" + name, "postgres", "");
            case MARIADB:
                execute(kind, "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                return new Database(kind, name, "jdbc:mariadb://127.0.0.1:3306/" + name, "root", "");
            default:
                throw new IllegalArgumentException(kind.toString());
        }
    }

    public static void drop(Database database) {
        switch (database.kind()) {
            case H2 -> {
                try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                     Statement statement = connection.createStatement()) {
                    statement.execute("SHUTDOWN");
                } catch (SQLException e) {
                    throw new AoSqlException(e);
                }
            }
            case POSTGRESQL -> execute(database.kind(), "DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
            case MARIADB -> execute(database.kind(), "DROP DATABASE IF EXISTS " + database.name());
        }
    }

    private static void execute(Kind kind, String sql) {
        try (Connection connection = admin(kind); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new AoSqlException(e);
        }
    }

    private static Connection admin(Kind kind) throws SQLException {
        DriverManager.setLoginTimeout(3);
        return kind == Kind.POSTGRESQL
                ? DriverManager.getConnection(POSTGRES_ADMIN_URL, "postgres", "")
                : DriverManager.getConnection(MARIADB_ADMIN_URL, "root", "");
    }

    private static String adminUrl(Kind kind) {
        return kind == Kind.POSTGRESQL ? POSTGRES_ADMIN_URL : MARIADB_ADMIN_URL.toLowerCase(Locale.ROOT);
    }
}
