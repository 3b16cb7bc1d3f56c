package org.coplaunchpad.standalone.hosting.osgi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/** Embedded Apache Felix, configured so that a bundle sees exactly the packages Confluence would export to it. */
public final class OsgiFramework implements AutoCloseable {
    private static final Pattern MISSING_PACKAGE = Pattern.compile("osgi\\.wiring\\.package=([^)]+)\\)");

    private final Framework framework;

    private OsgiFramework(Framework framework) {
        this.framework = framework;
    }

    public static OsgiFramework start(Path storage) {
        return start(storage, SystemPackages.exportClause());
    }

    /** Felix exporting {@code systemPackagesExtra} from the system bundle (tests: other export sets). */
    public static OsgiFramework start(Path storage, String systemPackagesExtra) {
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, systemPackagesExtra);
        // Without this, Felix lends the host's class loader to bundles and hides a missing Import-Package (stack.md §9.5).
        config.put("felix.bootdelegation.implicit", "false");
        config.put("felix.log.level", "1");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("No OSGi framework on the class path"))
                .newFramework(config);
        try {
            framework.init();
            framework.start();
        } catch (BundleException e) {
            throw new IllegalStateException("Apache Felix did not start: " + e.getMessage(), e);
        }
        return new OsgiFramework(framework);
    }

    /** Installs, resolves and starts the app's bundle, or says which package stops it. */
    public PluginBundle install(Path jar) {
        Bundle bundle;
        try (InputStream in = Files.newInputStream(jar)) {
            bundle = framework.getBundleContext().installBundle("cop-launchpad:" + jar.getFileName(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        } catch (BundleException e) {
            throw new PluginLoadException("Felix refused to install " + jar + ": " + e.getMessage(), e);
        }
        boolean resolved = framework.adapt(FrameworkWiring.class).resolveBundles(List.of(bundle));
        try {
            bundle.start();
        } catch (BundleException e) {
            Set<String> missing = missingPackages(e.getMessage());
            if (!resolved && !missing.isEmpty()) {
                throw new PluginLoadException("The host refused bundle " + bundle.getSymbolicName() + ": it imports "
                        + String.join(", ", missing) + ", which the host does not export (neither does Confluence,"
                        + " unless it is an Atlassian API missing from atlassian-api). Felix: " + e.getMessage(), e);
            }
            throw new PluginLoadException("Bundle " + bundle.getSymbolicName() + " did not start: " + e.getMessage(), e);
        }
        return new PluginBundle(bundle);
    }

    static Set<String> missingPackages(String felixMessage) {
        Set<String> packages = new TreeSet<>();
        Matcher m = MISSING_PACKAGE.matcher(felixMessage == null ? "" : felixMessage);
        while (m.find()) {
            packages.add(m.group(1));
        }
        return packages;
    }

    /** Stops Felix; it keeps a non-daemon thread that would otherwise keep the JVM alive (stack.md §9.6). */
    @Override
    public void close() {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } catch (BundleException e) {
            throw new IllegalStateException("Felix did not stop: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
