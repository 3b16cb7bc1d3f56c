package org.coplaunchpad.standalone.hosting.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The app as Felix loaded it. Classes and resources are reached only through the bundle, never the host's
 * class path; a class that needs a package the bundle does not import fails here with that package named.
 */
public final class PluginBundle {
    private final Bundle bundle;

    PluginBundle(Bundle bundle) {
        this.bundle = bundle;
    }

    public String symbolicName() {
        return bundle.getSymbolicName();
    }

    public ClassLoader classLoader() {
        return bundle.adapt(BundleWiring.class).getClassLoader();
    }

    public String header(String name) {
        return bundle.getHeaders().get(name);
    }

    /** A file at the bundle root (descriptor, index), not through the class loader: as the plugin system reads them. */
    public Optional<byte[]> entry(String path) {
        URL url = bundle.getEntry(path);
        if (url == null) {
            return Optional.empty();
        }
        try (InputStream in = url.openStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path + " from bundle " + symbolicName(), e);
        }
    }

    public List<String> lines(String path) {
        return entry(path).map(bytes -> Arrays.stream(new String(bytes, StandardCharsets.UTF_8).split("\\R"))
                .map(String::trim).filter(line -> !line.isEmpty()).toList()).orElse(List.of());
    }

    /**
     * Loads a class the descriptor or the index names.
     *
     * @param role what the class is for, e.g. "xhtml-macro cop-benefits-panel", for the error message
     */
    public Class<?> loadClass(String className, String role) {
        try {
            return bundle.loadClass(className);
        } catch (ClassNotFoundException e) {
            String pkg = className.contains(".") ? className.substring(0, className.lastIndexOf('.')) : className;
            throw new PluginLoadException("The " + role + " class " + className + " is not in bundle " + symbolicName()
                    + " and not in a package it imports: is package " + pkg + " missing from its Import-Package?", e);
        } catch (LinkageError e) {
            throw explain(className, role, e);
        }
    }

    /** Turns "NoClassDefFoundError: com/atlassian/x/Y" into the Import-Package line to add. */
    public PluginLoadException explain(String className, String role, Throwable failure) {
        return new PluginLoadException(missingImport(failure)
                .map(missing -> "The host refused bundle " + symbolicName() + ": the " + role + " class " + className
                        + " needs " + missing)
                .orElse("The " + role + " class " + className + " could not be loaded from bundle " + symbolicName()
                        + ": " + failure), failure);
    }

    /** "x.Y, but package x is not in the bundle's Import-Package (...)" when a failure comes from a missing import. */
    public java.util.Optional<String> missingImport(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
                String missing = missingClass(t.getMessage());
                String pkg = missing.contains(".") ? missing.substring(0, missing.lastIndexOf('.')) : missing;
                return java.util.Optional.of(missing + ", but package " + pkg + " is not in the bundle's Import-Package"
                        + " (a bundle sees only the packages it imports; Confluence fails the same way)");
            }
        }
        return java.util.Optional.empty();
    }

    private static String missingClass(String message) {
        String name = message == null ? "?" : message.trim();
        int space = name.indexOf(' ');
        if (space > 0) {
            name = name.substring(0, space); // Felix: "x.Y not found by bundle [1]"
        }
        return name.replace('/', '.');
    }

    public void stop() {
        try {
            bundle.stop();
            bundle.uninstall();
        } catch (BundleException | IllegalStateException e) {
            // The framework is stopping anyway; nothing the user can act on.
        }
    }
}
