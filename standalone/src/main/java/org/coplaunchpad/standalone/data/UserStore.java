package org.coplaunchpad.standalone.data;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Users, their passwords, locales and groups. */
public final class UserStore {
    private static final String COLUMNS = "USERNAME, FULL_NAME, EMAIL, LOCALE, CONFLUENCE_ADMIN";

    private final JdbcClient jdbc;
    private final Passwords passwords = new Passwords();

    public UserStore(Database database) {
        this.jdbc = database.jdbc();
    }

    public void create(User user, String password) {
        jdbc.sql("INSERT INTO HOST_USERS (" + COLUMNS + ", PASSWORD_HASH) VALUES (?, ?, ?, ?, ?, ?)")
                .params(user.username(), user.fullName(), user.email(), user.locale().toLanguageTag(),
                        user.confluenceAdministrator(), passwords.encode(password))
                .update();
    }

    public Optional<User> find(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM HOST_USERS WHERE USERNAME = ?")
                .param(username.toLowerCase(Locale.ROOT))
                .query((rs, row) -> new User(rs.getString(1), rs.getString(2), rs.getString(3),
                        Locale.forLanguageTag(rs.getString(4)), rs.getBoolean(5)))
                .optional();
    }

    /** The stored hash of the user's password ({@link Passwords}), for the site's login to compare. */
    public Optional<String> passwordHash(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT PASSWORD_HASH FROM HOST_USERS WHERE USERNAME = ?")
                .param(username.toLowerCase(Locale.ROOT)).query(String.class).optional();
    }

    public void setLocale(String username, Locale locale) {
        jdbc.sql("UPDATE HOST_USERS SET LOCALE = ? WHERE USERNAME = ?").params(locale.toLanguageTag(), username).update();
    }

    public void addToGroup(String username, String group) {
        jdbc.sql("INSERT INTO HOST_GROUP_MEMBERS (GROUP_NAME, USERNAME) VALUES (?, ?)").params(group, username).update();
    }

    public List<String> groups(String username) {
        return jdbc.sql("SELECT GROUP_NAME FROM HOST_GROUP_MEMBERS WHERE USERNAME = ? ORDER BY GROUP_NAME")
                .param(username).query(String.class).list();
    }

    public boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM HOST_USERS").query(Long.class).single() > 0;
    }
}
