package org.coplaunchpad.standalone.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Optional;
import org.coplaunchpad.aohost.HostTransactions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pages in storage format and their tree. Versions count edits, as Confluence's version.number does. A page is
 * current or in its space's trash (Confluence's content status): lookups by space, title or id see current pages
 * only, as Confluence's page views, lists and title checks do; {@link #findAnyStatus} sees the trash too.
 */
public final class PageStore {
    private static final String COLUMNS = "ID, SPACE_KEY, PARENT_ID, TITLE, BODY, VERSION, LAST_MODIFIER, LAST_MODIFIED,"
            + " STATUS";
    private static final String CURRENT = " STATUS = 'current'";

    private final JdbcClient jdbc;
    private final Database database;

    public PageStore(Database database) {
        this.jdbc = database.jdbc();
        this.database = database;
    }

    public Page create(String spaceKey, Long parentId, String title, String body, String author) {
        JdbcClient.StatementSpec siblings = parentId == null
                ? jdbc.sql("SELECT COUNT(*) FROM HOST_PAGES WHERE SPACE_KEY = ? AND PARENT_ID IS NULL").param(spaceKey)
                : jdbc.sql("SELECT COUNT(*) FROM HOST_PAGES WHERE SPACE_KEY = ? AND PARENT_ID = ?").params(spaceKey, parentId);
        int position = siblings.query(Integer.class).single();
        long id = GeneratedIds.insert(jdbc, "INSERT INTO HOST_PAGES (SPACE_KEY, PARENT_ID, TITLE, BODY, VERSION, POSITION,"
                + " LAST_MODIFIER, LAST_MODIFIED) VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
                spaceKey, parentId, title, body, position, author, Timestamp.from(Instant.now()));
        return find(id).orElseThrow();
    }

    /**
     * Stores a new version and keeps the one it replaces in the page's history, in one transaction; false when
     * someone else stored {@code expectedVersion} + 1 first.
     */
    public boolean update(long id, int expectedVersion, String title, String body, String author) {
        try {
            return database.transactions().execute(HostTransactions.Propagation.REQUIRED, false, transaction -> {
                boolean kept = jdbc.sql("INSERT INTO HOST_PAGE_VERSIONS (PAGE_ID, VERSION, SPACE_KEY, TITLE, BODY,"
                        + " LAST_MODIFIER, LAST_MODIFIED) SELECT ID, VERSION, SPACE_KEY, TITLE, BODY, LAST_MODIFIER,"
                        + " LAST_MODIFIED FROM HOST_PAGES WHERE ID = ? AND VERSION = ? AND" + CURRENT)
                        .params(id, expectedVersion).update() == 1;
                boolean updated = kept && jdbc.sql("UPDATE HOST_PAGES SET TITLE = ?, BODY = ?, VERSION = VERSION + 1,"
                        + " LAST_MODIFIER = ?, LAST_MODIFIED = ? WHERE ID = ? AND VERSION = ? AND" + CURRENT)
                        .params(title, body, author, Timestamp.from(Instant.now()), id, expectedVersion).update() == 1;
                if (!updated) {
                    throw new VersionTaken();
                }
                return true;
            });
        } catch (VersionTaken | DataIntegrityViolationException e) {
            // A DataIntegrityViolationException: another save of the same version got there first, its history row
            // holds the key. Either way the transaction has been rolled back (or marked so, when it was joined).
            return false;
        }
    }

    /**
     * Moves a current page to its space's trash, as Confluence's {@code Page.trash()} does: it leaves the tree (no
     * parent) and its children become top-level pages. False when the page is not current.
     */
    public boolean trash(long id) {
        return database.transactions().execute(HostTransactions.Propagation.REQUIRED, false, transaction -> {
            if (jdbc.sql("UPDATE HOST_PAGES SET STATUS = 'trashed', PARENT_ID = NULL WHERE ID = ? AND" + CURRENT)
                    .param(id).update() == 0) {
                return false;
            }
            jdbc.sql("UPDATE HOST_PAGES SET PARENT_ID = NULL WHERE PARENT_ID = ?").param(id).update();
            return true;
        });
    }

    /** Brings a trashed page back, at the top of its space's tree, with its version and history. */
    public boolean restore(long id) {
        return jdbc.sql("UPDATE HOST_PAGES SET STATUS = 'current' WHERE ID = ? AND STATUS = 'trashed'").param(id)
                .update() == 1;
    }

    /** Removes a trashed page and its history for good (Confluence's purge). False when the page is not trashed. */
    public boolean purge(long id) {
        return database.transactions().execute(HostTransactions.Propagation.REQUIRED, false, transaction -> {
            if (jdbc.sql("DELETE FROM HOST_PAGES WHERE ID = ? AND STATUS = 'trashed'").param(id).update() == 0) {
                return false;
            }
            jdbc.sql("DELETE FROM HOST_PAGE_VERSIONS WHERE PAGE_ID = ?").param(id).update();
            return true;
        });
    }

    /** Rolls the version's transaction back: someone else stored it first. */
    private static final class VersionTaken extends RuntimeException {
        VersionTaken() {
            super(null, null, false, false);
        }
    }

    /** Every version of the page, the current one first, then the previous ones, newest first. */
    public List<Page> history(Page current) {
        List<Page> versions = new ArrayList<>();
        versions.add(current);
        versions.addAll(jdbc.sql("SELECT PAGE_ID AS ID, SPACE_KEY, TITLE, BODY, VERSION, LAST_MODIFIER, LAST_MODIFIED"
                + " FROM HOST_PAGE_VERSIONS WHERE PAGE_ID = ? ORDER BY VERSION DESC").param(current.id())
                .query((rs, row) -> previous(rs, current)).list());
        return List.copyOf(versions);
    }

    /** One version of the page (the current one or a previous one). */
    public Optional<Page> version(Page current, int version) {
        return history(current).stream().filter(p -> p.version() == version).findFirst();
    }

    private static Page previous(ResultSet rs, Page current) throws SQLException {
        return new Page(rs.getLong("ID"), rs.getString("SPACE_KEY"), current.parentId(), rs.getString("TITLE"),
                rs.getString("BODY"), rs.getInt("VERSION"), rs.getString("LAST_MODIFIER"),
                rs.getTimestamp("LAST_MODIFIED").toInstant(), current.status());
    }

    /** The current page with this id. */
    public Optional<Page> find(long id) {
        return findAnyStatus(id).filter(Page::current);
    }

    /** The page with this id, current or trashed (Confluence's {@code PageManager.getAbstractPage}). */
    public Optional<Page> findAnyStatus(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM HOST_PAGES WHERE ID = ?").param(id).query(PageStore::page).optional();
    }

    /** The current page of the space with exactly this title. */
    public Optional<Page> find(String spaceKey, String title) {
        // The first if several: a trashed page keeps its title, and a restore is refused while another page has it.
        return jdbc.sql("SELECT " + COLUMNS + " FROM HOST_PAGES WHERE SPACE_KEY = ? AND TITLE = ? AND" + CURRENT
                + " ORDER BY ID").params(spaceKey, title).query(PageStore::page).list().stream().findFirst();
    }

    /** The page of the space with this title ignoring case, as Confluence's {@code PageManager.getPage(key, title)}. */
    public Optional<Page> findTitled(String spaceKey, String title) {
        // The first when titles differ only in case ("Abc", "abc"): Confluence's lookup returns one page.
        return jdbc.sql("SELECT " + COLUMNS + " FROM HOST_PAGES WHERE SPACE_KEY = ? AND LOWER(TITLE) = LOWER(?) AND"
                + CURRENT + " ORDER BY ID").params(spaceKey, title).query(PageStore::page).list().stream().findFirst();
    }

    /** The space's current pages, in tree order. */
    public List<Page> inSpace(String spaceKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM HOST_PAGES WHERE SPACE_KEY = ? AND" + CURRENT
                + " ORDER BY POSITION, TITLE").param(spaceKey).query(PageStore::page).list();
    }

    /** Every page of the space, its trash included. */
    public List<Page> inSpaceAnyStatus(String spaceKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM HOST_PAGES WHERE SPACE_KEY = ? ORDER BY POSITION, TITLE")
                .param(spaceKey).query(PageStore::page).list();
    }

    /** The page's ancestors, root first (Confluence's "ancestors" order). */
    public List<Page> ancestors(Page page) {
        LinkedList<Page> ancestors = new LinkedList<>();
        Long parent = page.parentId();
        while (parent != null) {
            Page p = findAnyStatus(parent).orElseThrow();
            ancestors.addFirst(p);
            parent = p.parentId();
        }
        return List.copyOf(ancestors);
    }

    private static Page page(ResultSet rs, int row) throws SQLException {
        return new Page(rs.getLong("ID"), rs.getString("SPACE_KEY"), rs.getObject("PARENT_ID", Long.class),
                rs.getString("TITLE"), rs.getString("BODY"), rs.getInt("VERSION"), rs.getString("LAST_MODIFIER"),
                rs.getTimestamp("LAST_MODIFIED").toInstant(), Page.Status.ofStored(rs.getString("STATUS")));
    }
}
