package org.coplaunchpad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.coplaunchpad.testing.PackagedJars.CONFLUENCE_10;
import static org.coplaunchpad.testing.PackagedJars.CONFLUENCE_9;
import static org.coplaunchpad.testing.PackagedJars.descriptor;
import static org.coplaunchpad.testing.PackagedJars.manifest;
import static org.coplaunchpad.testing.PackagedJars.open;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The two artifacts an administrator uploads, as Confluence's plugin framework sees them: the Confluence 10
 * (jakarta) jar and the Confluence 9 (javax) jar derived from it. Runs after {@code package} (failsafe).
 */
class PluginJarIT {
    private static List<String> importedPackages(Attributes manifest) {
        return importClauses(manifest).stream().map(clause -> clause.split(";")[0]).toList();
    }

    private static List<String> importClauses(Attributes manifest) {
        String header = manifest.getValue("Import-Package");
        assertNotNull(header, "Import-Package");
        // Split on commas outside quoted attribute values.
        List<String> clauses = new ArrayList<>();
        for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            clauses.add(clause.trim());
        }
        return clauses;
    }

    @ParameterizedTest
    @ValueSource(strings = {CONFLUENCE_10, CONFLUENCE_9})
    void the_manifest_carries_the_headers_confluence_needs(String artifact) throws IOException {
        try (JarFile jar = open(artifact)) {
            Attributes manifest = manifest(jar);

            assertEquals("2", manifest.getValue("Bundle-ManifestVersion"));
            assertEquals(App.PLUGIN_KEY, manifest.getValue("Bundle-SymbolicName"));
            assertEquals(App.PLUGIN_KEY, manifest.getValue("Atlassian-Plugin-Key"));
            assertEquals("*", manifest.getValue("Spring-Context"));
            assertNull(manifest.getValue("Export-Package"), "the app exports nothing");
            String requirements = manifest.getValue("Require-Capability");
            assertTrue(requirements == null || !requirements.contains("osgi.ee"), "no osgi.ee requirement: " + requirements);
            List<String> imports = importedPackages(manifest);
            assertTrue(imports.stream().noneMatch(p -> p.startsWith("java.")), "no java.* imports: " + imports);
            assertTrue(imports.contains("com.atlassian.confluence.macro"), imports.toString());
            assertTrue(imports.contains("org.springframework.stereotype"), imports.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {CONFLUENCE_10, CONFLUENCE_9})
    void neither_jar_ships_host_classes(String artifact) throws IOException {
        try (JarFile jar = open(artifact)) {
            List<String> hostClasses = jar.stream().map(JarEntry::getName)
                    .filter(name -> name.startsWith("com/atlassian/") || name.startsWith("net/java/ao/")
                            || name.startsWith("org/springframework/") || name.startsWith("jakarta/")
                            || name.startsWith("javax/"))
                    .toList();
            assertEquals(List.of(), hostClasses);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {CONFLUENCE_10, CONFLUENCE_9})
    void the_jar_holds_the_descriptor_its_classes_the_spring_context_and_the_scanner_index(String artifact)
            throws Exception {
        try (JarFile jar = open(artifact)) {
            for (String entry : List.of("atlassian-plugin.xml", "META-INF/spring/plugin-context.xml",
                    "META-INF/plugin-components/component", "META-INF/plugin-components/imports")) {
                assertNotNull(jar.getEntry(entry), entry);
            }
            Document descriptor = descriptor(jar);
            NodeList all = descriptor.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                String className = ((Element) all.item(i)).getAttribute("class");
                if (!className.isEmpty() && className.startsWith("org.coplaunchpad.")) {
                    assertNotNull(jar.getEntry(className.replace('.', '/') + ".class"), className);
                }
            }
            String text = new String(jar.getInputStream(jar.getEntry("atlassian-plugin.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertFalse(text.contains("${"), "the descriptor is filtered");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {CONFLUENCE_10, CONFLUENCE_9})
    void the_jar_imports_what_atlassians_own_confluence_10_app_adds(String artifact) throws IOException {
        try (JarFile jar = open(artifact)) {
            List<String> clauses = importClauses(manifest(jar));

            assertTrue(clauses.contains("com.atlassian.plugin.osgi.bridge.external"),
                    "the bridge package, mandatory and unversioned as in the Slack app's pom: " + clauses);
            // The two optional patterns expand to the Spring DM / Gemini Blueprint packages the jar refers to.
            List<String> springDm = clauses.stream().filter(c -> c.startsWith("org.springframework.osgi.")
                    || c.startsWith("org.eclipse.gemini.blueprint.")).toList();
            assertTrue(springDm.stream().allMatch(c -> c.contains("resolution:=optional")), springDm.toString());
        }
    }

    @Test
    void the_confluence_10_jar_links_against_jakarta_servlets_and_the_confluence_9_jar_against_javax() throws IOException {
        try (JarFile jakarta = open(CONFLUENCE_10); JarFile javax = open(CONFLUENCE_9)) {
            assertTrue(classesReferencing(jakarta, "jakarta/servlet").size() > 0, "the app has servlets");
            assertEquals(List.of(), classesReferencing(jakarta, "javax/servlet"));
            assertEquals(classesReferencing(jakarta, "jakarta/servlet"), classesReferencing(javax, "javax/servlet"));
            assertEquals(List.of(), classesReferencing(javax, "jakarta/servlet"));

            List<String> jakartaImports = importedPackages(manifest(jakarta));
            List<String> javaxImports = importedPackages(manifest(javax));
            assertTrue(jakartaImports.contains("jakarta.servlet.http"), jakartaImports.toString());
            assertTrue(jakartaImports.stream().noneMatch(p -> p.startsWith("javax.servlet")), jakartaImports.toString());
            assertTrue(javaxImports.contains("javax.servlet.http"), javaxImports.toString());
            assertTrue(javaxImports.stream().noneMatch(p -> p.startsWith("jakarta.")), javaxImports.toString());
            String javaxHeader = manifest(javax).getValue("Import-Package");
            assertFalse(javaxHeader.contains("[6"), "no jakarta version range survives on a javax import: " + javaxHeader);
        }
    }

    /** Classes whose constant pool names a type of the given package prefix (how the JVM links them). */
    private static List<String> classesReferencing(JarFile jar, String packagePrefix) throws IOException {
        List<String> classes = new ArrayList<>();
        byte[] needle = packagePrefix.getBytes(StandardCharsets.UTF_8);
        for (JarEntry entry : jar.stream().filter(e -> e.getName().endsWith(".class")).toList()) {
            byte[] bytes = jar.getInputStream(entry).readAllBytes();
            if (indexOf(bytes, needle) >= 0) {
                classes.add(entry.getName());
            }
        }
        return classes.stream().sorted().toList();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void both_artifacts_have_the_same_entries() throws IOException {
        try (JarFile jakarta = open(CONFLUENCE_10); JarFile javax = open(CONFLUENCE_9)) {
            assertEquals(names(jakarta), names(javax));
        }
    }

    private static List<String> names(JarFile jar) {
        return jar.stream().map(JarEntry::getName).sorted().toList();
    }

}
