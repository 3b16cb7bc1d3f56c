package org.coplaunchpad.standalone.testing;

import java.nio.file.Path;
import java.util.Optional;
import org.coplaunchpad.standalone.site.HostConfig;
import org.coplaunchpad.standalone.site.StandaloneHost;

/** Hosts for tests: the real built bundle, a free port, a data folder of the test's own. */
public final class TestHosts {
    private TestHosts() {
    }

    /** The Confluence 10 jar plugin/ built (failsafe passes its path; from the IDE, the usual place). */
    public static Path pluginJar() {
        return Path.of(System.getProperty("coplaunchpad.plugin.jar", "../plugin/target/cop-launchpad-1.0.0-SNAPSHOT.jar"))
                .toAbsolutePath();
    }

    /** The Confluence 9 jar derived from it (resolution tests only: the host runs jakarta servlets). */
    public static Path confluence9PluginJar() {
        return Path.of(System.getProperty("coplaunchpad.plugin.jar.confluence9",
                "../plugin/target/cop-launchpad-1.0.0-SNAPSHOT-confluence9.jar")).toAbsolutePath();
    }

    public static HostConfig config(Path dataDirectory) {
        Optional<Path> aui = Optional.ofNullable(System.getProperty("coplaunchpad.aui.dir")).map(Path::of);
        return new HostConfig(pluginJar(), dataDirectory, Optional.empty(), Optional.empty(), Optional.empty(), 0,
                false, aui);
    }

    public static StandaloneHost start(Path dataDirectory) {
        return StandaloneHost.start(config(dataDirectory));
    }
}
