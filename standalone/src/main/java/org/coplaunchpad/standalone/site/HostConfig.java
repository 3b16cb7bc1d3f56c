package org.coplaunchpad.standalone.site;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to start a host.
 *
 * @param databaseUrl empty for the default H2 file database in {@code dataDirectory}
 * @param auiDirectory the unpacked AUI dist folder, when AUI was fetched
 */
public record HostConfig(Path pluginJar, Path dataDirectory, Optional<String> databaseUrl,
                         Optional<String> databaseUser, Optional<String> databasePassword, int port, boolean reset,
                         Optional<Path> auiDirectory) {

    public HostConfig withPort(int newPort) {
        return new HostConfig(pluginJar, dataDirectory, databaseUrl, databaseUser, databasePassword, newPort, reset,
                auiDirectory);
    }

    public HostConfig withReset(boolean newReset) {
        return new HostConfig(pluginJar, dataDirectory, databaseUrl, databaseUser, databasePassword, port, newReset,
                auiDirectory);
    }

    public HostConfig withDatabase(String url) {
        return new HostConfig(pluginJar, dataDirectory, Optional.of(url), databaseUser, databasePassword, port, reset,
                auiDirectory);
    }

    public HostConfig withPluginJar(Path jar) {
        return new HostConfig(jar, dataDirectory, databaseUrl, databaseUser, databasePassword, port, reset, auiDirectory);
    }
}
