package org.coplaunchpad.standalone.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Pages in storage format and their tree. Versions count edits, as Confluence's version.number does. */
public final class PageStore {
    private static final String COLUMNS = "ID, SPACE_KEY, PARENT_ID, TITLE, BODY, VERSION, LAST_MODIFIER, LAST_MODIFIED";

    private final Jdbc jdbc;

    public PageStore(Database database) {
        this.jdbc = new Jdbc(database);
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

    /** Stores a new version; false when someone else stored {@code expectedVersion} + 1 first. */
    public boolean update(long id, int expectedVersion, String title, String body, String author) {
        return jdbc.update("UPDATE HOST_PAGES SET TITLE = ?, BODY = ?, VERSION = VERSION + 1, LAST_MODIFIER = ?,"
                + " LAST_MODIFIED = ? WHERE ID = ? AND VERSION = ?",
                title, body, author, Instant.now(), id, expectedVersion) == 1;
    }

    public Optional<Page> find(long id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM HOST_PAGES WHERE ID = ?", PageStore::page, id);
    }

    public Optional<Page> find(String spaceKey, String title) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM HOST_PAGES WHERE SPACE_KEY = ? AND TITLE = ?",
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
