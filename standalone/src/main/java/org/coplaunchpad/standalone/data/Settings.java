package org.coplaunchpad.standalone.data;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Named host settings (e.g. that the demo was seeded, the AO model version per namespace). */
public final class Settings {
    private final JdbcClient jdbc;

    public Settings(Database database) {
        this.jdbc = database.jdbc();
    }

    public Optional<String> get(String name) {
        return jdbc.sql("SELECT VAL FROM HOST_SETTINGS WHERE NAME = ?").param(name).query(String.class).optional();
    }

    public void put(String name, String value) {
        if (jdbc.sql("UPDATE HOST_SETTINGS SET VAL = ? WHERE NAME = ?").params(value, name).update() == 0) {
            jdbc.sql("INSERT INTO HOST_SETTINGS (NAME, VAL) VALUES (?, ?)").params(name, value).update();
        }
    }
}
