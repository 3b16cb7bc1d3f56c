package org.coplaunchpad.standalone.data;

import java.util.List;
import java.util.Optional;

/** Spaces and their permission grants (to users or groups). */
public final class SpaceStore {
    private final Jdbc jdbc;

    public SpaceStore(Database database) {
        this.jdbc = new Jdbc(database);
    }

    public Space create(String key, String name) {
        long id = jdbc.insert("INSERT INTO HOST_SPACES (SPACE_KEY, NAME) VALUES (?, ?)", key, name);
        return new Space(id, key, name, null);
    }

    public Optional<Space> find(String key) {
        return jdbc.queryOne("SELECT ID, SPACE_KEY, NAME, HOME_PAGE_ID FROM HOST_SPACES WHERE SPACE_KEY = ?",
                rs -> new Space(rs.getLong(1), rs.getString(2), rs.getString(3), Jdbc.nullableLong(rs, "HOME_PAGE_ID")),
                key);
    }

    public List<Space> all() {
        return jdbc.query("SELECT ID, SPACE_KEY, NAME, HOME_PAGE_ID FROM HOST_SPACES ORDER BY NAME",
                rs -> new Space(rs.getLong(1), rs.getString(2), rs.getString(3), Jdbc.nullableLong(rs, "HOME_PAGE_ID")));
    }

    /** Removes the space with its pages and permission grants, in one transaction. */
    public void delete(String key) {
        jdbc.updateAll(List.of("DELETE FROM HOST_PAGE_VERSIONS WHERE SPACE_KEY = ?",
                "DELETE FROM HOST_PAGES WHERE SPACE_KEY = ?",
                "DELETE FROM HOST_SPACE_PERMISSIONS WHERE SPACE_KEY = ?",
                "DELETE FROM HOST_SPACES WHERE SPACE_KEY = ?"), key);
    }

    public void setHomePage(String key, long pageId) {
        jdbc.update("UPDATE HOST_SPACES SET HOME_PAGE_ID = ? WHERE SPACE_KEY = ?", pageId, key);
    }

    public void grantToUser(String spaceKey, SpacePermission permission, String username) {
        jdbc.update("INSERT INTO HOST_SPACE_PERMISSIONS (SPACE_KEY, PERMISSION, USERNAME) VALUES (?, ?, ?)",
                spaceKey, permission.storedName(), username);
    }

    public void grantToGroup(String spaceKey, SpacePermission permission, String group) {
        jdbc.update("INSERT INTO HOST_SPACE_PERMISSIONS (SPACE_KEY, PERMISSION, GROUP_NAME) VALUES (?, ?, ?)",
                spaceKey, permission.storedName(), group);
    }

    /** Whether the user holds the permission directly or through one of the groups. */
    public boolean granted(String spaceKey, SpacePermission permission, String username, List<String> groups) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM HOST_SPACE_PERMISSIONS WHERE SPACE_KEY = ?"
                + " AND PERMISSION = ? AND (USERNAME = ?");
        Object[] params = new Object[3 + groups.size()];
        params[0] = spaceKey;
        params[1] = permission.storedName();
        params[2] = username;
        if (!groups.isEmpty()) {
            sql.append(" OR GROUP_NAME IN (").append("?,".repeat(groups.size() - 1)).append("?)");
            for (int i = 0; i < groups.size(); i++) {
                params[3 + i] = groups.get(i);
            }
        }
        sql.append(')');
        return jdbc.queryOne(sql.toString(), rs -> rs.getLong(1), params).orElse(0L) > 0;
    }

    /** The permissions granted to users directly (not through groups), by username, in grant order. */
    public java.util.Map<String, java.util.Set<SpacePermission>> userGrants(String spaceKey) {
        java.util.Map<String, java.util.Set<SpacePermission>> grants = new java.util.LinkedHashMap<>();
        for (String[] row : jdbc.query("SELECT USERNAME, PERMISSION FROM HOST_SPACE_PERMISSIONS WHERE SPACE_KEY = ?"
                + " AND USERNAME IS NOT NULL ORDER BY ID", rs -> new String[] {rs.getString(1), rs.getString(2)}, spaceKey)) {
            java.util.Arrays.stream(SpacePermission.values()).filter(p -> p.storedName().equals(row[1])).findFirst()
                    .ifPresent(p -> grants.computeIfAbsent(row[0], u -> java.util.EnumSet.noneOf(SpacePermission.class)).add(p));
        }
        return grants;
    }

    public void revokeFromUser(String spaceKey, SpacePermission permission, String username) {
        jdbc.update("DELETE FROM HOST_SPACE_PERMISSIONS WHERE SPACE_KEY = ? AND PERMISSION = ? AND USERNAME = ?",
                spaceKey, permission.storedName(), username);
    }
}
