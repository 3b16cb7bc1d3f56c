package org.coplaunchpad.standalone.hosting.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.coplaunchpad.standalone.site.StandaloneHost;
import org.coplaunchpad.standalone.testing.BundleCopies;
import org.coplaunchpad.standalone.testing.TestHosts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packaging mistakes fail in the host as they would in Confluence, with the package or service named. */
class BundleRefusalIT {
    @TempDir
    Path temp;

    private PluginLoadException startWith(Path jar) {
        return assertThrows(PluginLoadException.class,
                () -> StandaloneHost.start(TestHosts.config(temp.resolve("data")).withPluginJar(jar)).close());
    }

    @Test
    void a_bundle_missing_a_needed_import_is_refused_with_the_package_named() {
        Path broken = BundleCopies.withoutImport(TestHosts.pluginJar(), "com.atlassian.confluence.macro",
                temp.resolve("no-macro-import.jar"));

        PluginLoadException refused = startWith(broken);

        assertTrue(refused.getMessage().contains("package com.atlassian.confluence.macro is not in the bundle's Import-Package"),
                refused.getMessage());
    }

    @Test
    void a_web_item_condition_needs_its_package_imported_as_in_confluence() {
        String conditions = "com.atlassian.confluence.plugin.descriptor.web.conditions";
        Path broken = BundleCopies.withoutImport(TestHosts.pluginJar(), conditions, temp.resolve("no-conditions.jar"));

        PluginLoadException refused = startWith(broken);

        assertTrue(refused.getMessage().contains("is package " + conditions + " missing from its Import-Package"),
                refused.getMessage());
    }

    @Test
    void a_bundle_importing_a_package_the_host_does_not_export_is_refused_with_the_package_named() {
        Path broken = BundleCopies.withExtraImport(TestHosts.pluginJar(), "com.atlassian.confluence.nosuchapi",
                temp.resolve("extra-import.jar"));

        PluginLoadException refused = startWith(broken);

        assertTrue(refused.getMessage().contains("imports com.atlassian.confluence.nosuchapi, which the host does not export"),
                refused.getMessage());
    }

    @Test
    void an_imported_service_the_host_does_not_provide_is_named() {
        Path broken = BundleCopies.withEntry(TestHosts.pluginJar(), "META-INF/plugin-components/imports",
                imports -> imports + "com.atlassian.webresource.api.assembler.WebResourceAssembler\n",
                temp.resolve("extra-service.jar"));

        PluginLoadException refused = startWith(broken);

        assertTrue(refused.getMessage().contains("imports the service com.atlassian.webresource.api.assembler.WebResourceAssembler"),
                refused.getMessage());
    }

    @Test
    void a_missing_bundle_says_how_to_build_it() {
        PluginLoadException refused = startWith(temp.resolve("nothing-here.jar"));

        assertTrue(refused.getMessage().contains("run mvn -pl plugin -am package first"), refused.getMessage());
    }

    @Test
    void the_real_bundle_imports_only_what_the_host_exports() {
        try (StandaloneHost host = TestHosts.start(temp.resolve("ok"))) {
            assertEquals("org.coplaunchpad.cop-launchpad", host.app().bundle().symbolicName());
        }
    }
}
