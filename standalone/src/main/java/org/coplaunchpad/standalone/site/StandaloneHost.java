package org.coplaunchpad.standalone.site;

import com.atlassian.confluence.macro.Macro;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Supplier;
import org.coplaunchpad.aohost.AoDatabase;
import org.coplaunchpad.standalone.hosting.blueprint.Blueprints;
import org.coplaunchpad.standalone.site.demo.DemoData;
import org.coplaunchpad.standalone.hosting.osgi.InstalledApp;
import org.coplaunchpad.standalone.hosting.osgi.OsgiFramework;
import org.coplaunchpad.standalone.hosting.render.MacroLookup;
import org.coplaunchpad.standalone.hosting.render.StorageRenderer;
import org.coplaunchpad.standalone.hosting.services.HostEventPublisher;
import org.coplaunchpad.standalone.hosting.services.HostPageLifecycle;
import org.coplaunchpad.standalone.hosting.services.HostServiceCatalog;
import org.coplaunchpad.standalone.hosting.services.HostSpaceRemoval;
import org.coplaunchpad.standalone.hosting.services.HostUserRemoval;
import org.coplaunchpad.standalone.site.Site;
import org.coplaunchpad.standalone.site.SiteContext;
import org.coplaunchpad.standalone.data.Database;
import org.coplaunchpad.standalone.data.HostData;
import org.coplaunchpad.standalone.data.HostSchema;
import org.coplaunchpad.standalone.data.PageStore;
import org.coplaunchpad.standalone.data.Settings;
import org.coplaunchpad.standalone.data.SpaceStore;
import org.coplaunchpad.standalone.data.UserStore;
import org.coplaunchpad.standalone.hosting.ao.AoModules;

/**
 * The composition root: database → host tables → Felix with the app's bundle → the app's Spring context, AO tables
 * and modules → the app's blueprints and the demo data (made through them) → Jetty. Closing stops everything in
 * reverse order.
 */
public final class StandaloneHost implements AutoCloseable {
    private final Deque<AutoCloseable> started;
    private final Site site;
    private final Database database;
    private final InstalledApp app;
    private final SiteContext siteContext;
    private final boolean seeded;

    private StandaloneHost(Deque<AutoCloseable> started, Site site, Database database, InstalledApp app,
                           SiteContext siteContext, boolean seeded) {
        this.started = started;
        this.site = site;
        this.database = database;
        this.app = app;
        this.siteContext = siteContext;
        this.seeded = seeded;
    }

    public static StandaloneHost start(HostConfig config) {
        Deque<AutoCloseable> started = new ArrayDeque<>();
        try {
            Files.createDirectories(config.dataDirectory());
            Database database = Database.open(config.databaseUrl().orElseGet(() -> Database.defaultUrl(config.dataDirectory())),
                    config.databaseUser().orElse(null), config.databasePassword().orElse(null));
            started.push(database);
            if (config.reset()) {
                HostSchema.dropAll(database);
            }
            HostSchema.create(database);
            HostData data = HostData.on(database);
            UserStore users = data.users();
            SpaceStore spaces = data.spaces();
            PageStore pages = data.pages();

            HostEventPublisher events = new HostEventPublisher();
            Settings settings = new Settings(database);
            OsgiFramework osgi = OsgiFramework.start(config.dataDirectory().resolve("felix-cache"));
            started.push(osgi);
            AoDatabase[] appTables = new AoDatabase[1];
            InstalledApp app = InstalledApp.install(osgi, config.pluginJar(),
                    (bundle, descriptor) -> {
                        // The app's AO tables on the host's database, named for its <ao namespace> (ao-host),
                        // on the host's pool and thread transactions, as Confluence's AO shares Hibernate's.
                        appTables[0] = AoDatabase.on(database.url(), database.pool(), database.transactions(),
                                AoModules.namespace(descriptor));
                        started.push(appTables[0]);
                        return HostServiceCatalog.forApp(bundle, descriptor, data, events, appTables[0]);
                    },
                    (bundle, descriptor, services, context) -> AoModules.start(appTables[0], bundle, descriptor,
                            context, settings));
            started.push(app);

            // Every page change publishes Confluence's page events to the app's listeners, the demo's pages too.
            HostPageLifecycle lifecycle = new HostPageLifecycle(pages, spaces, events, database.transactions());
            // The demo space is made through the app's blueprint (issue 6), so only once the app is installed.
            Blueprints blueprints = Blueprints.load(app, pages, lifecycle, settings);
            boolean seeded = new DemoData(users, spaces, lifecycle, settings, blueprints).seedIfEmpty();

            StorageRenderer renderer = new StorageRenderer(new MacroLookup() {
                @Override
                public Optional<Macro> find(String macroName) {
                    return app.macro(macroName);
                }

                @Override
                public <T> T call(Supplier<T> action) {
                    return app.call(action);
                }
            }, SiteContext.CONTEXT_PATH, (key, arguments) -> PageLayout.texts().format(key, arguments));
            SiteContext siteContext = new SiteContext(users, spaces, pages, lifecycle, data.permissions(),
                    new HostSpaceRemoval(spaces, events),
                    new HostUserRemoval(users, spaces, data.permissions(), events, database.transactions()), app, renderer,
                    config.auiDirectory().filter(dir -> Files.isRegularFile(dir.resolve("aui-prototyping.css"))
                            && Files.isRegularFile(dir.resolve("jquery.min.js"))), settings);
            Site site = Site.start(siteContext, blueprints, config.port());
            started.push(site);
            return new StandaloneHost(started, site, database, app, siteContext, seeded);
        } catch (IOException e) {
            closeAll(started);
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            closeAll(started);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("The host did not start: " + e.getMessage(), e);
        }
    }

    public URI baseUri() {
        return site.baseUri();
    }

    public int port() {
        return site.port();
    }

    public Database database() {
        return database;
    }

    public InstalledApp app() {
        return app;
    }

    /** The host's stores and renderer, for tests that look behind the HTTP interface. */
    public SiteContext site() {
        return siteContext;
    }

    /** Whether this start created the demo data (first start or --reset). */
    public boolean seededDemo() {
        return seeded;
    }

    @Override
    public void close() {
        closeAll(started);
    }

    private static void closeAll(Deque<AutoCloseable> started) {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                // Keep closing the rest: a half-stopped Felix would keep the JVM alive.
            }
        }
    }

}
