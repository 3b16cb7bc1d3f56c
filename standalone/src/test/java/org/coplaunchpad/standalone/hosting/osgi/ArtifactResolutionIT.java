package org.coplaunchpad.standalone.hosting.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.coplaunchpad.standalone.testing.TestHosts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both artifacts resolve in Felix against what the host exports, as they must in Confluence 10 and 9. */
class ArtifactResolutionIT {
    private static final String BRIDGE = "com.atlassian.plugin.osgi.bridge.external";

    @TempDir
    Path temp;

    @Test
    void the_confluence_10_jar_resolves_against_the_hosts_exports() {
        try (OsgiFramework felix = OsgiFramework.start(temp.resolve("felix"))) {
            PluginBundle bundle = felix.install(TestHosts.pluginJar());

            assertTrue(bundle.header("Import-Package").contains(BRIDGE), bundle.header("Import-Package"));
        }
    }

    @Test
    void the_confluence_9_jar_resolves_against_the_same_exports_with_the_javax_servlet_api() {
        try (OsgiFramework felix = OsgiFramework.start(temp.resolve("felix"), SystemPackages.confluence9ExportClause())) {
            PluginBundle bundle = felix.install(TestHosts.confluence9PluginJar());

            assertEquals("org.coplaunchpad.cop-launchpad", bundle.symbolicName());
            assertTrue(bundle.header("Import-Package").contains("javax.servlet.http"), bundle.header("Import-Package"));
        }
    }

    @Test
    void the_bridge_import_is_mandatory_so_a_host_without_the_package_refuses_the_bundle() {
        String withoutBridge = Arrays.stream(SystemPackages.exportClause().split(","))
                .filter(clause -> !clause.startsWith(BRIDGE + ";") && !clause.equals(BRIDGE))
                .collect(Collectors.joining(","));

        try (OsgiFramework felix = OsgiFramework.start(temp.resolve("felix"), withoutBridge)) {
            PluginLoadException refused = assertThrows(PluginLoadException.class, () -> felix.install(TestHosts.pluginJar()));

            assertTrue(refused.getMessage().contains("imports " + BRIDGE + ", which the host does not export"),
                    refused.getMessage());
        }
    }
}
