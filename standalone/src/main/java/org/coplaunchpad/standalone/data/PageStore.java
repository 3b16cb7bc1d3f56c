package org.coplaunchpad.standalone.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.coplaunchpad.aohost.HostTransactions;

/** Pages in storage format and their tree. Versions count edits, as Confluence's version.number does. */
public final class PageStore {
    private static final String COLUMNS = "ID, SPACE_KEY, PARENT_ID, TITLE, BODY, VERSION, LAST_MODIFIER, LAST_MODIFIED";

    private final Jdbc jdbc;
    private final Database database;

    public PageStore(Database database) {
        this.jdbc = new Jdbc(database);
        this.database = database;
    }

    public Page create(String spaceKey, Long parentId, String title, String body, String author) {
        int position = jdbc.queryOne("SELECT COUNT(*) FROM HOST_PAGES WHERE SPACE_KEY = ? AND "
                        + (parentId == null ? "PARENT_ID IS NULL" : "PARENT_ID = " + parentId.longValue()),
                rs -> rs.getInt(1), spaceKey).orElse(0);
        Instant now = Instant.now();
        long id = jdbc.insert("INSERT INTO HOST_PAGES (SPACE_KEY, PARENT_ID, TITLE, BODY, VERSION, POSITION,"
                + " LAST_MODIFIER, LAST_MODIFIED) VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
                spaceKey, parentId, title, body, position, author, now);
        return find(id).orElseThrow();
    }

    /**
     * Stores a new version and keeps the one it replaces in the page's history, in one transaction; false when
     * someone else stored {@code expectedVersion} + 1 first.
     */
    public boolean update(long id, int expectedVersion, String title, String body, String author) {
        try {
            return database.transactions().execute(HostTransactions.Propagation.REQUIRED, false, c -> {
                try {
                    boolean kept = execute(c, "INSERT INTO HOST_PAGE_VERSIONS (PAGE_ID, VERSION, SPACE_KEY, TITLE, BODY,"
                            + " LAST_MODIFIER, LAST_MODIFIED) SELECT ID, VERSION, SPACE_KEY, TITLE, BODY, LAST_MODIFIER,"
                            + " LAST_MODIFIED FROM HOST_PAGES WHERE ID = ? AND VERSION = ?", id, expectedVersion) == 1;
                    boolean updated = kept && execute(c, "UPDATE HOST_PAGES SET TITLE = ?, BODY = ?, VERSION = VERSION + 1,"
                            + " LAST_MODIFIER = ?, LAST_MODIFIED = ? WHERE ID = ? AND VERSION = ?",
                            title, body, author, Timestamp.from(Instant.now()), id, expectedVersion) == 1;
                    if (!updated) {
                        throw new VersionTaken();
                    }
                    return true;
                } catch (SQLException e) {
                    // Another save of the same version got there first: its history row holds the key.
                    if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                        throw new VersionTaken();
                    }
                    throw new StoreException("UPDATE HOST_PAGES (new version of page " + id + ")", e);
                }
            });
        } catch (VersionTaken e) {
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
        List<Page> versions = new java.util.ArrayList<>();
        versions.add(current);
        versions.addAll(jdbc.query("SELECT PAGE_ID AS ID, SPACE_KEY, TITLE, BODY, VERSION, LAST_MODIFIER, LAST_MODIFIED"
                + " FROM HOST_PAGE_VERSIONS WHERE PAGE_ID = ? ORDER BY VERSION DESC", rs -> previous(rs, current),
                current.id()));
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

    private static int execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }

    public Optional<Page> find(long id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM HOST_PAGES WHERE ID = ?", PageStore::page, id);
    }

    public Optional<Page> find(String spaceKey, String title) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM HOST_PAGES WHERE SPACE_KEY = ? AND TITLE = ?",
                PageStore::page, spaceKey, title);
    }

    /** The page of the space with this title ignoring case, as Confluence's {@code PageManager.getPage(key, title)}. */
    public Optional<Page> findTitled(String spaceKey, String title) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM HOST_PAGES WHERE SPACE_KEY = ? AND LOWER(TITLE) = LOWER(?)"
                + " ORDER BY ID",
                PageStore::page, spaceKey, title);
    }

    public List<Page> inSpace(String spaceKey) {
        return jdbc.query("SELECT " + COLUMNS + " FROM HOST_PAGES WHERE SPACE_KEY = ? ORDER BY POSITION, TITLE",
                PageStore::page, spaceKey);
    }

    /** The page's ancestors, root first (Confluence's "ancestors" order). */
    public List<Page> ancestors(Page page) {
        java.util.LinkedList<Page> ancestors = new java.util.LinkedList<>();
        Long parent = page.parentId();
        while (parent != null) {
            Page p = find(parent).orElseThrow();
            ancestors.addFirst(p);
            parent = p.parentId();
        }
        return List.copyOf(ancestors);
    }

    private static Page page(ResultSet rs) throws SQLException {
        return new Page(rs.getLong("ID"), rs.getString("SPACE_KEY"), Jdbc.nullableLong(rs, "PARENT_ID"),
                rs.getString("TITLE"), rs.getString("BODY"), rs.getInt("VERSION"), rs.getString("LAST_MODIFIER"),
                rs.getTimestamp("LAST_MODIFIED").toInstant());
    }
}
