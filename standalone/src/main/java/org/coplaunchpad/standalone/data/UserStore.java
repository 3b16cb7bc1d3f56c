package org.coplaunchpad.standalone.data;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Users, their passwords, locales and groups. A removed user's row stays, as Confluence keeps a deleted user's key
 * (its user mapping) so that what they wrote stays theirs: it has no password, groups, e-mail or name of its own any
 * more, its full name is {@link User#removedAlias}, and only {@link #findByKey} still finds it. Everything that looks
 * a user up by name (login, HTTP Basic, the signed-in session, permission checks, the screens) uses {@link #find},
 * which sees active users only.
 */
public final class UserStore {
    private static final String COLUMNS = "USERNAME, FULL_NAME, EMAIL, LOCALE, CONFLUENCE_ADMIN";

    private final JdbcClient jdbc;
    private final Passwords passwords = new Passwords();
    /** Active users by username and their groups, as Crowd's caching directory keeps them for Confluence. */
    private final CommittedCache<String, Optional<User>> active;
    private final CommittedCache<String, List<String>> groups;

    public UserStore(Database database) {
        this.jdbc = database.jdbc();
        this.active = new CommittedCache<>(database.transactions());
        this.groups = new CommittedCache<>(database.transactions());
    }

    public void create(User user, String password) {
        jdbc.sql("INSERT INTO HOST_USERS (" + COLUMNS + ", PASSWORD_HASH) VALUES (?, ?, ?, ?, ?, ?)")
                .params(user.username(), user.fullName(), user.email(), user.locale().toLanguageTag(),
                        user.confluenceAdministrator(), passwords.encode(password))
                .update();
        active.changed();
        groups.changed();
    }

    /** The active user of that name; never a removed one (Confluence's getUserByName). */
    public Optional<User> find(String username) {
        return username == null ? Optional.empty()
                : active.get(username.toLowerCase(Locale.ROOT), name -> select(name, " AND REMOVED = FALSE"));
    }

    /**
     * The user of that key, removed or not (Confluence's getUserByKey): a removed user as what is left of it, its key
     * and its alias, so that pages, versions and the app's records keep an author.
     */
    public Optional<User> findByKey(String userKey) {
        return select(userKey, "");
    }

    private Optional<User> select(String usernameOrKey, String condition) {
        if (usernameOrKey == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM HOST_USERS WHERE USERNAME = ?" + condition)
                .param(usernameOrKey.toLowerCase(Locale.ROOT))
                .query(UserStore::user)
                .optional();
    }

    /** The active users, by username (the users administration screen). */
    public List<User> active() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM HOST_USERS WHERE REMOVED = FALSE ORDER BY USERNAME")
                .query(UserStore::user)
                .list();
    }

    private static User user(ResultSet rs, int row) throws SQLException {
        return new User(rs.getString(1), rs.getString(2), rs.getString(3), Locale.forLanguageTag(rs.getString(4)),
                rs.getBoolean(5));
    }

    /** The stored hash of an active user's password ({@link Passwords}), for the site's login to compare. */
    public Optional<String> passwordHash(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT PASSWORD_HASH FROM HOST_USERS WHERE USERNAME = ? AND REMOVED = FALSE")
                .param(username.toLowerCase(Locale.ROOT)).query(String.class).optional();
    }

    /**
     * What removing a user leaves of its row (confluence-8.7.2 UserRemover, after the event): the key, with the alias
     * as its name; the password, e-mail, language and administrator flag go, and its name no longer finds it. False
     * if there is no active user with that key.
     */
    public boolean markRemoved(String userKey) {
        boolean removed = jdbc.sql("UPDATE HOST_USERS SET REMOVED = TRUE, FULL_NAME = ?, EMAIL = '', PASSWORD_HASH = '',"
                        + " LOCALE = 'en', CONFLUENCE_ADMIN = FALSE WHERE USERNAME = ? AND REMOVED = FALSE")
                .params(User.removedAlias(userKey), userKey).update() == 1;
        active.changed();
        return removed;
    }

    public void setLocale(String username, Locale locale) {
        jdbc.sql("UPDATE HOST_USERS SET LOCALE = ? WHERE USERNAME = ?").params(locale.toLanguageTag(), username).update();
        active.changed();
    }

    public void addToGroup(String username, String group) {
        jdbc.sql("INSERT INTO HOST_GROUP_MEMBERS (GROUP_NAME, USERNAME) VALUES (?, ?)").params(group, username).update();
        groups.changed();
    }

    /** Takes the user out of every group (the first step of removing a user, as Confluence's UserRemover). */
    public void leaveAllGroups(String username) {
        jdbc.sql("DELETE FROM HOST_GROUP_MEMBERS WHERE USERNAME = ?").param(username).update();
        groups.changed();
    }

    public List<String> groups(String username) {
        return groups.get(username, name -> List.copyOf(jdbc.sql(
                "SELECT GROUP_NAME FROM HOST_GROUP_MEMBERS WHERE USERNAME = ? ORDER BY GROUP_NAME")
                .param(name).query(String.class).list()));
    }

    public boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM HOST_USERS").query(Long.class).single() > 0;
    }
}
