package org.coplaunchpad;

import static org.coplaunchpad.testing.PackagedJars.CONFLUENCE_10;
import static org.coplaunchpad.testing.PackagedJars.CONFLUENCE_9;
import static org.coplaunchpad.testing.PackagedJars.descriptor;
import static org.coplaunchpad.testing.PackagedJars.manifest;
import static org.coplaunchpad.testing.PackagedJars.open;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osgi.framework.Version;

/**
 * Marketplace takes one version per compatibility range, and Confluence keeps the installed plugin when the one
 * being installed compares lower: for the same release the Confluence 10 jar must sort above the Confluence 9 jar,
 * both as OSGi orders Bundle-Version and as the plugin framework orders plugin-info versions (README, "The artifacts").
 */
class ArtifactVersionsIT {
    private record Versions(String bundle, String pluginInfo) {
    }

    private static Versions versionsOf(String artifact) throws Exception {
        try (JarFile jar = open(artifact)) {
            String pluginInfo = descriptor(jar).getElementsByTagName("version").item(0).getTextContent().trim();
            return new Versions(manifest(jar).getValue("Bundle-Version"), pluginInfo);
        }
    }

    @ParameterizedTest
    @CsvSource({CONFLUENCE_10 + ",c10", CONFLUENCE_9 + ",c09"})
    void each_jar_carries_the_release_and_its_range_in_bundle_version_and_plugin_info(String artifact, String range)
            throws Exception {
        Versions versions = versionsOf(artifact);
        String projectVersion = System.getProperty("project.version");
        String release = projectVersion.replace("-SNAPSHOT", "");
        String snapshot = projectVersion.endsWith("-SNAPSHOT") ? "-SNAPSHOT" : "";

        assertEquals(release + "." + range + snapshot, versions.bundle());
        assertEquals(release + "-" + range + snapshot, versions.pluginInfo());
    }

    @Test
    void the_confluence_10_bundle_version_is_higher_than_the_confluence_9_one_for_the_same_release() throws Exception {
        Version confluence10 = Version.parseVersion(versionsOf(CONFLUENCE_10).bundle());
        Version confluence9 = Version.parseVersion(versionsOf(CONFLUENCE_9).bundle());

        assertEquals(confluence9.getMajor() + "." + confluence9.getMinor() + "." + confluence9.getMicro(),
                confluence10.getMajor() + "." + confluence10.getMinor() + "." + confluence10.getMicro());
        assertTrue(confluence10.compareTo(confluence9) > 0, confluence10 + " must sort above " + confluence9);
    }

    @Test
    void the_confluence_10_plugin_info_version_is_higher_as_the_plugin_framework_compares_them() throws Exception {
        String confluence10 = versionsOf(CONFLUENCE_10).pluginInfo();
        String confluence9 = versionsOf(CONFLUENCE_9).pluginInfo();

        assertTrue(pluginFrameworkOrder(confluence10, confluence9) > 0, confluence10 + " vs " + confluence9);
        assertTrue(pluginFrameworkOrder(confluence9, confluence10) < 0, confluence9 + " vs " + confluence10);
    }

    /**
     * The order of com.atlassian.plugin.util.VersionStringComparator (atlassian-plugins-core 7.4.0, which
     * DefaultPluginManager uses to keep a newer installed plugin): components split on '.' and '-', a missing one
     * is "0", numbers compare as numbers and above words, words case-insensitively. (Its rule for components that
     * start with digits and go on with letters is left out: no component of ours has that shape.)
     */
    private static int pluginFrameworkOrder(String left, String right) {
        String[] a = left.split("[.-]");
        String[] b = right.split("[.-]");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String x = i < a.length ? a[i] : "0";
            String y = i < b.length ? b[i] : "0";
            assertTrue(!x.matches("\\d+\\D.*") && !y.matches("\\d+\\D.*"), "component shape not modelled: " + x + ", " + y);
            int order = x.matches("\\d+") && y.matches("\\d+") ? new BigInteger(x).compareTo(new BigInteger(y))
                    : x.matches("\\d+") ? 1 : y.matches("\\d+") ? -1 : x.compareToIgnoreCase(y);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
