package org.coplaunchpad.standalone.data;

import java.util.Optional;

/** Named host settings (e.g. that the demo was seeded, the AO model version per namespace). */
public final class Settings {
    private final Jdbc jdbc;

    public Settings(Database database) {
        this.jdbc = new Jdbc(database);
    }

    public Optional<String> get(String name) {
        return jdbc.queryOne("SELECT VAL FROM HOST_SETTINGS WHERE NAME = ?", rs -> rs.getString(1), name);
    }

    public void put(String name, String value) {
        if (jdbc.update("UPDATE HOST_SETTINGS SET VAL = ? WHERE NAME = ?", value, name) == 0) {
            jdbc.update("INSERT INTO HOST_SETTINGS (NAME, VAL) VALUES (?, ?)", name, value);
        }
    }
}
