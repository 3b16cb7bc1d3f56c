package org.coplaunchpad.standalone.hosting.osgi;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the app's built bundle is: the Confluence 10 artifact that plugin/ produces. */
public final class PluginJar {
    private PluginJar() {
    }

    /** plugin/target/cop-launchpad-VERSION.jar under the repository root. */
    public static Path defaultLocation(Path repositoryRoot, String version) {
        return repositoryRoot.resolve("plugin").resolve("target").resolve("cop-launchpad-" + version + ".jar");
    }

    /** The jar itself, or a message saying how to build it. */
    public static Path require(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new PluginLoadException("The app bundle " + jar + " does not exist: run mvn -pl plugin -am package first"
                    + " (or pass -Dcoplaunchpad.plugin.jar)");
        }
        return jar;
    }
}
