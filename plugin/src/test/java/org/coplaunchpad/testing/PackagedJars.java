package org.coplaunchpad.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/** The two jars {@code package} built, for the *IT tests (failsafe passes their paths as system properties). */
public final class PackagedJars {
    public static final String CONFLUENCE_10 = "plugin.jar";
    public static final String CONFLUENCE_9 = "plugin.jar.confluence9";

    private PackagedJars() {
    }

    public static JarFile open(String property) throws IOException {
        String path = System.getProperty(property);
        assertNotNull(path, "system property " + property + " (set by the failsafe configuration)");
        assertTrue(Files.isRegularFile(Path.of(path)), path + " must have been built");
        return new JarFile(path);
    }

    public static Attributes manifest(JarFile jar) throws IOException {
        return jar.getManifest().getMainAttributes();
    }

    public static Document descriptor(JarFile jar) throws Exception {
        try (InputStream in = jar.getInputStream(jar.getEntry("atlassian-plugin.xml"))) {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }
}
