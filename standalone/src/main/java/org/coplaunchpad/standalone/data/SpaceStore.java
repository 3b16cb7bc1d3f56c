package org.coplaunchpad.standalone.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coplaunchpad.aohost.HostTransactions;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Spaces and their permission grants (to users or groups). */
public final class SpaceStore {
    private static final String COLUMNS = "ID, SPACE_KEY, NAME, HOME_PAGE_ID";

    private final Database database;
    private final JdbcClient jdbc;
    /** Each space's grants, as Confluence's permission cache keeps them; emptied by every change of a grant. */
    private final CommittedCache<String, List<Grant>> grants;

    public SpaceStore(Database database) {
        this.database = database;
        this.jdbc = database.jdbc();
        this.grants = new CommittedCache<>(database.transactions());
    }

    /** One row of a space's grants: a permission to a user or (username null) to a group. */
    private record Grant(String permission, String username, String group) {
    }

    public Space create(String key, String name) {
        long id = GeneratedIds.insert(jdbc, "INSERT INTO HOST_SPACES (SPACE_KEY, NAME) VALUES (?, ?)", key, name);
        return new Space(id, key, name, null);
    }

    public Optional<Space> find(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM HOST_SPACES WHERE SPACE_KEY = ?").param(key)
                .query(SpaceStore::space).optional();
    }

    public List<Space> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM HOST_SPACES ORDER BY NAME").query(SpaceStore::space).list();
    }

    private static Space space(ResultSet rs, int row) throws SQLException {
        return new Space(rs.getLong("ID"), rs.getString("SPACE_KEY"), rs.getString("NAME"),
                rs.getObject("HOME_PAGE_ID", Long.class));
    }

    /** Removes the space with its pages and permission grants, in one transaction (the thread's, if one runs). */
    public void delete(String key) {
        database.transactions().execute(HostTransactions.Propagation.REQUIRED, false, transaction -> {
            for (String table : List.of("HOST_PAGE_VERSIONS", "HOST_PAGES", "HOST_SPACE_PERMISSIONS", "HOST_SPACES")) {
                jdbc.sql("DELETE FROM " + table + " WHERE SPACE_KEY = ?").param(key).update();
            }
            grants.changed();
            return null;
        });
    }

    public void setHomePage(String key, long pageId) {
        jdbc.sql("UPDATE HOST_SPACES SET HOME_PAGE_ID = ? WHERE SPACE_KEY = ?").params(pageId, key).update();
    }

    public void grantToUser(String spaceKey, SpacePermission permission, String username) {
        jdbc.sql("INSERT INTO HOST_SPACE_PERMISSIONS (SPACE_KEY, PERMISSION, USERNAME) VALUES (?, ?, ?)")
                .params(spaceKey, permission.storedName(), username).update();
        grants.changed();
    }

    public void grantToGroup(String spaceKey, SpacePermission permission, String group) {
        jdbc.sql("INSERT INTO HOST_SPACE_PERMISSIONS (SPACE_KEY, PERMISSION, GROUP_NAME) VALUES (?, ?, ?)")
                .params(spaceKey, permission.storedName(), group).update();
        grants.changed();
    }

    /** Whether the user holds the permission directly or through one of the groups. */
    public boolean granted(String spaceKey, SpacePermission permission, String username, List<String> groups) {
        return grants.get(spaceKey, this::grantsOf).stream().anyMatch(grant ->
                grant.permission().equals(permission.storedName())
                        && (username.equals(grant.username()) || grant.username() == null && groups.contains(grant.group())));
    }

    private List<Grant> grantsOf(String spaceKey) {
        return List.copyOf(jdbc.sql("SELECT PERMISSION, USERNAME, GROUP_NAME FROM HOST_SPACE_PERMISSIONS WHERE SPACE_KEY = ?")
                .param(spaceKey).query((rs, row) -> new Grant(rs.getString(1), rs.getString(2), rs.getString(3))).list());
    }

    /** The permissions granted to users directly (not through groups), by username, in grant order. */
    public Map<String, Set<SpacePermission>> userGrants(String spaceKey) {
        Map<String, Set<SpacePermission>> grants = new LinkedHashMap<>();
        jdbc.sql("SELECT USERNAME, PERMISSION FROM HOST_SPACE_PERMISSIONS WHERE SPACE_KEY = ?"
                        + " AND USERNAME IS NOT NULL ORDER BY ID").param(spaceKey)
                .query(rs -> {
                    String username = rs.getString("USERNAME");
                    String storedName = rs.getString("PERMISSION");
                    Arrays.stream(SpacePermission.values()).filter(p -> p.storedName().equals(storedName)).findFirst()
                            .ifPresent(p -> grants.computeIfAbsent(username, u -> EnumSet.noneOf(SpacePermission.class))
                                    .add(p));
                });
        return grants;
    }

    /** Every space permission granted to the user directly (removing a user: Confluence's removeAllUserPermissions). */
    public void revokeAllFromUser(String username) {
        jdbc.sql("DELETE FROM HOST_SPACE_PERMISSIONS WHERE USERNAME = ?").param(username).update();
        grants.changed();
    }

    public void revokeFromUser(String spaceKey, SpacePermission permission, String username) {
        jdbc.sql("DELETE FROM HOST_SPACE_PERMISSIONS WHERE SPACE_KEY = ? AND PERMISSION = ? AND USERNAME = ?")
                .params(spaceKey, permission.storedName(), username).update();
        grants.changed();
    }
}
