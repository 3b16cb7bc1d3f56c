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

/** Pages in storage format and their tree. Versions count edits, as Confluence's version.number does. */
public final class PageStore {
    private static final String COLUMNS = "ID, SPACE_KEY, PARENT_ID, TITLE, BODY, VERSION, LAST_MODIFIER, LAST_MODIFIED";

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
                        + " LAST_MODIFIED FROM HOST_PAGES WHERE ID = ? AND VERSION = ?")
                        .params(id, expectedVersion).update() == 1;
                boolean updated = kept && jdbc.sql("UPDATE HOST_PAGES SET TITLE = ?, BODY = ?, VERSION = VERSION + 1,"
                        + " LAST_MODIFIER = ?, LAST_MODIFIED = ? WHERE ID = ? AND VERSION = ?")
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
                rs.getTimestamp("LAST_MODIFIED").toInstant());
    }

    public Optional<Page> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM HOST_PAGES WHERE ID = ?").param(id).query(PageStore::page).optional();
    }

    public Optional<Page> find(String spaceKey, String title) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM HOST_PAGES WHERE SPACE_KEY = ? AND TITLE = ?")
                .params(spaceKey, title).query(PageStore::page).optional();
    }

    /** The page of the space with this title ignoring case, as Confluence's {@code PageManager.getPage(key, title)}. */
    public Optional<Page> findTitled(String spaceKey, String title) {
        // The first when titles differ only in case ("Abc", "abc"): Confluence's lookup returns one page.
        return jdbc.sql("SELECT " + COLUMNS + " FROM HOST_PAGES WHERE SPACE_KEY = ? AND LOWER(TITLE) = LOWER(?)"
                + " ORDER BY ID").params(spaceKey, title).query(PageStore::page).list().stream().findFirst();
    }

    public List<Page> inSpace(String spaceKey) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM HOST_PAGES WHERE SPACE_KEY = ? ORDER BY POSITION, TITLE")
                .param(spaceKey).query(PageStore::page).list();
    }

    /** The page's ancestors, root first (Confluence's "ancestors" order). */
    public List<Page> ancestors(Page page) {
        LinkedList<Page> ancestors = new LinkedList<>();
        Long parent = page.parentId();
        while (parent != null) {
            Page p = find(parent).orElseThrow();
            ancestors.addFirst(p);
            parent = p.parentId();
        }
        return List.copyOf(ancestors);
    }

    private static Page page(ResultSet rs, int row) throws SQLException {
        return new Page(rs.getLong("ID"), rs.getString("SPACE_KEY"), rs.getObject("PARENT_ID", Long.class),
                rs.getString("TITLE"), rs.getString("BODY"), rs.getInt("VERSION"), rs.getString("LAST_MODIFIER"),
                rs.getTimestamp("LAST_MODIFIED").toInstant());
    }
}
