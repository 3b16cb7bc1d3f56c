package org.coplaunchpad.standalone.hosting.osgi;

import com.atlassian.confluence.macro.Macro;
import jakarta.servlet.http.HttpServlet;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app installed as Confluence installs it: bundle resolved by Felix, descriptor and index read from the
 * bundle, Spring context built, every module class created up front so that a packaging mistake stops the
 * start with a clear message instead of failing on first use.
 */
public final class InstalledApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InstalledApp.class);

    /**
     * What must happen between the Spring context and the modules: the app's AO upgrade tasks (built from the
     * context) and the migration of its AO tables.
     */
    @FunctionalInterface
    public interface BeforeModules {
        void run(PluginBundle bundle, PluginDescriptor descriptor, HostServices services, PluginSpringContext context);
    }

    public record PluginServlet(PluginDescriptor.ServletModule module, HttpServlet servlet) {
    }

    private final PluginBundle bundle;
    private final PluginDescriptor descriptor;
    private final HostServices services;
    private final PluginSpringContext context;
    private final Map<String, Macro> macros;
    private final List<PluginServlet> servlets;

    private InstalledApp(PluginBundle bundle, PluginDescriptor descriptor, HostServices services,
                         PluginSpringContext context, Map<String, Macro> macros, List<PluginServlet> servlets) {
        this.bundle = bundle;
        this.descriptor = descriptor;
        this.services = services;
        this.context = context;
        this.macros = macros;
        this.servlets = servlets;
    }

    /**
     * @param servicesFor the host services for this app (some are per app: templates, i18n)
     * @param beforeModules runs once the Spring context exists and before modules are created (AO upgrade, migration)
     */
    public static InstalledApp install(OsgiFramework osgi, Path jar,
                                       BiFunction<PluginBundle, PluginDescriptor, HostServices> servicesFor,
                                       BeforeModules beforeModules) {
        PluginBundle bundle = osgi.install(PluginJar.require(jar));
        try {
            PluginDescriptor descriptor = PluginDescriptor.parse(bundle.entry("atlassian-plugin.xml")
                    .orElseThrow(() -> new PluginLoadException("Bundle " + bundle.symbolicName()
                            + " has no atlassian-plugin.xml at its root")));
            String manifestKey = bundle.header("Atlassian-Plugin-Key");
            if (!descriptor.key().equals(manifestKey)) {
                throw new PluginLoadException("The manifest's Atlassian-Plugin-Key (" + manifestKey
                        + ") differs from atlassian-plugin.xml's key (" + descriptor.key() + ")");
            }
            descriptor.unsupportedModules().forEach(m -> LOG.warn("Module type not supported by the standalone host,"
                    + " ignored: {}", m));
            HostServices services = servicesFor.apply(bundle, descriptor);
            ScannerIndex index = ScannerIndex.read(bundle::lines);
            PluginSpringContext context = PluginSpringContext.create(bundle, index, services);
            context.inBundle("<ao> module", () -> {
                beforeModules.run(bundle, descriptor, services, context);
                return null;
            });
            Map<String, Macro> macros = new LinkedHashMap<>();
            for (PluginDescriptor.MacroModule macro : descriptor.macros()) {
                macros.put(macro.name(), context.createModule(macro.className(), Macro.class,
                        "xhtml-macro " + macro.key()));
            }
            List<PluginServlet> servlets = descriptor.servlets().stream()
                    .map(s -> new PluginServlet(s, context.createModule(s.className(), HttpServlet.class,
                            "servlet " + s.key())))
                    .toList();
            return new InstalledApp(bundle, descriptor, services, context, Map.copyOf(macros), servlets);
        } catch (RuntimeException e) {
            bundle.stop();
            throw e;
        }
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    public PluginBundle bundle() {
        return bundle;
    }

    public HostServices services() {
        return services;
    }

    public PluginSpringContext context() {
        return context;
    }

    public Optional<Macro> macro(String name) {
        return Optional.ofNullable(macros.get(name));
    }

    public List<PluginServlet> servlets() {
        return servlets;
    }

    /** Runs app code as Confluence does: with the bundle's class loader as the thread's context class loader. */
    public <T> T call(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(bundle.classLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            bundle.stop();
        }
    }
}
