package org.coplaunchpad.standalone.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.coplaunchpad.aohost.HostTransactions.Propagation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/**
 * The host's stores share the thread's transaction, as Confluence's managers share its Hibernate transaction with
 * the apps' AO calls: a statement inside one runs on its connection (seen there before the commit, by nobody else),
 * and goes when it rolls back. A statement outside one commits at once.
 */
class StoresInTransactionsTest {
    private Database database;
    private SpaceStore spaces;
    private PageStore pages;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", null, null);
        HostSchema.create(database);
        spaces = new SpaceStore(database);
        pages = new PageStore(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void a_write_inside_a_transaction_is_seen_by_it_and_by_no_other_connection_before_the_commit() {
        database.transactions().execute(Propagation.REQUIRED, false, transaction -> {
            spaces.create("TX", "In a transaction");
            assertTrue(spaces.find("TX").isPresent(), "the transaction sees its own write");
            assertEquals(0, spacesSeenOutside("TX"), "another connection does not, before the commit");
            return null;
        });
        assertEquals(1, spacesSeenOutside("TX"), "committed with the transaction");
    }

    @Test
    void writes_inside_a_transaction_that_fails_are_all_rolled_back() {
        assertThrows(IllegalStateException.class, () -> database.transactions().execute(Propagation.REQUIRED, false,
                transaction -> {
                    spaces.create("GONE", "Rolled back");
                    pages.create("GONE", null, "Home", "<p>home</p>", "admin");
                    throw new IllegalStateException("the work failed after the writes");
                }));
        assertTrue(spaces.find("GONE").isEmpty());
        assertTrue(pages.find("GONE", "Home").isEmpty());
    }

    @Test
    void a_write_outside_any_transaction_commits_at_once() {
        spaces.create("NOW", "Auto-commit");
        assertEquals(1, spacesSeenOutside("NOW"));
    }

    @Test
    void saving_a_version_someone_else_saved_first_is_refused_and_keeps_theirs() {
        Page page = pages.create(spaces.create("V", "Versions").key(), null, "Page", "<p>1</p>", "alice");
        assertTrue(pages.update(page.id(), 1, "Page", "<p>2 by alice</p>", "alice"));

        assertFalse(pages.update(page.id(), 1, "Page", "<p>2 by bruno</p>", "bruno"));
        assertEquals("<p>2 by alice</p>", pages.find(page.id()).orElseThrow().body());
        assertEquals(2, pages.history(pages.find(page.id()).orElseThrow()).size());
    }

    @Test
    void a_broken_statement_fails_with_springs_data_access_exception_naming_the_sql() {
        spaces.create("DUP", "First");
        DataAccessException failure = assertThrows(DataAccessException.class, () -> spaces.create("DUP", "Second"));
        assertTrue(failure.getMessage().contains("INSERT INTO HOST_SPACES"), failure.getMessage());
    }

    private int spacesSeenOutside(String key) {
        try (Connection other = database.pool().getConnection(); Statement statement = other.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM HOST_SPACES WHERE SPACE_KEY = '" + key + "'")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
