package org.coplaunchpad.standalone.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MainOptionsTest {
    private final Path home = Path.of("/repo");

    @Test
    void the_defaults_are_port_1990_and_the_data_folder_of_the_repository() {
        HostConfig config = Main.parse(new String[0], home);

        assertEquals(1990, config.port());
        assertEquals(home.resolve("data"), config.dataDirectory());
        assertTrue(config.databaseUrl().isEmpty());
        assertTrue(config.pluginJar().toString().endsWith("plugin/target/cop-launchpad-1.0.0-SNAPSHOT.jar"));
    }

    @Test
    void every_option_is_read() {
        HostConfig config = Main.parse(new String[] {"--port", "2990", "--db", "jdbc:postgresql://127.0.0.1:5432/cop",
                "--data", "/tmp/cop", "--reset"}, home);

        assertEquals(2990, config.port());
        assertEquals("jdbc:postgresql://127.0.0.1:5432/cop", config.databaseUrl().orElseThrow());
        assertEquals(Path.of("/tmp/cop"), config.dataDirectory());
        assertTrue(config.reset());
    }

    @Test
    void a_mariadb_url_is_accepted() {
        HostConfig config = Main.parse(new String[] {"--db", "jdbc:mariadb://127.0.0.1:3306/cop"}, home);

        assertEquals("jdbc:mariadb://127.0.0.1:3306/cop", config.databaseUrl().orElseThrow());
    }

    @Test
    void bad_options_are_refused_with_a_reason() {
        assertEquals("unknown option --colour",
                assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--colour"}, home)).getMessage());
        assertEquals("--port must be a number from 0 to 65535, not abc",
                assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--port", "abc"}, home)).getMessage());
        assertEquals("--db needs a value",
                assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--db"}, home)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> Main.parse(new String[] {"--db", "jdbc:mysql://x/y"}, home)).getMessage().startsWith("--db must be"));
    }
}
