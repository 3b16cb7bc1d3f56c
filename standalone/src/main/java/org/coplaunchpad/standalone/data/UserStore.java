package org.coplaunchpad.standalone.data;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Users, their passwords, locales and groups. */
public final class UserStore {
    private static final String COLUMNS = "USERNAME, FULL_NAME, EMAIL, LOCALE, CONFLUENCE_ADMIN";

    private final Jdbc jdbc;
    private final Passwords passwords = new Passwords();

    public UserStore(Database database) {
        this.jdbc = new Jdbc(database);
    }

    public void create(User user, String password) {
        jdbc.update("INSERT INTO HOST_USERS (" + COLUMNS + ", PASSWORD_HASH) VALUES (?, ?, ?, ?, ?, ?)",
                user.username(), user.fullName(), user.email(), user.locale().toLanguageTag(),
                user.confluenceAdministrator(), passwords.encode(password));
    }

    public Optional<User> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM HOST_USERS WHERE USERNAME = ?",
                rs -> new User(rs.getString(1), rs.getString(2), rs.getString(3),
                        Locale.forLanguageTag(rs.getString(4)), rs.getBoolean(5)),
                username.toLowerCase(Locale.ROOT));
    }

    /** The stored hash of the user's password ({@link Passwords}), for the site's login to compare. */
    public Optional<String> passwordHash(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.queryOne("SELECT PASSWORD_HASH FROM HOST_USERS WHERE USERNAME = ?",
                rs -> rs.getString(1), username.toLowerCase(Locale.ROOT));
    }

    public void setLocale(String username, Locale locale) {
        jdbc.update("UPDATE HOST_USERS SET LOCALE = ? WHERE USERNAME = ?", locale.toLanguageTag(), username);
    }

    public void addToGroup(String username, String group) {
        jdbc.update("INSERT INTO HOST_GROUP_MEMBERS (GROUP_NAME, USERNAME) VALUES (?, ?)", group, username);
    }

    public List<String> groups(String username) {
        return jdbc.query("SELECT GROUP_NAME FROM HOST_GROUP_MEMBERS WHERE USERNAME = ? ORDER BY GROUP_NAME",
                rs -> rs.getString(1), username);
    }

    public boolean any() {
        return jdbc.queryOne("SELECT COUNT(*) FROM HOST_USERS", rs -> rs.getLong(1)).orElse(0L) > 0;
    }
}
